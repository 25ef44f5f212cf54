// npm run bench:import [-- --n=1000 (or --docs=1000) --existing=100000]
// Imports N generated ~5 KB documents (mixed formats) into a fresh SQLite database that already holds
// `existing` claims, and prints documents/s, claims/s, p95 per document and the matching cost.
import { rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SYSTEM } from "@/lib/auth/roles";
import { createClient } from "@/lib/db/client";
import { importFiles, loadImportContext } from "@/lib/import/service";
import { seedCatalog } from "@/prisma/seed/catalog";
import { migrate } from "./migrate";

const arg = (name: string, fallback: number): number => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const N = arg("n", arg("docs", 1000));
const EXISTING = arg("existing", 100_000);
const TECHS = ["Django", "FastAPI", "Flask", "Express", "Laravel", "Ruby on Rails", "Next.js"];
const SLUGS = ["django", "fastapi", "flask", "express", "laravel", "rails", "nextjs"];
const FEATURES = ["admin", "orm", "migrations", "authentication", "openapi", "websockets", "background-jobs"];

let seed = 42;
const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
const pick = <T,>(xs: T[]): T => xs[rand(xs.length)];

function section(i: number): string {
  const a = pick(TECHS), b = pick(TECHS);
  return [
    `## ${a} in practice ${i}`,
    `${a} was first released in ${2004 + rand(15)}. It has an admin, ORM and migrations built in according to team ${i}.`,
    `On a ${2 + rand(8)}-vCPU VM with a hello-world endpoint, ${a} under Gunicorn served ~${(1000 + rand(30000)).toLocaleString("en-US")} requests per second, ${b} ${(1000 + rand(30000)).toLocaleString("en-US")} req/s.`,
    `| Capability | ${a} | ${b} |`, `| Admin UI | ✅ built-in | ❌ third-party |`, `| WebSockets | partial (plugin) | ✅ native |`,
    `Use **${a}** when:`, `- Team ${i} needs a back office for ${rand(500)} editors`, `- The service number ${rand(1000)} stays small`,
  ].join("\n");
}

// Prose without checkable assertions: most of a real article is this, around a few dense sections.
const WORDS = ["deployment", "caching", "monitoring", "teams", "onboarding", "review", "latency", "budgets", "pipelines", "logging", "staging", "tradeoffs", "habits", "ownership", "rollout"];
function prose(i: number): string {
  const sentence = (): string => `Our notes on ${pick(WORDS)} and ${pick(WORDS)} kept changing as the ${pick(WORDS)} matured over the quarter.`;
  return `${Array.from({ length: 6 }, sentence).join(" ")} That was paragraph ${i}.`;
}

function document(i: number): { filename: string; text: string } {
  // 2-3 dense sections (10-25 claims, like the demo articles) padded with prose to ~5 KB.
  let body = "";
  const sections = 2 + rand(2);
  for (let s = 0; s < sections; s++) body += `${section(i * 10 + s)}\n\n${prose(i * 10 + s)}\n\n`;
  for (let p = 0; body.length < 4800; p++) body += `${prose(i * 100 + p)}\n\n`;
  const title = `Benchmark notes ${i}: ${pick(TECHS)} vs ${pick(TECHS)}`;
  switch (i % 4) {
    case 0: return { filename: `doc-${i}.md`, text: `# ${title}\n\n${body}` };
    case 1: return { filename: `doc-${i}.md`, text: `---\ntitle: "${title}"\nurl: https://bench.example.com/${i}\ndomain: bench.example.com\ncreator_ref:\n  name: bench\n---\n\n# ${title}\n\n${body}\n**Notes:**\nSaved by the benchmark.\n` };
    case 2: return { filename: `doc-${i}.html`, text: `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body.split("\n").map((l) => (l.startsWith("## ") ? `<h2>${l.slice(3)}</h2>` : l.startsWith("- ") ? `<ul><li>${l.slice(2)}</li></ul>` : l.startsWith("|") ? "" : `<p>${l.replace(/\*\*/g, "")}</p>`)).join("\n")}</article></body></html>` };
    default: return { filename: `doc-${i}.txt`, text: `Back to Blog\n# ${title}\n${body}\nMarch ${1 + (i % 27)}, 2026\n5 min read\n` };
  }
}

function seedExistingClaims(file: string, techIds: Record<string, string>): void {
  const db = new Database(file);
  const insert = db.prepare(`INSERT INTO "Claim" (id, slug, statement, normalized, kind, topic, metric, value, unit, conditions, status, "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VERIFIED', ?)`);
  const link = db.prepare(`INSERT INTO "_ClaimToTechnology" ("A", "B") VALUES (?, ?)`);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < EXISTING; i++) {
      const t = SLUGS[i % SLUGS.length];
      const id = `bench${i}`;
      const kind = i % 3;
      if (kind === 0) insert.run(id, id, `${t} claim ${i}`, `${t} claim ${i}`, "PERFORMANCE", "performance", "throughput", 1000 + (i % 30000), "req/s", JSON.stringify({ endpoint: "hello-world", hardware: `${1 + (i % 16)}-vcpu vm` }), now);
      else if (kind === 1) insert.run(id, id, `${t} feature ${i}`, `${t} feature ${i}`, "FEATURE", FEATURES[i % FEATURES.length] + (i % 50), null, null, null, JSON.stringify({ support: "built-in" }), now);
      else insert.run(id, id, `Use ${t} when case ${i}`, `use ${t} when case ${i}`, "RECOMMENDATION", `case-${i}`, null, null, null, "{}", now);
      link.run(id, techIds[t]);
    }
  })();
  db.close();
}

async function main(): Promise<void> {
  const file = path.resolve("data", `bench-import-${process.pid}.db`);
  const url = `file:${file}`;
  process.env.MIGRATE_QUIET = "1";
  migrate(url);
  const db = createClient(url);
  try {
    const { technologies } = await seedCatalog(db, SYSTEM);
    let t = performance.now();
    seedExistingClaims(file, technologies);
    console.log(`seeded ${EXISTING} existing claims in ${Math.round(performance.now() - t)} ms`);
    const docs = Array.from({ length: N }, (_, i) => document(i));
    const avgKb = docs.reduce((n, d) => n + d.text.length, 0) / N / 1024;
    t = performance.now();
    const context = await loadImportContext(db);
    const indexMs = performance.now() - t;
    const perDoc: number[] = [];
    let last = performance.now();
    t = last;
    const report = await importFiles(db, SYSTEM, docs, {
      context,
      onProgress: () => { const now = performance.now(); perDoc.push(now - last); last = now; },
    });
    const total = (performance.now() - t) / 1000;
    const claims = report.articles.reduce((n, a) => n + a.claims.length, 0);
    const matched = report.articles.reduce((n, a) => n + a.claims.filter((c) => c.matches).length, 0);
    const sorted = perDoc.slice().sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    console.log(`documents: ${N} (avg ${avgKb.toFixed(1)} KB, formats md/bookmark/html/web page), errors: ${report.errors.length}${report.errors[0] ? ` (${report.errors[0].message})` : ""}`);
    console.log(`index of ${EXISTING} claims built once in ${Math.round(indexMs)} ms (not counted below); then updated per document, ${context.index.size} claims at the end`);
    console.log(`matching: ${(context.index.matchMs * 1000 / claims).toFixed(1)} µs and ${(context.index.comparisons / claims).toFixed(1)} comparisons per candidate (no full scan)`);
    console.log(`total ${total.toFixed(1)} s for the documents`);
    console.log(`${(N / total).toFixed(1)} documents/s, ${(claims / total).toFixed(0)} claims/s (${claims} candidates, ${matched} matched existing claims), p95 ${p95.toFixed(1)} ms per document`);
    console.log(`contradictions proposed: ${report.contradictions.length}`);
  } finally {
    await db.$disconnect();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
}

main().catch((error) => { console.error(error); process.exitCode = 1; });
