// The wizard's ranking as requirements, on evidence sets written here (pure: no database). Each
// test names what a visitor must be able to rely on.
import {
  buildQuestionnaire,
  rankForAnswers,
  type WizardNeed,
  type WizardAnswers,
  type WizardOutcome,
  type WizardTechnology,
} from "@/lib/wizard";
import type { EvidenceClaim } from "@/lib/verdicts/types";
import { claim, evidence as evidenceOf, USE_CASES } from "../verdicts/fixtures";

const TECHNOLOGIES: WizardTechnology[] = [
  { slug: "django", name: "Django", kind: "framework", language: "python" },
  { slug: "fastapi", name: "FastAPI", kind: "framework", language: "python" },
  { slug: "express", name: "Express", kind: "framework", language: "javascript" },
  { slug: "postgresql", name: "PostgreSQL", kind: "database", language: "" },
  { slug: "sqlite", name: "SQLite", kind: "database", language: "" },
];

const driver = (key: string, label: string, terms: string[], metrics: string[] = []): WizardNeed => ({
  key,
  label,
  terms,
  metrics,
});
const TRAFFIC = driver(
  "high-traffic-io",
  "High traffic, I/O-bound",
  ["async", "throughput", "concurrency"],
  ["throughput", "requests per second", "latency"],
);
const REALTIME = driver("realtime-websockets", "Realtime updates / WebSockets", [
  "websocket",
  "websockets",
  "realtime",
]);
const JOBS = driver("background-jobs", "Background jobs", ["background jobs", "task queue", "celery"]);
const ADMIN = driver("needs-admin-ui", "Staff need an admin UI", ["admin", "back office"]);
const WRITERS = driver("concurrent-writes", "Many users writing at once", [
  "concurrent writes",
  "concurrent writers",
  "mvcc",
]);
const NO_SERVER = driver("no-database-server", "No database server to run", ["embedded", "single file", "no server"]);

const QUESTIONNAIRE = buildQuestionnaire(
  [
    {
      slug: "public-json-api",
      name: "Public JSON API",
      description: "",
      category: "framework",
      drivers: [TRAFFIC, REALTIME, JOBS],
      published: true,
    },
    {
      slug: "back-office-tool",
      name: "Internal back-office tool",
      description: "",
      category: "framework",
      drivers: [ADMIN, JOBS],
      published: true,
    },
    {
      slug: "web-app-database",
      name: "Database for a multi-user web app",
      description: "",
      category: "database",
      drivers: [WRITERS, NO_SERVER],
    },
  ],
  TECHNOLOGIES,
);

const NAMES = Object.fromEntries(TECHNOLOGIES.map((t) => [t.slug, t.name]));
const WEB_APP_DATABASE_NEEDS = QUESTIONNAIRE.useCases.find((q) => q.slug === "web-app-database")!.needs;
const evidence = (claims: EvidenceClaim[]) => {
  const base = evidenceOf(claims);
  return {
    ...base,
    technologyNames: NAMES,
    // Each use case described to the engine by the needs its questions ask, as the app loads both
    // from one row (a ticked need counts the claims the engine reads as about it, H7).
    useCases: [
      ...USE_CASES.map((u) => ({ ...u, needs: QUESTIONNAIRE.useCases.find((q) => q.slug === u.slug)?.needs })),
      { slug: "web-app-database", keywords: ["web app database"], drivers: [], needs: WEB_APP_DATABASE_NEEDS },
    ],
  };
};
const rank = (answers: WizardAnswers, claims: EvidenceClaim[]): WizardOutcome =>
  rankForAnswers(QUESTIONNAIRE, answers, evidence(claims));
const factor = (outcome: WizardOutcome, key: string) => outcome.factors.find((f) => f.key === key);
const scoreOf = (outcome: WizardOutcome, slug: string) =>
  outcome.ranking.find((r) => r.slug === slug)?.score ?? Number.NaN;

// A JSON API where the evidence favours FastAPI, and Express has some of its own.
const API_EVIDENCE = [
  claim(["fastapi"], "For a public JSON API, pick FastAPI.", { sources: ["a", "b", "c"] }),
  claim(["fastapi"], "FastAPI is async-first and handles high concurrency.", {
    kind: "FEATURE",
    directions: { fastapi: "supports" },
    sources: ["a", "d"],
  }),
  claim(["django"], "For a public JSON API, Django with DRF works well.", { directions: { django: "supports" } }),
  claim(["express"], "For a public JSON API, Express is a dependable pick.", { directions: { express: "supports" } }),
  claim(["express"], "Express handles high concurrency with its async event loop.", {
    kind: "FEATURE",
    directions: { express: "supports" },
  }),
];

describe("the wizard, as requirements", () => {
  it("a JavaScript team building a high-traffic JSON API is not told a Python framework when a JS one has evidence", () => {
    const outcome = rank(
      { useCase: "public-json-api", skills: ["javascript"], needs: ["high-traffic-io"] },
      API_EVIDENCE,
    );
    expect(outcome.recommended).toBe("express");
    expect(outcome.evidenceLeader).toBe("fastapi");
    expect(factor(outcome, "javascript")).toMatchObject({ question: "skills", moved: true });
    expect(factor(outcome, "javascript")?.text).toMatch(
      /Express has supporting evidence here, so it comes before technologies the team would have to learn/,
    );
    // The same answers from a Python team keep the evidence's own pick.
    expect(
      rank({ useCase: "public-json-api", skills: ["python"], needs: ["high-traffic-io"] }, API_EVIDENCE).recommended,
    ).toBe("fastapi");
  });

  it("team skills never make a technology without supporting evidence the pick, and say why they did not count", () => {
    const withoutExpress = API_EVIDENCE.filter((c) => !c.technologySlugs.includes("express"));
    const outcome = rank({ useCase: "public-json-api", skills: ["javascript"], needs: [] }, withoutExpress);
    expect(outcome.recommended).toBe("fastapi");
    expect(factor(outcome, "javascript")).toMatchObject({ moved: false });
    // No claim names Express here: that is no evidence, not evidence against (review finding 2).
    expect(factor(outcome, "javascript")?.text).toBe(
      "The team knows JavaScript: Express is in JavaScript, but no checked evidence speaks for or against Express on these answers, so the team's skills did not change the ranking.",
    );
  });

  it("realtime answer moves toward technologies with websocket evidence", () => {
    const claims = [
      claim(["django"], "For a public JSON API, Django with DRF is a safe pick.", {
        directions: { django: "supports" },
        sources: ["a", "b"],
      }),
      claim(["django"], "Django REST framework is the pick for a public JSON API.", {
        directions: { django: "supports" },
        sources: ["c"],
      }),
      claim(["fastapi"], "For a public JSON API, FastAPI is a good pick.", { directions: { fastapi: "supports" } }),
      claim(["fastapi"], "FastAPI supports WebSockets natively.", {
        kind: "FEATURE",
        directions: { fastapi: "supports" },
      }),
      claim(["django"], "Django needs Channels for WebSockets.", {
        kind: "FEATURE",
        directions: { django: "against" },
      }),
    ];
    const without = rank({ useCase: "public-json-api", skills: ["none"], needs: [] }, claims);
    const withRealtime = rank({ useCase: "public-json-api", skills: ["none"], needs: ["realtime-websockets"] }, claims);
    expect(without.recommended).toBe("django");
    expect(withRealtime.recommended).toBe("fastapi");
    expect(scoreOf(withRealtime, "fastapi") - scoreOf(withRealtime, "django")).toBeGreaterThan(
      scoreOf(without, "fastapi") - scoreOf(without, "django"),
    );
    const realtime = factor(withRealtime, "realtime-websockets");
    expect(realtime).toMatchObject({ question: "need", moved: true });
    expect(realtime?.text).toBe(
      "Realtime updates / WebSockets: favours FastAPI (1 claim); counts against Django (1 claim).",
    );
    // The answer lists both claims it counts, the websocket claim given as a reason for the pick too (H7).
    expect(realtime?.claimIds).toHaveLength(2);
    expect(withRealtime.reasons.find((r) => r.text.includes("WebSockets natively"))).toMatchObject({
      technologySlug: "fastapi",
    });
  });

  it("an answer with no distinguishing evidence says so", () => {
    const outcome = rank({ useCase: "public-json-api", skills: ["python"], needs: ["background-jobs"] }, API_EVIDENCE);
    expect(factor(outcome, "background-jobs")).toMatchObject({
      moved: false,
      claimIds: [],
      text: "Background jobs: no evidence distinguishes these frameworks on this.",
    });
    // Evidence that speaks equally for every framework distinguishes nothing either.
    const even = ["django", "fastapi", "express"].map((slug) =>
      claim([slug], `${NAMES[slug]} runs background jobs with a task queue.`, {
        kind: "FEATURE",
        directions: { [slug]: "supports" },
      }),
    );
    expect(
      factor(
        rank({ useCase: "public-json-api", skills: ["python"], needs: ["background-jobs"] }, even),
        "background-jobs",
      )?.text,
    ).toMatch(/no evidence distinguishes/);
  });

  it("every answer gets a factor; an unticked need of the use case is weighed all the same and said to be, and only the others are not weighed", () => {
    const outcome = rank({ useCase: "public-json-api", skills: ["none"], needs: ["high-traffic-io"] }, API_EVIDENCE);
    expect(outcome.factors.map((f) => f.question)).toEqual(["useCase", "skills", "need", "need", "need"]);
    expect(factor(outcome, "none")?.text).toBe(
      "Team skills: none of these named, so the ranking stands on the evidence alone.",
    );
    expect(outcome.factors[3]).toMatchObject({
      moved: false,
      text: "Not ticked, but weighed all the same, because Public JSON API is chosen on them: realtime updates / WebSockets; background jobs.",
    });
    expect(outcome.factors[4]).toMatchObject({
      moved: false,
      text: "Not ticked, so not weighed: staff need an admin UI.",
    });
    expect(outcome.factors.every((f) => f.text.length > 0)).toBe(true);
  });

  it("a database category gets its own questions, and ranks only databases", () => {
    const category = QUESTIONNAIRE.categories.find((c) => c.key === "database");
    expect(category?.label).toBe("Databases");
    expect(category?.drivers.map((d) => d.key)).toEqual(["concurrent-writes", "no-database-server"]);
    // Databases have no language of their own: the team says which of them it already runs.
    expect(category?.skills.map((o) => o.value)).toEqual(["postgresql", "sqlite", "none"]);
    const frameworks = QUESTIONNAIRE.categories.find((c) => c.key === "framework");
    expect(frameworks?.drivers.map((d) => d.key)).toEqual([
      "needs-admin-ui",
      "background-jobs",
      "high-traffic-io",
      "realtime-websockets",
    ]);
    expect(frameworks?.skills.map((o) => o.value)).toEqual(["javascript", "python", "none"]);

    const claims = [
      claim(["postgresql"], "PostgreSQL handles many concurrent writers with MVCC.", {
        kind: "FEATURE",
        directions: { postgresql: "supports" },
      }),
      claim(["sqlite"], "SQLite allows one writer at a time, so concurrent writes queue.", {
        kind: "FEATURE",
        directions: { sqlite: "against" },
      }),
      claim(["sqlite"], "SQLite is embedded: a single file and no server to run.", {
        kind: "FEATURE",
        directions: { sqlite: "supports" },
      }),
      claim(["django"], "For a web app database layer, Django's ORM is the pick.", {
        directions: { django: "supports" },
      }),
    ];
    const writers = rank({ useCase: "web-app-database", skills: ["none"], needs: ["concurrent-writes"] }, claims);
    expect(writers.ranking.map((r) => r.slug).sort()).toEqual(["postgresql", "sqlite"]);
    expect(writers.recommended).toBe("postgresql");
    expect(factor(writers, "concurrent-writes")?.text).toBe(
      // The use case is chosen on it: its own evidence already puts PostgreSQL first.
      "Many users writing at once: favours PostgreSQL (1 claim); counts against SQLite (1 claim), not enough to change the order.",
    );
    // Ticked, no server to run moves the scores toward SQLite; the use case, chosen on many writers too, keeps PostgreSQL first.
    const noServer = rank({ useCase: "web-app-database", skills: ["none"], needs: ["no-database-server"] }, claims);
    const untickedScores = rank({ useCase: "web-app-database", skills: ["none"], needs: [] }, claims);
    expect(factor(noServer, "no-database-server")?.text).toMatch(
      /^No database server to run: favours SQLite \(1 claim\)/,
    );
    expect(scoreOf(noServer, "sqlite")).toBeGreaterThan(scoreOf(untickedScores, "sqlite"));
    // Knowing a database counts only where the evidence supports it on balance.
    const known = rank(
      { useCase: "web-app-database", skills: ["sqlite"], needs: ["concurrent-writes", "no-database-server"] },
      claims,
    );
    expect(known.recommended).toBe("postgresql");
    // SQLite has a claim for it (no server) and one against it (one writer): they cancel out, which is not "no evidence".
    expect(factor(known, "sqlite")?.text).toBe(
      "The team knows SQLite, but the checked evidence for and against SQLite cancels out, so the team's skills did not change the ranking.",
    );
    expect(
      rank({ useCase: "web-app-database", skills: ["sqlite"], needs: ["no-database-server"] }, claims).recommended,
    ).toBe("sqlite");
  });

  it("reasons are only supporting evidence for the pick, relevant to the use case or a driver that matters: never another use case's recommendation", () => {
    const claims = [
      ...API_EVIDENCE,
      claim(["express"], "For streaming inference APIs, pick Express.", {
        directions: { express: "supports" },
        sources: ["s1", "s2", "s3", "s4"],
      }),
      claim(["express"], "Express has no built-in admin.", { kind: "FEATURE", directions: { express: "against" } }),
    ];
    const outcome = rank({ useCase: "public-json-api", skills: ["javascript"], needs: ["high-traffic-io"] }, claims);
    expect(outcome.recommended).toBe("express");
    expect(outcome.reasons.length).toBeGreaterThan(0);
    for (const reason of outcome.reasons) {
      expect(reason.technologySlug).toBe("express");
      expect(reason.text).not.toMatch(/streaming inference|no built-in admin/);
      expect(reason.basis).toMatch(/^(Public JSON API( · counts because: .+)?|High traffic, I\/O-bound)$/);
    }
  });

  it("never cites a verdict for a use case that has none published: it says which option the evidence puts first", () => {
    const unpublished = buildQuestionnaire(
      [
        {
          slug: "public-json-api",
          name: "Public JSON API",
          description: "",
          category: "framework",
          drivers: [TRAFFIC, REALTIME, JOBS],
        },
      ],
      TECHNOLOGIES,
    );
    const answers = { useCase: "public-json-api", skills: ["javascript"], needs: ["high-traffic-io"] };
    const outcome = rankForAnswers(unpublished, answers, evidence(API_EVIDENCE));
    expect(outcome.confidenceExplanation).not.toMatch(/its verdict/);
    expect(outcome.confidenceExplanation).toMatch(
      /On Public JSON API's evidence alone, FastAPI comes first \(\d+%\); here Express comes first/,
    );
    const plain = rankForAnswers(
      unpublished,
      { useCase: "public-json-api", skills: ["python"], needs: ["high-traffic-io"] },
      evidence(API_EVIDENCE),
    );
    expect(plain.confidenceExplanation).not.toMatch(/its verdict/);
  });

  it("confidence is explained in one line: sources, evidence against, the runner-up, recency, and what skills changed", () => {
    const outcome = rank(
      { useCase: "public-json-api", skills: ["javascript"], needs: ["high-traffic-io"] },
      API_EVIDENCE,
    );
    expect(outcome.confidence).toBeGreaterThan(0);
    expect(outcome.confidenceExplanation).not.toContain("\n");
    expect(outcome.confidenceExplanation).toMatch(
      /^\d+%: 2 verified claims from 2 independent sources for it; nothing verified against it; nothing else the team knows scores; FastAPI scores higher on the evidence alone \((about the same score|\d\.\d times its score|about \d+ times its score)\), but the team would have to learn it; newest source Jun 2025\. Low confidence on our scale/,
    );
    // A higher score is said in words: a percentage above 100 ("300% of its score") reads as nonsense.
    for (const [, percent] of outcome.confidenceExplanation.matchAll(/(\d+)%/g))
      expect(Number(percent)).toBeLessThanOrEqual(100);
    expect(outcome.confidenceExplanation).toMatch(
      /On Public JSON API's evidence alone, its verdict picks FastAPI \(\d+%\); here Express comes first because the team knows it; on the evidence FastAPI scores higher\. High traffic, I\/O-bound favoured FastAPI more than Express; your JavaScript skills outweighed it\./,
    );
    const python = rank({ useCase: "public-json-api", skills: ["python"], needs: [] }, API_EVIDENCE);
    expect(python.confidenceExplanation).toMatch(
      /^\d+%: 2 verified claims from 4 independent sources for it; nothing verified against it; Django next \(\d+ verified claims? for it, (?:nothing|\d+) against it\); newest source Jun 2025\. (Low|Moderate|Strong) confidence on our scale/,
    );
  });

  it("no supporting evidence at all gives no recommendation rather than a guess", () => {
    const outcome = rank({ useCase: "back-office-tool", skills: ["python"], needs: ["needs-admin-ui"] }, []);
    expect(outcome.recommended).toBeNull();
    expect(outcome.reasons).toEqual([]);
    expect(outcome.factors[0].text).toBe(
      "Internal back-office tool: no checked evidence supports any of these frameworks for this use case yet.",
    );
    expect(factor(outcome, "needs-admin-ui")?.text).toMatch(/no evidence distinguishes/);
  });

  describe("audit findings", () => {
    const hello = (tech: string, value: number): EvidenceClaim =>
      claim([tech], `${NAMES[tech]} achieved about ${value} requests per second (2-vcpu vm, hello-world).`, {
        id: `${tech}-hello`,
        kind: "PERFORMANCE",
        figure: {
          metric: "throughput",
          unit: "req/s",
          value,
          setup: "endpoint=hello world;hardware=2 vcpu vm",
          higherIsBetter: true,
        },
      });

    it('a hello-world benchmark does not answer "high traffic": it measures an empty endpoint', () => {
      const outcome = rank({ useCase: "public-json-api", skills: ["none"], needs: ["high-traffic-io"] }, [
        hello("fastapi", 24000),
        hello("express", 9000),
      ]);
      expect(factor(outcome, "high-traffic-io")).toMatchObject({ moved: false, claimIds: [] });
      expect(outcome.recommended).toBeNull();
    });

    it("a figure answers only the needs its metric measures, whatever its sentence mentions", () => {
      const realLoad = (tech: string, value: number): EvidenceClaim =>
        claim([tech], `${NAMES[tech]} served ${value} requests per second with realtime websocket fan-out.`, {
          id: `${tech}-load`,
          kind: "PERFORMANCE",
          figure: { metric: "throughput", unit: "req/s", value, setup: "endpoint=list 100 rows", higherIsBetter: true },
        });
      const claims = [realLoad("fastapi", 2400), realLoad("express", 1200)];
      const outcome = rank(
        { useCase: "public-json-api", skills: ["none"], needs: ["high-traffic-io", "realtime-websockets"] },
        claims,
      );
      expect(outcome.recommended).toBe("fastapi");
      expect(factor(outcome, "realtime-websockets")?.text).toMatch(/no evidence distinguishes/);
    });

    it("finding 16: a JavaScript team's high traffic weighs Express's load figures where they compare, and says why where they do not", () => {
      const load = (
        tech: string,
        value: number,
        setup = "endpoint=database read;hardware=4 vcpu vm;workers=4",
      ): EvidenceClaim =>
        claim([tech], `${NAMES[tech]} served about ${value} requests per second reading one database row.`, {
          id: `${tech}-db-${value}`,
          kind: "PERFORMANCE",
          figure: { metric: "throughput", unit: "req/s", value, setup, higherIsBetter: true },
        });
      const answers = { useCase: "public-json-api", skills: ["javascript"], needs: ["high-traffic-io"] };
      // Alone in its setup, and a hello-world figure beside it: neither ranks anything, and the answer says so.
      const alone = rank(answers, [load("express", 8000), hello("express", 15000), hello("fastapi", 24000)]);
      const text = factor(alone, "high-traffic-io")!.text;
      expect(text).toContain(
        // Its setup named as every page names it, though its sentence does not say it (#13, R15).
        "“Express served about 8000 requests per second reading one database row (hardware 4 vCPU VM, 4 workers, endpoint database read).” (no figure in the same setup ranks it above or below another of these frameworks)",
      );
      expect(text).toContain(
        "“Express achieved about 15000 requests per second (hardware 2 vCPU VM, endpoint hello world).” (taken on an empty endpoint, which measures no real workload)",
      );
      // Measured beside another candidate in the same setup, Express's figure counts and is named as a reason.
      const compared = rank(answers, [load("express", 8000), load("fastapi", 5000)]);
      expect(compared.recommended).toBe("express");
      expect(compared.reasons.flatMap((r) => r.claimIds)).toContain("express-db-8000");
      expect(factor(compared, "high-traffic-io")!.text).toMatch(
        /^High traffic, I\/O-bound: favours Express \(1 claim\); counts against FastAPI \(1 claim\)/,
      );
    });

    it("a ticked need lists every claim it counts, one also given as a reason for the pick included (H7)", () => {
      const claims = [
        ...API_EVIDENCE,
        claim(["fastapi"], "FastAPI supports WebSockets natively.", {
          id: "ws",
          kind: "FEATURE",
          directions: { fastapi: "supports" },
        }),
        claim(["django"], "Django needs Channels for WebSockets.", {
          id: "channels",
          kind: "FEATURE",
          directions: { django: "against" },
        }),
      ];
      const outcome = rank(
        { useCase: "public-json-api", skills: ["python"], needs: ["high-traffic-io", "realtime-websockets"] },
        claims,
      );
      expect(outcome.recommended).toBe("fastapi");
      const inReasons = outcome.reasons.flatMap((r) => r.claimIds);
      expect(inReasons).toContain("ws");
      expect([...factor(outcome, "realtime-websockets")!.claimIds].sort()).toEqual(["channels", "ws"]);
    });
  });
});
