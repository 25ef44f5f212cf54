// Technologies (with the aliases the importer resolves) and the use cases verdicts answer.
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { technologies, useCases } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";

export const TECHNOLOGIES = [
  { slug: "django", language: "python", name: "Django", kind: "framework", homepage: "https://www.djangoproject.com/", aliases: ["django framework"], description: "Full-stack Python web framework with ORM, migrations, admin and auth built in." },
  { slug: "django-rest-framework", language: "python", name: "Django REST framework", kind: "library", homepage: "https://www.django-rest-framework.org/", aliases: ["DRF", "django rest"], description: "Toolkit for building Web APIs on Django." },
  { slug: "fastapi", language: "python", name: "FastAPI", kind: "framework", homepage: "https://fastapi.tiangolo.com/", aliases: ["fast api"], description: "Async-first Python API framework built on Starlette and Pydantic." },
  { slug: "flask", language: "python", name: "Flask", kind: "framework", homepage: "https://flask.palletsprojects.com/", aliases: [], description: "Python micro-framework: routing, templates, and extensions for the rest." },
  { slug: "express", language: "javascript", name: "Express", kind: "framework", homepage: "https://expressjs.com/", aliases: ["express.js", "expressjs"], description: "Minimal Node.js web framework." },
  { slug: "rails", language: "ruby", name: "Ruby on Rails", kind: "framework", homepage: "https://rubyonrails.org/", aliases: ["Rails", "RoR"], description: "Full-stack Ruby web framework." },
  { slug: "laravel", language: "php", name: "Laravel", kind: "framework", homepage: "https://laravel.com/", aliases: [], description: "Full-stack PHP web framework." },
  { slug: "nextjs", language: "javascript", name: "Next.js", kind: "framework", homepage: "https://nextjs.org/", aliases: ["nextjs", "next"], description: "React framework with server rendering." },
  { slug: "postgresql", language: "", name: "PostgreSQL", kind: "database", homepage: "https://www.postgresql.org/", aliases: ["Postgres", "PG"], description: "Relational database." },
  { slug: "sqlite", language: "", name: "SQLite", kind: "database", homepage: "https://sqlite.org/", aliases: [], description: "Embedded relational database." },
] as const;

const LATENCY = ["latency", "response time", "p95", "p99"];

/**
 * The needs editors described for each demo use case: a claim counts for a use case only when its
 * topic, capability, context or figure matches one (lib/verdicts/needs.ts). Keys that are decision
 * drivers also count the teams that ticked them. A use case without any (the two database ones) is
 * judged on the defaults of the drivers its name and description mention.
 */
const NEEDS: Record<string, { key: string; label: string; terms: string[]; metrics: string[] }[]> = Object.fromEntries([
  {
    slug: "back-office-tool",
    needs: [
      { key: "needs-admin-ui", label: "needs an admin UI", terms: ["admin", "back office", "backoffice", "crud", "dashboard"], metrics: [] },
      { key: "needs-auth", label: "needs staff logins and permissions", terms: ["auth", "authentication", "login", "permissions", "sessions"], metrics: [] },
      { key: "time-to-first-release", label: "needs a short time to first release", terms: ["batteries included", "scaffolding", "quick start", "boilerplate"], metrics: [] },
    ],
  },
  {
    slug: "public-json-api",
    needs: [
      { key: "high-traffic-io", label: "high traffic, I/O-bound", terms: ["async", "asyncio", "concurrency", "non blocking", "throughput"], metrics: ["throughput", "requests per second", "req s", "rps", "faster", "slower", ...LATENCY] },
      { key: "api-documentation", label: "documents its API for client developers", terms: ["openapi", "api documentation", "swagger", "json schema", "request validation"], metrics: [] },
      { key: "needs-auth", label: "authenticates its clients", terms: ["auth", "authentication", "oauth", "api keys", "tokens"], metrics: [] },
    ],
  },
  {
    slug: "model-inference-service",
    needs: [
      { key: "ml-serving", label: "serves machine-learning models", terms: ["inference", "model serving", "machine learning", "ml model", "pytorch", "tensorflow"], metrics: [] },
      { key: "high-traffic-io", label: "I/O-bound and latency-sensitive", terms: ["async", "asyncio", "non blocking", "concurrency"], metrics: LATENCY },
    ],
  },
  {
    slug: "content-site-cms",
    needs: [
      { key: "editors-non-developers", label: "editors publish without a developer", terms: ["cms", "wysiwyg", "content editing", "editors", "publishing"], metrics: [] },
      { key: "needs-admin-ui", label: "needs an admin UI", terms: ["admin", "back office", "dashboard"], metrics: [] },
      { key: "seo", label: "pages rendered for search engines", terms: ["seo", "server rendering", "server side rendering", "ssr", "static site"], metrics: [] },
    ],
  },
  {
    slug: "small-internal-service",
    needs: [
      { key: "small-service", label: "a small, focused service", terms: ["microservice", "lightweight", "minimal", "micro framework", "small core"], metrics: [] },
      { key: "time-to-first-release", label: "needs a short time to first release", terms: ["quick start", "boilerplate", "scaffolding"], metrics: [] },
    ],
  },
].map(({ slug, needs }) => [slug, needs]));

// What each use case is chosen on (UseCase.drivers, editable in the admin): the wizard asks about
// the drivers of the chosen use case's category and weighs the verified claims that name them.
const D = {
  adminUi: { key: "needs-admin-ui", label: "Staff need an admin / back-office UI", terms: ["admin", "back office", "backoffice", "dashboard", "crud"], figures: false },
  auth: { key: "needs-auth", label: "Authentication and permissions", terms: ["auth", "authentication", "login", "permissions", "oauth", "sessions"], figures: false },
  editors: { key: "editors-non-developers", label: "Content edited by non-developers", terms: ["cms", "editor", "editors", "wysiwyg", "content editing"], figures: false },
  traffic: { key: "high-traffic-io", label: "High traffic, I/O-bound", terms: ["async", "asyncio", "throughput", "concurrency", "non blocking"], figures: true },
  realtime: { key: "realtime-websockets", label: "Realtime updates / WebSockets", terms: ["websocket", "websockets", "realtime", "real time", "server sent events"], figures: false },
  jobs: { key: "background-jobs", label: "Background jobs and scheduled tasks", terms: ["background jobs", "background job", "task queue", "celery", "scheduled tasks", "cron"], figures: false },
  ml: { key: "ml-serving", label: "Serves machine-learning models", terms: ["inference", "model serving", "machine learning", "pytorch", "tensorflow"], figures: true },
  fastStart: { key: "time-to-first-release", label: "Short time to first release", terms: ["batteries included", "scaffolding", "quick start", "boilerplate"], figures: false },
  small: { key: "small-service", label: "A small, focused service", terms: ["microservice", "lightweight", "minimal", "micro framework"], figures: false },
  noServer: { key: "no-database-server", label: "No database server to run", terms: ["embedded", "serverless", "single file", "zero configuration", "no server"], figures: false },
  writers: { key: "concurrent-writes", label: "Many users writing at once", terms: ["concurrent writes", "concurrent writers", "write concurrency", "mvcc", "row level locking"], figures: false },
  reporting: { key: "reporting-queries", label: "Reporting and analytical queries", terms: ["reporting", "analytics", "window functions", "analytical queries"], figures: false },
};

export const USE_CASES = [
  { slug: "back-office-tool", name: "Internal back-office tool", category: "framework", drivers: [D.adminUi, D.auth, D.editors, D.fastStart, D.jobs], description: "Staff edit data every day through screens they did not have to build." },
  { slug: "public-json-api", name: "Public JSON API", category: "framework", drivers: [D.traffic, D.auth, D.realtime, D.small], description: "An HTTP API is the product; clients are other programs." },
  { slug: "model-inference-service", name: "Model inference service", category: "framework", drivers: [D.ml, D.traffic], description: "Serving a machine-learning model behind an HTTP endpoint; I/O-bound, latency-sensitive." },
  { slug: "content-site-cms", name: "Content site / CMS", category: "framework", drivers: [D.editors, D.adminUi, D.auth], description: "Editors publish pages and articles; SEO and an admin matter." },
  { slug: "small-internal-service", name: "Small internal service", category: "framework", drivers: [D.small, D.fastStart, D.jobs], description: "One job, a few hundred lines, glue between systems." },
  { slug: "web-app-database", name: "Database for a multi-user web app", category: "database", drivers: [D.writers, D.reporting, D.noServer], description: "Many users read and write at once through one application; the data outlives the code." },
  { slug: "embedded-app-database", name: "Database inside a desktop or mobile app", category: "database", drivers: [D.noServer, D.reporting], description: "The data ships with the app on the user's device; nobody administers a server." },
] as const;

export async function seedCatalog(db: Db, system: Actor): Promise<{ technologies: Record<string, string>; useCases: Record<string, string> }> {
  const tech: Record<string, string> = {};
  for (const t of TECHNOLOGIES) tech[t.slug] = (await createRecord(technologies, system, { ...t, aliases: [...t.aliases] }, db)).id;
  const cases: Record<string, string> = {};
  for (const u of USE_CASES) cases[u.slug] = (await createRecord(useCases, system, { ...u, drivers: u.drivers.map((d) => ({ ...d, terms: [...d.terms] })), needs: NEEDS[u.slug] ?? [] }, db)).id;
  return { technologies: tech, useCases: cases };
}
