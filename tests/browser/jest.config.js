// Real-browser journeys: a production build of the app on a fresh, seeded SQLite database,
// driven by Debian's Chromium through playwright-core. Run by `npm test` after the other suites.
const path = require("node:path");
const nextJest = require("next/jest.js");

const root = path.resolve(__dirname, "../..");

module.exports = nextJest({ dir: root })({
  rootDir: root,
  displayName: "browser",
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/browser/**/*.browser.test.ts"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  modulePathIgnorePatterns: ["<rootDir>/.next", "<rootDir>/data/"],
  globalSetup: "<rootDir>/tests/browser/support/server-setup.ts",
  globalTeardown: "<rootDir>/tests/browser/support/server-teardown.ts",
  testTimeout: 120_000,
  maxWorkers: 1,
});
