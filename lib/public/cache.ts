// Public page data, kept in this process's memory across requests. Pages render per request (their
// scripts carry that request's CSP nonce, see SECURITY.md), so the caching sits under the page, on
// its data: a loader's result is reused as the very object (no serialising or parsing per request;
// it is frozen, so a page that tried to change it would fail loudly instead of changing it for
// every later visitor) until
// - a write to public material commits, in this process or (heard through lib/events/feed.ts) in
//   another: the public generation (lib/public/generation.ts, shared with the API's answer cache)
//   moves on and the next request waits for fresh data;
// - PUBLIC_CACHE_SECONDS pass, the fallback bound on how long a write made by *another* process stays
//   invisible here when no commit feed runs: the entry is then reloaded in the background while requests still get the old one;
// - the database is unreachable: the last entry keeps being served (the error is logged), so pages
//   already visited stay up.
// Concurrent requests for the same entry share one load.
import { freshnessCheck, PUBLIC_CACHE_SECONDS, publicGeneration } from "./generation";

/** Entries kept at most (a claim page's data is a few KB); the least recently loaded goes first. */
export const MAX_PUBLIC_ENTRIES = 5_000;

interface Entry {
  value: unknown;
  generation: number;
  loadedAt: number;
}

interface Load {
  generation: number;
  promise: Promise<unknown>;
}

// On globalThis like the generation: Next.js gives each route bundle its own copy of this module.
const shared = globalThis as unknown as { __svPublicData?: { entries: Map<string, Entry>; loads: Map<string, Load> } };
const memo = (shared.__svPublicData ??= { entries: new Map(), loads: new Map() });

export interface PublicCacheOptions {
  /** The clock, for tests. */
  now?: () => number;
  /** Whether to cache. Default: inside a Next.js server only; tests and scripts load directly. */
  enabled?: () => boolean;
}

const insideNextServer = (): boolean => Boolean(process.env.NEXT_RUNTIME);

/** Forgets every entry (tests; a process that must not serve anything it loaded before). */
export function clearPublicData(): void {
  memo.entries.clear();
  memo.loads.clear();
}

export function cachedPublicData<A extends Array<string | number | undefined>, R>(
  name: string,
  load: (...args: A) => Promise<R>,
  options: PublicCacheOptions = {},
): (...args: A) => Promise<R> {
  const now = options.now ?? Date.now;
  const enabled = options.enabled ?? insideNextServer;
  return async (...args: A): Promise<R> => {
    if (!enabled()) return load(...args);
    const key = `${name}\u0000${JSON.stringify(args)}`;
    // After hearing of other processes' writes, when a look is due (lib/events/feed.ts).
    const looking = freshnessCheck();
    if (looking) await looking;
    const generation = publicGeneration();
    const entry = memo.entries.get(key);
    const reload = () => loadOnce(key, generation, () => load(...args), now);
    if (entry?.generation === generation) {
      if (now() - entry.loadedAt >= PUBLIC_CACHE_SECONDS * 1000) {
        reload().catch((error: unknown) => console.error(`Reloading public data "${name}" failed; serving the previous data`, error));
      }
      return entry.value as R;
    }
    // Missing, or older than this process's last write: this visitor waits for fresh data.
    try {
      return (await reload()) as R;
    } catch (error) {
      if (!entry) throw error;
      console.error(`Loading public data "${name}" failed; serving the previous data`, error);
      return entry.value as R;
    }
  };
}

/** One load per key and generation at a time; its result is kept only if no write happened meanwhile. */
function loadOnce(key: string, generation: number, load: () => Promise<unknown>, now: () => number): Promise<unknown> {
  const running = memo.loads.get(key);
  if (running?.generation === generation) return running.promise;
  // Registered before the load starts, so that even a loader throwing synchronously unregisters it.
  const current: Load = { generation, promise: Promise.resolve() };
  memo.loads.set(key, current);
  current.promise = (async () => {
    try {
      const value = await load();
      deepFreeze(value);
      if (publicGeneration() === generation) store(key, { value, generation, loadedAt: now() });
      return value;
    } finally {
      if (memo.loads.get(key) === current) memo.loads.delete(key);
    }
  })();
  return current.promise;
}

function store(key: string, entry: Entry): void {
  memo.entries.delete(key); // re-inserted last: a Map iterates in insertion order
  memo.entries.set(key, entry);
  if (memo.entries.size > MAX_PUBLIC_ENTRIES) {
    const oldest = memo.entries.keys().next().value;
    if (oldest !== undefined) memo.entries.delete(oldest);
  }
}

/** Plain data from a loader (objects, arrays, Dates): frozen all the way down, once per load. */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
