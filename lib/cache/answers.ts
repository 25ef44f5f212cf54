// Answers of the public API kept in memory, keyed by the normalized request, tagged with what they
// show (the endpoint's `tags` declaration, lib/api/define.ts; without one any public write drops
// the answer). Commit events drop the answers whose tags a write touched, in the writing process
// and in every other one on the database (./index.ts); the short TTL is the fallback bound when no
// commit feed runs. API_CACHE_ENTRIES bounds the entries (default 2,000; 0 turns the cache off, as
// bench:public does to measure the uncached path).
import { changedSince, noteTags, PUBLIC_CACHE_SECONDS, stamp, TaggedEntries } from "./tags";

const TTL_MS = PUBLIC_CACHE_SECONDS * 1000;
const configured = Number(process.env.API_CACHE_ENTRIES ?? 2_000);
const MAX_ENTRIES = Number.isInteger(configured) && configured >= 0 ? configured : 2_000;

export interface CachedAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

interface Kept {
  answer: CachedAnswer;
  expires: number;
}

const shared = globalThis as unknown as { __svApiCache?: TaggedEntries<Kept> };
const entries = (shared.__svApiCache ??= new TaggedEntries<Kept>());

export function cachedAnswer(key: string, now = Date.now()): CachedAnswer | null {
  const hit = entries.get(key);
  if (!hit) return null;
  if (hit.expires <= now) {
    entries.delete(key);
    return null;
  }
  noteTags(entries.tagsOf(key));
  return hit.answer;
}

/** The tick a computation started at: an answer computed across a write that touched it is not stored. */
export const cacheGeneration = stamp;

export function storeAnswer(
  key: string,
  answer: CachedAnswer,
  generation: number,
  tags: readonly string[],
  now = Date.now(),
): void {
  noteTags(tags);
  if (MAX_ENTRIES === 0 || changedSince(tags, generation)) return;
  if (entries.size >= MAX_ENTRIES) {
    const oldest = entries.oldestKey();
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(key, { answer, expires: now + TTL_MS }, tags);
}

/** Forgets every answer (tests). */
export function clearApiAnswers(): void {
  entries.clear();
}
