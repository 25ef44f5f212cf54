// The home page's comparison pairs come from SQL aggregates. The ranking they replaced (every public
// claim loaded and grouped in JavaScript, counted by comparisonClaimCount as the compare page counts)
// is kept here as the reference: on the demo seed and on a world built to hit every visibility rule,
// both must give exactly the same list.
import type { Db } from "@/lib/db/client";
import { comparisonSlug, listComparisons, type Comparison } from "@/lib/public/home";
import { comparisonClaimCount } from "@/lib/public/counts";
import { liveTechnologyWhere, publicClaimWhere } from "@/lib/resources/visibility";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { DEMO_SEED_TIMEOUT, seededDemo } from "../../support/demo";
import { makeArticle, makeTechnology } from "../../support/factories";

/** The previous implementation of listComparisons, verbatim in behaviour. */
async function referenceComparisons(db: Db, limit = 8): Promise<Comparison[]> {
  const claims = await db.claim.findMany({
    where: publicClaimWhere(),
    select: {
      id: true,
      technologies: { where: liveTechnologyWhere(), select: { slug: true, name: true } },
      citations: { where: { deletedAt: null, article: { deletedAt: null } }, select: { articleId: true } },
    },
  });
  const byArticle = new Map<string, typeof claims>();
  for (const claim of claims) {
    for (const { articleId } of claim.citations) byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), claim]);
  }
  const pairs = new Map<string, { slug: string; name: string }[]>();
  for (const group of byArticle.values()) {
    const techs = new Map(group.flatMap((c) => c.technologies).map((t) => [t.slug, t]));
    const list = [...techs.values()].sort((a, b) => a.slug.localeCompare(b.slug));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++)
        pairs.set(comparisonSlug([list[i].slug, list[j].slug]), [list[i], list[j]]);
    }
  }
  return [...pairs.entries()]
    .map(([slug, technologies]) => ({
      slug,
      technologies,
      claimCount: comparisonClaimCount(
        claims,
        technologies.map((t) => t.slug),
      ),
    }))
    .sort((a, b) => b.claimCount - a.claimCount || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}

describe("home page comparisons on the demo seed", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await seededDemo();
  }, DEMO_SEED_TIMEOUT);
  afterAll(() => t.close());

  it("lists the same pairs, names and counts as the in-memory ranking did", async () => {
    const expected = await referenceComparisons(t.db, 500);
    expect(expected.length).toBeGreaterThan(0);
    expect(await listComparisons(t.db, 500)).toEqual(expected);
    expect(await listComparisons(t.db)).toEqual(expected.slice(0, 8));
  });
});

describe.each(testProviders())("home page comparisons follow the visibility rules on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  async function claim(
    statement: string,
    techIds: string[],
    articleIds: string[],
    extra: Record<string, unknown> = {},
  ) {
    const slug = statement.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const created = await t.db.claim.create({
      data: {
        statement,
        slug,
        kind: "FACT",
        status: "VERIFIED",
        conditions: {},
        technologies: { connect: techIds.map((id) => ({ id })) },
        ...extra,
      },
    });
    for (const [i, articleId] of articleIds.entries()) {
      await t.db.citation.create({ data: { claimId: created.id, articleId, quote: "Django", start: i, end: i + 6 } });
    }
    return created;
  }

  it("counts each public claim once per pair, across articles, and leaves out hidden claims, citations, articles and technologies", async () => {
    const django = await makeTechnology(t.db, "Django");
    const fastapi = await makeTechnology(t.db, "FastAPI");
    const flask = await makeTechnology(t.db, "Flask");
    const proposed = await t.db.technology.create({
      data: { name: "Newframe", slug: "newframe", aliases: [], status: "PROPOSED" },
    });
    const gone = await t.db.technology.create({
      data: { name: "Oldframe", slug: "oldframe", aliases: [], deletedAt: new Date() },
    });
    const one = await makeArticle(t.db, "Django and FastAPI and Flask compared.");
    const two = await t.db.article.create({ data: { ...(await articleData("second")) } });
    const deleted = await t.db.article.create({ data: { ...(await articleData("deleted")), deletedAt: new Date() } });
    await claim("Django has an admin.", [django.id], [one.id, two.id, two.id]);
    await claim("FastAPI is async.", [fastapi.id, proposed.id, gone.id], [one.id]);
    await claim("Flask is small.", [flask.id], [two.id]);
    await claim("Flask is tiny and Django is big.", [flask.id, django.id], [one.id]);
    await claim("Django draft.", [django.id, fastapi.id], [one.id], { status: "DRAFT" });
    await claim("FastAPI deleted.", [fastapi.id], [two.id], { deletedAt: new Date() });
    await claim("Flask disputed.", [flask.id, fastapi.id], [deleted.id], { status: "DISPUTED" });
    const hiddenCitation = await claim("Newframe refuted.", [fastapi.id], [], { status: "REFUTED" });
    await t.db.citation.create({
      data: { claimId: hiddenCitation.id, articleId: two.id, quote: "x", start: 40, end: 41, deletedAt: new Date() },
    });
    const expected = await referenceComparisons(t.db, 500);
    // Article one names Django, FastAPI and Flask; article two Django and Flask (the third is deleted).
    // A pair counts every public claim about either technology, wherever cited, each claim once:
    // Django 2 (admin, tiny/big), FastAPI 3 (async, disputed, refuted), Flask 3 (small, tiny/big, disputed).
    expect(expected.map((c) => [c.slug, c.claimCount])).toEqual([
      ["django-vs-fastapi", 5],
      ["fastapi-vs-flask", 5],
      ["django-vs-flask", 4],
    ]);
    expect(await listComparisons(t.db, 500)).toEqual(expected);
    expect(await listComparisons(t.db, 2)).toEqual(expected.slice(0, 2));
  });

  let n = 0;
  async function articleData(name: string) {
    n += 1;
    return {
      slug: `${name}-${n}`,
      title: name,
      format: "MARKDOWN" as const,
      rawContent: "Django FastAPI Flask",
      text: "Django FastAPI Flask",
      tags: [],
      comments: [],
      warnings: [],
      contentHash: `${name}-${n}-${provider}`,
    };
  }
});
