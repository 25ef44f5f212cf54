/** @jest-environment node */
// Feeds, sitemap, robots and per-page metadata against a real database: only public material.
import { GET as feed } from "@/app/feed.xml/route";
import { GET as claimFeed } from "@/app/feeds/claims.xml/route";
import { GET as verdictFeed } from "@/app/feeds/verdicts.xml/route";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";
import { generateMetadata as claimMetadata } from "@/app/(public)/claims/[slug]/page";
import { metadata as homeMetadata } from "@/app/(public)/page";
import { SYSTEM } from "@/lib/auth/roles";
import { atomXml } from "@/lib/public/feeds";
import { decisions } from "@/lib/resources/decisions";
import { createRecord } from "@/lib/services/records";
import { testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam } from "../../support/factories";
import { openAppWorld, PRIVATE_STATEMENTS, type World } from "../../lib/public/world";

describe.each(testProviders())("discovery on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  const decisionSlugs: Record<"PUBLIC" | "TEAM", string> = { PUBLIC: "", TEAM: "" };
  beforeAll(async () => {
    ({ t, w } = await openAppWorld(provider));
    const team = await makeTeam(t.db);
    for (const visibility of ["PUBLIC", "TEAM"] as const) {
      const d = await createRecord(
        decisions,
        SYSTEM,
        {
          teamId: team.id,
          title: `Django, ${visibility.toLowerCase()} decision`,
          date: "2025-02-01",
          context: "An admin for staff.",
          chosenOption: "Django",
          chosenTechnologyIds: [w.django.id],
          drivers: ["needs-admin-ui"],
          status: "ACCEPTED",
          visibility,
        },
        t.db,
      );
      decisionSlugs[visibility] = String(d.slug);
    }
  }, 60_000);
  afterAll(async () => t.close());

  it("the Atom feed has the published verdict and verified claims, and nothing draft, refuted or deleted", async () => {
    const res = await feed();
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain(
      "<title>Back-office tool: Django, a weak pick: low confidence (Django for back-office tools)</title>",
    );
    expect(xml).toContain(`/claims/${w.verified.slug}"/>`);
    expect(xml).toContain("FastAPI served 31,000 requests per second (4 workers).");
    for (const hidden of [
      ...PRIVATE_STATEMENTS,
      "Flask is the fastest framework.",
      "Flask for small services (draft)",
      "Draft summary.",
    ])
      expect(xml).not.toContain(hidden);
  });

  it("the verdict and claim feeds each carry only their own kind", async () => {
    const verdicts = await (await verdictFeed()).text();
    const claims = await (await claimFeed()).text();
    expect(verdicts).toContain('<category term="verdict"/>');
    expect(verdicts).not.toContain('<category term="claim"/>');
    expect(claims).toContain('<category term="claim"/>');
    expect(claims).not.toContain('<category term="verdict"/>');
  });

  it("feed text is escaped, so a statement with markup cannot break the XML", () => {
    const xml = atomXml("claims", [
      {
        id: "x",
        title: 'A <b>bold</b> & "quoted" claim\u0001',
        url: "https://s.example/claims/a?b=1&c=2",
        updated: new Date("2026-01-01T00:00:00Z"),
        summary: "<script>",
        category: "claim",
      },
    ]);
    expect(xml).toContain("<title>A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; claim</title>");
    expect(xml).toContain('href="https://s.example/claims/a?b=1&amp;c=2"');
    expect(xml).toContain("<summary>&lt;script&gt;</summary>");
  });

  it("the sitemap lists every public page type and no private one", async () => {
    const urls = (await sitemap()).map((e) => new URL(e.url).pathname);
    for (const path of [
      "/",
      "/compare",
      "/technologies",
      "/wizard",
      "/use-cases",
      "/compare/django-vs-fastapi",
      "/use-cases/back-office-tool",
      "/technologies/django",
      `/claims/${w.verified.slug}`,
      `/claims/${w.refuted.slug}`,
      "/sources/django-vs-fastapi-2026",
    ]) {
      expect(urls).toContain(path);
    }
    for (const hidden of [w.draft, w.candidate, w.inReview, w.retracted, w.deleted, w.duplicate])
      expect(urls).not.toContain(`/claims/${hidden.slug}`);
    expect(urls).not.toContain("/sources/draft-only-post");
    expect(urls).not.toContain("/use-cases/small-service");
    expect(urls).toContain("/decisions");
    expect(urls).toContain(`/decisions/${decisionSlugs.PUBLIC}`);
    expect(urls).not.toContain(`/decisions/${decisionSlugs.TEAM}`);
  });

  it("robots.txt keeps crawlers out of the admin and points at the sitemap", () => {
    const rules = robots();
    expect(rules.rules).toMatchObject({
      userAgent: "*",
      allow: "/",
      disallow: expect.arrayContaining(["/admin", "/api/admin", "/login"]),
    });
    expect(rules.sitemap).toMatch(/\/sitemap\.xml$/);
  });

  it("public pages carry a canonical URL, OpenGraph, a Twitter card and the feed link", async () => {
    const claim = await claimMetadata({ params: Promise.resolve({ slug: w.verified.slug as string }) });
    for (const meta of [homeMetadata, claim]) {
      expect(String(meta.alternates?.canonical)).toMatch(/^https?:\/\//);
      expect(meta.openGraph).toMatchObject({ siteName: "StackVerdict" });
      expect(meta.twitter).toMatchObject({ card: "summary" });
      expect(meta.alternates?.types).toEqual({
        "application/atom+xml": [{ url: "/feed.xml", title: expect.stringContaining("verdict changes") }],
      });
    }
    expect(String(claim.alternates?.canonical)).toMatch(new RegExp(`/claims/${w.verified.slug}$`));
  });
});
