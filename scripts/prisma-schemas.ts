// Derives prisma/postgresql/schema.prisma from prisma/schema.prisma (the one schema source).
// Only the datasource provider and the generated client's folder differ.
// `--check` fails when the committed derived schema is out of date (CI runs it).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const header = "// GENERATED from prisma/schema.prisma by scripts/prisma-schemas.ts: edit the source, not this file.\n";

export function derivePostgresSchema(sqliteSchema: string): string {
  const derived = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output     = "../lib/generated/sqlite"', 'output     = "../../lib/generated/postgresql"');
  if (derived === sqliteSchema)
    throw new Error("prisma/schema.prisma no longer has the expected provider/output lines");
  return header + derived;
}

const target = path.join(root, "prisma/postgresql/schema.prisma");
const expected = derivePostgresSchema(source);
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    /* missing counts as stale */
  }
  if (current !== expected) {
    console.error("prisma/postgresql/schema.prisma is stale: run `npm run db:schemas`.");
    process.exit(1);
  }
  // Each migrations folder keeps the schema its last migration was made from: if the schema moved
  // on without a migration, the databases would not match the code.
  for (const [provider, schema] of [
    ["sqlite", source],
    ["postgresql", expected],
  ] as const) {
    const snapshot = path.join(root, "prisma/migrations", provider, "schema.snapshot.prisma");
    let saved = "";
    try {
      saved = readFileSync(snapshot, "utf8");
    } catch {
      /* missing counts as stale */
    }
    if (saved !== schema) {
      console.error(
        `prisma/schema.prisma changed since the last ${provider} migration: run \`npm run db:migrations:create -- <name>\`.`,
      );
      process.exit(1);
    }
  }
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, expected);
}
