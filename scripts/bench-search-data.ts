// The site bench:search measures, as rows (scripts/bench-search.ts): 40 technologies, `claims` claims
// of five shapes, 1,000 sources citing them, 20 use cases with published verdicts and 2,000 decisions.
// Seeded: the same claim count gives the same rows on every run, so figures from different runs compare.
import { seededRandom } from "./seeded-random";

const TECHS = [
  "Django",
  "FastAPI",
  "Flask",
  "Express",
  "Laravel",
  "Ruby on Rails",
  "Next.js",
  "Spring Boot",
  "ASP.NET Core",
  "Phoenix",
  "Gin",
  "Echo",
  "Fiber",
  "NestJS",
  "Koa",
  "Hapi",
  "Sinatra",
  "Symfony",
  "Quarkus",
  "Micronaut",
  "Actix Web",
  "Axum",
  "Rocket",
  "Ktor",
  "Vapor",
  "Remix",
  "Nuxt",
  "SvelteKit",
  "Astro",
  "Gatsby",
  "Hono",
  "Elysia",
  "Fastify",
  "AdonisJS",
  "Play Framework",
  "Vert.x",
  "Tornado",
  "Sanic",
  "Starlette",
  "Litestar",
];
const FEATURES = [
  "admin",
  "ORM",
  "migrations",
  "authentication",
  "OpenAPI",
  "WebSockets",
  "background jobs",
  "caching",
];
const USE_CASES = Array.from(
  { length: 20 },
  (_, i) =>
    ["Back-office tool", "Public API", "Realtime chat", "Content site", "Internal dashboard"][i % 5] +
    (i < 5 ? "" : ` ${Math.floor(i / 5) + 1}`),
);
const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export type Row = Record<string, string | number | null>;
export type Tables = Array<[string, Row[]]>;

/** The whole site as rows, the same on every run (seeded). */
// Every generated row carries the same updatedAt.
const NOW = new Date("2026-06-01T00:00:00Z").toISOString();

export function generate(claimCount: number): Tables {
  const random = seededRandom(7);
  const technologies = TECHS.map((name, i) => ({
    id: `t${i}`,
    slug: slugOf(name),
    name,
    aliases: "[]",
    description: `${name} is a web framework.`,
    updatedAt: NOW,
  }));
  const useCases = USE_CASES.map((name, i) => ({
    id: `u${i}`,
    slug: slugOf(name),
    name,
    description: `Choosing a framework for: ${name.toLowerCase()}.`,
    updatedAt: NOW,
  }));
  // Articles first: they draw from `random` before the claims, as the figures in README were generated.
  const articles = generateArticles(random);
  const { claims, links, citations } = generateClaims(random, claimCount);
  const verdicts = useCases.map((u, i) => ({
    id: `v${i}`,
    slug: `verdict-${i}`,
    useCaseId: u.id,
    title: `${TECHS[i % TECHS.length]} for ${u.name.toLowerCase()}`,
    summary: `Pick ${TECHS[i % TECHS.length]}.`,
    rationale: "The evidence leans this way.",
    status: "PUBLISHED",
    publishedAt: NOW,
    updatedAt: NOW,
  }));
  const recommended = verdicts.map((v, i) => ({ A: `t${i % TECHS.length}`, B: v.id }));
  const { decisions, chosen } = generateDecisions();
  return [
    ["Technology", technologies],
    ["UseCase", useCases],
    ["Article", articles],
    ["Claim", claims],
    ["_ClaimToTechnology", links],
    ["Citation", citations],
    ["Verdict", verdicts],
    ["_VerdictRecommendation", recommended],
    ["Team", [{ id: "team0", slug: "team", name: "Team", updatedAt: NOW }]],
    ["Decision", decisions],
    ["_DecisionChosen", chosen],
  ];
}

/** 1,000 markdown articles comparing two frameworks, each a table and sentences repeated to ~2 KB. */
function generateArticles(random: () => number): Row[] {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const articles: Row[] = [];
  for (let i = 0; i < 1000; i++) {
    const a = pick(TECHS),
      b = pick(TECHS);
    const text =
      `# ${a} vs ${b}: notes ${i}\n\n## Results\n\n| Framework | req/s |\n|---|---|\n| ${a} | ${1000 + i} |\n\n${a} served ${2000 + i} requests per second. ${b} has a built-in admin. `.repeat(
        8,
      );
    articles.push({
      id: `a${i}`,
      slug: `notes-${i}`,
      title: `${a} vs ${b}: notes ${i}`,
      format: "MARKDOWN",
      rawContent: text,
      text,
      tags: "[]",
      comments: "[]",
      warnings: "[]",
      contentHash: `h${i}`,
      updatedAt: NOW,
    });
  }
  return articles;
}

/** `count` claims of five shapes (throughput, latency, feature, recommendation, memory), mostly verified, each cited once. */
function generateClaims(random: () => number, count: number): { claims: Row[]; links: Row[]; citations: Row[] } {
  const claims: Row[] = [];
  const links: Row[] = [];
  const citations: Row[] = [];
  for (let i = 0; i < count; i++) {
    const t = Math.floor(random() * TECHS.length);
    const name = TECHS[t];
    const shape = i % 5;
    const [statement, kind, metric, unit] =
      shape === 0
        ? [
            `${name} served ${1000 + (i % 30000)} requests per second on ${1 + (i % 16)} workers.`,
            "PERFORMANCE",
            "throughput",
            "req/s",
          ]
        : shape === 1
          ? [
              `${name} answered in ${5 + (i % 200)} ms at p99 with ${10 + (i % 500)} concurrent connections.`,
              "PERFORMANCE",
              "latency",
              "ms",
            ]
          : shape === 2
            ? [`${name} has built-in ${FEATURES[i % FEATURES.length]} support.`, "FEATURE", null, null]
            : shape === 3
              ? [
                  `Use ${name} for ${USE_CASES[i % USE_CASES.length].toLowerCase()} when the team knows it.`,
                  "RECOMMENDATION",
                  null,
                  null,
                ]
              : [`${name} used ${50 + (i % 900)} MB of RAM when idle.`, "PERFORMANCE", "memory", "MB"];
    const r = random();
    const status = r < 0.8 ? "VERIFIED" : r < 0.9 ? "DISPUTED" : r < 0.95 ? "CANDIDATE" : "DRAFT";
    claims.push({
      id: `c${i}`,
      slug: `claim-${i}`,
      statement,
      kind,
      topic: kind === "FEATURE" ? slugOf(FEATURES[i % FEATURES.length]) : null,
      metric,
      value: metric ? 1000 + (i % 30000) : null,
      unit,
      conditions: "{}",
      status,
      updatedAt: NOW,
    });
    links.push({ A: `c${i}`, B: `t${t}` });
    citations.push({
      id: `ct${i}`,
      claimId: `c${i}`,
      articleId: `a${i % 1000}`,
      quote: statement,
      start: 0,
      end: statement.length,
      updatedAt: NOW,
    });
  }
  return { claims, links, citations };
}

/** 2,000 accepted decisions of one team, half public, each choosing one framework. */
function generateDecisions(): { decisions: Row[]; chosen: Row[] } {
  const decisions: Row[] = [];
  const chosen: Row[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = i % TECHS.length;
    decisions.push({
      id: `d${i}`,
      slug: `decision-${i}`,
      teamId: "team0",
      title: `Use ${TECHS[t]} for service ${i}`,
      status: "ACCEPTED",
      date: NOW,
      context: `Service ${i} needed a framework.`,
      drivers: "[]",
      options: "[]",
      chosenOption: TECHS[t],
      rationale: "It fits the team.",
      visibility: i % 2 ? "PUBLIC" : "TEAM",
      updatedAt: NOW,
    });
    chosen.push({ A: `d${i}`, B: `t${t}` });
  }
  return { decisions, chosen };
}
