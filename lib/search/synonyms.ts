// Words people use for the same measurement. Data, not code: each set lists the ways articles and
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
