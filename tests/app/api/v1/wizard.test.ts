/** @jest-environment node */
// GET /api/v1/wizard through the real /api/v1 route handler (the endpoint registry) and database:
// JSON for any origin, 400 on bad answers, listed in the OpenAPI document.
import { GET as GET_OPENAPI } from "@/app/api/v1/openapi.json/route";
import { api } from "./support";
import type { TestDatabase } from "../../../support/databases";
import { openAppWorld, type World } from "../../../lib/public/world";

const QUERY = "useCase=back-office-tool&skills=python&needs=needs-admin-ui";

describe("GET /api/v1/wizard", () => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    ({ t, w } = await openAppWorld("sqlite"));
  }, 60_000);
  afterAll(async () => t.close());

  it("answers an anonymous visitor from any origin with the recommendation and its claim links", async () => {
    const res = await api(`/api/v1/wizard?${QUERY}`, "GET", { origin: "https://elsewhere.example" });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.json.recommendation.technologies[0].slug).toBe("django");
    // The use case's own needs left unticked are weighed all the same, and said to be (":own").
    expect(res.json.factors.map((f: { key: string }) => f.key)).toEqual(["", "python", "needs-admin-ui", ":own"]);
    expect(res.json.ranking[0]).toMatchObject({ slug: "django", standing: expect.stringMatching(/for it/) });
    expect(res.json.reasons.flatMap((r: { claims: { slug: string }[] }) => r.claims.map((c) => c.slug))).toContain(
      w.verified.slug,
    );
  });

  it("refuses missing and unknown answers with 400 naming each field and the choices, still with CORS headers", async () => {
    const res = await api("/api/v1/wizard?useCase=rocket&skills=python&extra=1");
    expect(res.status).toBe(400);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.json.error.code).toBe("validation_error");
    expect(Object.keys(res.json.error.fields)).toEqual(["extra"]);
    const unknown = await api("/api/v1/wizard?useCase=rocket&skills=python");
    // The client sends keys: each valid one is named, quoted, with the label a person reads (finding F7).
    expect(unknown.json.error.fields).toEqual({
      useCase: ['Choose one of: "back-office-tool" (Back-office tool); "small-service" (Small service).'],
    });
    const wrong = await api("/api/v1/wizard?useCase=back-office-tool&skills=cobol&needs=needs-admin-ui,warp-drive");
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.fields).toEqual({
      skills: [
        'Not an option here: "cobol". Choose from: "javascript" (JavaScript); "python" (Python); "none" (None of these, or something else).',
      ],
      needs: [
        'Not a question for frameworks: "warp-drive". Choose one of: "needs-admin-ui" (Needs an admin UI); "needs-auth" (Needs authentication and permissions); "editors-non-developers" (Content is edited by non-developers); "time-to-first-release" (Needs a short time to first release).',
      ],
    });
    // A team may know several: every skill counts, and the answer says each one (G9/H8).
    const several = await api("/api/v1/wizard?useCase=back-office-tool&skills=javascript,python");
    expect(several.status).toBe(200);
    expect(several.json.answers.skills).toEqual(["javascript", "python"]);
    expect(several.json.query).toContain("skills=javascript,python");
    const missing = await api("/api/v1/wizard?useCase=back-office-tool");
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.json.error.fields)).toEqual(["skills"]);
  });

  it("answers a CORS preflight, and is documented in the OpenAPI document with every question", async () => {
    const preflight = await api("/api/v1/wizard", "OPTIONS");
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    const paths = (await GET_OPENAPI().json()).paths as Record<
      string,
      { get: { operationId: string; parameters: { name: string }[] } }
    >;
    const op = paths["/api/v1/wizard"]?.get ?? paths["/wizard"]?.get;
    expect(op.operationId).toBe("wizard");
    expect(op.parameters.map((p) => p.name)).toEqual(["useCase", "skills", "needs"]);
  });
});
