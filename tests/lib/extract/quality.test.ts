/** @jest-environment node */
// Precision and recall of claim extraction against hand-labelled expectations: the original set
// (tests/lib/extract/expectations.ts, labelled after seeing the extractor's output), the held-out set
// (held-out-expectations.ts, labelled from the text alone before the extractor ever ran on it, then used
// to improve the extractor) and the blind set (blind-expectations.ts, labelled before the improved
// extractor ran on it, then used too) and blind-2 (blind-2-expectations.ts, labelled before the
// twice-improved extractor ran on it). Each set's first figures are recorded in the commit adding it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { TechResolver, extractClaims, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { normalizeStatement } from "@/lib/text/normalize";
import { BLIND_2 } from "./blind-2-expectations";
import { BLIND } from "./blind-expectations";
import { EXPECTED } from "./expectations";
import { HELD_OUT } from "./held-out-expectations";
import { TECHS } from "./technologies";

// These sets were labelled for the catalogue alone: read them in a closed world (no lexicon, no discovery).
const CLOSED = new TechResolver(TECHS, { lexicon: false });

const ROOT = path.resolve(__dirname, "../../..");

function matches(label: string, c: CandidateClaim): boolean {
  const [kind, techs, ...rest] = label.split(" ");
  if (c.kind !== kind || [...c.technologies].sort().join("+") !== techs.split("+").sort().join("+")) return false;
  const what = rest.join(" ");
  if (kind === "performance" || kind === "fact") {
    const [metric, value] = what.split("=");
    return c.metric === metric && c.value === Number(value);
  }
  if (kind === "feature") {
    const [topic, support] = what.split("=");
    return c.topic === topic && c.conditions.support === support;
  }
  return normalizeStatement(c.statement).includes(normalizeStatement(what));
}

interface Score {
  expected: number;
  found: number;
  predicted: number;
  correct: number;
  misses: string[];
  extras: string[];
  /** Per claim kind: labels expected and found, claims predicted and correct. */
  kinds: Record<string, [number, number, number, number]>;
}

const KINDS = ["performance", "feature", "fact", "recommendation", "opinion"];

function score(labelled: Record<string, string[]>): Score {
  const s: Score = {
    expected: 0,
    found: 0,
    predicted: 0,
    correct: 0,
    misses: [],
    extras: [],
    kinds: Object.fromEntries(KINDS.map((k) => [k, [0, 0, 0, 0]])),
  };
  for (const [file, labels] of Object.entries(labelled)) {
    const doc = parseDocument({ filename: file, bytes: readFileSync(path.join(ROOT, file)) });
    const claims = extractClaims(doc.text, CLOSED);
    for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
    s.expected += labels.length;
    s.predicted += claims.length;
    for (const label of labels) {
      const kind = s.kinds[label.split(" ")[0]];
      kind[0]++;
      if (claims.some((c) => matches(label, c))) {
        s.found++;
        kind[1]++;
      } else s.misses.push(`${file}: ${label}`);
    }
    for (const c of claims) {
      s.kinds[c.kind][2]++;
      if (labels.some((l) => matches(l, c))) {
        s.correct++;
        s.kinds[c.kind][3]++;
      } else
        s.extras.push(
          `${file}: ${c.kind} ${c.technologies.join("+")} ${c.metric ?? c.topic}=${c.value ?? c.conditions.support ?? ""} "${c.statement}"`,
        );
    }
  }
  return s;
}

const combine = (a: Score, b: Score): Score => ({
  expected: a.expected + b.expected,
  found: a.found + b.found,
  predicted: a.predicted + b.predicted,
  correct: a.correct + b.correct,
  misses: [...a.misses, ...b.misses],
  extras: [...a.extras, ...b.extras],
  kinds: Object.fromEntries(
    KINDS.map((k) => [k, a.kinds[k].map((n, i) => n + b.kinds[k][i]) as [number, number, number, number]]),
  ),
});
const recall = (s: Score): number => s.found / s.expected;
const precision = (s: Score): number => s.correct / s.predicted;
const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(2) : "  -");
const line = (name: string, s: Score): string =>
  `${name.padEnd(9)} recall ${recall(s).toFixed(3)} (${s.found}/${s.expected}), precision ${precision(s).toFixed(3)} (${s.correct}/${s.predicted})\n` +
  `          by kind (recall/precision): ${KINDS.map((k) => `${k} ${ratio(s.kinds[k][1], s.kinds[k][0])}/${ratio(s.kinds[k][3], s.kinds[k][2])}`).join(", ")}`;

describe("claim extraction quality", () => {
  it("reaches recall >= 0.9 and precision >= 0.8 on all labelled documents combined", () => {
    const original = score(EXPECTED);
    const heldOut = score(HELD_OUT);
    const blind = score(BLIND);
    const blind2 = score(BLIND_2);
    const all = [heldOut, blind, blind2].reduce(combine, original);
    console.log(
      [
        "claim extraction quality",
        line("original", original),
        line("held-out", heldOut),
        line("blind", blind),
        line("blind-2", blind2),
        line("combined", all),
        `missed (${all.misses.length}):`,
        ...all.misses.map((m) => `  ${m}`),
        `unexpected (${all.extras.length}):`,
        ...all.extras.map((e) => `  ${e}`),
      ].join("\n"),
    );
    expect(recall(all)).toBeGreaterThanOrEqual(0.9);
    expect(precision(all)).toBeGreaterThanOrEqual(0.8);
  });
});
