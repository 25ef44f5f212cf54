/** @jest-environment node */
// GET /api/v1/wizard through the real /api/v1 route handler (the endpoint registry) and database:
// JSON for any origin, 400 on bad answers, listed in the OpenAPI document.
import { GET as GET_OPENAPI } from "@/app/api/v1/openapi.json/route";
import { api } from "./support";
import type { TestDatabase } from "../../../support/databases";
import { openAppWorld, type World } from "../../../lib/public/world";

const QUERY = "build=back-office&skills=python&editors=staff&traffic=low&realtime=none&ml=no&timeline=weeks";

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
    expect(res.json.reasons.flatMap((r: { claims: { slug: string }[] }) => r.claims.map((c) => c.slug))).toContain(w.verified.slug);
  });

  it("refuses missing and unknown answers with 400 naming each field, still with CORS headers", async () => {
    const res = await api("/api/v1/wizard?build=rocket&skills=python&extra=1");
    expect(res.status).toBe(400);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.json.error.code).toBe("validation_error");
    expect(Object.keys(res.json.error.fields).sort()).toEqual(["build", "editors", "extra", "ml", "realtime", "timeline", "traffic"]);
    expect(res.json.error.fields.build).toEqual(["Choose one of: back-office, json-api, content-site, ml-service, small-service."]);
    expect(res.json.error.fields.ml).toEqual(["Answer this question."]);
  });

  it("answers a CORS preflight, and is documented in the OpenAPI document with every question", async () => {
    const preflight = await api("/api/v1/wizard", "OPTIONS");
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    const paths = (await GET_OPENAPI().json()).paths as Record<string, { get: { operationId: string; parameters: { name: string }[] } }>;
    const op = paths["/api/v1/wizard"]?.get ?? paths["/wizard"]?.get;
    expect(op.operationId).toBe("wizard");
    expect(op.parameters.map((p) => p.name)).toEqual(["build", "skills", "editors", "traffic", "realtime", "ml", "timeline"]);
  });
});
