/** @jest-environment node */
// Precision and recall of claim extraction against hand-labelled expectations (tests/lib/extract/expectations.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { normalizeStatement } from "@/lib/text/normalize";
import { EXPECTED } from "./expectations";
import { TECHS } from "./technologies";


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

describe("claim extraction quality", () => {
  it("reaches recall >= 0.9 and precision >= 0.8 on the labelled fixtures and demo documents", () => {
    let expected = 0, found = 0, predicted = 0, correct = 0;
    const misses: string[] = [];
    const extras: string[] = [];
    for (const [file, labels] of Object.entries(EXPECTED)) {
      const doc = parseDocument({ filename: file, bytes: readFileSync(path.join(ROOT, file)) });
      const claims = extractClaims(doc.text, TECHS);
      for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
      expected += labels.length;
      predicted += claims.length;
      for (const label of labels) {
        if (claims.some((c) => matches(label, c))) found++;
        else misses.push(`${file}: ${label}`);
      }
      for (const c of claims) {
        if (labels.some((l) => matches(l, c))) correct++;
        else extras.push(`${file}: ${c.kind} ${c.technologies.join("+")} "${c.statement}"`);
      }
    }
    const recall = found / expected;
    const precision = correct / predicted;
    console.log(`extraction: recall ${recall.toFixed(3)} (${found}/${expected}), precision ${precision.toFixed(3)} (${correct}/${predicted})\nmissed:\n  ${misses.join("\n  ")}\nunexpected:\n  ${extras.join("\n  ")}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.8);
  });
});
