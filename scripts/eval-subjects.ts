// npm run -s eval:subjects [-- --names]            (development batches present on this machine)
// npm run -s eval:subjects -- --held-out=DIR:LABELS  (one held-out batch: counts only, never names)
// Whom the claims are about, the two ways attribution fails on others' text:
// - unnamed: a label about a technology the document's resolver cannot name at all (neither the lexicon
//   nor discovery in the document found it), so no claim about it can be extracted;
// - foreign: an extracted claim naming a technology no label of the document is about (a table header,
//   a metric, a title word or a side reference taken for the subject).
// Empty catalogue (a new install). The names it prints shape rules, so they come from development batches
// only (--names); a held-out batch gives its two counts and nothing that could be read as a miss list.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "@/lib/extract";
import { loadBatches, loadDocument, type LoadedDocument } from "./eval-corpus";
import { LabelFile } from "./eval/labels";
import { techKey } from "./eval/score";

interface Tally {
  labels: number;
  unnamed: number;
  claims: number;
  foreign: number;
  unnamedNames: Map<string, number>;
  foreignNames: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

/** The keys a labelled technology may be matched by: its own, and its words for "Apache Kafka"-like names. */
function reachable(doc: LoadedDocument, name: string): boolean {
  const slugs = doc.resolver.slugsIn(name);
  return slugs.some((s) => doc.names(s).some((n) => techKey(n) === techKey(name)));
}

function tallyDocument(doc: LoadedDocument, t: Tally): void {
  const labelled = new Set(doc.label.claims.flatMap((c) => c.technologies.map(techKey)));
  for (const l of doc.label.claims) {
    t.labels++;
    const missing = l.technologies.filter((n) => !reachable(doc, n));
    if (!missing.length) continue;
    t.unnamed++;
    for (const n of missing) bump(t.unnamedNames, `${n} (${doc.label.file})`);
  }
  for (const c of extractClaims(doc.text, doc.resolver, { title: doc.title })) {
    t.claims++;
    const foreign = c.technologies.filter((s) => !doc.names(s).some((n) => labelled.has(techKey(n))));
    if (!foreign.length) continue;
    t.foreign++;
    for (const s of foreign) bump(t.foreignNames, `${doc.resolver.nameOf(s)} (${doc.label.file})`);
  }
}

function top(m: Map<string, number>, n: number): string {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v}× ${k}`)
    .join("\n");
}

/** The documents of one held-out batch (DIR:LABELS), present ones only. */
function heldOut(spec: string): LoadedDocument[] {
  const [dir, labels] = spec.split(":");
  const file = LabelFile.parse(JSON.parse(readFileSync(labels, "utf8")));
  return file.documents.filter((d) => existsSync(path.join(dir, d.file))).map((d) => loadDocument(file.batch, dir, d));
}

function main(): void {
  const spec = process.argv.find((a) => a.startsWith("--held-out="))?.slice(11);
  const names = process.argv.includes("--names");
  if (spec && names) throw new Error("--names is for development batches only: a held-out batch gives counts.");
  const byBatch = new Map<string, Tally>();
  for (const doc of spec ? heldOut(spec) : loadBatches()) {
    const t = byBatch.get(doc.batch) ?? {
      labels: 0,
      unnamed: 0,
      claims: 0,
      foreign: 0,
      unnamedNames: new Map(),
      foreignNames: new Map(),
    };
    tallyDocument(doc, t);
    byBatch.set(doc.batch, t);
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");
  console.log("| batch | labels | unnamed technology | claims | foreign technology |\n|---|---|---|---|---|");
  const all = { labels: 0, unnamed: 0, claims: 0, foreign: 0 };
  for (const [batch, t] of byBatch) {
    console.log(
      `| ${batch} | ${t.labels} | ${t.unnamed} (${pct(t.unnamed, t.labels)}) | ${t.claims} | ${t.foreign} (${pct(t.foreign, t.claims)}) |`,
    );
    for (const k of ["labels", "unnamed", "claims", "foreign"] as const) all[k] += t[k];
  }
  console.log(
    `| **all** | ${all.labels} | ${all.unnamed} (${pct(all.unnamed, all.labels)}) | ${all.claims} | ${all.foreign} (${pct(all.foreign, all.claims)}) |`,
  );
  if (!names) return;
  for (const [batch, t] of byBatch)
    console.log(`\n## ${batch}\nunnamed:\n${top(t.unnamedNames, 40)}\nforeign:\n${top(t.foreignNames, 40)}`);
}

main();
