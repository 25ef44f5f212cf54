// npm run -s eval:learn -- TRAIN_DIR TRAIN_LABELS TEST_DIR TEST_LABELS [--catalogue=demo|empty|labelled|both]
// The importer learning from editors, measured (issue #16 item 10): the training batch's labels stand in
// for an editor's decisions (an extracted claim that matches a label was accepted, one that matches none
// was rejected), the learner (lib/extract/learn.ts) trains on them, and the extractor then runs on the
// test batch: precision and recall without and with the learned filter, scored by eval:extract's matching.
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractDocument, TechResolver, type CandidateClaim, type TechRef } from "@/lib/extract";
import { hides, score, train, type Example, type Model } from "@/lib/extract/learn";
import { candidateInput, featuresOf, headingIndex } from "@/lib/extract/learn-features";
import { parseDocument } from "@/lib/import";
import { CATALOGUES } from "./eval/catalogues";
import { LabelFile, type LabelDocument } from "./eval/labels";
import { combine, matchesLabel, scoreDocument, type TechNames } from "./eval/score";

interface Extracted {
  label: LabelDocument;
  claims: Array<{ claim: CandidateClaim; features: string[] }>;
  names: TechNames;
  meta: { title: string | null; author: string | null; date: string | null };
}

/** Each labelled document of a batch, parsed and extracted as the importer would, with each claim's features. */
function extractBatch(dir: string, labels: LabelFile, catalogue: TechRef[]): Extracted[] {
  return labels.documents.map((label) => {
    const doc = parseDocument({ filename: label.file, bytes: readFileSync(path.join(dir, label.file)) });
    const resolver = new TechResolver(catalogue);
    const { claims, proposed } = extractDocument(doc.text, resolver, { title: doc.title });
    const found = new Map(proposed.map((t) => [t.slug, t]));
    const names: TechNames = (slug) => {
      const ref = resolver.ref(slug) ?? found.get(slug);
      return [slug, ref?.name ?? resolver.nameOf(slug), ...(ref?.aliases ?? [])];
    };
    const heading = headingIndex(doc.text);
    return {
      label,
      names,
      meta: { title: doc.title || null, author: doc.author, date: doc.publishedAt },
      claims: claims.map((claim) => ({
        claim,
        features: featuresOf(candidateInput(claim, { names, format: doc.format, heading })),
      })),
    };
  });
}

/** The labels as an editor's decisions on what the extractor proposed. */
function replay(batch: Extracted[]): Example[] {
  return batch.flatMap((d) =>
    d.claims.map(({ claim, features }) => ({
      features,
      keep: d.label.claims.some((l) => matchesLabel(l, claim, d.names)),
    })),
  );
}

/** The chance a kept candidate scores above a rejected one (ties count half). */
function auc(scored: Array<{ s: number; keep: boolean }>): number {
  const pos = scored.filter((x) => x.keep);
  const neg = scored.filter((x) => !x.keep);
  let wins = 0;
  for (const p of pos) for (const q of neg) wins += p.s > q.s ? 1 : p.s === q.s ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : NaN;
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(2) : "-");

function report(name: string, batch: Extracted[], model: Model): void {
  const without = combine(
    batch.map((d) =>
      scoreDocument(
        d.label,
        d.claims.map((c) => c.claim),
        d.names,
        d.meta,
      ),
    ),
  );
  const filtered = batch.map((d) =>
    scoreDocument(
      d.label,
      d.claims.filter((c) => !hides(model, c.features)).map((c) => c.claim),
      d.names,
      d.meta,
    ),
  );
  const withFilter = combine(filtered);
  const hidden = without.predicted - withFilter.predicted;
  const hiddenRight = without.correct - withFilter.correct;
  console.log(`\n## ${name}`);
  console.log(
    `trained on ${model.examples} decisions (${model.kept} kept, ${model.examples - model.kept} rejected); threshold ${model.threshold === null ? "none (too few examples: nothing hidden)" : model.threshold.toFixed(3)}`,
  );
  console.log("\n| | extracted | correct | precision | labels found | recall |\n|---|---|---|---|---|---|");
  console.log(
    `| without the filter | ${without.predicted} | ${without.correct} | ${ratio(without.correct, without.predicted)} | ${without.found}/${without.labels} | ${ratio(without.found, without.labels)} |`,
  );
  console.log(
    `| with the learned filter | ${withFilter.predicted} | ${withFilter.correct} | ${ratio(withFilter.correct, withFilter.predicted)} | ${withFilter.found}/${withFilter.labels} | ${ratio(withFilter.found, withFilter.labels)} |`,
  );
  // The queue's order: how well the keep score ranks the test batch's candidates (kept = matches a label).
  const scored = batch.flatMap((d) =>
    d.claims.map(({ claim, features }) => ({
      s: score(model, features),
      keep: d.label.claims.some((l) => matchesLabel(l, claim, d.names)),
    })),
  );
  const tenth = [...scored].sort((a, b) => a.s - b.s).slice(0, Math.ceil(scored.length / 10));
  console.log(
    `\nranking: AUC ${auc(scored).toFixed(2)}; the lowest-scored tenth (${tenth.length}) holds ${tenth.filter((x) => !x.keep).length} of the ${scored.filter((x) => !x.keep).length} extras`,
  );
  console.log(
    `hidden: ${hidden} candidates, ${hiddenRight} of them matching a label (${hidden - hiddenRight} extras removed); labels lost: ${without.found - withFilter.found}`,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const positional = args.filter((a) => !a.startsWith("--"));
  const which = args.find((a) => a.startsWith("--catalogue="))?.split("=")[1] ?? "both";
  if (positional.length !== 4) {
    console.error(
      "usage: npm run -s eval:learn -- TRAIN_DIR TRAIN_LABELS TEST_DIR TEST_LABELS [--catalogue=demo|empty|labelled|both]",
    );
    process.exit(2);
  }
  const [trainDir, trainPath, testDir, testPath] = positional;
  const trainLabels = LabelFile.parse(JSON.parse(readFileSync(trainPath, "utf8")));
  const testLabels = LabelFile.parse(JSON.parse(readFileSync(testPath, "utf8")));
  for (const catalogue of which === "both" ? ["demo", "empty"] : [which]) {
    const make = CATALOGUES[catalogue];
    if (!make) throw new Error(`Unknown catalogue "${catalogue}" (demo, empty, labelled or both).`);
    const started = performance.now();
    const examples = replay(extractBatch(trainDir, trainLabels, make(trainLabels)));
    const cpu = process.cpuUsage();
    const trainStart = performance.now();
    const model = train(examples);
    const trainMs = performance.now() - trainStart;
    const used = process.cpuUsage(cpu);
    report(
      `train ${trainLabels.batch} → test ${testLabels.batch}, ${catalogue} catalogue`,
      extractBatch(testDir, testLabels, make(testLabels)),
      model,
    );
    console.log(
      `(training took ${trainMs.toFixed(0)} ms, ${((used.user + used.system) / 1000).toFixed(0)} ms of CPU; the whole run ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
}

main();
