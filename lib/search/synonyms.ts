// Words people use for the same thing. Data, not code: each set lists the ways articles and
// visitors say one thing; a query naming any of them searches for all of them ("throughput" finds
// "31,000 requests per second"). An entry of several words is searched as a phrase.
export const METRIC_SYNONYMS: readonly (readonly string[])[] = [
  ["throughput", "requests per second", "requests/s", "req/s", "rps", "qps", "queries per second"],
  ["latency", "response time", "response times"],
  ["memory", "ram", "memory usage", "memory footprint"],
  ["cpu", "cpu usage", "processor"],
  ["startup time", "cold start", "boot time"],
  ["bundle size", "build size"],
  ["build time", "compile time"],
  ["concurrency", "concurrent connections", "concurrent requests"],
];

/**
 * Features named in several ways (the extractor's catalogue, lib/extract/features.ts, reads them as one
 * topic; a visitor types any of them): "admin panel" finds "Django has an admin interface built in".
 * Only phrases: a lone "admin" or "jobs" is already a word every one of these contains or means more.
 */
export const FEATURE_SYNONYMS: readonly (readonly string[])[] = [
  [
    "admin interface",
    "admin interfaces",
    "admin panel",
    "admin panels",
    "admin ui",
    "admin site",
    "admin screens",
    "admin dashboard",
    "built-in admin",
    "built in admin",
  ],
  ["background jobs", "background tasks", "background workers", "job queue", "job queues", "task queue"],
  ["openapi", "swagger", "api docs", "api documentation"],
  ["websockets", "websocket", "web sockets"],
  ["full-text search", "full text search", "fulltext search"],
  ["schema migrations", "database migrations", "db migrations"],
];

/** Every set a query's words are read against. */
export const SYNONYMS: readonly (readonly string[])[] = [...METRIC_SYNONYMS, ...FEATURE_SYNONYMS];
