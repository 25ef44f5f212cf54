// The independent reader's audit of the demo (findings F2, F5, F8, F13 and the published verdict's
// pick) as requirements of the wizard, on a small world written here (support/world.ts): three use
// cases described by their needs, the questionnaire built from them as the app builds it, and claims
// each test names. Pure: no database.
import { renderToStaticMarkup } from "react-dom/server";
import { answerCount, WizardResultView } from "@/components/public/wizard/WizardResultView";
import type { WizardOutcome } from "@/lib/wizard";
import type { WizardResult } from "@/lib/wizard/recommend";
import { evidenceScoreNote } from "@/lib/wizard/score-note";
import { claim } from "../verdicts/fixtures";
import { DOCS, feature, JOBS, need, REALTIME, TRAFFIC, wizardWorld } from "./support/world";

const AUTH = need("needs-auth", "needs logins and permissions", ["authentication"]);
const ADMIN = need("needs-admin-ui", "needs an admin UI", ["admin", "back office"]);
const EDITORS = need("editors-non-developers", "editors publish without a developer", ["cms", "editors"]);
const { NAMES, rank } = wizardWorld(
  {
    "public-json-api": [DOCS, REALTIME, AUTH, TRAFFIC],
    "back-office-tool": [ADMIN, JOBS, AUTH],
    "content-site-cms": [EDITORS, ADMIN, AUTH],
  },
  ["fastapi", "express", "laravel", "django", "rails"],
);
const texts = (o: WizardOutcome) => [...o.reasons.map((r) => r.text), ...o.ranking.map((r) => r.standing)].join("\n");

const DJANGO_ADMIN = feature("django", "Django has an admin interface built in.", "supports", { sources: ["a", "b"] });
// Advice about a back office's admin screens (a back office named alone is no admin UI: review 8, H5).
const BACK_OFFICE_ADVICE = claim(["django"], "Django is recommended for staff back office admin screens.", {
  topic: "staff back office admin screens",
  directions: { django: "supports" },
});
const OPENAPI = feature("fastapi", "FastAPI has OpenAPI documentation built in.", "supports");
const FASTAPI_WS = feature("fastapi", "FastAPI has WebSocket support built in.", "supports");
const DJANGO_WS = feature("django", "Django has only partial WebSocket support.", "against");
// One source compares three frameworks on authentication and gives it to each (common ground).
const AUTH_TABLE = ["django", "laravel", "rails"].map((slug) =>
  feature(slug, `${NAMES[slug]} has authentication built in.`, "supports", {
    topic: "authentication",
    sources: ["admin-compared"],
  }),
);

describe("the wizard after the independent reader's audit", () => {
  it("F2: a recommendation made for a back office counts for a content site only through the admin UI they share, and is never given as a reason there", () => {
    const claims = [DJANGO_ADMIN, BACK_OFFICE_ADVICE];
    for (const needs of [[], ["needs-admin-ui"]]) {
      const content = rank({ useCase: "content-site-cms", skills: ["none"], needs }, claims);
      expect(content.recommended).toBe("django");
      expect(content.reasons.map((r) => r.claimIds).flat()).toContain(DJANGO_ADMIN.id);
      expect(texts(content)).not.toContain("staff back office");
      for (const r of content.reasons) expect(r.claimIds).not.toContain(BACK_OFFICE_ADVICE.id);
      // It still counts, through the admin screens it speaks of (review 9, R2: the bare advice does not,
      // tests/lib/verdicts/scenarios.test.ts): two verified claims for Django, as its standing line says.
      expect(content.ranking[0].standing).toMatch(/^2 verified claims for it/);
    }
    // For the use case it was made for, it is a reason.
    const backOffice = rank({ useCase: "back-office-tool", skills: ["none"], needs: [] }, claims);
    expect(backOffice.reasons.flatMap((r) => r.claimIds)).toContain(BACK_OFFICE_ADVICE.id);
  });

  it('F5: answers that move the scores but neither the pick nor the confidence are said to, never "your answers do not change it"', () => {
    const claims = [OPENAPI, FASTAPI_WS, DJANGO_WS];
    const plain = rank({ useCase: "public-json-api", skills: ["none"], needs: [] }, claims);
    const ticked = rank({ useCase: "public-json-api", skills: ["none"], needs: ["realtime-websockets"] }, claims);
    expect(ticked.recommended).toBe("fastapi");
    expect(ticked.confidence).toBe(plain.confidence);
    const realtime = ticked.factors.find((f) => f.key === "realtime-websockets")!;
    expect(realtime.moved).toBe(true);
    expect(ticked.confidenceExplanation).toContain(
      "The same as on Public JSON API's evidence alone, as its verdict counts it: your answers (realtime updates / WebSockets) move the scores, but not the pick or this figure.",
    );
    expect(ticked.confidenceExplanation).not.toContain("do not change it");
    // With nothing that moved, it is said as before.
    expect(plain.confidenceExplanation).toContain("your answers do not change it.");
    // The fold's count is of the answers weighed on top of the use case (skills, each ticked need): the
    // realtime one moved the scores, the skills did not; with none moved, "do not change it" agrees with "0 of".
    const counted = (outcome: typeof plain, needs: string[]) =>
      answerCount({
        factors: outcome.factors.map((f) => ({ ...f, claims: [], decisions: [] })),
        answers: { useCase: "public-json-api", skills: ["none"], needs },
      });
    expect(counted(ticked, ["realtime-websockets"])).toMatchObject({ moved: 1, answers: 2 });
    expect(counted(plain, [])).toMatchObject({ moved: 0, answers: 1 });
  });

  it("F8: a pick the evidence barely sets ahead is called a lean, with why, never presented as a recommendation", () => {
    // The team knows PHP: Laravel has a little support; Django, which it does not know, far more.
    const claims = [
      feature("django", "Django has an admin interface built in.", "supports", {
        sources: ["a", "b", "c", "d", "e", "f"],
      }),
      feature("django", "Django's admin gives every model its screens.", "supports", { sources: ["g", "h", "i"] }),
      feature("laravel", "Laravel has background jobs built in.", "supports", { topic: "background jobs" }),
    ];
    const outcome = rank({ useCase: "back-office-tool", skills: ["php"], needs: [] }, claims);
    expect(outcome.recommended).toBe("laravel");
    expect(Math.round(outcome.confidence * 100)).toBeLessThan(10);
    expect(outcome.confidenceExplanation).toContain(
      "Under 10% it is a lean, not a recommendation: the checked evidence gives too little reason to prefer Laravel.",
    );
    const result = {
      answers: { useCase: "back-office-tool", skills: ["php"], needs: [] },
      query: "",
      useCase: {
        slug: "back-office-tool",
        name: "Internal back-office tool",
        href: null,
        category: "framework",
        categoryLabel: "Frameworks",
      },
      recommendation: {
        label: "Laravel",
        technologies: [{ slug: "laravel", name: "Laravel" }],
        confidence: outcome.confidence,
        confidenceExplanation: outcome.confidenceExplanation,
        decisions: [],
        verdictNote: null,
        confidenceLine: outcome.confidenceLine,
        confidenceDetails: outcome.confidenceDetails,
        caveat: outcome.caveat,
        lean: true,
      },
      evidenceLeader: null,
      factors: [],
      ranking: [],
      reasons: [],
      alsoCounted: [],
      against: [],
      notListed: 0,
    } satisfies WizardResult;
    const html = renderToStaticMarkup(WizardResultView({ result }));
    expect(html).toContain("What the evidence leans to</h2>");
    expect(html).not.toContain("Our recommendation");
  });

  it("F13: claims about authentication that set no option apart are said to be weighed and why they counted for none, once", () => {
    const claims = [DJANGO_ADMIN, ...AUTH_TABLE];
    const plain = rank({ useCase: "back-office-tool", skills: ["none"], needs: [] }, claims);
    const said =
      "as a source that compares Django, Laravel and Ruby on Rails on authentication gives it to each of them: “Django has authentication built in.”, “Laravel has authentication built in.” and “Ruby on Rails has authentication built in.”";
    expect(plain.factors.find((f) => f.key === ":common")?.text).toBe(
      `Weighed for Internal back-office tool but counted for none, ${said}`,
    );
    // Ticked, the need's own line says it, and the claims are not named twice.
    const ticked = rank({ useCase: "back-office-tool", skills: ["none"], needs: ["needs-auth"] }, claims);
    expect(ticked.factors.find((f) => f.key === "needs-auth")?.text).toBe(
      `Needs logins and permissions: no evidence distinguishes these frameworks on this. Read but counted for none, ${said}`,
    );
    expect(ticked.factors.find((f) => f.key === ":common")).toBeUndefined();
  });

  it("a figure read but not counted is quoted with its conditions named, as on its claim page", () => {
    const figure = claim(
      ["express"],
      "Express achieved about 15,000 requests per second (2-vCPU VM, Node.js, hello-world).",
      {
        kind: "PERFORMANCE",
        directions: { express: "rank" },
        figure: {
          metric: "throughput",
          unit: "req/s",
          value: 15000,
          setup: "endpoint=hello world;hardware=2 vcpu vm",
          higherIsBetter: true,
          conditions: { hardware: "2-vCPU VM", server: "Node.js", endpoint: "hello-world" },
        },
      },
    );
    const outcome = rank({ useCase: "public-json-api", skills: ["javascript"], needs: ["high-traffic-io"] }, [
      OPENAPI,
      figure,
    ]);
    const traffic = outcome.factors.find((f) => f.key === "high-traffic-io")!.text;
    expect(traffic).toContain(
      "“Express achieved about 15,000 requests per second (hardware 2-vCPU VM, server Node.js, endpoint hello-world).” (taken on an empty endpoint",
    );
  });

  it('the evidence score\'s note reads as one sentence with nothing ticked (no doubled ", so … , so")', () => {
    expect(evidenceScoreNote(0).text).toContain(
      "You ticked no needs: that is the whole score, so here scores run from −1 to +1",
    );
    expect(evidenceScoreNote(0).text).not.toMatch(/, so [^.]*, so /);
  });

  describe("what the published verdict picks, as its page says it", () => {
    const claims = [OPENAPI, FASTAPI_WS, feature("express", "Express has WebSocket support built in.", "supports")];

    it("published without a pick: the result never says its verdict picks one; it says editors have not picked one and what the evidence leans to", () => {
      const noPick = { "public-json-api": { picks: [], editorReason: "" } };
      const same = rank({ useCase: "public-json-api", skills: ["none"], needs: [] }, claims, noPick);
      expect(same.recommended).toBe("fastapi");
      expect(same.confidenceExplanation).not.toMatch(/its verdict (picks|counts)/);
      expect(same.confidenceExplanation).toContain(
        "Its published verdict names no pick: editors have not picked one; the checked evidence leans to FastAPI.",
      );
      const other = rank({ useCase: "public-json-api", skills: ["javascript"], needs: [] }, claims, noPick);
      expect(other.recommended).toBe("express");
      expect(other.confidenceExplanation).not.toMatch(/its verdict (picks|counts)/);
      expect(other.confidenceExplanation).toMatch(
        /On Public JSON API's evidence alone, FastAPI comes first \(\d+%\); here Express comes first because/,
      );
    });

    it("overridden by editors: the result gives their pick and reason beside what the evidence alone puts first", () => {
      const override = { "public-json-api": { picks: ["django"], editorReason: "Our teams already run it." } };
      const outcome = rank({ useCase: "public-json-api", skills: ["none"], needs: [] }, claims, override);
      expect(outcome.recommended).toBe("fastapi");
      expect(outcome.confidenceExplanation).not.toContain("as its verdict counts it");
      expect(outcome.confidenceExplanation).toContain(
        "Its published verdict picks Django, the editors' choice, because: Our teams already run it; the evidence alone puts FastAPI first.",
      );
      const other = rank({ useCase: "public-json-api", skills: ["javascript"], needs: [] }, claims, override);
      expect(other.confidenceExplanation).not.toContain("its verdict picks FastAPI");
      // Published as the evidence picks: said as before.
      const agreed = rank({ useCase: "public-json-api", skills: ["javascript"], needs: [] }, claims, {
        "public-json-api": { picks: ["fastapi"], editorReason: "" },
      });
      expect(agreed.confidenceExplanation).toMatch(/its verdict picks FastAPI \(\d+%\); here Express comes first/);
    });
  });
});
