// Technologies (with the aliases the importer resolves) and the use cases verdicts answer.
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { technologies, useCases } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";

export const TECHNOLOGIES = [
  { slug: "django", name: "Django", kind: "framework", homepage: "https://www.djangoproject.com/", aliases: ["django framework"], description: "Full-stack Python web framework with ORM, migrations, admin and auth built in." },
  { slug: "django-rest-framework", name: "Django REST framework", kind: "library", homepage: "https://www.django-rest-framework.org/", aliases: ["DRF", "django rest"], description: "Toolkit for building Web APIs on Django." },
  { slug: "fastapi", name: "FastAPI", kind: "framework", homepage: "https://fastapi.tiangolo.com/", aliases: ["fast api"], description: "Async-first Python API framework built on Starlette and Pydantic." },
  { slug: "flask", name: "Flask", kind: "framework", homepage: "https://flask.palletsprojects.com/", aliases: [], description: "Python micro-framework: routing, templates, and extensions for the rest." },
  { slug: "express", name: "Express", kind: "framework", homepage: "https://expressjs.com/", aliases: ["express.js", "expressjs"], description: "Minimal Node.js web framework." },
  { slug: "rails", name: "Ruby on Rails", kind: "framework", homepage: "https://rubyonrails.org/", aliases: ["Rails", "RoR"], description: "Full-stack Ruby web framework." },
  { slug: "laravel", name: "Laravel", kind: "framework", homepage: "https://laravel.com/", aliases: [], description: "Full-stack PHP web framework." },
  { slug: "nextjs", name: "Next.js", kind: "framework", homepage: "https://nextjs.org/", aliases: ["nextjs", "next"], description: "React framework with server rendering." },
  { slug: "postgresql", name: "PostgreSQL", kind: "database", homepage: "https://www.postgresql.org/", aliases: ["Postgres", "PG"], description: "Relational database." },
  { slug: "sqlite", name: "SQLite", kind: "database", homepage: "https://sqlite.org/", aliases: [], description: "Embedded relational database." },
] as const;

const LATENCY = ["latency", "response time", "p95", "p99"];

/**
 * The demo's use cases with the needs editors described for each: a claim counts for a use case
 * only when its topic, capability, context or figure matches one (lib/verdicts/needs.ts). Keys
 * that are decision drivers also count the teams that ticked them.
 */
export const USE_CASES = [
  {
    slug: "back-office-tool", name: "Internal back-office tool", description: "Staff edit data every day through screens they did not have to build.",
    needs: [
      { key: "needs-admin-ui", label: "needs an admin UI", terms: ["admin", "back office", "backoffice", "crud", "dashboard"], metrics: [] },
      { key: "needs-auth", label: "needs staff logins and permissions", terms: ["auth", "authentication", "login", "permissions", "sessions"], metrics: [] },
      { key: "time-to-first-release", label: "needs a short time to first release", terms: ["batteries included", "scaffolding", "quick start", "boilerplate"], metrics: [] },
    ],
  },
  {
    slug: "public-json-api", name: "Public JSON API", description: "An HTTP API is the product; clients are other programs.",
    needs: [
      { key: "high-traffic-io", label: "high traffic, I/O-bound", terms: ["async", "asyncio", "concurrency", "non blocking", "throughput"], metrics: ["throughput", "requests per second", "req s", "rps", "faster", "slower", ...LATENCY] },
      { key: "api-documentation", label: "documents its API for client developers", terms: ["openapi", "api documentation", "swagger", "json schema", "request validation"], metrics: [] },
      { key: "needs-auth", label: "authenticates its clients", terms: ["auth", "authentication", "oauth", "api keys", "tokens"], metrics: [] },
    ],
  },
  {
    slug: "model-inference-service", name: "Model inference service", description: "Serving a machine-learning model behind an HTTP endpoint; I/O-bound, latency-sensitive.",
    needs: [
      { key: "ml-serving", label: "serves machine-learning models", terms: ["inference", "model serving", "machine learning", "ml model", "pytorch", "tensorflow"], metrics: [] },
      { key: "high-traffic-io", label: "I/O-bound and latency-sensitive", terms: ["async", "asyncio", "non blocking", "concurrency"], metrics: LATENCY },
    ],
  },
  {
    slug: "content-site-cms", name: "Content site / CMS", description: "Editors publish pages and articles; SEO and an admin matter.",
    needs: [
      { key: "editors-non-developers", label: "editors publish without a developer", terms: ["cms", "wysiwyg", "content editing", "editors", "publishing"], metrics: [] },
      { key: "needs-admin-ui", label: "needs an admin UI", terms: ["admin", "back office", "dashboard"], metrics: [] },
      { key: "seo", label: "pages rendered for search engines", terms: ["seo", "server rendering", "server side rendering", "ssr", "static site"], metrics: [] },
    ],
  },
  {
    slug: "small-internal-service", name: "Small internal service", description: "One job, a few hundred lines, glue between systems.",
    needs: [
      { key: "small-service", label: "a small, focused service", terms: ["microservice", "lightweight", "minimal", "micro framework", "small core"], metrics: [] },
      { key: "time-to-first-release", label: "needs a short time to first release", terms: ["quick start", "boilerplate", "scaffolding"], metrics: [] },
    ],
  },
];

export async function seedCatalog(db: Db, system: Actor): Promise<{ technologies: Record<string, string>; useCases: Record<string, string> }> {
  const tech: Record<string, string> = {};
  for (const t of TECHNOLOGIES) tech[t.slug] = (await createRecord(technologies, system, { ...t, aliases: [...t.aliases] }, db)).id;
  const cases: Record<string, string> = {};
  for (const u of USE_CASES) cases[u.slug] = (await createRecord(useCases, system, u, db)).id;
  return { technologies: tech, useCases: cases };
}
