/** @jest-environment node */
// The public JSON API against real databases: only public material, pagination, filters, strict
// parameters with field messages, consistent 404s, CORS and caching headers, fresh after a write.
import { SYSTEM } from "@/lib/auth/roles";
import { claims } from "@/lib/resources";
import { updateRecord } from "@/lib/services/records";
import { testProviders, type TestDatabase } from "../../../support/databases";
import { PRIVATE_STATEMENTS, withAppWorld, type World } from "../../../lib/public/world";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { api } from "./support";

const expectNoPrivate = (value: unknown) => {
  const json = JSON.stringify(value);
  for (const statement of PRIVATE_STATEMENTS) expect(json).not.toContain(statement);
  expect(json).not.toContain("Draft summary.");
  expect(json).not.toContain("draft-only-post");
};

describe.each(testProviders())("public API /api/v1 on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  withAppWorld(provider, (opened) => ({ t, w } = opened));

  it("lists only verified, disputed and refuted claims, with the page envelope and links", async () => {
    const { status, json } = await api("/api/v1/claims");
    expect(status).toBe(200);
    expect(json.items.map((c: { statement: string }) => c.statement).sort()).toEqual([
      "Django has a built-in admin.",
      "FastAPI served 31,000 requests per second.",
      "Flask is the fastest framework.",
    ]);
    expect(json).toMatchObject({ page: 1, perPage: 20, total: 3, links: { next: null, prev: null } });
    expectNoPrivate(json);
  });

  it("paginates with next and prev links that keep the other parameters", async () => {
    const { json } = await api("/api/v1/claims?perPage=1&page=2&kind=PERFORMANCE");
    expect(json).toMatchObject({ page: 2, perPage: 1, total: 2 });
    expect(json.items).toHaveLength(1);
    expect(json.links.prev).toBe("/api/v1/claims?perPage=1&page=1&kind=PERFORMANCE");
    expect(json.links.next).toBeNull();
    const first = await api(json.links.prev);
    expect(first.json.links.next).toBe("/api/v1/claims?perPage=1&page=2&kind=PERFORMANCE");
    expect(first.json.items[0].slug).not.toBe(json.items[0].slug);
  });

  it("filters claims by technology, kind, status and topic", async () => {
    const byTech = await api("/api/v1/claims?technology=fastapi");
    expect(byTech.json.items.map((c: { slug: string }) => c.slug)).toEqual([w.perf.slug]);
    expect(byTech.json.items[0]).toMatchObject({
      value: 31000,
      unit: "req/s",
      conditions: { workers: 4 },
      technologies: ["fastapi"],
    });
    const refuted = await api("/api/v1/claims?status=REFUTED");
    expect(refuted.json.items.map((c: { slug: string }) => c.slug)).toEqual([w.refuted.slug]);
    const none = await api("/api/v1/claims?kind=OPINION");
    expect(none.json).toMatchObject({ items: [], total: 0 });
  });

  it("refuses unknown, invalid and repeated parameters with a 400 naming each field", async () => {
    const unknown = await api("/api/v1/claims?bogus=1&perPage=101&status=DRAFT");
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.code).toBe("validation_error");
    expect(Object.keys(unknown.json.error.fields).sort()).toEqual(["bogus", "perPage", "status"]);
    expect(unknown.json.error.fields.perPage[0]).toMatch(/100 or less/);
    const repeated = await api("/api/v1/verdicts?page=1&page=2");
    expect(repeated.status).toBe(400);
    expect(repeated.json.error.fields.page[0]).toMatch(/more than once/);
    const notNumber = await api("/api/v1/technologies?page=two");
    expect(notNumber.json.error.fields.page).toEqual(["page must be a whole number."]);
    const badSlug = await api("/api/v1/claims/Not%20A%20Slug");
    expect(badSlug.status).toBe(400);
    expect(badSlug.json.error.fields.slug).toBeDefined();
  });

  it("answers 404 in one shape for hidden records, unknown records and unknown paths", async () => {
    for (const path of [
      `/api/v1/claims/${w.draft.slug}`,
      `/api/v1/claims/${w.candidate.slug}`,
      `/api/v1/claims/${w.deleted.slug}`,
      `/api/v1/verdicts/${w.draftVerdict.slug}`,
      "/api/v1/use-cases/small-service",
      "/api/v1/articles/draft-only-post",
      "/api/v1/technologies/no-such-tech",
      "/api/v1/nothing-here",
      "/api/v1/claims/a/b",
    ]) {
      const { status, json } = await api(path);
      expect([path, status]).toEqual([path, 404]);
      expect(json.error).toMatchObject({ code: "not_found", message: expect.any(String) });
    }
  });

  it("a merged claim answers 301 with the surviving claim's API address", async () => {
    const { status, headers } = await api(`/api/v1/claims/${w.duplicate.slug}`);
    expect(status).toBe(301);
    expect(headers.get("location")).toBe(`/api/v1/claims/${w.verified.slug}`);
    const reversed = await api("/api/v1/comparisons/fastapi-vs-django");
    expect(reversed.headers.get("location")).toBe("/api/v1/comparisons/django-vs-fastapi");
  });

  it("a claim's detail carries its quote in context, its source and only public contradictions", async () => {
    const { json } = await api(`/api/v1/claims/${w.perf.slug}`);
    expect(json.citations[0]).toMatchObject({
      context: { quote: "FastAPI served 31,000 requests per second on 4 workers.", located: true },
      article: { slug: "django-vs-fastapi-2026" },
    });
    expect(json.contradictions.map((c: { other: { statement: string } }) => c.other.statement)).toEqual([
      "Flask is the fastest framework.",
    ]);
    expectNoPrivate(json);
  });

  it("verdicts, use cases, articles, technologies and comparisons show published material only", async () => {
    const verdicts = await api("/api/v1/verdicts");
    expect(verdicts.json.items.map((v: { slug: string }) => v.slug)).toEqual([w.published.slug]);
    const byUseCase = await api("/api/v1/verdicts?useCase=small-service");
    expect(byUseCase.json.total).toBe(0);
    const verdict = await api(`/api/v1/verdicts/${w.published.slug}`);
    expect(verdict.json.evidence.map((e: { claim: { slug: string } }) => e.claim.slug)).toEqual([w.verified.slug]);
    // The summary is worked out from the evidence; the editors' words come as their note.
    expect(verdict.json.summary).toBe(
      "Django leads on the checked evidence (1 verified claim for it, none against it), with low confidence.",
    );
    expect(verdict.json.editorsNote).toBe("Pick Django.");
    expect(verdicts.json.items[0]).toMatchObject({ summary: verdict.json.summary, editorsNote: "Pick Django." });
    // Each reason says why it counts for this use case, as the page does.
    const reasons: Array<{ countsBecause: string | null }> = verdict.json.explanation.reasons;
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r.countsBecause).toEqual(expect.any(String));
    const useCases = await api("/api/v1/use-cases");
    expect(useCases.json.items.map((u: { slug: string }) => u.slug)).toEqual(["back-office-tool"]);
    const articles = await api("/api/v1/articles");
    expect(articles.json.items.map((a: { slug: string }) => a.slug)).toEqual(["django-vs-fastapi-2026"]);
    const article = await api("/api/v1/articles/django-vs-fastapi-2026");
    expect(article.json.quotes.flatMap((q: { claims: string[] }) => q.claims).sort()).toEqual(
      [w.perf.slug, w.refuted.slug, w.verified.slug].sort(),
    );
    const comparison = await api("/api/v1/comparisons/django-vs-fastapi");
    expect(comparison.status).toBe(200);
    for (const answer of [
      verdicts,
      verdict,
      useCases,
      articles,
      article,
      comparison,
      await api("/api/v1/technologies/django"),
      await api("/api/v1/comparisons"),
    ]) {
      expectNoPrivate(answer.json);
    }
  });

  it("names the reason against a pick as the reasons for it are named, keeping the former name as a deprecated alias", async () => {
    const { json } = await api(`/api/v1/verdicts/${w.published.slug}`);
    const { explanation } = json;
    expect(Object.keys(explanation)).toEqual(
      expect.arrayContaining(["reasons", "counterReason", "counterReasonFor", "counterEvidence", "counterEvidenceFor"]),
    );
    expect(explanation.counterEvidence).toEqual(explanation.counterReason);
    expect(explanation.counterEvidenceFor).toEqual(explanation.counterReasonFor);
    const useCase = await api("/api/v1/use-cases/back-office-tool");
    expect(useCase.json.verdicts[0].explanation).toMatchObject({
      counterReason: explanation.counterReason,
      counterReasonFor: explanation.counterReasonFor,
    });
    // The OpenAPI document says which name is the old one.
    const document = await (await openApiRoute()).json();
    const text = JSON.stringify(document);
    expect(text).toContain('"deprecated":true');
    expect(document.paths["/verdicts/{slug}"].get.description).toContain("counterReason");
  });

  it("answers CORS preflights and sends CORS and cache headers without credentials", async () => {
    const preflight = await api("/api/v1/claims", "OPTIONS", {
      origin: "https://elsewhere.example",
      "access-control-request-method": "GET",
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    const list = await api("/api/v1/claims", "GET", { origin: "https://elsewhere.example" });
    expect(list.headers.get("access-control-allow-origin")).toBe("*");
    expect(list.headers.get("access-control-allow-credentials")).toBeNull();
    expect(list.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const error = await api("/api/v1/claims?bogus=1");
    expect(error.headers.get("access-control-allow-origin")).toBe("*");
    expect(error.headers.get("cache-control")).toBe("no-store");
  });

  it("an editor's change shows in the API at once: the cached answer is dropped on write", async () => {
    const before = await api("/api/v1/claims?status=VERIFIED");
    expect(before.json.items.map((c: { slug: string }) => c.slug)).toContain(w.verified.slug);
    const current = await t.db.claim.findUniqueOrThrow({ where: { id: w.verified.id as string } });
    await updateRecord(claims, SYSTEM, current.id, { status: "IN_REVIEW", version: current.version }, t.db);
    const after = await api("/api/v1/claims?status=VERIFIED");
    expect(after.json.items.map((c: { slug: string }) => c.slug)).not.toContain(w.verified.slug);
    expect((await api(`/api/v1/claims/${w.verified.slug}`)).status).toBe(404);
  });
});

describe.each(testProviders())("public API search on %s", (provider) => {
  let w: World;
  withAppWorld(provider, (opened) => ({ w } = opened));

  it("searches public material with the page envelope, filters by type, and needs a query", async () => {
    const { status, json } = await api("/api/v1/search?q=django%20admin&type=claim");
    expect(status).toBe(200);
    expect(json).toMatchObject({
      page: 1,
      total: 1,
      terms: ["django", "admin"],
      items: [{ kind: "claim", slug: w.verified.slug }],
    });
    const missing = await api("/api/v1/search");
    expect(missing.status).toBe(400);
    expect(missing.json.error.fields.q).toBeDefined();
    const tooLong = await api(`/api/v1/search?q=${"a".repeat(201)}`);
    expect(tooLong.json.error.fields.q[0]).toMatch(/200 characters/);
    const badType = await api("/api/v1/search?q=django&type=user");
    expect(badType.json.error.fields.type).toBeDefined();
  });

  it("operators and quotes in q are just ignored", async () => {
    const { status, json } = await api(`/api/v1/search?q=${encodeURIComponent('"fastapi" NEAR( * -')}`);
    expect(status).toBe(200);
    expect(json.items).toEqual([]);
    const words = await api(`/api/v1/search?q=${encodeURIComponent('"fastapi*" (served)')}`);
    expect(words.json.items.map((h: { slug: string }) => h.slug)).toEqual([w.perf.slug, "django-vs-fastapi-2026"]);
  });
});
