// Review 5's findings about the wizard (issue #11), as requirements on a small world (review5-world.ts).
// Pure: no database. The demo's own cases are in tests/app/public/review5-demo.test.ts.
import { LISTED_MAX } from "@/lib/wizard/reasons";
import { claim } from "../verdicts/fixtures";
import { ADMIN, API_AUTH, feature, JOBS, rank } from "./review5-world";

describe("the wizard after review 5", () => {
  it("R1: an answer that favoured another option is said to, never given as why the team's pick comes first", () => {
    const claims = [
      feature("django", "Django has an admin interface built in.", "supports", { sources: ["a", "b", "c"] }),
      claim(["django"], "Django is the pick for a back office.", {
        topic: "back office",
        directions: { django: "supports" },
        sources: ["d", "e"],
      }),
      feature("laravel", "Laravel has background jobs built in.", "supports", { sources: ["f", "g", "h"] }),
      feature("laravel", "Laravel has permissions built in.", "supports", { sources: ["i", "j", "k"] }),
      feature("laravel", "Laravel has no built-in admin interface.", "against"),
    ];
    const outcome = rank({ useCase: "back-office-tool", skills: ["php"], needs: [ADMIN.key] }, claims);
    expect(outcome.recommended).toBe("laravel");
    expect(outcome.evidenceLeader).toBe("django");
    expect(outcome.confidenceExplanation).not.toMatch(/because your answers \([^)]*needs an admin UI/);
    expect(outcome.confidenceExplanation).toContain(
      "Needs an admin UI favoured Django; your PHP skills outweighed it.",
    );
    // An answer that did move the scores toward the pick is still named as a reason.
    const jobs = rank({ useCase: "back-office-tool", skills: ["php"], needs: [JOBS.key] }, claims);
    expect(jobs.recommended).toBe("laravel");
    expect(jobs.confidenceExplanation).toMatch(
      /because your answers \(background jobs and scheduled tasks\) move the scores toward it/,
    );
  });

  it("R3: a ticked need is weighed by the use case's own words for it: a public API's authentication is not a back office's permissions", () => {
    const advice = claim(["django"], "Use Django when you need permissions per model without writing screens.", {
      directions: { django: "supports" },
    });
    const api = rank({ useCase: "public-json-api", skills: ["none"], needs: [API_AUTH.key] }, [
      advice,
      feature("fastapi", "FastAPI has OpenAPI documentation built in.", "supports"),
    ]);
    const auth = api.factors.find((f) => f.key === API_AUTH.key)!;
    expect(auth.claimIds).not.toContain(advice.id);
    expect(auth.text).not.toMatch(/favours Django/);
    for (const r of api.ranking) expect(r.standing).not.toContain("permissions per model");
    // Where the need is worded so, it counts.
    const office = rank({ useCase: "back-office-tool", skills: ["none"], needs: [API_AUTH.key] }, [advice]);
    expect(office.reasons.flatMap((r) => r.claimIds)).toContain(advice.id);
  });

  it("R8: a pick only our own write-up backs is said to have no independent source, never '0 independent sources'", () => {
    const ours = feature("django", "Django has an admin interface built in.", "supports", {
      citations: [{ articleId: "ours", sourceKey: "ours", publishedAt: "2025-06-01T00:00:00.000Z", house: true }],
    });
    const outcome = rank({ useCase: "back-office-tool", skills: ["none"], needs: [] }, [ours]);
    expect(outcome.recommended).toBe("django");
    expect(outcome.confidenceExplanation).toMatch(/^\d+%: 1 verified claim, none from an independent source for it;/);
    expect(outcome.confidenceExplanation).not.toMatch(/0 independent sources|newest source/);
  });

  it("R4, R7: every claim counted for the pick is listed, advice made for a sibling use case apart from the reasons with the need it shares", () => {
    const apiAdvice = claim(["django"], "Pick Django for a JSON API with authentication built in.", {
      topic: "json api",
      directions: { django: "supports" },
    });
    const claims = [
      apiAdvice,
      feature("django", "Django has an admin interface built in.", "supports"),
      feature("django", "Django has background jobs through Celery.", "supports"),
      feature("laravel", "Laravel has background jobs built in.", "supports"),
    ];
    const outcome = rank({ useCase: "back-office-tool", skills: ["none"], needs: [] }, claims);
    expect(outcome.recommended).toBe("django");
    const counted = Number(/^\d+%: (\d+) verified claims? /.exec(outcome.confidenceExplanation)![1]);
    expect(counted).toBe(3);
    expect([...outcome.reasons, ...outcome.alsoCounted].filter((r) => r.claimIds.length > 0)).toHaveLength(counted);
    // Listed apart, never as a reason (the audit's F2), with the need it counts through.
    expect(outcome.reasons.flatMap((r) => r.claimIds)).not.toContain(apiAdvice.id);
    const shown = outcome.alsoCounted.find((r) => r.claimIds.includes(apiAdvice.id))!;
    expect(shown.basis).toBe(
      "Internal back-office tool · counts because: needs authentication and permissions, shared with the use case it recommends for",
    );
  });

  it("lists at most LISTED_MAX claims and says how many more are counted, so the counts still agree", () => {
    const claims = Array.from({ length: 25 }, (_, i) =>
      feature("django", `Django has admin interface feature number ${i + 1} built in.`, "supports", {
        sources: [`source-${i + 1}`],
      }),
    );
    const outcome = rank({ useCase: "back-office-tool", skills: ["none"], needs: [] }, claims);
    expect(outcome.recommended).toBe("django");
    const counted = Number(/^\d+%: (\d+) verified claims? /.exec(outcome.confidenceExplanation)![1]);
    const listed = [...outcome.reasons, ...outcome.alsoCounted].filter((r) => r.claimIds.length > 0).length;
    expect(outcome.reasons.length).toBeLessThanOrEqual(LISTED_MAX);
    expect(outcome.alsoCounted.length).toBeLessThanOrEqual(LISTED_MAX);
    expect(outcome.notListed).toBeGreaterThan(0);
    expect(listed + outcome.notListed).toBe(counted);
  });
});
