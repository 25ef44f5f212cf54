// Technologies (with the aliases the importer resolves) and the use cases verdicts answer.
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { technologies, useCases } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";
import { DRIVER_TERMS } from "@/lib/verdicts/drivers";

export const TECHNOLOGIES = [
  {
    slug: "django",
    language: "python",
    name: "Django",
    kind: "framework",
    homepage: "https://www.djangoproject.com/",
    aliases: ["django framework"],
    description: "Full-stack Python web framework with ORM, migrations, admin and auth built in.",
  },
  {
    slug: "django-rest-framework",
    language: "python",
    name: "Django REST framework",
    kind: "library",
    homepage: "https://www.django-rest-framework.org/",
    aliases: ["DRF", "django rest"],
    description: "Toolkit for building Web APIs on Django.",
  },
  {
    slug: "fastapi",
    language: "python",
    name: "FastAPI",
    kind: "framework",
    homepage: "https://fastapi.tiangolo.com/",
    aliases: ["fast api"],
    description: "Async-first Python API framework built on Starlette and Pydantic.",
  },
  {
    slug: "flask",
    language: "python",
    name: "Flask",
    kind: "framework",
    homepage: "https://flask.palletsprojects.com/",
    aliases: [],
    description: "Python micro-framework: routing, templates, and extensions for the rest.",
  },
  {
    slug: "express",
    language: "javascript",
    name: "Express",
    kind: "framework",
    homepage: "https://expressjs.com/",
    aliases: ["express.js", "expressjs"],
    description: "Minimal Node.js web framework.",
  },
  {
    slug: "rails",
    language: "ruby",
    name: "Ruby on Rails",
    kind: "framework",
    homepage: "https://rubyonrails.org/",
    aliases: ["Rails", "RoR"],
    description: "Full-stack Ruby web framework.",
  },
  {
    slug: "laravel",
    language: "php",
    name: "Laravel",
    kind: "framework",
    homepage: "https://laravel.com/",
    aliases: [],
    description: "Full-stack PHP web framework.",
  },
  {
    slug: "nextjs",
    language: "javascript",
    name: "Next.js",
    kind: "framework",
    homepage: "https://nextjs.org/",
    aliases: ["nextjs", "next"],
    description: "React framework with server rendering.",
  },
  {
    slug: "postgresql",
    language: "",
    name: "PostgreSQL",
    kind: "database",
    homepage: "https://www.postgresql.org/",
    aliases: ["Postgres", "PG"],
    description: "Relational database.",
  },
  {
    slug: "sqlite",
    language: "",
    name: "SQLite",
    kind: "database",
    homepage: "https://sqlite.org/",
    aliases: [],
    description: "Embedded relational database.",
  },
] as const;

const LATENCY = ["latency", "response time", "p95", "p99"];
const THROUGHPUT = ["throughput", "requests per second", "req s", "rps", "faster", "slower"];

/**
 * The needs editors described for each demo use case: a claim counts for a use case only when its
 * topic, capability, context or figure matches one (lib/verdicts/needs.ts). Keys that are decision
 * drivers also count the teams that ticked them. Each use case also lists the shared needs (D below)
 * it is chosen on: together they are its one list (UseCase.needs), for verdicts and the wizard alike.
 * One need, one label: a key reads the same in every use case, and a driver's key as the decision
 * form labels it (lib/verdicts/needs.ts needLabel), so a reader never meets one need by three names.
 */
const NEEDS: Record<string, { key: string; label: string; terms: string[]; metrics: string[] }[]> = Object.fromEntries(
  [
    {
      slug: "back-office-tool",
      needs: [
        {
          key: "needs-admin-ui",
          label: "needs an admin UI",
          terms: [...DRIVER_TERMS["needs-admin-ui"]],
          metrics: [],
        },
        {
          key: "needs-auth",
          label: "needs authentication and permissions",
          terms: ["auth", "authentication", "login", "permissions", "sessions"],
          metrics: [],
        },
        {
          key: "time-to-first-release",
          label: "needs a short time to first release",
          // The default words and the deadline phrases (issue 11, F8: "a back office by Friday").
          terms: [...DRIVER_TERMS["time-to-first-release"]],
          metrics: [],
        },
      ],
    },
    {
      slug: "public-json-api",
      needs: [
        {
          key: "high-traffic-io",
          label: "high traffic, I/O-bound",
          terms: ["async", "asyncio", "concurrency", "non blocking", "throughput"],
          metrics: ["throughput", "requests per second", "req s", "rps", "faster", "slower", ...LATENCY],
        },
        {
          key: "api-documentation",
          label: "documents its API for client developers",
          terms: ["openapi", "api documentation", "swagger", "json schema", "request validation"],
          metrics: [],
        },
        {
          key: "needs-auth",
          label: "needs authentication and permissions",
          terms: ["auth", "authentication", "oauth", "api keys", "tokens"],
          metrics: [],
        },
      ],
    },
    {
      slug: "model-inference-service",
      needs: [
        {
          key: "ml-serving",
          label: "serves machine-learning models",
          terms: ["inference", "model serving", "machine learning", "ml model", "pytorch", "tensorflow"],
          metrics: [],
        },
        {
          key: "high-traffic-io",
          label: "high traffic, I/O-bound",
          terms: ["async", "asyncio", "non blocking", "concurrency"],
          metrics: LATENCY,
        },
      ],
    },
    {
      slug: "content-site-cms",
      needs: [
        {
          key: "editors-non-developers",
          label: "content is edited by non-developers",
          terms: [...DRIVER_TERMS["editors-non-developers"]],
          metrics: [],
        },
        {
          key: "needs-admin-ui",
          label: "needs an admin UI",
          terms: [...DRIVER_TERMS["needs-admin-ui"]],
          metrics: [],
        },
        {
          key: "seo",
          label: "pages rendered for search engines",
          terms: ["seo", "server rendering", "server side rendering", "ssr", "static site"],
          metrics: [],
        },
      ],
    },
    {
      slug: "small-internal-service",
      needs: [
        {
          key: "small-service",
          label: "a small, focused service",
          terms: ["microservice", "lightweight", "minimal", "micro framework", "small core"],
          metrics: [],
        },
        {
          key: "time-to-first-release",
          label: "needs a short time to first release",
          terms: ["quick start", "boilerplate", "scaffolding"],
          metrics: [],
        },
      ],
    },
  ].map(({ slug, needs }) => [slug, needs]),
);

// Needs the demo's use cases share (each a wizard question for its category as well): a use case
// lists those it is chosen on beside its own (NEEDS above), which win where both name one key.
const D = {
  adminUi: {
    key: "needs-admin-ui",
    label: "needs an admin UI",
    terms: DRIVER_TERMS["needs-admin-ui"],
    metrics: [],
  },
  auth: {
    key: "needs-auth",
    label: "needs authentication and permissions",
    terms: ["auth", "authentication", "login", "permissions", "oauth", "sessions"],
    metrics: [],
  },
  editors: {
    key: "editors-non-developers",
    label: "content is edited by non-developers",
    // One vocabulary for a need wherever it is described: the drivers' own (review 9, R4).
    terms: DRIVER_TERMS["editors-non-developers"],
    metrics: [],
  },
  traffic: {
    key: "high-traffic-io",
    label: "high traffic, I/O-bound",
    terms: ["async", "asyncio", "throughput", "concurrency", "non blocking"],
    metrics: [...THROUGHPUT, ...LATENCY],
  },
  realtime: {
    key: "realtime-websockets",
    label: "realtime updates / WebSockets",
    terms: ["websocket", "websockets", "realtime", "real time", "server sent events"],
    metrics: [],
  },
  jobs: {
    key: "background-jobs",
    label: "background jobs and scheduled tasks",
    // Queues in advice on web frameworks are the queues background work runs from: "queues and mail
    // without extra services" is background jobs (review 10, F9). Not bare "workers": web servers'
    // worker processes serve requests, no background work.
    terms: [
      "background jobs",
      "background job",
      "background tasks",
      "background workers",
      "task queue",
      "job queue",
      "job queues",
      "queued jobs",
      "queue",
      "queues",
      "celery",
      "scheduled tasks",
      "cron",
    ],
    metrics: [],
  },
  ml: {
    key: "ml-serving",
    label: "serves machine-learning models",
    terms: ["inference", "model serving", "machine learning", "pytorch", "tensorflow"],
    metrics: [...THROUGHPUT, ...LATENCY],
  },
  fastStart: {
    key: "time-to-first-release",
    label: "needs a short time to first release",
    terms: ["batteries included", "scaffolding", "quick start", "boilerplate"],
    metrics: [],
  },
  small: {
    key: "small-service",
    label: "a small, focused service",
    terms: ["microservice", "lightweight", "minimal", "micro framework"],
    metrics: [],
  },
  noServer: {
    key: "no-database-server",
    label: "no database server to run",
    terms: ["embedded", "serverless", "single file", "zero configuration", "no server"],
    metrics: [],
  },
  writers: {
    key: "concurrent-writes",
    label: "many users writing at once",
    terms: ["concurrent writes", "concurrent writers", "write concurrency", "mvcc", "row level locking"],
    metrics: [],
  },
  reporting: {
    key: "reporting-queries",
    label: "reporting and analytical queries",
    terms: ["reporting", "analytics", "window functions", "analytical queries"],
    metrics: [],
  },
};

export const USE_CASES = [
  {
    slug: "back-office-tool",
    name: "Internal back-office tool",
    category: "framework",
    shared: [D.adminUi, D.auth, D.editors, D.fastStart, D.jobs],
    description: "Staff edit data every day through screens they did not have to build.",
  },
  {
    slug: "public-json-api",
    name: "Public JSON API",
    category: "framework",
    shared: [D.traffic, D.auth, D.realtime, D.small],
    description: "An HTTP API is the product; clients are other programs.",
  },
  {
    slug: "model-inference-service",
    name: "Model inference service",
    category: "framework",
    shared: [D.ml, D.traffic],
    description: "Serving a machine-learning model behind an HTTP endpoint; I/O-bound, latency-sensitive.",
  },
  {
    slug: "content-site-cms",
    name: "Content site / CMS",
    category: "framework",
    shared: [D.editors, D.adminUi, D.auth],
    description: "Editors publish pages and articles; SEO and an admin matter.",
  },
  {
    slug: "small-internal-service",
    name: "Small internal service",
    category: "framework",
    shared: [D.small, D.fastStart, D.jobs],
    description: "One job, a few hundred lines, glue between systems.",
  },
  {
    slug: "web-app-database",
    name: "Database for a multi-user web app",
    category: "database",
    shared: [D.writers, D.reporting],
    description: "Many users read and write at once through one application; the data outlives the code.",
  },
  {
    slug: "embedded-app-database",
    name: "Database inside a desktop or mobile app",
    category: "database",
    shared: [D.noServer],
    description: "The data ships with the app on the user's device; nobody administers a server.",
  },
] as const;

type SeedNeed = { key: string; label: string; terms: readonly string[]; metrics: readonly string[] };
/** A use case's own needs, then the shared ones it is chosen on that it does not describe itself. */
export function needsOf(slug: string, shared: readonly SeedNeed[]): SeedNeed[] {
  const own = NEEDS[slug] ?? [];
  return [...own, ...shared.filter((n) => !own.some((o) => o.key === n.key))].map((n) => ({
    ...n,
    terms: [...n.terms],
    metrics: [...n.metrics],
  }));
}

export async function seedCatalog(
  db: Db,
  system: Actor,
): Promise<{ technologies: Record<string, string>; useCases: Record<string, string> }> {
  const tech: Record<string, string> = {};
  for (const t of TECHNOLOGIES)
    tech[t.slug] = (await createRecord(technologies, system, { ...t, aliases: [...t.aliases] }, db)).id;
  const cases: Record<string, string> = {};
  for (const { shared, ...u } of USE_CASES)
    cases[u.slug] = (await createRecord(useCases, system, { ...u, needs: needsOf(u.slug, shared) }, db)).id;
  return { technologies: tech, useCases: cases };
}
