// The app under test: built once into .next-browser, served by scripts/server.ts (`npm start`: Next.js behind the page cache) on a free port.
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
export const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3199);
export const BASE_URL = `http://localhost:${PORT}`;
export const DIST_DIR = ".next-browser";
export const DB_FILE = path.join(ROOT, "data", "browser-test.db");
/** DB_FILE as migrated and seeded, before the server wrote to it (server-setup.ts). */
export const SEEDED_DB_FILE = path.join(ROOT, "data", "browser-test-seeded.db");
export const PID_FILE = path.join(ROOT, "data", "browser-test.pid");
export const SCREENSHOTS = path.join(ROOT, "data", "screenshots");

export const serverEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: `file:${DB_FILE}`,
  NEXTAUTH_URL: BASE_URL,
  NEXTAUTH_SECRET: "browser-tests-9c1e5f7a2b4d6e8f0a1c3e5f7b9d2a4c6e8f0b1d",
  NEXT_DIST_DIR: DIST_DIR,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(PORT),
  // One process, as the journeys expect (a page warmed on one worker is not cached on another);
  // tests/browser/workers.browser.test.ts runs two.
  WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? "1",
});
