// lib/search on both databases: ranked, public-only results with snippets, and user input that
// cannot break either query language.
import fc from "fast-check";
import { SYSTEM } from "@/lib/auth/roles";
import { claims } from "@/lib/resources";
import { updateRecord } from "@/lib/services/records";
import { search, suggestionNames } from "@/lib/search";
import { forgetCatalogue } from "@/lib/search/catalogue";
import { METRIC_SYNONYMS } from "@/lib/search/synonyms";
import { evidenceSummary, pickLabel } from "@/lib/public/verdict-summary";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { buildWorld, type World } from "../public/world";

const NASTY = [
  '"',
  '""',
  "'",
  "''",
  "*",
  "**",
  "-",
  "^",
  ":",
  "(",
  ")",
  "()",
  "{}",
  "[]",
  "\\",
  "%",
  "_",
  ";",
  "&",
  "|",
  "!",
  "<->",
  ":*",
  "AND",
  "OR",
  "NOT",
  "NEAR",
  "django AND",
  "OR admin",
  "NOT django",
  "NEAR(django admin, 2)",
  "title:django",
  "kind:claim",
  "-django",
  "^django",
  "django*",
  '"django',
  "django'",
  "django' OR '1'='1",
  '\'); DROP TABLE "Claim"; --',
  "admin\\",
  "%admin%",
  "😀",
  "🚀 django",
  "日本語",
  "café",
  "CAFÉ",
  "ǅemal",
  "\u200bdjango\u200b",
  "dja\u0000ngo",
  "\u202eogjnad",
  "e\u0301",
  "a".repeat(10_000),
  "django ".repeat(100),
  "   ",
  "",
  // A metric word beside another word: its synonyms are OR-ed in a group that must join the rest.
  "django throughput",
  "throughput django",
  "express latency",
  "p95 latency",
  "fast throughput",
  "django vs fastapi throughput",
  "latency throughput memory",
  '"p95" latency',
  "req/s OR latency",
  "NOT throughput",
  "(throughput)",
  "throughput*",
];

/** Words a visitor may type, including every name of a metric and each query language's operators. */
const VOCABULARY = [
  ...METRIC_SYNONYMS.flat(),
  "django",
  "fastapi",
  "express",
  "p95",
  "vs",
  "versus",
  "AND",
  "OR",
  "NOT",
  "NEAR",
  "+",
  "-",
  "*",
  "^",
  ":",
  "<->",
  ":*",
  "&",
  "|",
  "!",
  "(",
  ")",
  '"',
  "'",
  "“",
  "”",
  "\\",
  "%",
  "_",
  ";",
  "{",
  "}",
  "[",
  "]",
  ",",
  ".",
  "/",
  "½",
  "²",
  "٣",
  "e\u0301",
  "😀",
];

describe.each(testProviders())("search on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  const run = (q: string, extra: Partial<Parameters<typeof search>[0]> = {}) => search({ q, ...extra }, t.db, provider);

  beforeAll(async () => {
    t = await freshDatabase(provider);
    w = await buildWorld(t.db);
    // Teams' decisions: one public, one kept to the team.
    const team = await t.db.team.create({ data: { slug: "atlas", name: "Atlas" } });
    const decision = (slug: string, title: string, visibility: "PUBLIC" | "TEAM") =>
      t.db.decision.create({
        data: {
          slug,
          title,
          teamId: team.id,
          status: "ACCEPTED",
          date: new Date("2026-03-01"),
          context: "Our back office needed an admin quickly.",
          drivers: [],
          options: [],
          chosenOption: "Django",
          rationale: "The admin saves weeks.",
          visibility,
          chosenTechnologies: { connect: [{ id: w.django.id as string }] },
        },
      });
    await decision("use-django-for-the-back-office", "Use Django for the back office", "PUBLIC");
    await decision("secret-team-choice", "Secret team choice of Django", "TEAM");
    forgetCatalogue(t.db);
  }, 60_000);
  afterAll(async () => t.close());

  it("finds public claims, sources and verdicts with snippets marking the matched words", async () => {
    const result = await run("django admin");
    const kinds = result.hits.map((h) => `${h.kind}:${h.slug}`);
    expect(kinds).toEqual(expect.arrayContaining([`claim:${w.verified.slug}`, "article:django-vs-fastapi-2026"]));
    const claim = result.hits.find((h) => h.kind === "claim");
    expect(claim).toMatchObject({
      title: "Django has a built-in admin.",
      url: `/claims/${w.verified.slug}`,
      status: "VERIFIED",
    });
    expect(claim?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(
      expect.arrayContaining(["Django", "admin"]),
    );
    const verdicts = await run("back office django", { kinds: ["verdict"] });
    expect(verdicts.hits.map((h) => h.slug)).toEqual([w.published.slug]);
  });

  it("a verdict's snippet reads as its page: the evidence's summary first, the editors' words labelled as their note", async () => {
    const [hit] = (await run("pick django", { kinds: ["verdict"] })).hits;
    const text = hit.snippet.map((p) => p.text).join("");
    expect(text.indexOf("Editors' note: Pick Django.")).toBeGreaterThan(0);
    expect(text.startsWith("Pick Django.")).toBe(false);
  });

  it("a verdict matched deep in the editors' note still opens with the evidence's summary, the note labelled as theirs", async () => {
    const before = await t.db.verdict.findUniqueOrThrow({
      where: { id: w.published.id as string },
      select: { rationale: true },
    });
    const filler = "Staff use the admin screens every day, and the screens come with the framework. ".repeat(5);
    await t.db.verdict.update({
      where: { id: w.published.id as string },
      data: { rationale: `${filler}Quokka-grade onboarding settles it.` },
    });
    try {
      const [hit] = (await run("quokka", { kinds: ["verdict"] })).hits;
      const row = await t.db.verdict.findUniqueOrThrow({
        where: { id: w.published.id as string },
        select: { explanation: true, recommended: { select: { name: true }, orderBy: { name: "asc" } } },
      });
      const lead = evidenceSummary(row.explanation, pickLabel(row.recommended));
      const text = hit.snippet.map((p) => p.text).join("");
      expect(text.startsWith(lead)).toBe(true);
      // The note is cut around the match, its label kept before the cut.
      expect(text.slice(lead.length)).toMatch(/^ Editors' note: …[^…]*Quokka-grade onboarding settles it\.$/);
      expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(["Quokka"]);
    } finally {
      await t.db.verdict.update({ where: { id: w.published.id as string }, data: { rationale: before.rationale } });
    }
  });

  it("matches word prefixes, any case and, on SQLite, without accents", async () => {
    expect((await run("FASTA")).hits.some((h) => h.slug === w.perf.slug)).toBe(true);
  });

  it("ranks a match in the title above a match only in the body", async () => {
    await t.db.article.create({
      data: {
        title: "Zebrafish hosting notes",
        slug: "zebra-title",
        format: "TEXT",
        text: "Nothing here.",
        rawContent: "x",
        contentHash: "zebra-1",
        tags: [],
        comments: [],
        warnings: [],
      },
    });
    await t.db.article.create({
      data: {
        title: "Other notes",
        slug: "zebra-body",
        format: "TEXT",
        text: "A long text that mentions zebrafish once among many other words about hosting.",
        rawContent: "y",
        contentHash: "zebra-2",
        tags: [],
        comments: [],
        warnings: [],
      },
    });
    // Both articles are private (no public claim cites them): make them public through a verified claim each.
    for (const slug of ["zebra-title", "zebra-body"]) {
      const article = await t.db.article.findUniqueOrThrow({ where: { slug } });
      const claim = await t.db.claim.create({
        data: {
          slug: `claim-${slug}`,
          statement: `Claim from ${slug}`,
          kind: "FACT",
          status: "VERIFIED",
          conditions: {},
        },
      });
      await t.db.citation.create({ data: { claimId: claim.id, articleId: article.id, quote: "x", start: 0, end: 1 } });
    }
    const result = await run("zebrafish", { kinds: ["article"] });
    expect(result.hits.map((h) => h.slug)).toEqual(["zebra-title", "zebra-body"]);
  });

  it("never returns drafts, candidates, retracted, deleted or merged claims, draft verdicts or uncited articles", async () => {
    for (const q of [
      "Draft opinion replaces",
      "Candidate fact nobody",
      "Express middleware",
      "Django is slow",
      "Django is deleted",
      "Django ships",
      "Flask small services draft",
      "Draft summary",
      "imported post drafts",
    ]) {
      const result = await run(q);
      const json = JSON.stringify(result.hits);
      for (const hidden of [w.draft, w.candidate, w.inReview, w.retracted, w.deleted, w.duplicate, w.draftVerdict])
        expect(json).not.toContain(hidden.slug as string);
      expect(json).not.toContain("draft-only-post");
    }
  });

  it("follows edits: a claim taken back into review disappears, its new wording is found", async () => {
    expect((await run("fastest framework")).hits.map((h) => h.slug)).toContain(w.refuted.slug);
    const current = await t.db.claim.findUniqueOrThrow({ where: { id: w.refuted.id as string } });
    await updateRecord(
      claims,
      SYSTEM,
      current.id,
      { statement: "Flask is the quickest microframework.", version: current.version },
      t.db,
    );
    expect((await run("fastest framework")).hits.map((h) => h.slug)).not.toContain(w.refuted.slug);
    expect((await run("quickest microframework")).hits.map((h) => h.slug)).toEqual([w.refuted.slug]);
    await updateRecord(claims, SYSTEM, current.id, { status: "IN_REVIEW", version: current.version + 1 }, t.db);
    expect((await run("quickest microframework")).hits).toEqual([]);
  });

  it("paginates: total counts every visible hit, pages do not overlap", async () => {
    const all = await run("django", { perPage: 100 });
    expect(all.total).toBe(all.hits.length);
    const first = await run("django", { perPage: 1, page: 1 });
    const second = await run("django", { perPage: 1, page: 2 });
    expect(first.total).toBe(all.total);
    expect(first.hits[0].slug).not.toBe(second.hits[0]?.slug);
  });

  it.each(NASTY.map((q) => [JSON.stringify(q).slice(0, 40), q]))("survives the query %s", async (_label, q) => {
    const result = await run(q);
    expect(Array.isArray(result.hits)).toBe(true);
    expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
  });

  it("survives any text at all (property test)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 60 }), async (q) => {
        const result = await run(q);
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });

  it("survives any mix of metric names, words, operators, quotes and punctuation (property test)", async () => {
    const token = fc.constantFrom(...VOCABULARY);
    const glue = fc.constantFrom(" ", "", "  ", '"', "(", ")");
    const query = fc
      .array(fc.tuple(token, glue), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.map(([word, sep]) => word + sep).join(""));
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const result = await run(q);
        expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
      }),
      { numRuns: 200 },
    );
  });

  it("finds throughput claims about a technology when the metric is named beside it", async () => {
    for (const q of ["fastapi throughput", "throughput fastapi", "fastapi requests per second", "fastapi rps"]) {
      expect([q, (await run(q)).hits.map((h) => h.slug)]).toEqual([q, expect.arrayContaining([w.perf.slug])]);
    }
  });

  it("shows a table row a claim cites as its cells, without stray separators and without quotation marks", async () => {
    const article = await t.db.article.findUniqueOrThrow({ where: { slug: "django-vs-fastapi-2026" } });
    const claim = await t.db.claim.create({
      data: {
        slug: "quokka-admin",
        statement: "Quokkaframe has an admin interface built in.",
        kind: "FEATURE",
        topic: "admin",
        status: "VERIFIED",
        conditions: { support: "built-in" },
      },
    });
    await t.db.citation.create({
      data: {
        claimId: claim.id,
        articleId: article.id,
        quote: "| Admin UI | ✅ built-in | ❌ third-party |",
        start: 0,
        end: 1,
      },
    });
    const hit = (await run("quokkaframe")).hits.find((h) => h.slug === "quokka-admin");
    const text = hit?.snippet.map((p) => p.text).join("") ?? "";
    // Cells joined by us are no quote of the source: no quotation marks around them (#13, R10).
    expect(text).toContain("Admin UI · ✅ built-in · ❌ third-party (table row in ");
    expect(text).not.toMatch(/[“”]/);
  });

  it("a claim's snippet ends its source's title before the next sentence (review F9)", async () => {
    const hit = (await run("fastapi")).hits.find((h) => h.slug === w.perf.slug);
    const text = hit?.snippet.map((p) => p.text).join("") ?? "";
    expect(text).toMatch(/” \(Django vs FastAPI in 2026\)\. Measures /);
  });

  it("finds the same claim whatever punctuation surrounds the words", async () => {
    for (const q of ['"fastapi"', "fastapi*", "(fastapi)", "-fastapi", "fastapi:", "'fastapi'", "fastapi OR"]) {
      const slugs = (await run(q)).hits.map((h) => h.slug);
      expect([q, slugs.includes(w.perf.slug as string)]).toEqual([q, !q.includes("OR")]);
    }
  });

  const first = async (q: string) => (await run(q)).hits[0];

  it("finds technology, comparison, use-case and decision pages, a named page first", async () => {
    expect(await first("django")).toMatchObject({
      kind: "technology",
      slug: "django",
      url: "/technologies/django",
      title: "Django",
    });
    const kinds = new Set((await run("django", { perPage: 100 })).hits.map((h) => h.kind));
    expect([...kinds]).toEqual(
      expect.arrayContaining(["technology", "comparison", "claim", "article", "verdict", "decision"]),
    );
    expect(await first("back-office tool")).toMatchObject({ kind: "use-case", url: "/use-cases/back-office-tool" });
    const decisions = await run("back office", { kinds: ["decision"] });
    expect(decisions.hits.map((h) => h.url)).toEqual(["/decisions/use-django-for-the-back-office"]);
    expect(JSON.stringify((await run("secret team choice")).hits)).not.toContain("secret-team-choice");
  });

  it("reads “X vs Y” as a comparison and puts its page first, whichever order or spelling", async () => {
    for (const q of ["Django vs FastAPI", "fastapi versus django", "djnago vs fastapy"]) {
      expect([q, await first(q)]).toEqual([
        q,
        expect.objectContaining({ kind: "comparison", url: "/compare/django-vs-fastapi", title: "Django vs FastAPI" }),
      ]);
    }
    // The source with that title follows.
    expect((await run("Django vs FastAPI")).hits.map((h) => h.url)).toContain("/sources/django-vs-fastapi-2026");
  });

  it("corrects misspelt names: shows what was meant when nothing matched, says so, and suggests otherwise", async () => {
    const fastapy = await run("fastapy");
    expect(fastapy).toMatchObject({ suggestion: "FastAPI", correctedFrom: "fastapy" });
    expect(fastapy.hits[0]).toMatchObject({ kind: "technology", slug: "fastapi" });
    expect(fastapy.hits.map((h) => h.slug)).toContain(w.perf.slug);
    const djnago = await run("djnago");
    expect(djnago).toMatchObject({ suggestion: "Django", correctedFrom: "djnago" });
    expect(djnago.hits[0]).toMatchObject({ kind: "technology", slug: "django" });
    // A correct word is left alone; a word that begins a name is no typo.
    expect(await run("django")).toMatchObject({ suggestion: null, correctedFrom: null });
    expect((await run("fasta")).suggestion).toBeNull();
    // Nothing near: nothing suggested, nothing found.
    expect(await run("zqxjkvw")).toMatchObject({ suggestion: null, total: 0 });
  });

  it("corrects from the same public vocabulary on both databases: a misspelt metric name, never an unpublished use case's name", async () => {
    expect((await run("thruoghput")).suggestion).toBe("throughput");
    // A use case without a published verdict is not public: its name is no suggestion either.
    await t.db.useCase.create({ data: { slug: "quarterly-reconciliation", name: "Quarterly reconciliation" } });
    expect(await run("reconcilaition")).toMatchObject({ suggestion: null, correctedFrom: null, total: 0 });
  });

  it("treats quoted words as a phrase: “per” no longer matches “person”", async () => {
    await t.db.claim.create({
      data: {
        slug: "per-person",
        statement: "Requests cost one second per person.",
        kind: "FACT",
        status: "VERIFIED",
        conditions: {},
      },
    });
    const loose = (await run("requests per second")).hits.map((h) => h.slug);
    const phrase = (await run('"requests per second"')).hits.map((h) => h.slug);
    expect(phrase).toContain(w.perf.slug);
    expect(phrase).not.toContain("per-person");
    expect(loose).toContain(w.perf.slug);
    const marks = (await run('"requests per second"', { kinds: ["article"] })).hits[0].snippet
      .filter((p) => p.match)
      .map((p) => p.text);
    expect(marks).toEqual(["requests per second"]);
  });

  it("finds throughput claims by any name of the metric, verified before refuted", async () => {
    for (const q of ["throughput", "rps", "req/s", "requests per second"]) {
      const hits = (await run(q)).hits;
      expect([q, hits[0]]).toEqual([q, expect.objectContaining({ kind: "claim", slug: w.perf.slug })]);
    }
    // Marked in the title's own words: the result says "requests per second", the visitor said "throughput".
    const claim = (await run("throughput")).hits[0];
    // Its setup named as every page names it (#13, R15): the statement does not say it.
    expect(claim.title).toBe("FastAPI served 31,000 requests per second (4 workers).");
  });

  it("ranks verified claims above disputed and refuted ones with the same match", async () => {
    await t.db.claim.create({
      data: { slug: "kiwi-refuted", statement: "Kiwiframe is tiny.", kind: "FACT", status: "REFUTED", conditions: {} },
    });
    await t.db.claim.create({
      data: {
        slug: "kiwi-verified",
        statement: "Kiwiframe is tiny indeed.",
        kind: "FACT",
        status: "VERIFIED",
        conditions: {},
      },
    });
    expect((await run("kiwiframe tiny")).hits.map((h) => h.slug)).toEqual(["kiwi-verified", "kiwi-refuted"]);
  });

  it("gives snippets that add to the title instead of repeating it", async () => {
    for (const q of ["django admin", "throughput", "django", "Django vs FastAPI", "back office"]) {
      for (const hit of (await run(q, { perPage: 50 })).hits) {
        const text = hit.snippet.map((p) => p.text).join("");
        expect([q, hit.url, text.toLowerCase().startsWith(hit.title.toLowerCase())]).toEqual([q, hit.url, false]);
        expect(text).not.toMatch(/(^|\s)#{1,6}\s|```|\|/);
      }
    }
    const claim = (await run("django admin", { kinds: ["claim"] })).hits[0];
    expect(claim.snippet.map((p) => p.text).join("")).toContain("staff can use on day one");
  });

  it("counts results by type and by technology, and filters by either", async () => {
    const all = await run("django", { perPage: 100 });
    const claimFacet = all.facets.kinds.find((f) => f.value === "claim");
    expect(claimFacet?.count).toBe(all.hits.filter((h) => h.kind === "claim").length);
    expect(all.facets.technologies.map((f) => f.value)).toEqual(expect.arrayContaining(["django", "fastapi"]));
    const aboutFastapi = await run("django", { technology: "fastapi", perPage: 100 });
    expect(aboutFastapi.hits.length).toBeGreaterThan(0);
    for (const hit of aboutFastapi.hits) expect(hit.technologies).toContain("fastapi");
    expect(aboutFastapi.total).toBe(all.facets.technologies.find((f) => f.value === "fastapi")?.count);
    const onlyClaims = await run("django", { kinds: ["claim"], perPage: 100 });
    expect(onlyClaims.hits.every((h) => h.kind === "claim")).toBe(true);
    expect(onlyClaims.total).toBe(claimFacet?.count);
  });

  it("offers the names of technologies, comparisons and use cases for the header's suggestions", async () => {
    const names = await suggestionNames(t.db);
    expect(names).toEqual(expect.arrayContaining(["Django", "FastAPI", "Django vs FastAPI", "Back-office tool"]));
    expect(names).not.toContain("Small service");
  });
});
