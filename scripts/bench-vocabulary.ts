// Words and claim kinds the generated benchmark datasets draw from (bench:admin, bench:public), so
// their claims read alike and a search or filter case means the same thing in each.
export const BENCH_WORDS = [
  "async",
  "admin",
  "orm",
  "websockets",
  "latency",
  "throughput",
  "typing",
  "migrations",
  "templates",
  "auth",
  "caching",
  "streaming",
  "workers",
  "plugins",
  "docs",
] as const;

export const BENCH_KINDS = ["PERFORMANCE", "FEATURE", "RECOMMENDATION", "FACT", "OPINION"] as const;
