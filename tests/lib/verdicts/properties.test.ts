import fc from "fast-check";
import { computeVerdicts, VerdictEngine } from "@/lib/verdicts/engine";
import { applyChange } from "@/lib/verdicts/what-if";
import type { Evidence, EvidenceClaim } from "@/lib/verdicts/types";
import { claimArb, evidenceArb, shuffle } from "./arbitraries";
import { claim, evidence } from "./fixtures";

/** The same evidence with every list in another order. */
function reordered(e: Evidence, seed: number): Evidence {
  return {
    ...e,
    useCases: shuffle(e.useCases, seed),
    claims: shuffle(e.claims, seed + 1).map((c) => ({ ...c, technologySlugs: shuffle(c.technologySlugs, seed + 2), citations: shuffle(c.citations, seed + 3) })),
    decisions: shuffle(e.decisions, seed + 4).map((d) => ({ ...d, outcomes: shuffle(d.outcomes, seed + 5) })),
  };
}

describe("verdict engine properties", () => {
  it("what would change this: applying the suggested change really makes another technology win", () => {
    const flask = claim(["flask"], "Flask is the pick for a back office admin", { id: "flask", sources: ["a"] });
    const django = claim(["django"], "Django is the pick for a back office admin", { id: "django", sources: ["b", "c", "d"] });
    const before = computeVerdicts(evidence([flask, django])).find((v) => v.useCaseSlug === "back-office-tool")!;
    expect(before.winner).toBe("django");
    // 1 + 2 new (fresh, so more recent) sources beat Django's 3 older ones; 1 more would not.
    expect(before.whatWouldChange?.change).toEqual({ type: "add-sources", claimId: "flask", technologySlug: "flask", count: 2 });
    expect(before.whatWouldChange?.description).toMatch(/^2 more independent sources supporting Flask/);
    const after = computeVerdicts(applyChange(evidence([flask, django]), before.whatWouldChange!.change));
    expect(after.find((v) => v.useCaseSlug === "back-office-tool")!.winner).toBe("flask");
  });

  it("what would change this: for any evidence, the suggested change flips the winner when applied", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        for (const verdict of computeVerdicts(e)) {
          if (!verdict.whatWouldChange) continue;
          const rerun = computeVerdicts(applyChange(e, verdict.whatWouldChange.change)).find((v) => v.useCaseSlug === verdict.useCaseSlug)!;
          expect(rerun.winner).not.toBe(verdict.winner);
          expect(rerun.winner).toBe(verdict.whatWouldChange.newWinner);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same output for the same input, in any order", () => {
    fc.assert(
      fc.property(evidenceArb, fc.integer({ min: 1, max: 2 ** 31 }), (e, seed) => {
        const first = computeVerdicts(e);
        expect(computeVerdicts(e)).toEqual(first);
        expect(computeVerdicts(reordered(e, seed))).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it("incremental recomputation after random single-claim changes equals a full recomputation", () => {
    const change = fc.tuple(fc.nat(40), fc.constantFrom("replace", "remove", "add"), claimArb("placeholder"));
    fc.assert(
      fc.property(evidenceArb, fc.array(change, { minLength: 1, maxLength: 8 }), (e, changes) => {
        const engine = new VerdictEngine(e);
        let added = 0;
        for (const [pick, op, generated] of changes) {
          const ids = engine.currentEvidence().claims.map((c) => c.id).sort();
          const target = ids[pick % Math.max(1, ids.length)];
          if (op === "remove" && target) engine.removeClaim(target);
          else {
            const id = op === "replace" && target ? target : `new-${++added}`;
            const next: EvidenceClaim = { ...generated, id, citations: generated.citations.map((c) => ({ ...c, articleId: `${id}-${c.articleId}` })) };
            engine.upsertClaim(next);
          }
          expect(engine.verdicts()).toEqual(computeVerdicts(engine.currentEvidence()));
        }
      }),
      { numRuns: 100 },
    );
  });
});
