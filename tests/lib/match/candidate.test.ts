// Contradiction proposals from the narrowed lookups are exactly what a scan of the whole block keeps
// (comparable ones first, each group in block order, at most three), for far fewer comparisons.
import { MAX_CONTRADICTIONS_PER_CLAIM, matchCandidate, type Proposal } from "@/lib/match/candidate";
import { classifyContradiction, detectContradiction } from "@/lib/match/contradictions";
import { ClaimIndex, sameAssertion, type IndexedClaim } from "@/lib/match/index";
import { randomClaims } from "./support/random-claims";

/**
 * The plain algorithm: advice checked against every indexed claim (advice crosses technologies),
 * then every block member, in block order.
 */
function scanWholeBlock(
  index: ClaimIndex,
  candidate: IndexedClaim,
  all: readonly IndexedClaim[],
): { same: IndexedClaim | null; proposals: Proposal[] } {
  const block = index.block(candidate);
  const same = block.find((existing) => sameAssertion(existing, candidate)) ?? null;
  if (same) return { same, proposals: [] };
  const advice: Proposal[] = [];
  for (const existing of all) {
    const full = detectContradiction(existing, candidate);
    if (full?.kind === "RECOMMENDATION") advice.push({ a: existing, b: candidate, ...full });
  }
  const open: Proposal[] = [];
  const other: Proposal[] = [];
  for (const existing of block) {
    const kind = classifyContradiction(existing, candidate);
    if (!kind || kind.kind === "RECOMMENDATION") continue;
    const full = detectContradiction(existing, candidate);
    if (full) (full.status === "OPEN" ? open : other).push({ a: existing, b: candidate, ...full });
  }
  return { same: null, proposals: [...advice, ...open, ...other].slice(0, MAX_CONTRADICTIONS_PER_CLAIM) };
}

const summary = (r: { same: IndexedClaim | null; proposals: Proposal[] }) => ({
  same: r.same?.id ?? null,
  proposals: r.proposals.map((p) => `${p.a.id}:${p.kind}:${p.status}:${p.reason}`),
});

describe("matching a candidate against the index", () => {
  it("proposes the same contradictions as scanning the whole block, of every kind and status", () => {
    const claim = randomClaims(11);
    const index = new ClaimIndex();
    const all: IndexedClaim[] = [];
    for (let i = 0; i < 600; i++) {
      all.push(claim(i));
      index.add(all[i]);
    }
    const seen = new Set<string>();
    let scanned = 0;
    for (let i = 0; i < 3000; i++) {
      const candidate = claim(100_000 + i);
      scanned += index.block(candidate).length;
      const expected = scanWholeBlock(index, candidate, all);
      expect(summary(matchCandidate(index, candidate))).toEqual(summary(expected));
      for (const p of expected.proposals) seen.add(`${p.kind}:${p.status}`);
    }
    // The generated claims exercise advice, features, facts and figures comparable or not (stances: next test).
    expect([...seen].sort()).toEqual([
      "CAPABILITY:OPEN",
      "FACT:OPEN",
      "RECOMMENDATION:OPEN",
      "VALUE:NOT_COMPARABLE",
      "VALUE:OPEN",
    ]);
    expect(index.comparisons).toBeLessThan((scanned + 3000 * all.length) / 4);
    expect(index.maxComparisons).toBeGreaterThan(0);
  });

  it("finds an opposite opinion among thousands of opinions on the same technology by its statement alone", () => {
    const index = new ClaimIndex();
    const opinion = (i: number, statement: string, stance: string): IndexedClaim => ({
      id: `o${i}`,
      slug: `o${i}`,
      kind: "opinion",
      technologies: ["express"],
      topic: null,
      metric: null,
      value: null,
      unit: null,
      conditions: { stance },
      statement,
    });
    for (let i = 0; i < 3000; i++) index.add(opinion(i, `Express is opinion number ${i}`, "SUPPORTS"));
    index.add(opinion(3000, "Express can't scale.", "SUPPORTS"));
    const candidate = opinion(-1, "express can't scale", "CONTRADICTS");
    const result = matchCandidate(index, candidate);
    expect(summary(result)).toEqual(summary(scanWholeBlock(index, candidate, [])));
    expect(result.proposals.map((p) => [p.a.id, p.kind])).toEqual([["o3000", "STANCE"]]);
    // The same-assertion lookup reads the claims sharing a rare word; the stance lookup only "o3000".
    expect(index.maxComparisons).toBeLessThan(50);
  });

  it("reads a large block of figures measured elsewhere only until it has its few NOT_COMPARABLE proposals", () => {
    const index = new ClaimIndex();
    const figure = (i: number, hardware: string, value: number): IndexedClaim => ({
      id: `f${i}`,
      slug: `f${i}`,
      kind: "performance",
      technologies: ["django"],
      topic: "performance",
      metric: "throughput",
      value,
      unit: "req/s",
      conditions: { hardware },
      statement: `Django serves ${value} req/s`,
    });
    for (let i = 0; i < 5000; i++) index.add(figure(i, `${i % 50}-vcpu vm`, 1000 + i));
    const result = matchCandidate(index, figure(-1, "64-vcpu vm", 50_000));
    expect(result.proposals.map((p) => [p.a.id, p.status])).toEqual([
      ["f0", "NOT_COMPARABLE"],
      ["f1", "NOT_COMPARABLE"],
      ["f2", "NOT_COMPARABLE"],
    ]);
    expect(index.maxComparisons).toBeLessThan(10);
  });

  it("looks for opposing advice only among recommendations sharing words of the use case", () => {
    const index = new ClaimIndex();
    const rec = (i: number, tech: string, topic: string): IndexedClaim => ({
      id: `r${i}`,
      slug: `r${i}`,
      kind: "recommendation",
      technologies: [tech],
      topic,
      metric: null,
      value: null,
      unit: null,
      conditions: {},
      statement: `Use ${tech} when ${topic}`,
    });
    for (let i = 0; i < 5000; i++) index.add(rec(i, i % 2 ? "flask" : "django", `case-${i}`));
    index.add(rec(5000, "flask", "a-back-office-for-editors"));
    const result = matchCandidate(index, rec(-1, "django", "back-office-for-editors"));
    expect(result.proposals.map((p) => [p.a.id, p.kind])).toEqual([["r5000", "RECOMMENDATION"]]);
    expect(index.maxComparisons).toBeLessThan(10);
  });
});
