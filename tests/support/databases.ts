// Real databases for tests: a migrated SQLite template copied per test file, and the running
// PostgreSQL (a database per jest worker, emptied between files). No mocks.
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { createClient, type Db } from "@/lib/db/client";
import type { Provider } from "@/lib/db/provider";

export const ROOT = path.resolve(__dirname, "../..");
// Each jest run gets its own folder and PostgreSQL databases (SV_TEST_RUN, set by global setup),
// so two runs on one machine never clobber each other.
export const runId = (): string => process.env.SV_TEST_RUN ?? "0";
export const testDir = (): string => path.join(ROOT, "data", `test-${runId()}`);
export const sqliteTemplate = (): string => path.join(testDir(), "template.db");
/** The template with the demo seeded on it (global setup runs `npm run db:seed` once per jest run). */
export const demoTemplate = (): string => path.join(testDir(), "demo.db");

/** The PostgreSQL server tests use; null when none is configured (then PG suites are skipped). */
export function postgresBaseUrl(): string | null {
  return process.env.TEST_POSTGRES_URL || null;
}

export function testProviders(): Provider[] {
  return postgresBaseUrl() ? ["sqlite", "postgresql"] : ["sqlite"];
}

export function pgDatabaseName(worker: string = process.env.JEST_WORKER_ID ?? "0"): string {
  return `sv_t${runId()}_${worker}`;
}

export function pgUrlFor(database: string): string {
  const url = new URL(postgresBaseUrl() ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/${database}`;
  return url.toString();
}

const TABLES = [
  "Revision",
  "VerdictClaim",
  "_VerdictRecommendation",
  "Verdict",
  "OutcomeReview",
  "_DecisionChosen",
  "_DecisionClaims",
  "Decision",
  "Contradiction",
  "Citation",
  "_ClaimToTechnology",
  "Claim",
  "Article",
  "UseCase",
  "Technology",
  "Membership",
  "Team",
  "PasswordReset",
  "SavedFilter",
  "User",
  "LoginAttempt",
  "CommitEvent",
  "JobDocument",
  "Job",
  // The comparison tallies (kept by triggers, which TRUNCATE does not fire): emptied with the rest.
  "ComparisonTechnology",
  "ComparisonPair",
  "ComparisonArticleTechnology",
  "ComparisonClaimTechnology",
  "ComparisonClaimArticle",
  "ComparisonRecount",
];

export interface TestDatabase {
  db: Db;
  url: string;
  provider: Provider;
  close(): Promise<void>;
}

/** A SQLite database of its own, copied from a template file. */
export function sqliteCopyOf(template: string): TestDatabase {
  mkdirSync(testDir(), { recursive: true });
  const file = path.join(testDir(), `w${process.env.JEST_WORKER_ID ?? "0"}-${randomUUID()}.db`);
  copyFileSync(template, file);
  const url = `file:${file}`;
  const db = createClient(url);
  return { db, url, provider: "sqlite", close: () => db.$disconnect() };
}

/** A fresh, migrated, empty database of the given provider. */
export async function freshDatabase(provider: Provider): Promise<TestDatabase> {
  if (provider === "sqlite") return sqliteCopyOf(sqliteTemplate());
  const url = pgUrlFor(pgDatabaseName());
  const db = createClient(url);
  await db.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} CASCADE`);
  return { db, url, provider, close: () => db.$disconnect() };
}

/**
 * A fresh database for each test plus a second client on it, as a second app process would have
 * (its own connection and session): for tests of what two writers do at once. Registers the
 * beforeEach/afterEach; the returned function gives the current test's pair.
 */
export function withSecondClient(provider: Provider): () => { t: TestDatabase; second: Db } {
  let pair: { t: TestDatabase; second: Db } | undefined;
  beforeEach(async () => {
    const t = await freshDatabase(provider);
    pair = { t, second: createClient(t.url) };
  });
  afterEach(async () => {
    await pair?.second.$disconnect();
    await pair?.t.close();
    pair = undefined;
  });
  return () => {
    if (!pair) throw new Error("withSecondClient: the pair exists only inside a test");
    return pair;
  };
}

/** Points the app's shared client (getDb) at this database, for route-handler tests. */
export function useAsAppDatabase(database: TestDatabase): void {
  process.env.DATABASE_URL = database.url;
}
