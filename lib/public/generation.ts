// The one signal that public material changed: a counter per server process, bumped on every
// commit event of a public-facing write (lib/events/subscribers.ts through invalidatePublicApiCache),
// whether this process wrote it or another one did. Both in-memory caches of public data, the API's
// answers (lib/api/cache.ts) and the pages' data (lib/public/cache.ts), and the page cache
// (lib/http/page-cache.ts) key their entries by it, so a process never serves what it knows to be
// older than the last write it has heard of.
// Other processes' writes arrive through the commit feed (lib/events/feed.ts): on PostgreSQL by
// LISTEN, as they commit; on SQLite by a look at the event table, at most every few milliseconds,
// which readers ask for with syncPublicGeneration(). Without a feed (scripts, tests) or when it is
// down, entries still expire after PUBLIC_CACHE_SECONDS.
// It lives on globalThis because Next.js bundles route handlers and pages separately: each bundle
// has its own copy of this module, but all of them must share one counter.

/** The fallback bound on how long another process's write can stay invisible here. */
export const PUBLIC_CACHE_SECONDS = 10;

/** A look for other processes' writes: a promise while one is due or running, null when not (throttled). */
export type FreshnessCheck = () => Promise<void> | null;

const shared = globalThis as unknown as { __svPublicGeneration?: number; __svFreshnessCheck?: FreshnessCheck | null };

export const publicGeneration = (): number => shared.__svPublicGeneration ?? 0;

export function bumpPublicGeneration(): void {
  shared.__svPublicGeneration = publicGeneration() + 1;
}

/**
 * Installs (or with null removes) the look for other processes' writes that readers run before
 * trusting the generation (the SQLite commit feed; it throttles itself).
 */
export function setFreshnessCheck(check: FreshnessCheck | null): void {
  shared.__svFreshnessCheck = check;
}

/**
 * The look for other processes' writes, when one is due (SQLite, at most every few ms): a promise to
 * await before reading publicGeneration(); null when there is nothing to wait for, so the hot path of a
 * cache hit stays synchronous. A failed look is logged and leaves the 10 s expiry as the bound.
 */
export function freshnessCheck(): Promise<void> | null {
  const running = shared.__svFreshnessCheck?.() ?? null;
  return running && running.catch((error: unknown) => console.error("Checking for other processes' writes failed", error));
}

/** The generation after hearing of other processes' writes, where that takes a look (SQLite); otherwise as it is. */
export async function syncPublicGeneration(): Promise<number> {
  await freshnessCheck();
  return publicGeneration();
}
