// The review of the public pages (findings 1, 2, 3 and 7) as requirements of the wizard, on a small
// world written here (support/world.ts): two use cases described by their needs, the questionnaire
// built from the same needs as the app builds it (wizardNeedsOf), and claims that each test names.
// Pure: no database.
import { confidenceBand, confidenceFrom } from "@/lib/verdicts/confidence";
import { VerdictEngine } from "@/lib/verdicts/engine";
import { rankForAnswers } from "@/lib/wizard";
import { ADMIN, DOCS, feature as featureClaim, JOBS, need, wizardWorld } from "./support/world";

const AUTH = need("needs-auth", "authenticates its clients", ["authentication"]);
const world = wizardWorld({ "public-json-api": [DOCS, AUTH], "back-office-tool": [ADMIN, JOBS, AUTH] }, [
  "fastapi",
  "express",
  "nextjs",
  "laravel",
  "django",
]);
const QUESTIONNAIRE = world.questionnaire();
const { evidence, rank } = world;
const feature = (slug: string, statement: string, direction: "supports" | "against", sources = 1) =>
  featureClaim(slug, statement, direction, {
    sources: Array.from({ length: sources }, (_, i) => `${slug}-${statement.length}-${i}`),
  });

const OPENAPI = feature("fastapi", "FastAPI has OpenAPI documentation built in.", "supports");
const LARAVEL_ADMIN = feature("laravel", "Laravel has an admin panel built in.", "supports", 3);
const LARAVEL_JOBS = feature("laravel", "Laravel has background jobs built in.", "supports", 3);
const LARAVEL_AUTH = feature("laravel", "Laravel has authentication built in.", "supports");

describe("the wizard after the review of the public pages", () => {
  it("finding 1: a need of the use case left unticked is weighed all the same and said to be; it is never listed as not weighed while a reason counts through it", () => {
    const outcome = rank({ useCase: "public-json-api", skills: ["none"], needs: [] }, [OPENAPI]);
    expect(outcome.recommended).toBe("fastapi");
    expect(outcome.reasons[0].basis).toBe("Public JSON API · counts because: documents its API for client developers");
    const notWeighed = outcome.factors.find((f) => f.text.startsWith("Not ticked, so not weighed"))!;
    expect(notWeighed.text).toBe("Not ticked, so not weighed: needs an admin UI; background jobs and scheduled tasks.");
    expect(outcome.factors.find((f) => f.key === ":own")?.text).toBe(
      "Not ticked, but weighed all the same, because Public JSON API is chosen on them: documents its API for client developers; authenticates its clients.",
    );
    // Every "counts because" of every reason and ranked option names a need that was weighed.
    const cited = [...outcome.reasons.map((r) => r.basis), ...outcome.ranking.map((r) => r.standing)].join("\n");
    for (const label of ["needs an admin UI", "background jobs and scheduled tasks"])
      expect(cited).not.toContain(`counts because: ${label}`);
  });

  it("finding 3: claims about an admin or background jobs do not count for a JSON API whose needs do not include them, and every ranked option says what placed it there", () => {
    const outcome = rank({ useCase: "public-json-api", skills: ["none"], needs: [] }, [
      OPENAPI,
      LARAVEL_ADMIN,
      LARAVEL_JOBS,
    ]);
    const row = (slug: string) => outcome.ranking.find((r) => r.slug === slug)!;
    expect(outcome.ranking[0].slug).toBe("fastapi");
    expect(row("fastapi").standing).toBe(
      "1 verified claim for it, nothing against; strongest for: “FastAPI has OpenAPI documentation built in.” (counts because: documents its API for client developers).",
    );
    // Three sources each for Laravel's admin and jobs claims, and still nothing here: not this use case's needs.
    expect(row("laravel")).toMatchObject({
      score: 0,
      standing: expect.stringMatching(
        /^No checked evidence about it on this use case's needs or your answers, for or against/,
      ),
    });
    for (const r of outcome.ranking) expect(r.standing.length).toBeGreaterThan(0);
    // An option with no evidence never outranks one the evidence supports.
    const firstSilent = outcome.ranking.findIndex((r) => r.standing.startsWith("No checked evidence"));
    expect(outcome.ranking.slice(firstSilent).every((r) => r.score <= 0)).toBe(true);

    // Laravel's authentication does count here (the API authenticates its clients), and its line says so.
    const withAuth = rank({ useCase: "public-json-api", skills: ["none"], needs: [] }, [
      OPENAPI,
      LARAVEL_ADMIN,
      LARAVEL_JOBS,
      LARAVEL_AUTH,
    ]);
    expect(withAuth.ranking.find((r) => r.slug === "laravel")?.standing).toBe(
      "1 verified claim for it, nothing against; strongest for: “Laravel has authentication built in.” (counts because: authenticates its clients).",
    );
    expect(withAuth.ranking.find((r) => r.slug === "laravel")?.claimIds).toEqual([LARAVEL_AUTH.id]);
  });

  it("finding 2: a team whose options no evidence speaks to is told exactly that, never that the evidence is against them; a pick in a language it does not know is said plainly, low confidence says it is low and what would raise it", () => {
    const outcome = rank({ useCase: "public-json-api", skills: ["javascript"], needs: [] }, [OPENAPI]);
    expect(outcome.recommended).toBe("fastapi");
    const skills = outcome.factors.find((f) => f.question === "skills")!.text;
    expect(skills).toBe(
      "The team knows JavaScript: Express and Next.js are in JavaScript, but no checked evidence speaks for or against Express or Next.js on these answers, so the team's skills did not change the ranking.",
    );
    expect(skills).not.toMatch(/does not support/);
    expect(outcome.caveat).toBe(
      "FastAPI is in Python, which the team does not know. No checked evidence speaks for or against Express or Next.js on these answers, and with confidence this low the evidence does not show that they would do worse: weigh the time it takes to learn FastAPI.",
    );
    expect(confidenceBand(outcome.confidence)).toBe("low");
    expect(outcome.confidenceExplanation).toContain("Low confidence on our scale (under 40% low, 70% and up strong)");
    expect(outcome.confidenceExplanation).toContain(
      // Only evidence for the pick raises it; what would put the known options first is said apart (review 10, F3).
      "What would raise it: more independent sources behind the checked claims for FastAPI on these needs, or more such claims. What would put Express and Next.js, which the team knows, first instead: checked claims for them on these needs that outweigh the evidence for FastAPI (nothing checked speaks to Express and Next.js here).",
    );

    // Evidence against one of them is worded as such, and kept apart from the one nothing speaks to.
    const against = rank({ useCase: "public-json-api", skills: ["javascript"], needs: [] }, [
      OPENAPI,
      feature("express", "Express has no built-in OpenAPI documentation.", "against"),
    ]);
    expect(against.factors.find((f) => f.question === "skills")?.text).toBe(
      "The team knows JavaScript: Express and Next.js are in JavaScript, but no checked evidence speaks for or against Next.js on these answers; on balance the checked evidence counts against Express, so the team's skills did not change the ranking.",
    );
    // A team that knows the pick's language gets no such caveat.
    expect(rank({ useCase: "public-json-api", skills: ["python"], needs: [] }, [OPENAPI]).caveat).toBeNull();
  });

  it("finding 7: one definition of confidence; with equal inputs the wizard's figure is the verdict's, and when the answers change it the line says from what and why", () => {
    const claims = [
      feature("django", "Django has an admin interface built in.", "supports", 4),
      feature("django", "Django has no built-in background jobs.", "against"),
      feature("laravel", "Laravel runs background jobs with its queue.", "supports"),
      feature("laravel", "Laravel has no built-in admin interface.", "against"),
    ];
    const engine = new VerdictEngine(evidence(claims));
    const verdict = engine.verdict("back-office-tool")!;
    expect(verdict.winner).toBe("django");
    expect(verdict.confidenceExplanation).toContain(`${Math.round(verdict.confidence * 100)}%: `);
    expect(verdict.confidenceExplanation).toMatch(
      /\. (Low|Moderate|Strong) confidence on our scale \(under 40% low, 70% and up strong\), which weighs how clearly it leads the next option and how much checked evidence there is\.$/,
    );

    const plain = rankForAnswers(
      QUESTIONNAIRE,
      { useCase: "back-office-tool", skills: ["none"], needs: [] },
      evidence(claims),
      engine,
    );
    expect(plain.confidence).toBe(verdict.confidence);
    expect(plain.confidenceExplanation).toContain(
      "The same as on Internal back-office tool's evidence alone, as its verdict counts it: your answers do not change it.",
    );

    const jobs = rankForAnswers(
      QUESTIONNAIRE,
      { useCase: "back-office-tool", skills: ["none"], needs: ["background-jobs"] },
      evidence(claims),
      engine,
    );
    expect(jobs.recommended).toBe("django");
    expect(jobs.confidence).toBeLessThan(verdict.confidence);
    expect(jobs.confidenceExplanation).toContain(
      `On Internal back-office tool's evidence alone, as its verdict counts it, Django would be at ${Math.round(verdict.confidence * 100)}%; your answers lower it to ${Math.round(jobs.confidence * 100)}%: background jobs and scheduled tasks favoured Laravel.`,
    );
  });

  it("the scale: under 40% low, 40–69% moderate, 70% and up strong, by the percentage a reader sees", () => {
    expect([0, 0.39, 0.394, 0.395, 0.69, 0.695, 0.7, 1].map(confidenceBand)).toEqual([
      "low",
      "low",
      "low",
      "moderate",
      "moderate",
      "strong",
      "strong",
      "strong",
    ]);
    // A clear lead on eight pieces of evidence: about 63%; the same lead on two: about 22%; no lead: 0.
    expect(confidenceFrom(1, 0, 8)).toBeCloseTo(0.632, 3);
    expect(confidenceFrom(1, 0, 2)).toBeCloseTo(0.221, 3);
    expect(confidenceFrom(1, 1, 8)).toBe(0);
  });
});
