// Issue #11's target as a property over random evidence sets (seeded, so every run draws the same
// sets): no wizard result or verdict explanation gives as a reason for its pick an answer or a claim
// that counted against it, a claim neutral to it, or advice from a use case it does not share a need with.
import fc from "fast-check";
import { EvidenceSigns } from "@/lib/verdicts/common-ground";
import { VerdictEngine } from "@/lib/verdicts/engine";
import type { Evidence, EvidenceClaim } from "@/lib/verdicts/types";
import { rankForAnswers, type WizardAnswers, type WizardOutcome } from "@/lib/wizard";
import { claimArb } from "../verdicts/arbitraries";
import { AS_OF } from "../verdicts/fixtures";
import { NAMES, questionnaire, USE_CASES } from "./review5-world";
import { belowZeroNextArb, skillsFirstArb } from "./support/aimed";

const SEED = 20261205;
const TECHS = Object.keys(NAMES);
const NEEDS = [...new Set(USE_CASES.flatMap((u) => u.needs!.map((n) => n.key)))];

/** The evidence drawn over this world's technologies and use cases (the verdicts' claim shapes). */
const worldArb: fc.Arbitrary<Evidence> = fc
  .integer({ min: 2, max: 18 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claimArb(`c${i}`))))
  .chain((claims) =>
    fc.tuple(
      fc.constant(claims),
      fc.array(fc.constantFrom(...TECHS), { minLength: claims.length, maxLength: claims.length }),
      fc.array(fc.constantFrom(...USE_CASES.map((u) => u.slug), ""), {
        minLength: claims.length,
        maxLength: claims.length,
      }),
    ),
  )
  .map(([claims, techs, hints]) => ({
    useCases: USE_CASES,
    claims: claims.map((c, i): EvidenceClaim => {
      // The drawn claims name the verdict tests' technologies; this world's take their place.
      const slugs = [...new Set([techs[i], ...c.technologySlugs.slice(1).map((_, j) => TECHS[(i + j + 1) % 4])])];
      const direction = c.directions ? Object.values(c.directions)[0] : undefined;
      return {
        ...c,
        technologySlugs: slugs,
        useCaseHints: hints[i] ? [hints[i]] : undefined,
        ...(direction ? { directions: { [slugs[0]]: direction } } : { directions: undefined }),
      };
    }),
    decisions: [],
    asOf: AS_OF,
    technologyNames: NAMES,
  }));

const answersArb: fc.Arbitrary<WizardAnswers> = fc.record({
  useCase: fc.constantFrom(...USE_CASES.map((u) => u.slug)),
  // Any set of the languages the team may know (G9/H8): none, one or several.
  skills: fc.subarray(["javascript", "php", "python"]).map((known) => (known.length ? known : ["none"])),
  needs: fc.uniqueArray(fc.constantFrom(...NEEDS), { maxLength: 3 }),
});

/** The pick's lead over the best other option, as the ranking scores them. */
const leadOf = (o: WizardOutcome, pick: string) =>
  (o.ranking.find((r) => r.slug === pick)?.score ?? 0) -
  Math.max(...o.ranking.filter((r) => r.slug !== pick).map((r) => r.score));

/** The labels of the answers the confidence line gives as why the pick comes first or its figure differs. */
const namedToward = (line: string) =>
  (/(?:because|%:) your answers \(([^)]*)\) move the scores(?! away)/.exec(line)?.[1] ?? "")
    .split("; ")
    .filter(Boolean);

describe("reasons that hold up, over random evidence sets (issue #11)", () => {
  it("a wizard result's reasons are claims for its pick, counted through this use case's own needs, and the answers it names moved toward it", () => {
    fc.assert(
      fc.property(worldArb, answersArb, (evidence, answers) => {
        const q = questionnaire();
        const outcome = rankForAnswers(q, answers, evidence);
        const pick = outcome.recommended;
        if (!pick) return;
        const reader = new EvidenceSigns(evidence.claims, NAMES);
        const byId = new Map(evidence.claims.map((c) => [c.id, c]));
        const useCase = q.useCases.find((u) => u.slug === answers.useCase)!;
        const needLabels = useCase.needs.map((n) => n.label.toLowerCase());
        for (const reason of outcome.reasons) {
          expect(reason.technologySlug).toBe(pick);
          for (const id of reason.claimIds) {
            const claim = byId.get(id)!;
            const techs = [...new Set(claim.technologySlugs)];
            // Neither against the pick nor neutral to it.
            expect([id, reader.signs(claim, techs)[techs.indexOf(pick)]]).toEqual([id, 1]);
          }
          // It counts through one of this use case's needs (or names the use case), never another's alone.
          const because = reason.basis.toLowerCase();
          expect(needLabels.some((l) => because.includes(l)) || because.includes("names this use case")).toBe(true);
        }
        // Every answer named as moving the scores toward the pick did: without it the lead would be no larger.
        for (const label of namedToward(outcome.confidenceExplanation)) {
          const key = q.categories[0].drivers.find((d) => d.label.toLowerCase() === label.toLowerCase())?.key;
          expect(key).toBeDefined();
          const without = rankForAnswers(q, { ...answers, needs: answers.needs.filter((k) => k !== key) }, evidence);
          expect(leadOf(outcome, pick)).toBeGreaterThanOrEqual(leadOf(without, pick) - 1e-9);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("H4: an option a confidence line calls 'the next option' is the best-scoring one after the pick", () => {
    fc.assert(
      fc.property(worldArb, answersArb, (evidence, answers) => {
        const outcome = rankForAnswers(questionnaire(), answers, evidence);
        const pick = outcome.recommended;
        if (!pick) return;
        const others = outcome.ranking.filter((r) => r.slug !== pick);
        const best = Math.max(...others.map((r) => r.score));
        for (const m of outcome.confidenceLine.matchAll(/([A-Z][\w.]*), the next option(?! the team knows)/g)) {
          const named = others.find((r) => NAMES[r.slug] === m[1]);
          expect({ line: outcome.confidenceLine, score: named?.score }).toEqual({
            line: outcome.confidenceLine,
            score: best,
          });
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("H1: an answer credited with putting the pick first would, removed, put another first on the evidence", () => {
    fc.assert(
      fc.property(worldArb, answersArb, (evidence, answers) => {
        const q = questionnaire();
        const outcome = rankForAnswers(q, answers, evidence);
        const pick = outcome.recommended;
        const credited = /comes first because your answers \(([^)]*)\)/.exec(outcome.confidenceExplanation)?.[1];
        if (!pick || !credited) return;
        for (const label of credited.split("; ")) {
          const key = q.categories[0].drivers.find((d) => d.label.toLowerCase() === label.toLowerCase())?.key;
          const without = rankForAnswers(q, { ...answers, needs: answers.needs.filter((k) => k !== key) }, evidence);
          expect({ label, first: without.evidenceLeader === pick }).toEqual({ label, first: false });
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  // Review 8: the drawn sets above rarely hold the cases H1 and H4 guard (1 and 0 runs in 150); these
  // sets are built on them, and each test asserts that most of its runs do.
  const RUNS = 150;

  it("H1, on sets built for it: where the team's skills alone put the pick first, the line says so and credits no answer with the order", () => {
    let guarded = 0;
    fc.assert(
      fc.property(skillsFirstArb, ({ evidence, answers, known, leader }) => {
        const q = questionnaire();
        const outcome = rankForAnswers(q, answers, evidence);
        if (outcome.recommended !== known || outcome.evidenceLeader !== leader) return;
        guarded += 1;
        const line = outcome.confidenceExplanation;
        expect({
          line,
          says: line.includes(`comes first because the team knows it; on the evidence ${NAMES[leader]} scores higher`),
        }).toEqual({ line, says: true });
        expect(line).not.toMatch(/comes first because your answers/);
        // Without the team's skills, the evidence puts the leader first whatever was ticked.
        const unskilled = rankForAnswers(q, { ...answers, skills: ["none"] }, evidence);
        expect(unskilled.recommended).toBe(leader);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(guarded).toBeGreaterThan(RUNS / 2);
  });

  it("H4, on sets built for it: an option after the pick that scores below zero is never called 'the next option'", () => {
    let guarded = 0;
    fc.assert(
      fc.property(belowZeroNextArb, ({ evidence, answers, pick }) => {
        const outcome = rankForAnswers(questionnaire(), answers, evidence);
        if (outcome.recommended !== pick) return;
        const others = outcome.ranking.filter((r) => r.slug !== pick);
        const below = others.filter((r) => r.score < 0);
        if (below.length === 0) return;
        const line = outcome.confidenceLine;
        if (!/no other option(?: the team knows)? has (?:more )?evidence for it/.test(line)) return;
        guarded += 1;
        for (const r of below)
          expect({ line, called: line.includes(`${NAMES[r.slug]}, the next option`) }).toEqual({ line, called: false });
        // The one named below nought is one of those that score below it.
        const named = /(?:against|counts against) ([A-Z][\w.]*)(?: \(|;)/.exec(line)?.[1];
        expect({ line, named: below.some((r) => NAMES[r.slug] === named) }).toEqual({ line, named: true });
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(guarded).toBeGreaterThan(RUNS / 2);
  });

  it("a verdict's reasons are claims for its pick, never against it or neutral to it", () => {
    fc.assert(
      fc.property(worldArb, (evidence) => {
        const engine = new VerdictEngine(evidence);
        const reader = new EvidenceSigns(evidence.claims, NAMES);
        const byId = new Map(evidence.claims.map((c) => [c.id, c]));
        for (const useCase of USE_CASES) {
          const verdict = engine.verdict(useCase.slug);
          if (!verdict?.winner) continue;
          for (const reason of engine.explain(useCase.slug, [verdict.winner])?.reasons ?? []) {
            expect(reason.direction).not.toBe("against");
            for (const id of reason.claimIds) {
              const claim = byId.get(id)!;
              const techs = [...new Set(claim.technologySlugs)];
              expect([id, reader.signs(claim, techs)[techs.indexOf(verdict.winner)]]).toEqual([id, 1]);
            }
          }
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
