/** @jest-environment node */
// The public pages rendered to HTML against a real database: what a visitor's browser receives.
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import ClaimPage from "@/app/(public)/claims/[slug]/page";
import ComparePage from "@/app/(public)/compare/[pair]/page";
import HomePage from "@/app/(public)/page";
import SourcePage from "@/app/(public)/sources/[slug]/page";
import TechnologyPage from "@/app/(public)/technologies/[slug]/page";
import UseCasePage from "@/app/(public)/use-cases/[slug]/page";
import UseCasesPage from "@/app/(public)/use-cases/page";
import { loadQuestionnaire } from "@/lib/wizard";
import { testProviders, type TestDatabase } from "../../support/databases";
import { PRIVATE_STATEMENTS, withAppWorld, type World } from "../../lib/public/world";

const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
const html = async (element: Promise<ReactElement>) => renderToStaticMarkup(await element);
/** What next/navigation's notFound() and redirect() throw, as Next reads it. */
const digestOf = async (element: Promise<unknown>) =>
  (
    (await element.then(
      () => null,
      (e: unknown) => e,
    )) as { digest?: string } | null
  )?.digest;

const expectNoPrivate = (page: string) => {
  for (const statement of PRIVATE_STATEMENTS) expect(page).not.toContain(statement);
};

describe.each(testProviders())("public pages rendered on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  withAppWorld(provider, (opened) => ({ t, w } = opened));

  it("the home page shows comparisons, the published verdict and verified claims, and no draft material", async () => {
    const page = await html(HomePage());
    expect(page).toContain('href="/compare/django-vs-fastapi"');
    // The verdict's summary is worked out from its evidence; the editors' wording ("Pick Django.") is not shown here.
    // Its confidence is said once, beside the pick ("a weak pick: low confidence"), not again in the summary (#13, G17).
    expect(page).toContain("Django leads on the checked evidence (1 verified claim for it, none against it).");
    expect(page.match(/low confidence/g)).toHaveLength(1);
    expect(page).not.toContain("Pick Django.");
    expect(page).toContain("Django has a built-in admin.");
    expect(page).not.toContain("Draft summary.");
    expectNoPrivate(page);
  });

  it("the use-case index lists every use case the wizard offers, each linking to a page that exists or to the wizard", async () => {
    const page = await html(UseCasesPage());
    const offered = (await loadQuestionnaire(t.db)).useCases;
    expect(offered.length).toBeGreaterThan(1);
    for (const u of offered) expect([u.slug, page.includes(`>${u.name}</a>`)]).toEqual([u.slug, true]);
    // Each /use-cases/ link opens a page; a use case without a published verdict is offered through the wizard.
    const pages = [...page.matchAll(/href="\/use-cases\/([^"]+)"/g)].map((m) => m[1]);
    for (const slug of pages) expect([slug, await digestOf(UseCasePage(params(slug)))]).toEqual([slug, undefined]);
    expect(page).toContain('href="/wizard?useCase=small-service"');
    expect(page).toContain("No verdict published yet");
    expectNoPrivate(page);
  });

  it("a comparison page says what its count of checked claims counts", async () => {
    const page = await html(ComparePage({ params: Promise.resolve({ pair: "django-vs-fastapi" }) }));
    expect(page).toMatch(/From \d+ checked claims? about Django or FastAPI\./);
    expect(page).toContain("A checked claim is one an editor has verified, disputed or refuted");
  });

  it("a claim page shows the quote highlighted in context, links to the source and original, and one safe ClaimReview block", async () => {
    const page = await html(ClaimPage(params(w.perf.slug as string)));
    expect(page).toContain("<mark>FastAPI served 31,000 requests per second on 4 workers.</mark>");
    expect(page).toContain('href="/sources/django-vs-fastapi-2026"');
    expect(page).toContain('href="https://blog.example/django-vs-fastapi"');
    expect(page).toContain('href="/technologies/fastapi"');
    expect(page).toContain("Flask is the fastest framework.");
    const blocks = page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g) ?? [];
    expect(blocks).toHaveLength(1);
    const jsonLd = JSON.parse((blocks[0] ?? "").replace(/^<script[^>]*>/, "").replace(/<\/script>$/, ""));
    expect(jsonLd).toMatchObject({
      "@type": "ClaimReview",
      reviewRating: { ratingValue: 4, alternateName: "Mostly accurate" },
    });
    expectNoPrivate(page);
  });

  it("draft and candidate claims are 404s, and a merged claim redirects permanently", async () => {
    expect(await digestOf(ClaimPage(params(w.draft.slug as string)))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await digestOf(ClaimPage(params(w.candidate.slug as string)))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await digestOf(ClaimPage(params(w.duplicate.slug as string)))).toMatch(
      new RegExp(`NEXT_REDIRECT;replace;/claims/${w.verified.slug};308`),
    );
  });

  it("a source page marks each public quote with a link to its claim; a draft-only source is a 404", async () => {
    const page = await html(SourcePage(params("django-vs-fastapi-2026")));
    expect(page).toMatch(
      new RegExp(
        `<mark[^>]*><a [^>]*href="/claims/${w.verified.slug}"[^>]*>Django has a built-in admin that staff can use on day one.</a></mark>`,
      ),
    );
    expect(page).toContain("Sam Saver");
    expectNoPrivate(page);
    expect(await digestOf(SourcePage(params("draft-only-post")))).toMatch(/404/);
  });

  it("a technology page lists verified claims and labels refuted ones", async () => {
    const page = await html(TechnologyPage(params("flask")));
    expect(page).toContain("Disputed or refuted");
    expect(page).toContain("Refuted");
    expectNoPrivate(await html(TechnologyPage(params("django"))));
  });

  it("a comparison page has the verdict matrix and a keyboard-usable chart whose bars link to their claims, with a table of the same figures", async () => {
    const page = await html(ComparePage({ params: Promise.resolve({ pair: "django-vs-fastapi" }) }));
    expect(page).toContain("Recommended");
    // A labelled group, not role="img": an image's children are presentational and would hide the links.
    expect(page).toMatch(/<svg[^>]*role="group"[^>]*>/);
    expect(page).toMatch(
      new RegExp(
        `<a href="/claims/${w.perf.slug}"><rect[^>]*class="chart__hit"></rect><text[^>]*><tspan[^>]*>FastAPI</tspan><tspan[^>]*>31,000 req/s</tspan>`,
      ),
    );
    expect(page).toMatch(/<table class="data-table"><caption class="sr-only">Throughput figures/);
    expect(page).toMatch(new RegExp(`<a href="/claims/${w.perf.slug}">`));
    expect(page).toContain("<title");
    expectNoPrivate(page);
    expect(await digestOf(ComparePage({ params: Promise.resolve({ pair: "fastapi-vs-django" }) }))).toMatch(
      /NEXT_REDIRECT;replace;\/compare\/django-vs-fastapi;308/,
    );
  });

  it("a comparison page lists each figure in one table, and draws no chart over time for a figure alone in its setup (#13, G15)", async () => {
    const page = await html(ComparePage({ params: Promise.resolve({ pair: "django-vs-fastapi" }) }));
    const rows = page.match(new RegExp(`<tr[^>]*>(?:(?!</tr>).)*href="/claims/${w.perf.slug}"`, "g")) ?? [];
    expect(rows).toHaveLength(1);
    // One undated figure: no point in time to draw, so no "Figures over time" (the Performance table has it).
    expect(page).not.toMatch(/<svg class="timeline-chart"/);
    expect(page).not.toContain("Figures over time");
  });
});
