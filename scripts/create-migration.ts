// Creates a migration for both providers from the change in prisma/schema.prisma since the last
// migration. `migrate dev` needs a TTY and a shadow database; `migrate diff` between the schema
// snapshot stored with the last migration and the current schema needs neither (the PostgreSQL
// adapter still wants a reachable server: MIGRATION_DIFF_PG_URL, default the local one).
// Usage: npm run db:migrations:create -- <name>
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { derivePostgresSchema } from "./prisma-schemas";

const root = path.resolve(__dirname, "..");
const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migrations:create -- <name>");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const sqliteSchema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const providers = [
  { provider: "sqlite", url: "file:./data/migration-diff.db", schema: sqliteSchema },
  {
    provider: "postgresql",
    url: process.env.MIGRATION_DIFF_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    schema: derivePostgresSchema(sqliteSchema),
  },
] as const;

let created = 0;
for (const { provider, url, schema } of providers) {
  const dir = path.join(root, "prisma/migrations", provider);
  const snapshot = path.join(dir, "schema.snapshot.prisma");
  const current = path.join(root, "data", `current.${provider}.prisma`);
  mkdirSync(path.dirname(current), { recursive: true });
  writeFileSync(current, schema);
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", current, "--script"],
    { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
  );
  if (/^-- This is an empty migration\.\s*$/m.test(sql) || sql.trim() === "") {
    // Nothing to run on this provider (an enum value is plain text on SQLite), but its snapshot
    // still follows the schema, or the next check would call the schema unmigrated.
    writeFileSync(snapshot, schema);
    console.log(`${provider}: no changes`);
    continue;
  }
  const folder = path.join(dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  writeFileSync(
    path.join(dir, "migration_lock.toml"),
    `# Written by scripts/create-migration.ts\nprovider = "${provider}"\n`,
  );
  writeFileSync(snapshot, schema);
  console.log(`${provider}: ${path.relative(root, folder)}/migration.sql`);
  created++;
}
if (created === 0) console.log("Schema unchanged: no migration created.");
