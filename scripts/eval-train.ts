// npm run eval:train [-- --out=FILE] [--without=batch-K]   (default: writes lib/extract/unit-model.json)
// npm run eval:train -- --lobo [--folds-dir=DIR]             (leave-one-batch-out measurement)
// Trains the learned unit classifier (lib/extract/unit-model.ts) on every development batch whose texts
// are present (scripts/eval-corpus.ts DEVELOPMENT_BATCHES; held-back batches are never read), deterministically: same texts and labels, same weights.
// The thresholds (which units become claims where the rules found none, which rule claims are dropped)
// are chosen out of fold: 3 folds of the training documents, each scored by a model trained on the other two.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { extractClaims, type CandidateClaim } from "@/lib/extract";
import { unitFeatureNames } from "@/lib/extract/unit-features";
import { draftClaims, unitsOf } from "@/lib/extract/unit-claims";
import { bestClaimKind, fitUnitModel, scoreUnit, UNIT_KINDS, type UnitModel } from "@/lib/extract/unit-model";
import { loadBatches } from "./eval-corpus";
import { examplesOf, prepare, vocabulary, type PreparedDocument } from "./eval-unitdata";
import { combine, matchesLabel, scoreDocument, type BatchScore } from "./eval/score";

const ADD_PRECISION = 0.6;
const DROP_MAX_MATCHED = 0.15;
const DROP_MAX_LOST = 0.02;
const GRID = Array.from({ length: 15 }, (_, i) => Math.round((0.25 + i * 0.05) * 100) / 100);

type Fitted = Pick<UnitModel, "bias" | "weights">;

/** Fits on the documents with their shared vocabulary. */
function fitOn(docs: PreparedDocument[], vocab: Set<string>): Fitted {
  return fitUnitModel(examplesOf(docs, vocab));
}

interface Evidence {
  add: Array<{ kind: string; p: number; drafts: number; right: number }>;
  drop: Array<{ none: number; matched: boolean }>;
}

/** What a model trained elsewhere does on one document: the claims it would add, the rule claims it would drop. */
function evidence(d: PreparedDocument, model: Fitted, vocab: Set<string>, into: Evidence): void {
  const admits = (f: string) => vocab.has(f) && f in model.weights;
  const scores = d.readings.map((r) => bestClaimKind(scoreUnit(model, unitFeatureNames(r, admits))));
  const covered = new Array<boolean>(d.doc.units.length).fill(false);
  d.rules.forEach((c, ci) => {
    const mine = unitsOf(c, d.doc.units);
    for (const ui of mine) covered[ui] = true;
    if (mine.length)
      into.drop.push({ none: Math.min(...mine.map((ui) => scores[ui].none)), matched: d.ruleMatches[ci] });
  });
  d.doc.units.forEach((u, ui) => {
    if (covered[ui]) return;
    const drafts = draftClaims(u, scores[ui].kind, d.doc.resolver).map((x): CandidateClaim => ({
      ...x,
      quote: u.text,
      start: u.start,
      end: u.end,
    }));
    if (!drafts.length) return;
    const right = drafts.filter((c) => d.doc.label.claims.some((l) => matchesLabel(l, c, d.doc.names))).length;
    into.add.push({ kind: scores[ui].kind, p: scores[ui].p, drafts: drafts.length, right });
  });
}

/** The lowest thresholds that keep what is added precise and what is dropped mostly wrong (never when too few). */
export function chooseThresholds(ev: Evidence): Pick<UnitModel, "add" | "drop"> {
  const add: Record<string, number> = {};
  for (const kind of UNIT_KINDS.slice(1)) {
    add[kind] = 2;
    for (const t of GRID) {
      const over = ev.add.filter((a) => a.kind === kind && a.p >= t);
      const drafts = over.reduce((n, a) => n + a.drafts, 0);
      if (drafts >= 5 && over.reduce((n, a) => n + a.right, 0) / drafts >= ADD_PRECISION) {
        add[kind] = t;
        break;
      }
    }
  }
  const matchedTotal = ev.drop.filter((d) => d.matched).length;
  let drop = 2;
  for (const t of [...GRID, 0.97, 0.99].filter((x) => x >= 0.5)) {
    const gone = ev.drop.filter((d) => d.none >= t);
    const matched = gone.filter((d) => d.matched).length;
    if (gone.length >= 5 && matched <= DROP_MAX_MATCHED * gone.length && matched <= DROP_MAX_LOST * matchedTotal) {
      drop = t;
      break;
    }
  }
  return { add, drop };
}

/** A model trained on these documents, its thresholds chosen on 3 folds of them. */
export function trainModel(docs: PreparedDocument[]): UnitModel {
  const vocab = vocabulary(docs);
  const ev: Evidence = { add: [], drop: [] };
  for (let fold = 0; fold < 3; fold++) {
    const inner = fitOn(
      docs.filter((_, i) => i % 3 !== fold),
      vocab,
    );
    docs.forEach((d, i) => {
      if (i % 3 === fold) evidence(d, inner, vocab, ev);
    });
  }
  const fitted = fitOn(docs, vocab);
  const batches = [...new Set(docs.map((d) => d.doc.batch))];
  const trainedOn = batches.map((b) => `${b} (${docs.filter((d) => d.doc.batch === b).length} documents)`).join(", ");
  return { ...fitted, ...chooseThresholds(ev), trainedOn };
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(2) : "-");

/** The classifier itself on held-out documents: per kind precision and recall of its likeliest kind. */
function classifierTable(docs: PreparedDocument[], model: UnitModel): Record<string, [number, number, number]> {
  const t: Record<string, [number, number, number]> = Object.fromEntries(UNIT_KINDS.map((k) => [k, [0, 0, 0]]));
  const admits = (f: string) => f in model.weights;
  for (const d of docs)
    d.readings.forEach((r, i) => {
      const truth = d.kinds[i];
      if (!truth) return;
      const p = scoreUnit(model, unitFeatureNames(r, admits));
      const pred = UNIT_KINDS[p.indexOf(Math.max(...p))];
      t[pred][1]++;
      t[truth][2]++;
      if (pred === truth) t[truth][0]++;
    });
  return t;
}

function extractionScore(docs: PreparedDocument[], model: UnitModel | null): BatchScore {
  const meta = { title: null, author: null, date: null };
  return combine(
    docs.map((d) =>
      scoreDocument(
        d.doc.label,
        model ? extractClaims(d.doc.text, d.doc.resolver, { unitModel: model, title: d.doc.title }) : d.rules,
        d.doc.names,
        meta,
      ),
    ),
  );
}

function lobo(all: PreparedDocument[], foldsDir: string | undefined): void {
  const batches = [...new Set(all.map((d) => d.doc.batch))];
  const cls: Record<string, [number, number, number]> = Object.fromEntries(UNIT_KINDS.map((k) => [k, [0, 0, 0]]));
  console.log(
    "| held-out batch | docs | rules recall | rules precision | rules+model recall | rules+model precision | added thresholds | drop |\n|---|---|---|---|---|---|---|---|",
  );
  const sum = { rules: [0, 0, 0, 0], model: [0, 0, 0, 0] };
  for (const b of batches) {
    const test = all.filter((d) => d.doc.batch === b);
    const model = trainModel(all.filter((d) => d.doc.batch !== b));
    if (foldsDir) writeFileSync(path.join(foldsDir, `unit-model-without-${b}.json`), JSON.stringify(model) + "\n");
    for (const [k, v] of Object.entries(classifierTable(test, model)))
      v.forEach((n, i) => {
        cls[k][i] += n;
      });
    const [r, m] = [extractionScore(test, null), extractionScore(test, model)];
    for (const [key, s] of [
      ["rules", r],
      ["model", m],
    ] as const)
      [s.found, s.labels, s.correct, s.predicted].forEach((n, i) => {
        sum[key][i] += n;
      });
    const adds =
      Object.entries(model.add)
        .filter(([, v]) => v <= 1)
        .map(([k, v]) => `${k} ${v.toFixed(2)}`)
        .join(", ") || "none";
    console.log(
      `| ${b} | ${test.length} | ${ratio(r.found, r.labels)} (${r.found}/${r.labels}) | ${ratio(r.correct, r.predicted)} (${r.correct}/${r.predicted}) | ${ratio(m.found, m.labels)} (${m.found}/${m.labels}) | ${ratio(m.correct, m.predicted)} (${m.correct}/${m.predicted}) | ${adds} | ${model.drop <= 1 ? model.drop.toFixed(2) : "never"} |`,
    );
  }
  const [a, c] = [sum.rules, sum.model];
  console.log(
    `| **all** | ${all.length} | ${ratio(a[0], a[1])} (${a[0]}/${a[1]}) | ${ratio(a[2], a[3])} (${a[2]}/${a[3]}) | ${ratio(c[0], c[1])} (${c[0]}/${c[1]}) | ${ratio(c[2], c[3])} (${c[2]}/${c[3]}) | | |`,
  );
  console.log(
    "\nThe classifier itself, leave-one-batch-out (its likeliest kind per unit; units located for a label, and units holding none):\n\n| kind | units | predicted | right | precision | recall |\n|---|---|---|---|---|---|",
  );
  for (const k of UNIT_KINDS)
    console.log(
      `| ${k} | ${cls[k][2]} | ${cls[k][1]} | ${cls[k][0]} | ${ratio(cls[k][0], cls[k][1])} | ${ratio(cls[k][0], cls[k][2])} |`,
    );
}

/** The model as JSON with one feature per line, so a retrained model's diff reads feature by feature. */
export function formatModel(m: UnitModel): string {
  const head = JSON.stringify({ trainedOn: m.trainedOn, add: m.add, drop: m.drop, bias: m.bias });
  const rows = Object.entries(m.weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  return `${head.slice(0, -1)},\n  "weights": {\n${rows.join(",\n")}\n  }\n}\n`;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const without = option("without");
  const docs = loadBatches()
    .filter((d) => d.batch !== without)
    .map(prepare);
  console.log(`${docs.length} documents: ${[...new Set(docs.map((d) => d.doc.batch))].join(", ")}`);
  if (args.includes("--lobo")) return lobo(docs, option("folds-dir"));
  const model = trainModel(docs);
  const out = option("out") ?? "lib/extract/unit-model.json";
  writeFileSync(out, formatModel(model));
  console.log(
    `wrote ${out}: ${Object.keys(model.weights).length} features; add ${JSON.stringify(model.add)}; drop ${model.drop}`,
  );
}

main();
