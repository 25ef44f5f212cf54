// Review 4's medium findings about the wizard (issue #11), as requirements, on a small world written
// here (support/world.ts): three use cases described by their needs, the questionnaire built from them
// as the app builds it, and claims each test names. Pure: no database.
import { claim } from "../verdicts/fixtures";
import { ADMIN, DOCS, feature, JOBS, ML, need, REALTIME, TRAFFIC, wizardWorld } from "./support/world";

const AUTH = need("needs-auth", "needs authentication and permissions", ["authentication"]);
const { rank } = wizardWorld(
  {
    "public-json-api": [DOCS, REALTIME, AUTH, TRAFFIC],
    "back-office-tool": [ADMIN, JOBS, AUTH],
    "model-inference-service": [ML, TRAFFIC],
  },
  ["fastapi", "express", "laravel", "django"],
);
const EVERY_NEED = [DOCS, REALTIME, AUTH, ADMIN, JOBS, ML, TRAFFIC].map((n) => n.key);

describe("the wizard after review 4", () => {
  it("R2: a back office with every need ticked is ranked on a back office's needs, never by what another use case needs", () => {
    const claims = [
      feature("django", "Django has an admin interface built in.", "supports"),
      feature("fastapi", "FastAPI has OpenAPI documentation built in.", "supports"),
      feature("fastapi", "FastAPI has WebSocket support built in.", "supports"),
      feature("django", "Django has no built-in OpenAPI documentation.", "against"),
      feature("django", "Django has only partial WebSocket support.", "against"),
    ];
    const everything = rank({ useCase: "back-office-tool", skills: ["none"], needs: EVERY_NEED }, claims);
    expect(everything.recommended).toBe("django");
    expect(everything.ranking.find((r) => r.slug === "fastapi")!.score).toBeLessThanOrEqual(0);
    // The needs of other use cases are said to be left out, and why; none gets a line of its own.
    const elsewhere = everything.factors.find((f) => f.key === ":elsewhere")!;
    expect(elsewhere.text).toBe(
      "Ticked, but not weighed here: serves machine-learning models; high traffic, I/O-bound; documents its API for client developers; realtime updates / WebSockets. Internal back-office tool is not chosen on them, so claims about them say nothing about which option suits it; pick the use case that needs them to weigh them.",
    );
    for (const key of ["api-documentation", "realtime-websockets", "ml-serving", "high-traffic-io"])
      expect(everything.factors.find((f) => f.key === key)).toBeUndefined();
    expect(everything.reasons.map((r) => r.basis).join(" ")).not.toMatch(/OpenAPI|WebSocket|documents its API/i);
    // Ticking only the back office's own needs gives the same ranking.
    const own = rank({ useCase: "back-office-tool", skills: ["none"], needs: [ADMIN.key, JOBS.key, AUTH.key] }, claims);
    expect(everything.ranking.map((r) => [r.slug, r.score])).toEqual(own.ranking.map((r) => [r.slug, r.score]));
  });

  it("R10: advice made for streaming inference never counts, nor is shown, for another use case through a need they share", () => {
    const advice = claim(["fastapi"], "Pick FastAPI for a streaming inference service with async workers.", {
      topic: "streaming inference",
      useCaseHints: ["model-inference-service"],
      directions: { fastapi: "supports" },
    });
    const docs = feature("express", "Express has OpenAPI documentation through a plugin.", "supports");
    const api = rank({ useCase: "public-json-api", skills: ["none"], needs: [TRAFFIC.key] }, [advice, docs]);
    const traffic = api.factors.find((f) => f.key === TRAFFIC.key)!;
    expect(traffic.claimIds).not.toContain(advice.id);
    expect(traffic.text).not.toMatch(/favours FastAPI/);
    for (const r of api.reasons) expect(r.claimIds).not.toContain(advice.id);
    for (const r of api.ranking) expect(r.standing).not.toContain("streaming inference");
    // Where it was made, it is a reason.
    const inference = rank({ useCase: "model-inference-service", skills: ["none"], needs: [TRAFFIC.key] }, [
      advice,
      docs,
    ]);
    expect(inference.reasons.flatMap((r) => r.claimIds)).toContain(advice.id);
  });

  it("R9: a need is never said to be 'not enough to change the order' when the answers did change it", () => {
    // Django leads on the back office's advice; Laravel has its three needs, no one of them decisive alone.
    const claims = [
      claim(["django"], "Django is the pick for a back office.", {
        topic: "back office",
        directions: { django: "supports" },
        sources: ["a", "b", "c", "d", "e", "f", "g", "h"],
      }),
      feature("laravel", "Laravel has background jobs built in.", "supports"),
      feature("laravel", "Laravel has authentication built in.", "supports"),
      feature("laravel", "Laravel has an admin panel built in.", "supports"),
    ];
    const every = [JOBS.key, AUTH.key, ADMIN.key];
    const plain = rank({ useCase: "back-office-tool", skills: ["none"], needs: [] }, claims);
    const all = rank({ useCase: "back-office-tool", skills: ["none"], needs: every }, claims);
    // The world is as described: the answers together put Laravel first, and without any one of them it still would be.
    expect(plain.ranking[0].slug).toBe("django");
    expect(all.ranking[0].slug).toBe("laravel");
    for (const key of every)
      expect(
        rank({ useCase: "back-office-tool", skills: ["none"], needs: every.filter((k) => k !== key) }, claims)
          .ranking[0].slug,
      ).toBe("laravel");
    for (const key of every) {
      const text = all.factors.find((f) => f.key === key)!.text;
      expect(text).not.toMatch(/, not enough to change the order/);
      expect(text).toMatch(/, not enough on its own to change the order \(your answers together changed it\)\.$/);
    }
    // Where the answers together changed nothing, it is said as before.
    const one = rank({ useCase: "back-office-tool", skills: ["none"], needs: [JOBS.key] }, claims);
    expect(one.ranking[0].slug).toBe("django");
    expect(one.factors.find((f) => f.key === JOBS.key)!.text).toMatch(/, not enough to change the order\.$/);
  });

  it("R3: the runner-up is said with the counts its own line shows, never as a share of the pick's score", () => {
    const claims = [
      feature("django", "Django has an admin interface built in.", "supports", { sources: ["a", "b"] }),
      feature("laravel", "Laravel has background jobs built in.", "supports", { sources: ["c", "d", "e"] }),
      feature("laravel", "Laravel has no built-in admin interface.", "against"),
    ];
    const outcome = rank({ useCase: "back-office-tool", skills: ["none"], needs: [] }, claims);
    expect(outcome.recommended).toBe("django");
    expect(outcome.confidenceExplanation).not.toMatch(/% of its score/);
    expect(outcome.confidenceExplanation).toContain("; Laravel next (1 verified claim for it, 1 against it); ");
    expect(outcome.ranking.find((r) => r.slug === "laravel")!.standing).toMatch(/^1 verified claim for it, 1 against;/);
  });
});
