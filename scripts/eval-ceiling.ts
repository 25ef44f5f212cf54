// npm run -s eval:ceiling -- [DIR LABELS] [--model=none]   (no DIR: every development batch present)
// Where recall is lost: for each label, is there a unit of the document (sentence, list item, table row,
// heading, code line: lib/extract/units.ts) that names its technologies (directly, or through its heading
// or table header) and carries its value or a keyword? Each label is then counted as matched, or missed
// because no unit holds it (text or parsing), because the extractor produced nothing from its units, or
// because what it produced there says something else (kind, technology, value, support, direction,
// keyword). Empty catalogue (a new install), as the honest figure. Only development batches are read
// (scripts/eval-corpus.ts DEVELOPMENT_BATCHES); a held-back one is refused.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "@/lib/extract";
import { CAUSES, locate, missCause, type Cause } from "./eval-locate";
import {
  batchDir,
  DEVELOPMENT_BATCHES,
  loadDocument,
  namesHeldBack,
  readLabels,
  type LoadedDocument,
} from "./eval-corpus";
import { LabelFile } from "./eval/labels";
import { KINDS } from "./eval/score";

type Table = Map<string, Map<Cause, number>>;

function count(table: Table, kind: string, cause: Cause): void {
  const row = table.get(kind) ?? new Map<Cause, number>();
  row.set(cause, (row.get(cause) ?? 0) + 1);
  table.set(kind, row);
}

/** Each label of the document with the reason it was matched or missed. */
export function causesOf(doc: LoadedDocument, rulesOnly: boolean): Array<{ kind: string; cause: Cause }> {
  const claims = extractClaims(doc.text, doc.resolver, { title: doc.title, ...(rulesOnly ? { unitModel: null } : {}) });
  const show = process.argv
    .find((a) => a.startsWith("--show="))
    ?.slice(7)
    .split(",");
  return doc.label.claims.map((l) => {
    const located = locate(l, doc.units, doc.resolver, doc.names);
    const cause = missCause(l, doc.units, located, claims, doc.names);
    // --show=not-extracted,wrong-kind: each such label with the unit that best holds it (read, never committed).
    // A no-unit label has no unit to show: its own quote (labels since batch-17 carry one), when it has one.
    if (show?.includes(cause)) {
      const where = located.length ? doc.units[located[0].unit].text : `(quote) ${l.quote ?? "-"}`;
      console.log(
        `${doc.label.file} [${l.kind} ${cause}] ${l.technologies.join("+")} {${l.keywords.join("|")}}\n    ${where.slice(0, 300)}`,
      );
    }
    return { kind: l.kind, cause };
  });
}

function printTable(name: string, table: Table): void {
  const short = CAUSES.map((c) => c.replace("wrong-", "w-"));
  console.log(
    `\n## ${name}\n\n| kind | labels | ${short.join(" | ")} |\n|---|---|${CAUSES.map(() => "---").join("|")}|`,
  );
  const total = new Map<Cause, number>();
  for (const kind of KINDS) {
    const row = table.get(kind) ?? new Map<Cause, number>();
    const n = [...row.values()].reduce((a, b) => a + b, 0);
    for (const [c, v] of row) total.set(c, (total.get(c) ?? 0) + v);
    console.log(`| ${kind} | ${n} | ${CAUSES.map((c) => row.get(c) ?? 0).join(" | ")} |`);
  }
  const n = [...total.values()].reduce((a, b) => a + b, 0);
  console.log(`| **all** | ${n} | ${CAUSES.map((c) => total.get(c) ?? 0).join(" | ")} |`);
}

function main(): void {
  const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const all: Table = new Map();
  const runs: Array<{ batch: string; docs: LoadedDocument[] }> = [];
  if (args.length === 2) {
    if (namesHeldBack(args[0], args[1]))
      throw new Error(`Only development batches (${DEVELOPMENT_BATCHES.join(", ")}) are read; the rest are held back.`);
    const labels = LabelFile.parse(JSON.parse(readFileSync(args[1], "utf8")));
    if (namesHeldBack(labels.batch)) throw new Error(`${labels.batch} is held back for the blind measurement.`);
    runs.push({
      batch: labels.batch,
      docs: labels.documents
        .filter((d) => existsSync(path.join(args[0], d.file)))
        .map((d) => loadDocument(labels.batch, args[0], d)),
    });
  } else {
    for (const batch of DEVELOPMENT_BATCHES) {
      const dir = batchDir(batch);
      if (!dir) {
        console.log(`${batch}: no texts present`);
        continue;
      }
      runs.push({
        batch,
        docs: readLabels(batch)
          .documents.filter((d) => existsSync(path.join(dir, d.file)))
          .map((d) => loadDocument(batch, dir, d)),
      });
    }
  }
  for (const run of runs) {
    const table: Table = new Map();
    for (const doc of run.docs)
      for (const { kind, cause } of causesOf(doc, process.argv.includes("--model=none"))) {
        count(table, kind, cause);
        count(all, kind, cause);
      }
    printTable(`${run.batch} (${run.docs.length} documents present)`, table);
  }
  if (runs.length > 1) printTable("all batches", all);
}

main();
