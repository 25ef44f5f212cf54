/** @jest-environment node */
// Behaviour of the extraction rules the held-out and blind sets called for, one shape per test.
import { TechResolver, extractClaims, type CandidateClaim } from "@/lib/extract";
import { TECHS } from "./technologies";

// These sets were labelled for the catalogue alone: read them in a closed world (no lexicon, no discovery).
const CLOSED = new TechResolver(TECHS, { lexicon: false });

const claims = (text: string) => extractClaims(text, CLOSED);
const brief = (c: CandidateClaim) =>
  `${c.kind} ${c.technologies.join("+")} ${c.metric ?? c.topic}=${c.value ?? c.conditions.support ?? ""}`;
const briefs = (text: string) => claims(text).map(brief);

describe("performance figures", () => {
  it("gives a figure to the technology named right after it, not to the one before", () => {
    expect(briefs("FastAPI handled 11.2k req/s against 3,900 req/s for DRF.")).toEqual([
      "performance fastapi throughput=11200",
      "performance django-rest-framework throughput=3900",
    ]);
    expect(briefs("Time to first byte, p50: 42 ms (Express) vs 18 ms (Next.js).")).toEqual([
      "performance express latency_p50=42",
      "performance nextjs latency_p50=18",
    ]);
  });

  it("reads a range as its lower bound and keeps the range as a condition", () => {
    const [c] = claims("- FastAPI + asyncpg: between 8,000 and 9,500 req/s");
    expect([c.value, c.conditions.range]).toEqual([8000, "8,000–9,500 req/s"]);
  });

  it("reads thousands written with spaces and keeps a change's starting point", () => {
    expect(claims("Express + EJS: 2\u00a0900 requests per second.")[0].value).toBe(2900);
    const [c] = claims("Laravel Octane pushed our API from 900 to 4,000 req/s.");
    expect([c.value, c.conditions.before]).toEqual([4000, "900 req/s"]);
  });

  it("reads figure tables whichever way round the technologies are", () => {
    expect(briefs("| Framework | Requests/s | p99 |\n|---|---|---|\n| FastAPI | 27,300 | 19 ms |")).toEqual([
      "performance fastapi throughput=27300",
      "performance fastapi latency_p99=19",
    ]);
    expect(briefs("| Metric | Django | Laravel |\n| Median list-page latency | 120 ms | 95 ms |")).toEqual([
      "performance django latency_median=120",
      "performance laravel latency_median=95",
    ]);
  });
});

describe("figures about storage", () => {
  it("gives writes per second and read latency to the database named, not to the app framework beside it", () => {
    expect(
      briefs(
        "We run SQLite in production for a Laravel app: 850 writes per second sustained, reads under 1 ms at p99.",
      ),
    ).toEqual(["performance sqlite write_throughput=850", "performance sqlite latency_p99=1"]);
  });
});

describe("features", () => {
  it("reads negations as missing features, each feature in the clause", () => {
    expect(briefs("Express does not ship an ORM, migrations or an admin.")).toEqual([
      "feature express admin=missing",
      "feature express orm=missing",
      "feature express migrations=missing",
    ]);
    expect(
      briefs("FastAPI's dependency injection is neat, but there is no user model or login flow out of the box."),
    ).toEqual(["feature fastapi authentication=missing"]);
    expect(briefs("Flask ships without an ORM.")).toEqual(["feature flask orm=missing"]);
  });

  it("never reads a negation of something else as a missing feature", () => {
    const missing = (text: string) => briefs(text).filter((b) => b.endsWith("=missing"));
    // The "not" negates the header, not the admin pages a clause later.
    expect(
      missing(
        "The proxy did not forward that header, and so the admin pages could only be reached from inside the network running Django.",
      ),
    ).toEqual([]);
    // "without" negates the framework; the templating system is there.
    expect(
      missing(
        "Flask feels close to writing pages without a framework, with markup written in a familiar templating syntax.",
      ),
    ).toEqual([]);
    // "lack of" negates what follows it, not the security named before it.
    expect(missing("Django's improved security, its docs and its lack of surprises matter more than speed.")).toEqual(
      [],
    );
    // The "built-in" belongs to the cron Rails lacks, not to the job scheduler named before it.
    expect(
      briefs("We had to scramble for a job scheduler since Rails doesn't come with a built-in cron feature.").filter(
        (b) => b.includes("background-jobs"),
      ),
    ).toEqual([]);
    // A section about Django: a sentence that names no technology says nothing Django lacks.
    expect(
      claims("## Django\n\nThese are not cosmetic differences — they change the whole security model.\n").filter(
        (c) => c.conditions.support === "missing",
      ),
    ).toEqual([]);
  });

  it("resolves 'them' to the feature named just before", () => {
    expect(briefs("DRF does not ship OpenAPI docs by itself. FastAPI generates them automatically.")).toEqual([
      "feature django-rest-framework openapi=missing",
      "feature fastapi openapi=built-in",
    ]);
  });

  it("rates ✔️/✖️, Yes/No and name-only cells", () => {
    expect(
      briefs(
        "| | Rails | Next.js | SQLite |\n| ORM | Active Record | No (Prisma) | ✖️ |\n| Replication | ✔️ | ❌ | ✖️ Litestream |",
      ),
    ).toEqual([
      "feature rails orm=built-in",
      "feature nextjs orm=missing",
      "feature sqlite orm=missing",
      "feature rails replication=built-in",
      "feature nextjs replication=missing",
      "feature sqlite replication=missing",
    ]);
  });
});

describe("dated facts", () => {
  it("reads release years in several styles, one per technology, never 'since 2015'", () => {
    expect(briefs("Rails came out in 2004, seven years earlier, and Django in 2005.")).toEqual([
      "fact rails release_year=2004",
      "fact django release_year=2005",
    ]);
    expect(briefs("PostgreSQL was first released in 1996 (its POSTGRES ancestor dates from 1986).")).toEqual([
      "fact postgresql release_year=1996",
    ]);
    expect(briefs("Laravel downloads grew every year since 2015.")).toEqual([]);
  });

  it("names a version fact after the feature it is about", () => {
    expect(briefs("Django has supported async views since 3.1 and async ORM queries since 4.1.")).toEqual([
      "fact django async_since_version=3.1",
      "fact django async_orm_since_version=4.1",
    ]);
  });
});

describe("recommendations and advice", () => {
  it("reads advice phrased as prose", () => {
    expect(briefs("If the back office is the product, use Django.")).toEqual([
      "recommendation django the-back-office-is-the-product=",
    ]);
    expect(briefs("Rails is the safer bet for CRUD-heavy B2B apps.")).toEqual([
      "recommendation rails crud-heavy-b2b-apps=",
    ]);
    expect(briefs("TL;DR: FastAPI for inference, Django for everything humans click on.")).toEqual([
      "recommendation fastapi inference=",
      "recommendation django everything-humans-click-on=",
    ]);
  });

  it("turns advice against a technology into an opinion against it, never a recommendation", () => {
    const [c] = claims("Avoid Next.js when you need long-running background work.");
    expect([c.kind, c.stance, c.technologies]).toEqual(["opinion", "CONTRADICTS", ["nextjs"]]);
  });

  it("reads a 'When NOT to use X' section of a post as advice against X", () => {
    const post =
      "Django + htmx is my stack 🔥 ✅ Django → admin and ORM included 🤷 When NOT to use Django → realtime collaborative editing → offline-first mobile apps.";
    expect(briefs(post).filter((b) => b.startsWith("opinion"))).toEqual([
      "opinion django not-for-realtime-collaborative-editing=",
      "opinion django not-for-offline-first-mobile-apps=",
    ]);
    expect(briefs(post)).not.toContain("feature django admin=missing");
  });

  it("does not recommend either of two candidates offered as a choice", () => {
    expect(briefs("| If you… | Pick |\n| have no preference | Either: Rails or Laravel |")).toEqual([]);
  });
});

describe("facts and opinions in plain sentences", () => {
  it("reads a version named after the word 'version' as the version of the technology named before it", () => {
    expect(briefs("During the test run Laravel moved to version 11.4.2, and Django published version 5.0.3.")).toEqual([
      "fact laravel version=",
      "fact django version=",
    ]);
    expect(claims("During the test run Laravel moved to version 11.4.2.")[0].conditions.version).toBe("11.4.2");
  });

  it("reads a numbered release with its date in brackets, and 'the release of X N'", () => {
    const [dated] = claims("Flask 3 (April 2023) dropped Python 3.7.");
    expect([dated.kind, dated.technologies, dated.conditions.version, dated.conditions.released]).toEqual([
      "fact",
      ["flask"],
      "3",
      "2023",
    ]);
    const [released] = claims("The release of Django 5 made us look again at async views.");
    expect([released.kind, released.conditions.version]).toEqual(["fact", "5"]);
  });

  it("reads who owns a technology even when that company is also a platform the lexicon knows", () => {
    const open = (text: string) => extractClaims(text, new TechResolver(TECHS)).filter((c) => c.kind === "fact");
    expect(open("Next.js is maintained by Vercel.").map((c) => [c.technologies, c.conditions.by])).toEqual([
      [["nextjs"], "Vercel"],
    ]);
    expect(open("Laravel is developed by Taylor Otwell.").map((c) => c.conditions.by)).toEqual(["Taylor Otwell"]);
  });

  it("reads the language a technology is written in as a fact about it, not about the language", () => {
    const open = (text: string) => extractClaims(text, new TechResolver(TECHS)).filter((c) => c.kind === "fact");
    expect(open("Flask is written in Python.").map((c) => [c.technologies, c.conditions.language])).toEqual([
      [["flask"], "Python"],
    ]);
    expect(open("Our team is based in Lisbon.")).toEqual([]);
  });

  it("reads 'both' as the two technologies the title compares", () => {
    const doc = "# Flask and FastAPI Compared\n\nBoth are open source projects that began around the same year (2010).";
    const facts = claims(doc).filter((c) => c.kind === "fact");
    expect(facts.map((c) => c.technologies)).toEqual([
      ["flask", "fastapi"],
      ["flask", "fastapi"],
    ]);
    expect(facts[0].statement).toMatch(/^Flask and FastAPI are open source/);
  });

  it("gives an evaluation whose subject is elided to the technology the text was about", () => {
    const doc = "We settled on Laravel. Easier to learn than Ruby on Rails, and more pleasant than Express.";
    const opinion = claims(doc).find((c) => c.kind === "opinion");
    expect(opinion?.technologies).toEqual(["laravel", "rails", "express"]);
  });

  it("adds the other compared technology to a comparison that does not name its standard", () => {
    const doc = "# Django vs Flask\n\nDjango also has a broader ecosystem and more mature tooling.";
    expect(claims(doc).find((c) => c.kind === "opinion")?.technologies).toEqual(["django", "flask"]);
  });

  it("keeps an evaluation beside the capability the same sentence states", () => {
    const kinds = claims(
      "SQLite stores the whole database in one file, which makes backups far simpler than with PostgreSQL.",
    ).map((c) => c.kind);
    expect(kinds).toContain("opinion");
  });
});

describe("capabilities by possession", () => {
  it("reads 'X's <part> <verb> …' and 'its <part> <verb> …' as a part the technology has", () => {
    const out = claims(
      "Flask's URL router matches paths without regular expressions, and its debugger runs in the browser.",
    ).filter((c) => c.kind === "feature");
    expect(out.map((c) => [c.technologies[0], c.topic, c.conditions.support])).toEqual([
      ["flask", "url-router", "built-in"],
      ["flask", "debugger", "built-in"],
    ]);
  });

  it("does not read how a technology fares as something it has", () => {
    expect(claims("Django's popularity is hard to ignore.").filter((c) => c.kind === "feature")).toEqual([]);
  });
});

describe("myths", () => {
  it("reads a 'Myth N: …' heading as the claim the section refutes", () => {
    const [c] = claims("## Myth 2: Django is slow\n\nMost of the time the database is.");
    expect([c.kind, c.stance, c.technologies, c.statement]).toEqual([
      "opinion",
      "CONTRADICTS",
      ["django"],
      "Django is slow.",
    ]);
  });
});
