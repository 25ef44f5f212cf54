/** @jest-environment node */
// The migration that made a use case's needs the one model of what it is chosen on carries the
// wizard drivers editors kept over into its needs, on SQLite and on PostgreSQL: run on a database
// migrated up to the migration before it, holding the shapes editors could have stored.
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { needsSchema } from "@/lib/verdicts/needs";
import { pgUrlFor, postgresBaseUrl, ROOT, testDir } from "../support/databases";

const MIGRATION = "20261204195532_use_case_drivers_into_needs";
const folder = (provider: string) => path.join(ROOT, "prisma/migrations", provider);
const scripts = (provider: string) =>
  readdirSync(folder(provider))
    .filter((d) => /^\d{14}_/.test(d))
    .sort();
const sqlOf = (provider: string, dir: string) =>
  readFileSync(path.join(folder(provider), dir, "migration.sql"), "utf8");
const before = (provider: string) => scripts(provider).filter((d) => d < MIGRATION);

const ADMIN = { key: "needs-admin-ui", label: "needs an admin UI", terms: ["admin"], metrics: [] };
const ROWS: Array<{ slug: string; drivers: unknown; needs: unknown }> = [
  // Drivers and needs both kept: the needs stay as editors wrote them, the other drivers join them.
  {
    slug: "both",
    drivers: [
      { key: "needs-admin-ui", label: "Staff need an admin UI", terms: ["admin", "back office"], figures: false },
      { key: "background-jobs", label: "Background jobs and scheduled tasks", terms: ["celery"], figures: false },
      { key: "high-traffic-io", label: "High traffic, I/O-bound", terms: [], figures: true },
      { key: "nothing-to-match", label: "Matches nothing", terms: [], figures: false },
    ],
    needs: [ADMIN],
  },
  {
    slug: "drivers-only",
    drivers: [{ key: "realtime", label: "Realtime updates", terms: ["websocket"], figures: false }],
    needs: null,
  },
  { slug: "needs-only", drivers: null, needs: [ADMIN] },
  { slug: "neither", drivers: null, needs: null },
];

const EXPECTED: Record<string, unknown> = {
  both: [
    ADMIN,
    { key: "background-jobs", label: "background jobs and scheduled tasks", terms: ["celery"], metrics: [] },
    {
      key: "high-traffic-io",
      label: "high traffic, I/O-bound",
      terms: [],
      metrics: [
        "throughput",
        "requests per second",
        "req s",
        "rps",
        "faster",
        "slower",
        "latency",
        "response time",
        "p95",
        "p99",
      ],
    },
  ],
  "drivers-only": [{ key: "realtime", label: "realtime updates", terms: ["websocket"], metrics: [] }],
  "needs-only": [ADMIN],
  neither: null,
};

function expectCarried(rows: Array<{ slug: string; needs: unknown }>): void {
  const bySlug = Object.fromEntries(rows.map((r) => [r.slug, r.needs]));
  expect(bySlug).toEqual(EXPECTED);
  // What the migration writes is what the admin form and the engine accept.
  for (const needs of Object.values(bySlug)) if (needs) expect(needsSchema.safeParse(needs).success).toBe(true);
}

const INSERT = `INSERT INTO "UseCase" ("id", "slug", "name", "description", "category", "drivers", "needs", "updatedAt") VALUES `;

it("on SQLite, carries every use case's drivers into its needs and drops the column", () => {
  mkdirSync(testDir(), { recursive: true });
  const db = new Database(path.join(testDir(), `migration-${randomUUID()}.db`));
  try {
    for (const dir of before("sqlite")) db.exec(sqlOf("sqlite", dir));
    const insert = db.prepare(`${INSERT}(?, ?, ?, '', 'framework', ?, ?, CURRENT_TIMESTAMP)`);
    for (const r of ROWS)
      insert.run(
        r.slug,
        r.slug,
        r.slug,
        r.drivers === null ? null : JSON.stringify(r.drivers),
        r.needs === null ? null : JSON.stringify(r.needs),
      );
    db.exec(sqlOf("sqlite", MIGRATION));
    const rows = db.prepare(`SELECT "slug", "needs" FROM "UseCase"`).all() as Array<{
      slug: string;
      needs: string | null;
    }>;
    expectCarried(rows.map((r) => ({ slug: r.slug, needs: r.needs === null ? null : JSON.parse(r.needs) })));
    const columns = (db.prepare(`PRAGMA table_info("UseCase")`).all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain("drivers");
  } finally {
    db.close();
  }
});

const pg = postgresBaseUrl() ? it : it.skip;
pg("on PostgreSQL, carries every use case's drivers into its needs and drops the column", async () => {
  const name = `sv_migration_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = new Client({ connectionString: pgUrlFor("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const db = new Client({ connectionString: pgUrlFor(name) });
  try {
    await db.connect();
    for (const dir of before("postgresql")) await db.query(sqlOf("postgresql", dir));
    for (const r of ROWS) {
      await db.query(`${INSERT}($1, $1, $1, '', 'framework', $2::jsonb, $3::jsonb, now())`, [
        r.slug,
        r.drivers === null ? null : JSON.stringify(r.drivers),
        r.needs === null ? null : JSON.stringify(r.needs),
      ]);
    }
    await db.query(sqlOf("postgresql", MIGRATION));
    const { rows } = await db.query<{ slug: string; needs: unknown }>(`SELECT "slug", "needs" FROM "UseCase"`);
    expectCarried(rows);
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'UseCase'`,
    );
    expect(columns.rows.map((c) => c.column_name)).not.toContain("drivers");
  } finally {
    await db.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.end();
  }
});
