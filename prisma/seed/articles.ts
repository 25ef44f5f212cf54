// Demo articles: every document in prisma/demo goes through the real importer (parse, extract, match).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { importFiles } from "@/lib/import/service";

export const DEMO_DIR = path.join(__dirname, "..", "demo");

export async function seedArticles(db: Db, actor: Actor): Promise<{ articles: number; claims: number }> {
  const files = readdirSync(DEMO_DIR).filter((f) => !f.startsWith(".") && f !== "README.md").sort();
  const report = await importFiles(db, actor, files.map((f) => ({ filename: f, bytes: readFileSync(path.join(DEMO_DIR, f)) })));
  if (report.errors.length) throw new Error(`Demo import failed: ${report.errors.map((e) => `${e.file}: ${e.message}`).join("; ")}`);
  const imported = report.articles.filter((a) => a.status === "imported");
  return { articles: imported.length, claims: imported.reduce((n, a) => n + a.claims.filter((c) => !c.matches).length, 0) };
}
