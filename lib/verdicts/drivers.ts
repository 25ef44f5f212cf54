// Decision drivers shared by the verdict engine, the decision form and the wizard, and how they
// map onto use cases. One list, so a driver a team ticks is the same key the engine scores with,
// and one label per driver: the decision form, a use case's needs and the wizard's questions name
// it the same way (needs.ts derives the needs' labels from these).

export const DRIVERS = [
  { key: "needs-admin-ui", label: "Needs an admin UI" },
  { key: "needs-auth", label: "Needs authentication and permissions" },
  { key: "editors-non-developers", label: "Content is edited by non-developers" },
  { key: "high-traffic-io", label: "High traffic, I/O-bound" },
  { key: "realtime-websockets", label: "Realtime updates / WebSockets" },
  { key: "ml-serving", label: "Serves machine-learning models" },
  { key: "team-knows-python", label: "The team knows Python" },
  { key: "team-knows-javascript", label: "The team knows JavaScript / TypeScript" },
  { key: "time-to-first-release", label: "Needs a short time to first release" },
  { key: "small-service", label: "A small, focused service" },
] as const;

export type DriverKey = (typeof DRIVERS)[number]["key"];

export const USE_CASE_SLUGS = [
  "back-office-tool",
  "public-json-api",
  "model-inference-service",
  "content-site-cms",
  "small-internal-service",
] as const;

/** How strongly each driver points at each use case (0..1). The wizard sums these. */
export const DRIVER_USE_CASES: Record<DriverKey, Partial<Record<string, number>>> = {
  "needs-admin-ui": { "back-office-tool": 1, "content-site-cms": 0.6 },
  "needs-auth": { "back-office-tool": 0.6, "public-json-api": 0.5, "content-site-cms": 0.4 },
  "editors-non-developers": { "content-site-cms": 1, "back-office-tool": 0.5 },
  "high-traffic-io": { "public-json-api": 1, "model-inference-service": 0.4 },
  "realtime-websockets": { "public-json-api": 0.7, "small-internal-service": 0.3 },
  "ml-serving": { "model-inference-service": 1 },
  "team-knows-python": { "model-inference-service": 0.3, "back-office-tool": 0.2, "small-internal-service": 0.2 },
  "team-knows-javascript": { "content-site-cms": 0.3, "public-json-api": 0.3 },
  "time-to-first-release": { "back-office-tool": 0.5, "small-internal-service": 0.5, "content-site-cms": 0.3 },
  "small-service": { "small-internal-service": 1, "public-json-api": 0.3 },
};

/**
 * Words that speak of delivering soon ("a back office by Friday", "ship this week"): advice worded so
 * is about a short time to first release, and a ticked need of that name counts it (issue 11, F8:
 * the need's line may only say what the claims under it say, and such advice is one of them).
 * Multi-word phrases only, so no common word alone ("fast") reads as a deadline.
 */
export const DEADLINE_TERMS: readonly string[] = [
  ...["monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow", "next week"].map((d) => `by ${d}`),
  "this week",
  "in a week",
  "in days",
  "time to market",
  "ship fast",
  "ship quickly",
  "deliver quickly",
  "fast delivery",
];

/**
 * Words in a FEATURE claim that make it relevant through a driver: a claim about "the built-in
 * admin" matters to every use case that needs an admin UI. Matched as whole (normalized) phrases.
 */
export const DRIVER_TERMS: Record<DriverKey, string[]> = {
  "needs-admin-ui": ["admin", "back office", "backoffice", "dashboard", "crud"],
  "needs-auth": ["auth", "authentication", "login", "permissions", "oauth", "sessions"],
  // Who edits, never the bare word "editor": "editor support" from type hints is a code editor (review 9, R4).
  "editors-non-developers": [
    "cms",
    "wysiwyg",
    "content editing",
    "content editors",
    "edit content",
    "manage content",
    "editors publish",
    "non developers",
    "non technical staff",
    "staff edit",
    "staff can edit",
  ],
  "high-traffic-io": ["async", "asyncio", "throughput", "concurrency", "non blocking"],
  "realtime-websockets": ["websocket", "websockets", "realtime", "real time", "server sent events"],
  "ml-serving": ["inference", "model serving", "machine learning", "pytorch", "tensorflow"],
  "team-knows-python": ["python"],
  "team-knows-javascript": ["javascript", "typescript", "node"],
  "time-to-first-release": ["batteries included", "scaffolding", "quick start", "boilerplate", ...DEADLINE_TERMS],
  "small-service": ["microservice", "lightweight", "minimal", "micro framework"],
};

/** Drivers whose use cases PERFORMANCE claims speak to (throughput and latency matter there). */
export const PERFORMANCE_DRIVERS: readonly string[] = ["high-traffic-io", "ml-serving"];

/** Keywords of the known use cases (a use case row has only a name and a description). */
export const USE_CASE_KEYWORDS: Record<string, string[]> = {
  "back-office-tool": ["back office", "backoffice", "admin", "internal tool", "crud"],
  "public-json-api": ["json api", "rest api", "public api", "api"],
  "model-inference-service": ["inference", "model serving", "ml model", "machine learning"],
  "content-site-cms": ["cms", "content site", "blog", "content management"],
  "small-internal-service": ["microservice", "internal service", "small service"],
};

export function isDriverKey(value: string): value is DriverKey {
  return DRIVERS.some((d) => d.key === value);
}

/** The drivers that characterize a use case: those pointing at it with weight ≥ 0.5. */
export function driversOfUseCase(slug: string): DriverKey[] {
  return DRIVERS.map((d) => d.key).filter((key) => (DRIVER_USE_CASES[key][slug] ?? 0) >= 0.5);
}
