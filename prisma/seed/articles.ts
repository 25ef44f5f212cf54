// Demo articles: every document in prisma/demo goes through the real importer (parse, extract, match).
// The editors' own write-ups among them (signed with the house byline) are then marked as house
// sources through the service layer, as an editor would in the admin (markHouseSources, run by the seed).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { isHouseByline } from "@/lib/editorial/house";
import { importFiles } from "@/lib/import/service";
import { articles } from "@/lib/resources";
import { updateRecord } from "@/lib/services/records";

export const DEMO_DIR = path.join(__dirname, "..", "demo");

export async function seedArticles(db: Db, actor: Actor): Promise<{ articles: number; claims: number }> {
  const files = readdirSync(DEMO_DIR)
    .filter((f) => !f.startsWith(".") && f !== "README.md")
    .sort();
  const report = await importFiles(
    db,
    actor,
    files.map((f) => ({ filename: f, bytes: readFileSync(path.join(DEMO_DIR, f)) })),
  );
  if (report.errors.length)
    throw new Error(`Demo import failed: ${report.errors.map((e) => `${e.file}: ${e.message}`).join("; ")}`);
  const imported = report.articles.filter((a) => a.status === "imported");
  return {
    articles: imported.length,
    claims: imported.reduce((n, a) => n + a.claims.filter((c) => !c.matches).length, 0),
  };
}

/** Marks the articles signed with the house byline as the editors' own write-ups. */
export async function markHouseSources(db: Db, actor: Actor): Promise<number> {
  const rows = await db.article.findMany({
    where: { deletedAt: null, houseSource: false, author: { not: null } },
    select: { id: true, author: true, version: true },
    orderBy: { id: "asc" },
  });
  const own = rows.filter((a) => isHouseByline(a.author));
  for (const a of own) await updateRecord(articles, actor, a.id, { version: a.version, houseSource: true }, db);
  return own.length;
}
