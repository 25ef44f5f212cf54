// npm run -s eval:extract -- DIR LABELS [--catalogue=demo|empty|labelled|both] [--model=none|FILE] [--json=FILE] [--quiet]
// Extraction measured on real documents written by others against labels written blind (eval/README.md):
// recall per kind and per document, precision with every unmatched claim listed for a person to judge,
// metadata exactness, and every miss. Runs the importer's own path: parse the file, then extract.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractClaims, TechResolver, type CandidateClaim, type TechRef } from "@/lib/extract";
import type { UnitModel } from "@/lib/extract/unit-model";
import { parseDocument } from "@/lib/import";
import { CATALOGUES } from "./eval/catalogues";
import { LabelFile, type LabelClaim } from "./eval/labels";
import { combine, KINDS, scoreDocument, type BatchScore, type DocumentScore } from "./eval/score";

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(2) : "-");

function describeLabel(l: LabelClaim): string {
  const what =
    l.kind === "performance"
      ? `${l.metric ?? ""} = ${l.value} ${l.unit ?? ""}`
      : l.kind === "feature"
        ? `${l.keywords.join("/")} = ${l.support ?? "yes"}`
        : l.kind === "recommendation"
          ? `${l.direction ?? "for"} ${l.useCase ?? ""} [${l.keywords.join("/")}]`
          : `${l.value ?? ""} ${l.unit ?? ""} [${l.keywords.join("/")}]`;
  return `${l.kind} ${l.technologies.join("+")}: ${what.replace(/\s+/g, " ").trim()}`;
}

function describeClaim(c: CandidateClaim): string {
  const figure = c.value != null ? ` = ${c.value} ${c.unit ?? ""}` : "";
  return `${c.kind} ${c.technologies.join("+")}${figure} "${c.statement}"`;
}

function evaluate(
  dir: string,
  labels: LabelFile,
  catalogue: TechRef[],
  unitModel: UnitModel | null | undefined,
): DocumentScore[] {
  return labels.documents.map((label) => {
    const doc = parseDocument({ filename: label.file, bytes: readFileSync(path.join(dir, label.file)) });
    const resolver = new TechResolver(catalogue);
    const claims = extractClaims(doc.text, resolver, { unitModel, title: doc.title });
    const names = (slug: string) => [slug, resolver.nameOf(slug), ...(resolver.ref(slug)?.aliases ?? [])];
    return scoreDocument(label, claims, names, { title: doc.title || null, author: doc.author, date: doc.publishedAt });
  });
}

/** Texts by others live outside the repository and can be lost; a missing one is named and its labels
 *  left out of every figure, so a partial re-collection still measures what is there. */
function presentDocuments(dir: string, labels: LabelFile): LabelFile {
  const missing = labels.documents.filter((d) => !existsSync(path.join(dir, d.file)));
  if (missing.length === labels.documents.length) throw new Error(`None of ${labels.batch}'s documents is in ${dir}.`);
  for (const d of missing) console.log(`missing: ${d.file} (${d.claims.length} labels left out; ${d.url})`);
  return { ...labels, documents: labels.documents.filter((d) => !missing.includes(d)) };
}

function printReport(name: string, docs: DocumentScore[], total: BatchScore, quiet: boolean): void {
  console.log(
    `\n## ${name}: recall ${ratio(total.found, total.labels)} (${total.found}/${total.labels}), precision ${ratio(total.correct, total.predicted)} (${total.correct}/${total.predicted}), metadata ${ratio(total.metaRight, total.metaTotal)} (${total.metaRight}/${total.metaTotal})`,
  );
  console.log("\n| kind | labels | found | recall | extracted | correct | precision |\n|---|---|---|---|---|---|---|");
  for (const k of KINDS) {
    const [l, f, p, c] = total.kinds[k];
    console.log(`| ${k} | ${l} | ${f} | ${ratio(f, l)} | ${p} | ${c} | ${ratio(c, p)} |`);
  }
  console.log(
    "\n| document | labels | found | recall | extracted | precision | metadata |\n|---|---|---|---|---|---|---|",
  );
  for (const d of docs)
    console.log(
      `| ${d.file} | ${d.labels} | ${d.found} | ${ratio(d.found, d.labels)} | ${d.predicted} | ${ratio(d.correct, d.predicted)} | ${d.metadata.right}/${d.metadata.total} |`,
    );
  if (quiet) return;
  for (const d of docs) {
    if (!d.misses.length && !d.extras.length && !d.metadata.wrong.length) continue;
    console.log(`\n### ${d.file}`);
    for (const w of d.metadata.wrong) console.log(`  metadata ${w}`);
    for (const m of d.misses) console.log(`  MISS  ${describeLabel(m)}`);
    for (const e of d.extras) console.log(`  EXTRA ${describeClaim(e)}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const positional = args.filter((a) => !a.startsWith("--"));
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  if (positional.length !== 2) {
    console.error(
      "usage: npm run -s eval:extract -- DIR LABELS [--catalogue=demo|empty|labelled|both] [--json=FILE] [--quiet]",
    );
    process.exit(2);
  }
  const [dir, labelPath] = positional;
  const labels = presentDocuments(dir, LabelFile.parse(JSON.parse(readFileSync(labelPath, "utf8"))));
  const which = option("catalogue") ?? "both";
  // --model=none: the rules alone; --model=FILE: a unit classifier trained elsewhere (eval:train --lobo --folds-dir); default: the shipped one.
  const modelOption = option("model");
  const unitModel =
    modelOption === "none"
      ? null
      : modelOption
        ? (JSON.parse(readFileSync(modelOption, "utf8")) as UnitModel)
        : undefined;
  const names = which === "both" ? ["demo", "empty"] : [which];
  const results: Record<string, BatchScore> = {};
  for (const catalogue of names) {
    if (!CATALOGUES[catalogue]) throw new Error(`Unknown catalogue "${catalogue}" (demo, empty, labelled or both).`);
    const docs = evaluate(dir, labels, CATALOGUES[catalogue](labels), unitModel);
    results[catalogue] = combine(docs);
    printReport(
      `${labels.batch}, ${catalogue} catalogue`,
      docs,
      results[catalogue],
      args.includes("--quiet") || catalogue !== names[0],
    );
  }
  const json = option("json");
  if (json) writeFileSync(json, JSON.stringify({ batch: labels.batch, results }, null, 2) + "\n");
}

main();
