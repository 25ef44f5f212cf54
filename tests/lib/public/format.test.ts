// The public formatting layer: every claim kind gets a readable label, value and title.
import { FEATURES } from "@/lib/extract/features";
import { forUseCase } from "@/lib/public/statements";
import {
  claimKindLabel,
  claimTitle,
  conditionPhrase,
  conditionsPhrase,
  conditionValue,
  countLabel,
  FEATURE_NAMES,
  featureName,
  contradictionNote,
  contradictionState,
  formatDate,
  formatFigure,
  humanize,
  namesBeyond,
  readTimeText,
  replacementText,
  sourceKindName,
  tagName,
  naturalStatement,
  withNaturalStatements,
  confidenceText,
  measuresText,
  bylineGaps,
  orderedConditions,
  conditionLabel,
} from "@/lib/public/format";
import { checkedClaimsLabel, comparisonClaimCount } from "@/lib/public/counts";

describe("claim kind labels", () => {
  it.each([
    [{ kind: "PERFORMANCE", topic: "performance", metric: "throughput" }, "Performance · Throughput"],
    [{ kind: "PERFORMANCE", topic: "performance", metric: "latency_p95" }, "Performance · Latency p95"],
    [{ kind: "PERFORMANCE", topic: "performance", metric: null }, "Performance"],
    [{ kind: "FEATURE", topic: "orm" }, "Feature · ORM"],
    [{ kind: "FEATURE", topic: "openapi" }, "Feature · OpenAPI documentation"],
    [{ kind: "FEATURE", topic: "websockets" }, "Feature · WebSockets"],
    [{ kind: "FEATURE", topic: "server-actions" }, "Feature · Server actions"],
    [{ kind: "FEATURE", topic: null }, "Feature"],
    [{ kind: "FACT", topic: "release-year", metric: "release_year" }, "Fact · Release year"],
    [{ kind: "FACT", topic: "async", metric: "async_views_since_version" }, "Fact · Async views since version"],
    [{ kind: "RECOMMENDATION", topic: "need-a-back-office-by-friday" }, "Recommendation"],
    [{ kind: "OPINION", topic: "developer-experience" }, "Opinion"],
  ])("%o reads %s", (claim, label) => {
    expect(claimKindLabel(claim)).toBe(label);
  });

  it("never says a kind twice, nor a topic that is the claim's own technology", () => {
    expect(claimKindLabel({ kind: "PERFORMANCE", topic: "performance", metric: "performance" })).toBe("Performance");
    expect(claimKindLabel({ kind: "FEATURE", topic: "django", technologies: [{ slug: "django" }] })).toBe("Feature");
  });

  it("has a display name for every feature the extractor's catalogue knows", () => {
    for (const f of FEATURES) expect(FEATURE_NAMES[f.topic]).toBeDefined();
    expect(["orm", "openapi", "websockets"].map(featureName)).toEqual(["ORM", "OpenAPI documentation", "WebSockets"]);
  });
});

describe("values", () => {
  it("writes years as years and versions as versions, never with a thousands separator or a unit", () => {
    expect(formatFigure(2018, "year", "release_year")).toBe("2018");
    expect(formatFigure(2012, null, "release_year")).toBe("2012");
    expect(formatFigure(3.1, null, "async_views_since_version")).toBe("3.1");
    expect(formatFigure(14, "version", "server_actions_since_version")).toBe("14");
  });

  it("writes quantities with their unit and grouping", () => {
    expect(formatFigure(31000, "req/s", "throughput")).toBe("31,000 req/s");
    expect(formatFigure(12.345, "ms", "latency_p95")).toBe("12.35 ms");
    expect(formatFigure(40, "%", "cpu")).toBe("40%");
    expect(formatFigure(5, "years", "maintenance_window")).toBe("5 years");
    expect(formatFigure(null, "ms")).toBe("");
  });

  it("spells names in identifiers", () => {
    expect(humanize("orm")).toBe("ORM");
    expect(humanize("openapi_docs")).toBe("OpenAPI docs");
    expect(humanize("latency_p95")).toBe("Latency p95");
    expect(humanize("full-text-search")).toBe("Full text search");
  });
});

describe("what a figure measures (#13, G11)", () => {
  it("names a quantity with its unit, and a year, version or ratio by its metric alone", () => {
    expect(measuresText("throughput", "req/s")).toBe("Measures throughput, in req/s.");
    expect(measuresText("release_year", "year")).toBe("Release year.");
    expect(measuresText("release_year", null)).toBe("Release year.");
    expect(measuresText("python_version", "version")).toBe("Python version.");
    expect(measuresText("speedup", "x")).toBe("Speedup.");
    expect(measuresText("latency", "ms")).toBe("Measures latency, in ms.");
  });
});

describe("conditions", () => {
  it("says a setup in one order everywhere, the versions tested labelled as such (#13, G12)", () => {
    const stored = { workers: 4, versions: "PostgreSQL 16", hardware: "4-vcpu vm", database: "postgresql" };
    expect(conditionsPhrase(stored)).toBe(
      "hardware 4-vCPU VM · tested on PostgreSQL 16 · 4 workers · database PostgreSQL",
    );
    expect(orderedConditions(stored).map(([k]) => conditionLabel(k))).toEqual([
      "Hardware",
      "Versions tested",
      "Workers",
      "Database",
    ]);
    expect(claimTitle("Django served 3,900 requests per second (4, postgresql, 4-vcpu vm).", stored)).toBe(
      "Django served 3,900 requests per second (hardware 4-vCPU VM, tested on PostgreSQL 16, 4 workers, database PostgreSQL).",
    );
  });

  it("names a bare count by its key: 8 workers, 1 worker, 50 connections", () => {
    expect(conditionPhrase("workers", 8)).toBe("8 workers");
    expect(conditionPhrase("workers", "1")).toBe("1 worker");
    expect(conditionPhrase("connections", 50)).toBe("50 connections");
    expect(conditionPhrase("server", "gunicorn")).toBe("server Gunicorn");
    expect(conditionPhrase("database", "postgresql")).toBe("database PostgreSQL");
    expect(conditionPhrase("runtime", "node.js")).toBe("runtime Node.js");
    expect(conditionPhrase("cache", false)).toBe("without cache");
    expect(conditionsPhrase({ hardware: "2-vcpu vm", workers: 8 })).toBe("hardware 2-vCPU VM · 8 workers");
    expect(conditionsPhrase({})).toBe("no conditions recorded");
  });

  it("shows a feature's support level in words", () => {
    expect(conditionValue("support", "built-in")).toBe("Built in");
    expect(conditionValue("support", "missing")).toBe("Not built in");
    expect(conditionValue("support", "partial")).toBe("Partly");
    expect(conditionValue("workers", 1200)).toBe("1,200");
  });

  it("gives the bare number in a title's bracketed conditions its name, and leaves other titles alone", () => {
    const conditions = { hardware: "2-vcpu vm", workers: 8, server: "php-fpm", endpoint: "hello-world" };
    expect(
      claimTitle("Laravel achieved about 2,100 requests per second (2-vcpu vm, 8, php-fpm, hello-world).", conditions),
    ).toBe(
      "Laravel achieved about 2,100 requests per second (hardware 2-vCPU VM, 8 workers, server PHP-FPM, endpoint hello-world).",
    );
    expect(
      claimTitle("Express achieved 15,000 requests per second (1, node.js).", { workers: "1", runtime: "node.js" }),
    ).toBe("Express achieved 15,000 requests per second (runtime Node.js, 1 worker).");
    expect(claimTitle("Django (2005) ships an admin.", {})).toBe("Django (2005) ships an admin.");
    expect(
      claimTitle("Django has only partial WebSocket support (Channels).", {
        replacement: "Channels",
        support: "partial",
      }),
    ).toBe("Django has only partial WebSocket support (Channels).");
    expect(claimTitle("FastAPI was first released in 2018.", {})).toBe("FastAPI was first released in 2018.");
  });

  it("names the measuring conditions a figure holds but its statement omits (#13, R15)", () => {
    expect(
      claimTitle("Express achieved a p95 latency of 38 ms.", { workers: "4", hardware: "4-vCPU VM", load: "peak" }),
    ).toBe("Express achieved a p95 latency of 38 ms (hardware 4-vCPU VM, 4 workers, load peak).");
    expect(
      claimTitle("FastAPI achieved about 24,000 requests per second (2-vcpu vm, uvicorn).", {
        hardware: "2-vcpu vm",
        server: "uvicorn",
        workers: "2",
      }),
    ).toBe("FastAPI achieved about 24,000 requests per second (hardware 2-vCPU VM, 2 workers, server Uvicorn).");
    // Said already in words, or what the claim is about rather than a setup: not repeated.
    expect(
      claimTitle("Django served 3,900 rps under Gunicorn with 4 workers.", { server: "gunicorn", workers: 4 }),
    ).toBe("Django served 3,900 rps under Gunicorn with 4 workers.");
    expect(claimTitle("Django has no built-in background jobs.", { support: "missing", replacement: "Celery" })).toBe(
      "Django has no built-in background jobs.",
    );
    // Another spelling of the same setup is the same setup: named once, not stated twice.
    expect(
      claimTitle("Express achieved about 15000 requests per second (2-vcpu vm, hello-world).", {
        hardware: "2 vcpu vm",
        endpoint: "hello world",
      }),
    ).toBe("Express achieved about 15000 requests per second (hardware 2 vCPU VM, endpoint hello world).");
    expect(claimTitle("X ran on a 2-vCPU VM.", { hardware: "2-vcpu vm" })).toBe("X ran on a 2-vCPU VM.");
    expect(claimTitle("Latency fell to 40 ms, down from 90 ms.", { before: "90 ms" })).toBe(
      "Latency fell to 40 ms, down from 90 ms.",
    );
  });
});

describe("sources, tags, read times and contradictions in words", () => {
  it("names a source by what it is, never by its import format", () => {
    expect(sourceKindName("HTML")).toBe("Web page");
    expect(sourceKindName("NUXT_PAYLOAD")).toBe("Blog post");
    expect(sourceKindName("MARKDOWN")).toBe("Article");
    expect(sourceKindName("SOMETHING_NEW")).toBe("Article");
  });

  it("writes a read time once, as minutes", () => {
    expect(readTimeText("5 min read")).toBe("5 min");
    expect(readTimeText("7 min")).toBe("7 min");
    expect(readTimeText("12 minutes")).toBe("12 min");
    expect(readTimeText("a while")).toBeNull();
  });

  it("writes tags as words: technologies by name, slugs spelled out", () => {
    expect(tagName("nodejs")).toBe("Node.js");
    expect(tagName("django")).toBe("Django");
    expect(tagName("internal-tools")).toBe("Internal tools");
    // One casing for every tag, however its author wrote it (#13, G19).
    expect(tagName("Side Projects")).toBe("Side projects");
    expect(tagName("PERFORMANCE")).toBe("Performance");
    expect(tagName("json api")).toBe("JSON API");
    expect(tagName("DevOps")).toBe("DevOps");
  });

  it("says what a source's byline leaves out rather than leaving it blank (#13, G19)", () => {
    const when = new Date("2025-10-20T00:00:00Z");
    expect(bylineGaps({ author: null, domain: null, publishedAt: null })).toBe("Author, site and date not given.");
    expect(bylineGaps({ author: null, domain: "studio.example.dev", publishedAt: null })).toBe(
      "Author and date not given.",
    );
    expect(bylineGaps({ author: "Ann", domain: "a.example", publishedAt: when })).toBeNull();
  });

  it("explains a contradiction by its kind, and its state in words", () => {
    expect(contradictionNote("FACT", "OPEN")).toBe("The two sources give different answers to the same question.");
    expect(contradictionNote("VALUE", "NOT_COMPARABLE")).toMatch(/different conditions/);
    expect(contradictionState("OPEN")).toBe("Unresolved");
    expect(contradictionState("NOT_COMPARABLE")).toBe("Not comparable");
  });

  it("writes September as the other months, in three letters", () => {
    expect(formatDate(new Date("2025-09-01T00:00:00Z"))).toBe("1 Sep 2025");
    expect(formatDate(new Date("2026-12-03T23:30:00Z"))).toBe("3 Dec 2026");
  });
});

describe("decisions and features in words", () => {
  it("reads a replacement after 'use' without doubling the verb", () => {
    expect(replacementText("needs drf-spectacular")).toBe("use drf-spectacular");
    expect(replacementText("third-party (SQLAdmin)")).toBe("use SQLAdmin (third-party)");
    expect(replacementText("Celery")).toBe("use Celery");
  });

  it("lists technologies after a chosen option only when the option does not already name them", () => {
    expect(namesBeyond("FastAPI", ["FastAPI"])).toEqual([]);
    expect(namesBeyond("Django with DRF", ["Django", "Django REST framework"])).toEqual(["Django REST framework"]);
  });
});

describe("counts", () => {
  it("counts a comparison's checked claims one way, and says them in words", () => {
    const claims = [
      { technologies: [{ slug: "django" }] },
      { technologies: [{ slug: "fastapi" }, { slug: "django" }] },
      { technologies: [{ slug: "flask" }] },
    ];
    expect(comparisonClaimCount(claims, ["django", "fastapi"])).toBe(2);
    expect(checkedClaimsLabel(1)).toBe("1 checked claim");
    expect(checkedClaimsLabel(1200)).toBe("1,200 checked claims");
    expect(countLabel(2, "source", "sources")).toBe("2 sources");
  });
});

describe("recommendations in a reader's shape", () => {
  const django = { slug: "django", name: "Django" };
  const fastapi = { slug: "fastapi", name: "FastAPI" };

  it("puts the article a use case's name needs after 'for', and none before a plural, a gerund or a mass noun (#13, G14)", () => {
    expect(forUseCase("streaming inference API")).toBe("a streaming inference API");
    expect(forUseCase("internal tool")).toBe("an internal tool");
    expect(forUseCase("API gateway")).toBe("an API gateway");
    expect(forUseCase("user-facing app")).toBe("a user-facing app");
    expect(forUseCase("public JSON APIs")).toBe("public JSON APIs");
    expect(forUseCase("rapid prototyping")).toBe("rapid prototyping");
    expect(forUseCase("high traffic")).toBe("high traffic");
    expect(forUseCase("the admin side")).toBe("the admin side");
    // Statements the importer already wrote in the reader's shape read the same way.
    expect(naturalStatement("FastAPI is recommended for streaming inference API.")).toBe(
      "FastAPI is recommended for a streaming inference API.",
    );
    expect(naturalStatement("Express is recommended for public JSON APIs.")).toBe(
      "Express is recommended for public JSON APIs.",
    );
  });

  it("writes the importer's 'For X, pick Y.' as 'Y is recommended for X.'", () => {
    expect(naturalStatement("For staff back office, pick Django.")).toBe(
      "Django is recommended for a staff back office.",
    );
    expect(claimTitle("For streaming inference API, pick FastAPI.")).toBe(
      "FastAPI is recommended for a streaming inference API.",
    );
  });

  it("names several picks as a list and says 'are'", () => {
    expect(naturalStatement("For internal tools, pick Django and FastAPI.")).toBe(
      "Django and FastAPI are recommended for internal tools.",
    );
  });

  it("reads 'For X, Y.' only when Y is the claim's own technologies", () => {
    expect(naturalStatement("For public JSON APIs, FastAPI.", { technologies: [fastapi] })).toBe(
      "FastAPI is recommended for public JSON APIs.",
    );
    expect(naturalStatement("For small teams, Django works.", { technologies: [django] })).toBe(
      "For small teams, Django works.",
    );
  });

  it("says 'not recommended' when the claim counts against its technology", () => {
    expect(
      naturalStatement("For realtime chat, pick Django.", {
        technologies: [django],
        directions: { django: "against" },
      }),
    ).toBe("Django is not recommended for realtime chat.");
  });

  it("leaves sentences people wrote as they are", () => {
    for (const s of [
      "Django is the pick when you need a back office by Friday.",
      "Use FastAPI for model serving.",
      "Don't use Flask for large teams.",
    ])
      expect(naturalStatement(s)).toBe(s);
  });

  it("rewrites a statement quoted inside an engine's reason", () => {
    const statement = "For staff back office, pick Django.";
    expect(
      withNaturalStatements(`Django: "${statement}" (recommendation, for Django, 1 independent source)`, [
        { statement },
      ]),
    ).toBe(
      'Django: "Django is recommended for a staff back office." (recommendation, for Django, 1 independent source)',
    );
  });
});

describe("a confidence line after a label", () => {
  it("reads '53% — 4 verified claims …', never a second colon", () => {
    expect(
      confidenceText("53%: 4 verified claims from 4 independent sources for it; nothing verified against it."),
    ).toBe("53% — 4 verified claims from 4 independent sources for it; nothing verified against it.");
    expect(confidenceText("No recommendation yet")).toBe("No recommendation yet");
  });
});

describe("a replacement condition", () => {
  it("names the replacement without the source's verb (“Replacement: drf-spectacular”, not “needs drf-spectacular”)", () => {
    expect(conditionValue("replacement", "needs drf-spectacular")).toBe("drf-spectacular");
    expect(conditionValue("replacement", "third-party (ActiveAdmin)")).toBe("ActiveAdmin (third-party)");
  });
});
