// Public page data, kept in this process's memory across requests. Pages render per request (their
// scripts carry that request's CSP nonce, see SECURITY.md), so the caching sits under the page, on
// its data: a loader's result is reused as the very object (no serialising or parsing per request;
// it is frozen, so a page that tried to change it would fail loudly instead of changing it for
// every later visitor) until
// - a public write drops one of its tags (./tags.ts, ./index.ts): the next request waits for fresh
//   data. The loader declares its tags (`tags`, e.g. shownRecords); without a declaration any public
//   write drops it;
// - PUBLIC_CACHE_SECONDS pass, the fallback bound when no commit feed runs: the entry is then
//   reloaded in the background while requests still get the old one;
// - the database is unreachable: the last entry keeps being served (the error is logged), so pages
//   already visited stay up.
// Concurrent requests for the same entry share one load. Each read notes the entry's tags in the
// render that made it (noteTags), so the page cache (./pages.ts) knows what a cached page shows.
import type { TagsOf } from "./shows";
import { ANY_WRITE, changedSince, freshnessCheck, noteTags, PUBLIC_CACHE_SECONDS, stamp, TaggedEntries } from "./tags";

/** Entries kept at most (a claim page's data is a few KB); the least recently loaded goes first. */
export const MAX_PUBLIC_ENTRIES = 5_000;

interface Entry {
  value: unknown;
  loadedAt: number;
}

interface Load {
  stamp: number;
  promise: Promise<{ value: unknown; tags: readonly string[] }>;
}

// On globalThis: Next.js gives each route bundle its own copy of this module.
const shared = globalThis as unknown as {
  __svPublicData?: { entries: TaggedEntries<Entry>; loads: Map<string, Load> };
};
const memo = (shared.__svPublicData ??= { entries: new TaggedEntries<Entry>(), loads: new Map() });

export interface PublicCacheOptions<R> {
  /** The clock, for tests. */
  now?: () => number;
  /** Whether to cache. Default: inside a Next.js server only; tests and scripts load directly. */
  enabled?: () => boolean;
  /** What the data shows (./shows.ts). Default: not known, so any public write drops it. */
  tags?: TagsOf<R>;
}

const insideNextServer = (): boolean => Boolean(process.env.NEXT_RUNTIME);

/** Forgets every entry (tests; a process that must not serve anything it loaded before). */
export function clearPublicData(): void {
  memo.entries.clear();
  memo.loads.clear();
}

/** Whether an entry is kept under `name` and these arguments (tests). */
export function hasPublicData(name: string, ...args: Array<string | number | undefined>): boolean {
  return memo.entries.get(keyOf(name, args)) !== undefined;
}

const keyOf = (name: string, args: unknown[]): string => `${name}\u0000${JSON.stringify(args)}`;

export function cachedPublicData<A extends Array<string | number | undefined>, R>(
  name: string,
  load: (...args: A) => Promise<R>,
  options: PublicCacheOptions<R> = {},
): (...args: A) => Promise<R> {
  const now = options.now ?? Date.now;
  const enabled = options.enabled ?? insideNextServer;
  const tagsOf = (value: R): readonly string[] => options.tags?.(value) ?? [ANY_WRITE];
  return async (...args: A): Promise<R> => {
    if (!enabled()) return load(...args);
    const key = keyOf(name, args);
    // After hearing of other processes' writes, when a look is due (lib/events/feed.ts).
    const looking = freshnessCheck();
    if (looking) await looking;
    const entry = memo.entries.get(key);
    const reload = () => loadOnce(key, () => load(...args), tagsOf, now);
    if (entry) {
      noteTags(memo.entries.tagsOf(key));
      if (now() - entry.loadedAt >= PUBLIC_CACHE_SECONDS * 1000) {
        reload().catch((error: unknown) =>
          console.error(`Reloading public data "${name}" failed; serving the previous data`, error),
        );
      }
      return entry.value as R;
    }
    // Missing, or dropped by a write: this visitor waits for fresh data.
    try {
      const loaded = await reload();
      noteTags(loaded.tags);
      return loaded.value as R;
    } catch (error) {
      const previous = memo.entries.getStale(key);
      if (!previous) throw error;
      console.error(`Loading public data "${name}" failed; serving the previous data`, error);
      noteTags([ANY_WRITE]);
      return previous.value as R;
    }
  };
}

/** One load per key at a time (an invalidation meanwhile starts another); its result is kept only if none of its tags was dropped meanwhile. */
function loadOnce<R>(
  key: string,
  load: () => Promise<R>,
  tagsOf: (value: R) => readonly string[],
  now: () => number,
): Promise<{ value: unknown; tags: readonly string[] }> {
  const running = memo.loads.get(key);
  const since = stamp();
  if (running?.stamp === since) return running.promise;
  // Registered before the load starts, so that even a loader throwing synchronously unregisters it.
  const current: Load = { stamp: since, promise: Promise.resolve({ value: undefined, tags: [] }) };
  memo.loads.set(key, current);
  current.promise = (async () => {
    try {
      const value = sameAsBefore(key, await load()) as R;
      const tags = tagsOf(value);
      if (!changedSince(tags, since)) store(key, { value, loadedAt: now() }, tags);
      return { value, tags };
    } finally {
      if (memo.loads.get(key) === current) memo.loads.delete(key);
    }
  })();
  return current.promise;
}

function store(key: string, entry: Entry, tags: readonly string[]): void {
  memo.entries.set(key, entry, tags); // re-inserted last: a Map iterates in insertion order
  if (memo.entries.size > MAX_PUBLIC_ENTRIES) {
    const oldest = memo.entries.oldestKey();
    if (oldest !== undefined) memo.entries.delete(oldest);
  }
}

/**
 * The entry's previous value when the load read the very same data, else the new value, frozen. A
 * reload after PUBLIC_CACHE_SECONDS mostly reads what it read before: keeping the same object keeps
 * what is derived from it per object (a page's sections rendered to markup once per data object,
 * components/public/static-markup.ts) instead of deriving it all again, and leaves the new copy to
 * the garbage collector young. Comparing costs a walk over the data (~1 ms for the compare page).
 */
function sameAsBefore(key: string, value: unknown): unknown {
  const previous = memo.entries.getStale(key)?.value;
  if (previous !== undefined && samePlainData(previous, value)) return previous;
  deepFreeze(value);
  return value;
}

/** Structural equality of plain data (objects, arrays, Dates, primitives); anything else only when identical. */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const prototype = Object.getPrototypeOf(a);
  if (prototype !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => samePlainData(item, other[i]));
  }
  if (prototype !== Object.prototype && prototype !== null) return false;
  const keys = Object.keys(a);
  const record = a as Record<string, unknown>;
  const other = b as Record<string, unknown>;
  return (
    keys.length === Object.keys(other).length &&
    keys.every((k) => Object.prototype.hasOwnProperty.call(other, k) && samePlainData(record[k], other[k]))
  );
}

/** Plain data from a loader (objects, arrays, Dates): frozen all the way down, once per load. */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
