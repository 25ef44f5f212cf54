// Jest 30 through next/jest: SWC transforms, Next's module aliases, .env loading.
// Two projects: "node" (services, route handlers, parsers: *.test.ts) and "dom" (components: *.test.tsx).
const nextJest = require("next/jest.js");

const createJestConfig = nextJest({ dir: "./" });

const common = {
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  testPathIgnorePatterns: ["/node_modules/", "/.next", "/data/"],
  modulePathIgnorePatterns: ["<rootDir>/.next", "<rootDir>/data/"],
  // Database tests run real transactions on SQLite and PostgreSQL; on a loaded 2-core machine a
  // few of them take longer than jest's 5 s default without anything being wrong. Speed is
  // measured by the bench scripts, not by test timeouts.
  testTimeout: 30_000,
};

module.exports = async () => {
  const node = await createJestConfig({
    ...common,
    displayName: "node",
    testEnvironment: "node",
    testMatch: ["<rootDir>/tests/**/*.test.ts"],
    // The browser journeys have their own config (tests/browser/jest.config.js): they need a built app.
    testPathIgnorePatterns: [...common.testPathIgnorePatterns, "/tests/browser/"],
  })();
  const dom = await createJestConfig({
    ...common,
    displayName: "dom",
    testEnvironment: "jsdom",
    testMatch: ["<rootDir>/tests/**/*.test.tsx"],
    setupFilesAfterEnv: ["<rootDir>/tests/support/dom-setup.ts"],
  })();
  // ESM-only packages jest must compile (it runs CommonJS on Node 20). linkedom's CommonJS build
  // requires ESM-only css-select & co. (in its own node_modules) and cssomnom: those are compiled too.
  for (const project of [node, dom]) {
    project.transformIgnorePatterns = project.transformIgnorePatterns.map((p) =>
      p === "/node_modules/"
        ? "(?<!/linkedom(/.*)?)/node_modules/(?!(devalue|react-hotkeys-hook|marked|linkedom|cssomnom|uhyphen)/)"
        : p.replace(
            "/node_modules/(?!.pnpm)(?!(",
            "(?<!/linkedom(/.*)?)/node_modules/(?!.pnpm)(?!(devalue|react-hotkeys-hook|marked|linkedom|cssomnom|uhyphen|",
          ),
    );
  }
  return {
    projects: [node, dom],
    // testTimeout is a global option: inside a project's config jest ignores it (5 s applied).
    testTimeout: common.testTimeout,
    globalSetup: "<rootDir>/tests/support/global-setup.ts",
    globalTeardown: "<rootDir>/tests/support/global-teardown.ts",
    maxWorkers: 2,
  };
};
