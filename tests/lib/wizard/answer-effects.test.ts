// How each ticked answer moved the pick's lead (issue 11, F4, F5), on evidence sets written here: a
// need is a reason for the pick only when it widened the pick's lead over the runner-up, by its net
// effect; every ticked answer is counted and says how it moved the ranking or why it did not.
import fc from "fast-check";
import { answerCount } from "@/components/public/wizard/WizardResultView";
import { evidenceScoreNote } from "@/lib/wizard/score-note";
import type { EvidenceClaim } from "@/lib/verdicts/types";
import type { WizardAnswers, WizardOutcome } from "@/lib/wizard";
import { rankForAnswers } from "@/lib/wizard";
import { feature, NAMES, questionnaire, rank, USE_CASES } from "./review5-world";
import { belowZeroNextArb, skillsFirstArb } from "./support/aimed";

/** The pick's lead over the best other option, as the ranking scores them (another's pick: that option's lead). */
const leadOf = (o: WizardOutcome, pick = o.recommended) => {
  const mine = o.ranking.find((r) => r.slug === pick)!.score;
  return mine - Math.max(...o.ranking.filter((r) => r.slug !== pick).map((r) => r.score));
};

/** FastAPI leads on its documentation, Django follows; authentication speaks for Laravel and FastAPI. */
const world = (laravelAuthSources: number, fastapiAuthSources: number, laravelLacksDocs: boolean): EvidenceClaim[] => [
  feature("fastapi", "FastAPI has OpenAPI documentation built in.", "supports", { sources: ["a", "b", "c", "x", "y"] }),
  feature("django", "Django documents its API with OpenAPI through a package.", "supports", { sources: ["d", "z"] }),
  ...(laravelLacksDocs
    ? [feature("laravel", "Laravel has no built-in OpenAPI documentation.", "against", { sources: ["j", "k", "m"] })]
    : []),
  feature("laravel", "Laravel has authentication built in.", "supports", {
    sources: ["e", "f", "g"].slice(0, laravelAuthSources),
  }),
  feature("fastapi", "FastAPI has OAuth2 authentication helpers.", "supports", {
    sources: ["h", "i"].slice(0, fastapiAuthSources),
  }),
];
const both = (claims: EvidenceClaim[]) => ({
  plain: rank({ useCase: "public-json-api", skills: ["none"], needs: [] }, claims),
  auth: rank({ useCase: "public-json-api", skills: ["none"], needs: ["needs-auth"] }, claims),
});
const AUTH = "needs authentication and permissions";

describe("a need's net effect on the pick's lead over the runner-up (issue 11, F5)", () => {
  it("a need that favours another option more than the pick, yet widened the pick's lead, is a reason for it, never said to work against it", () => {
    const { plain, auth } = both(world(2, 1, true));
    expect([plain.recommended, auth.recommended]).toEqual(["fastapi", "fastapi"]);
    // Laravel gains more from it than FastAPI, but stays behind Django, the runner-up: FastAPI's lead grows.
    expect(auth.factors.find((f) => f.key === "needs-auth")!.text).toMatch(
      /^Needs authentication and permissions: favours Laravel \(1 claim\) and FastAPI \(1 claim\)/,
    );
    expect(leadOf(auth)).toBeGreaterThan(leadOf(plain));
    expect(auth.confidenceExplanation).toContain(`your answers (${AUTH}) move the scores toward it, raising it to `);
    expect(auth.confidenceExplanation).not.toMatch(/favoured Laravel|outweighed|narrow its lead|away from it/);
  });

  it("a need that cut the pick's lead is said to have narrowed it, and to have been outweighed, never given as a because", () => {
    const { plain, auth } = both(world(3, 2, false));
    expect(auth.recommended).toBe("fastapi");
    expect(leadOf(auth)).toBeLessThan(leadOf(plain));
    expect(auth.confidenceExplanation).toMatch(
      new RegExp(`would be at \\d+%; your answers lower it to \\d+%: ${AUTH} favoured Laravel more than FastAPI\\.`),
    );
    expect(auth.confidenceExplanation).not.toMatch(/because your answers|move the scores toward it|raising it/);
  });

  it("a need that favoured the pick and the runner-up alike made no difference, and is said so", () => {
    const { plain, auth } = both(world(2, 2, false));
    expect(auth.recommended).toBe("fastapi");
    expect(leadOf(auth)).toBeCloseTo(leadOf(plain), 9);
    expect(auth.confidenceExplanation).toContain(
      "Needs authentication and permissions made no difference to its lead over the next option.",
    );
    expect(auth.confidenceExplanation).not.toMatch(/move the scores toward it|narrow its lead|outweighed/);
  });
});

/** Feature claims on this world's needs, each for or against one technology, from one to three sources. */
const TERMS = [
  "has OpenAPI documentation built in",
  "has authentication built in",
  "has an admin interface built in",
  "runs background jobs",
  "serves async I/O well",
];
const SLUGS = Object.keys(NAMES);
const claimsArb = fc
  .array(
    fc.record({
      slug: fc.constantFrom(...SLUGS),
      term: fc.constantFrom(...TERMS),
      against: fc.boolean(),
      sources: fc.integer({ min: 1, max: 3 }),
    }),
    { minLength: 2, maxLength: 10 },
  )
  .map((drawn) =>
    drawn.map((d, i) =>
      feature(
        d.slug,
        `${NAMES[d.slug]} ${d.against ? "lacks what it" : ""} ${d.term}.`.replace("  ", " "),
        d.against ? "against" : "supports",
        {
          id: `p${i}`,
          sources: Array.from({ length: d.sources }, (_, j) => `s${i}-${j}`),
        },
      ),
    ),
  );
const answersArb: fc.Arbitrary<WizardAnswers> = fc.constantFrom(...USE_CASES).chain((u) =>
  fc.record({
    useCase: fc.constant(u.slug),
    // Any set of the languages the team may know (G9/H8): none, one or several.
    skills: fc.subarray(["javascript", "php", "python"]).map((known) => (known.length ? known : ["none"])),
    needs: fc.subarray(u.needs!.map((n) => n.key)),
  }),
);

describe("over generated evidence sets (issue 11, F5)", () => {
  it("every answer the confidence line names is named by its net effect on the pick's lead: toward it only when it widened it, narrowed or outweighed only when it cut it, no difference only when it left it", () => {
    const keyOf = (label: string) =>
      questionnaire().categories[0].drivers.find((d) => d.label.toLowerCase() === label.toLowerCase())!.key;
    const named = (line: string, pattern: RegExp) =>
      (pattern.exec(line)?.[1] ?? "")
        .split("; ")
        .map((l) => l.trim())
        .filter(Boolean);
    const seen = { toward: 0, narrowed: 0, even: 0 };
    fc.assert(
      fc.property(claimsArb, answersArb, (claims, answers) => {
        const outcome = rank(answers, claims);
        if (!outcome.recommended) return;
        const line = outcome.confidenceExplanation;
        const lead = leadOf(outcome);
        const leadWithout = (label: string) =>
          leadOf(
            rank({ ...answers, needs: answers.needs.filter((k) => k !== keyOf(label)) }, claims),
            outcome.recommended,
          );
        // The ranking's scores are rounded to two places: a lead compares within that.
        for (const label of named(line, /(?:because|%:) your answers \(([^)]*)\) move the scores toward it/)) {
          seen.toward += 1;
          expect([label, lead > leadWithout(label) - 0.011]).toEqual([label, true]);
        }
        const narrowed = [
          ...named(line, /your answers \(([^)]*)\) narrow its lead/),
          ...[...line.matchAll(/(?:^|[.;:] )([^.;:]+?) favoured [A-Z][\w.]*(?=[;.,])/g)].map((m) => m[1]),
        ];
        for (const label of narrowed) {
          seen.narrowed += 1;
          expect([label, lead < leadWithout(label) + 0.011]).toEqual([label, true]);
        }
        for (const label of named(line, /([^.]+?) made no difference to its lead/)) {
          seen.even += 1;
          expect([label, Math.abs(lead - leadWithout(label)) < 0.011]).toEqual([label, true]);
        }
      }),
      { seed: 20261205, numRuns: 300 },
    );
    // The sets drawn put every wording to the test.
    expect(seen.toward).toBeGreaterThan(5);
    expect(seen.narrowed).toBeGreaterThan(5);
    expect(seen.even).toBeGreaterThan(0);
  });
});

describe("every ticked answer is counted, and says how it moved the ranking or why it did not (issue 11, F4)", () => {
  const claims = world(2, 1, true);
  const counted = (answers: WizardAnswers) => {
    const outcome = rank(answers, claims);
    return {
      outcome,
      count: answerCount({ factors: outcome.factors.map((f) => ({ ...f, claims: [], decisions: [] })), answers }),
    };
  };

  it("a ticked need the use case is not chosen on counts as an answer that moved nothing, and says why", () => {
    const answers = { useCase: "public-json-api", skills: ["none"], needs: ["needs-admin-ui"] };
    const { outcome, count } = counted(answers);
    expect(count).toMatchObject({ moved: 0, answers: 2, needsWeighed: 0, needsTicked: 1 });
    expect(outcome.factors.find((f) => f.key === ":elsewhere")!.text).toMatch(
      /^Ticked, but not weighed here: needs an admin UI\. Public JSON API is not chosen on it, so claims about it say nothing/,
    );
    const note = evidenceScoreNote(count.needsWeighed, count.needsTicked).text;
    expect(note).not.toContain("You ticked no needs");
    expect(note).not.toMatch(/, so [^.]*, so /);
    expect(evidenceScoreNote(0, 2).text).toContain(
      "The needs you ticked are not ones this use case is chosen on and add nothing: that is the whole score, so",
    );
    expect(note).toContain(
      "The need you ticked is not one this use case is chosen on and adds nothing: that is the whole score, so here scores run from −1 to +1",
    );
  });

  it("beside a weighed one, the count holds both and the score note says which adds", () => {
    const answers = { useCase: "public-json-api", skills: ["python"], needs: ["needs-auth", "needs-admin-ui"] };
    const { count } = counted(answers);
    expect(count).toMatchObject({ answers: 3, needsWeighed: 1, needsTicked: 2 });
    expect(evidenceScoreNote(1, 2).text).toContain(
      "Each need you ticked that this use case is chosen on adds from −0.5 to +0.5 by what the verified claims about that need say of each option (the other adds nothing), so here scores run from −1.5 to +1.5",
    );
  });

  it("over generated answers: M is the skills answer and every ticked need, and every ticked need is named on a line of its own or on the line that says why it was not weighed", () => {
    const allNeeds = [...new Set(USE_CASES.flatMap((u) => u.needs!.map((n) => n.key)))];
    const drivers = questionnaire().categories[0].drivers;
    fc.assert(
      fc.property(
        claimsArb,
        fc.record({
          useCase: fc.constantFrom(...USE_CASES.map((u) => u.slug)),
          skills: fc.subarray(["php", "python"]).map((known) => (known.length ? known : ["none"])),
          needs: fc.subarray(allNeeds),
        }),
        (drawn, answers) => {
          const outcome = rank(answers, drawn);
          const count = answerCount({
            factors: outcome.factors.map((f) => ({ ...f, claims: [], decisions: [] })),
            answers,
          });
          expect(count.answers).toBe(1 + answers.needs.length);
          expect(count.moved).toBeLessThanOrEqual(count.answers);
          const elsewhere = outcome.factors.find((f) => f.key === ":elsewhere")?.text ?? "";
          for (const key of answers.needs) {
            const label = drivers.find((d) => d.key === key)!.label;
            const own = outcome.factors.some((f) => f.key === key);
            expect([key, own || elsewhere.includes(label.charAt(0).toLowerCase() + label.slice(1))]).toEqual([
              key,
              true,
            ]);
          }
        },
      ),
      { seed: 20261205, numRuns: 100 },
    );
  });
});

describe("the confidence line states the movement in its net direction (G1)", () => {
  it("over generated evidence sets: beside the same pick's figure on the evidence alone, it says raised or lowered as the figure moved, to the figure shown", () => {
    const seen = { raised: 0, lowered: 0, same: 0 };
    fc.assert(
      fc.property(claimsArb, answersArb, (claims, answers) => {
        const outcome = rank(answers, claims);
        if (!outcome.recommended) return;
        const line = outcome.confidenceExplanation;
        const shown = Math.round(outcome.confidence * 100);
        const alone = /would be at (\d+)%/.exec(line);
        if (line.includes("The same as on ")) {
          seen.same += 1;
          expect(line).not.toMatch(/would be at|lower it|raising it/);
          return;
        }
        if (!alone) return; // the evidence alone picks another: its figure is for that one
        const stated = /your answers lower it to (\d+)%|raising it to (\d+)%/.exec(line);
        expect({ line, stated: !!stated }).toEqual({ line, stated: true });
        const sign = stated![1] ? -1 : 1;
        seen[sign < 0 ? "lowered" : "raised"] += 1;
        expect({ line, sign }).toEqual({ line, sign: Math.sign(shown - Number(alone[1])) });
        expect(Number(stated![1] ?? stated![2])).toBe(shown);
        if (sign < 0) expect(line).not.toMatch(/\) move the scores toward it/);
      }),
      { seed: 20261205, numRuns: 300 },
    );
    expect(seen.raised).toBeGreaterThan(3);
    expect(seen.lowered).toBeGreaterThan(3);
    expect(seen.same).toBeGreaterThan(0);
  });
});

describe("answers' effects on sets built for the cases H1 and H4 guard (review 8)", () => {
  const RUNS = 100;

  it("H1: where the team's skills alone put the pick first, no ticked answer is said to have put it there, and each one named as moving toward it widened its lead", () => {
    let guarded = 0;
    fc.assert(
      fc.property(skillsFirstArb, ({ evidence, answers, known, leader }) => {
        const outcome = rankForAnswers(questionnaire(), answers, evidence);
        if (outcome.recommended !== known || outcome.evidenceLeader !== leader || answers.needs.length === 0) return;
        guarded += 1;
        const line = outcome.confidenceExplanation;
        expect(line).not.toMatch(/comes first because your answers/);
        const keyOf = (label: string) =>
          questionnaire().categories[0].drivers.find((d) => d.label.toLowerCase() === label.toLowerCase())!.key;
        for (const label of (/your answers \(([^)]*)\) move the scores toward it/.exec(line)?.[1] ?? "")
          .split("; ")
          .filter(Boolean)) {
          const without = rankForAnswers(
            questionnaire(),
            { ...answers, needs: answers.needs.filter((k) => k !== keyOf(label)) },
            evidence,
          );
          expect([label, leadOf(outcome) > leadOf(without, outcome.recommended!) - 0.011]).toEqual([label, true]);
        }
      }),
      { seed: 20261205, numRuns: RUNS },
    );
    // Most runs hold the case (a need or more ticked, the skills' pick first, another leading on the evidence).
    expect(guarded).toBeGreaterThan(RUNS / 2);
  });

  it("H4: where every option after the pick that evidence speaks to scores below zero, the ticked answers' effects are said against no 'next option'", () => {
    let guarded = 0;
    fc.assert(
      fc.property(belowZeroNextArb, ({ evidence, answers, pick }) => {
        const outcome = rankForAnswers(questionnaire(), answers, evidence);
        if (outcome.recommended !== pick || !/no other option(?: the team knows)? has/.test(outcome.confidenceLine))
          return;
        guarded += 1;
        const below = outcome.ranking.filter((r) => r.slug !== pick && r.score < 0).map((r) => NAMES[r.slug]);
        for (const name of below) expect(outcome.confidenceExplanation).not.toContain(`${name}, the next option`);
      }),
      { seed: 20261205, numRuns: RUNS },
    );
    expect(guarded).toBeGreaterThan(RUNS / 2);
  });
});
