// Jest 30 through next/jest: SWC transforms, Next's module aliases, .env loading.
const nextJest = require("next/jest.js");

const createJestConfig = nextJest({ dir: "./" });

const common = {
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  testPathIgnorePatterns: ["/node_modules/", "/.next/", "/data/"],
};

/** Two projects: DOM component tests (jsdom) and everything else (node). */
module.exports = async () => {
  const node = await createJestConfig({
    ...common,
    displayName: "node",
    testEnvironment: "node",
    testMatch: ["<rootDir>/tests/**/*.test.ts"],
    globalSetup: "<rootDir>/tests/support/global-setup.ts",
  })();
  const dom = await createJestConfig({
    ...common,
    displayName: "dom",
    testEnvironment: "jsdom",
    testMatch: ["<rootDir>/tests/**/*.test.tsx"],
    setupFilesAfterEach: undefined,
    setupFilesAfterEnv: ["<rootDir>/tests/support/dom-setup.ts"],
  })();
  delete dom.setupFilesAfterEach;
  return { projects: [node, dom], maxWorkers: 2 };
};
