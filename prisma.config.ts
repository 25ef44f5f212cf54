// Prisma CLI configuration. Offline by design: the JavaScript schema engine talks to the
// database through the same driver adapters the app uses, so nothing is downloaded.
import path from "node:path";
import { defineConfig } from "prisma/config";

// The schema reads env("DATABASE_URL"); default it here so every CLI call has one (SQLite, the embedded default).
process.env.DATABASE_URL ||= "file:./data/stackverdict.db";
const url = process.env.DATABASE_URL;
const provider = /^postgres(ql)?:/.test(url) ? "postgresql" : "sqlite";

/**
 * prisma/orm#27403: the schema engine cannot deserialize PostgreSQL catalog columns of type
 * `name` (OID 19) and `"char"` (OID 18). Reporting them as `text` (OID 25) is harmless because
 * pg already returns both as strings. The patch is scoped to the CLI: only this file applies it.
 */
async function patchPgCatalogTypes(): Promise<void> {
  const proto = (await import("pg/lib/result.js")).default.prototype;
  if (proto.__svPatched) return;
  const original = proto.addFields;
  proto.addFields = function addFields(fields) {
    for (const field of fields) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    return original.call(this, fields);
  };
  proto.__svPatched = true;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: provider === "postgresql" ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: path.join("prisma", "migrations", provider) },
  adapter: async () => {
    if (provider === "postgresql") {
      await patchPgCatalogTypes();
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
});
