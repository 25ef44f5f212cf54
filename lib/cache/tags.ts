// Tags: what a cached entry shows, and the one place entries are dropped when an edit changes it
// (the overview is in ./index.ts). A tag is a string; four kinds:
// - `record:<id or slug>`: the entry shows that record (any write touching it drops the entry);
// - `resource:<name>`: the entry depends on every record of that resource (a list ordered by
//   updatedAt: any edit reorders it);
// - `shape`: the entry depends on which records exist, are public, or are related (lists, counts,
//   pairs): every write other than a content-only or standing edit drops it;
// - `standing`: the entry weighs, counts or ranks records by their standing (a claim's status,
//   rating, weight) without naming each of them (the home, lists, use cases' verdicts, counts
//   filtered by status; an entry that names every record it weighs, such as a comparison, is
//   declared shownInPlace instead): a standing edit of any record drops it, as does every write
//   that drops `shape`;
// - `list:<name>`: the entry holds a list cut at a limit and ordered with updatedAt as a tie-breaker,
//   which an edit of any record belonging to the list can reorder (a technology's claims:
//   claimsOfTechnology);
// - `write` (ANY_WRITE): what the entry depends on is not known, so every public write drops it.
// The state lives on globalThis: Next.js bundles route handlers and pages separately, and the
// production server (scripts/server.ts) loads its own copy besides; all of them share one registry.
import { AsyncLocalStorage } from "node:async_hooks";

/** The fallback bound on how long another process's write can stay invisible here (the commit feed down). */
export const PUBLIC_CACHE_SECONDS = 10;

export const ANY_WRITE = "write";
export const SHAPE = "shape";
export const STANDING = "standing";
export const recordTag = (key: string): string => `record:${key}`;
export const resourceTag = (resource: string): string => `resource:${resource}`;
export const listTag = (name: string): string => `list:${name}`;
/** The list of a technology's claims (its page, its API answer): cut at 200, updatedAt breaking ties. */
export const claimsOfTechnology = (technologySlug: string): string => listTag(`claims-of:${technologySlug}`);

/** A look for other processes' writes: a promise while one is due or running, null when not (throttled). */
export type FreshnessCheck = () => Promise<void> | null;

/** Something that keeps tagged entries and drops those carrying any of `tags` (all of them for null). */
export interface TagListener {
  drop(tags: ReadonlySet<string> | null): void;
}

interface Registry {
  /** Increases with every invalidation: an entry's stamp is the tick its computation started at. */
  tick: number;
  /** Entries stamped before this tick are all stale (everything was dropped then). */
  floor: number;
  /** The tick at which each tag was last dropped. */
  droppedAt: Map<string, number>;
  listeners: Set<WeakRef<TagListener>>;
  /** The tags of what the current render read (AsyncLocalStorage, so concurrent renders stay apart). */
  collector: AsyncLocalStorage<Set<string>>;
  freshness: FreshnessCheck | null;
}

const shared = globalThis as unknown as { __svCacheTags?: Registry };
const registry = (shared.__svCacheTags ??= {
  tick: 0,
  floor: 0,
  droppedAt: new Map(),
  listeners: new Set(),
  collector: new AsyncLocalStorage(),
  freshness: null,
});

/** Tags remembered at most; beyond, everything is dropped once and the memory starts over. */
const MAX_REMEMBERED_TAGS = 100_000;

/** The tick now: taken before computing an entry, checked with changedSince before keeping it. */
export const stamp = (): number => registry.tick;

/** Changes whenever anything public was invalidated in this process (scripts and benchmarks watch it). */
export const publicGeneration = stamp;

/** Whether a tag of an entry computed from `since` on was dropped meanwhile: then it must not be kept. */
export function changedSince(tags: Iterable<string>, since: number): boolean {
  if (registry.floor > since) return true;
  for (const tag of tags) if ((registry.droppedAt.get(tag) ?? -1) > since) return true;
  return false;
}

/** Registers a keeper of tagged entries (held weakly: a cache nobody uses any more goes away). */
export function listen(listener: TagListener): void {
  registry.listeners.add(new WeakRef(listener));
}

function tell(tags: ReadonlySet<string> | null): void {
  for (const ref of registry.listeners) {
    const listener = ref.deref();
    if (listener) listener.drop(tags);
    else registry.listeners.delete(ref);
  }
}

/** Drops every entry carrying any of `tags`, in every cache of this process. */
export function invalidateTags(tags: Iterable<string>): void {
  const set = new Set(tags);
  if (set.size === 0) return;
  registry.tick++;
  for (const tag of set) registry.droppedAt.set(tag, registry.tick);
  if (registry.droppedAt.size > MAX_REMEMBERED_TAGS) return invalidateAll();
  tell(set);
}

/** Drops everything (a process that may have missed events, tests). */
export function invalidateAll(): void {
  registry.tick++;
  registry.floor = registry.tick;
  registry.droppedAt.clear();
  tell(null);
}

/** Runs `fn` (a page's render) noting the tags of every cached read it makes; resolves with them. */
export async function collectTags(fn: () => Promise<void> | void): Promise<Set<string>> {
  const tags = new Set<string>();
  await registry.collector.run(tags, fn);
  return tags;
}

/** Adds the tags of what was just read to the render that read it (if one collects). */
export function noteTags(tags: Iterable<string>): void {
  const into = registry.collector.getStore();
  if (into) for (const tag of tags) into.add(tag);
}

/**
 * Installs (or with null removes) the look for other processes' writes that readers run before
 * trusting a cached entry (the SQLite commit feed, lib/events/feed.ts; it throttles itself).
 */
export function setFreshnessCheck(check: FreshnessCheck | null): void {
  registry.freshness = check;
}

/**
 * The look for other processes' writes, when one is due (SQLite, at most every few ms): a promise to
 * await before reading a cache; null when there is nothing to wait for, so the hot path of a cache
 * hit stays synchronous. A failed look is logged and leaves the 10 s expiry as the bound.
 */
export function freshnessCheck(): Promise<void> | null {
  const running = registry.freshness?.() ?? null;
  return (
    running && running.catch((error: unknown) => console.error("Checking for other processes' writes failed", error))
  );
}

/** The generation after hearing of other processes' writes, where that takes a look (SQLite). */
export async function syncPublicGeneration(): Promise<number> {
  await freshnessCheck();
  return publicGeneration();
}

/**
 * Entries by key with their tags, and the reverse index that finds them by tag. A dropped entry is
 * kept, marked stale, until replaced or evicted: the page data's memo serves it when the database
 * is unreachable; the other caches never serve it. Entries are kept in insertion order (a Map), so
 * the oldest is the first.
 */
export class TaggedEntries<E> implements TagListener {
  private readonly entries = new Map<string, { value: E; tags: readonly string[]; stale: boolean }>();
  private readonly byTag = new Map<string, Set<string>>();

  constructor() {
    listen(this);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry's value, unless a write dropped it. */
  get(key: string): E | undefined {
    const entry = this.entries.get(key);
    return entry && !entry.stale ? entry.value : undefined;
  }

  /** The entry's value even when a write dropped it (the last known data, for an outage). */
  getStale(key: string): E | undefined {
    return this.entries.get(key)?.value;
  }

  tagsOf(key: string): readonly string[] {
    return this.entries.get(key)?.tags ?? [];
  }

  /** Keeps `value` under `key`, last in order. */
  set(key: string, value: E, tags: readonly string[]): void {
    this.delete(key);
    this.entries.set(key, { value, tags, stale: false });
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.unindex(key);
    this.entries.delete(key);
  }

  oldestKey(): string | undefined {
    return this.entries.keys().next().value;
  }

  clear(): void {
    this.entries.clear();
    this.byTag.clear();
  }

  drop(tags: ReadonlySet<string> | null): void {
    const keys =
      tags === null ? [...this.entries.keys()] : [...tags].flatMap((tag) => [...(this.byTag.get(tag) ?? [])]);
    for (const key of keys) this.unindex(key);
  }

  private unindex(key: string): void {
    const entry = this.entries.get(key);
    if (!entry || entry.stale) return;
    entry.stale = true;
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}
