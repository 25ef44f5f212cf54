// Answers of the public API kept in memory, keyed by the normalized request. Public material
// changes only when an editor writes, so every public-facing commit event clears the cache, in the
// writing process and in every other one on the database (lib/events/subscribers.ts calls
// invalidatePublicApiCache, which bumps the public generation shared with the pages' data,
// lib/public/generation.ts); the short TTL is the fallback bound when no commit feed runs.
// API_CACHE_ENTRIES bounds the entries (default 2,000; 0 turns the cache off, as bench:public does
// to measure the uncached path).
import { bumpPublicGeneration, PUBLIC_CACHE_SECONDS, publicGeneration } from "@/lib/public/generation";

const TTL_MS = PUBLIC_CACHE_SECONDS * 1000;
const configured = Number(process.env.API_CACHE_ENTRIES ?? 2_000);
const MAX_ENTRIES = Number.isInteger(configured) && configured >= 0 ? configured : 2_000;

export interface CachedAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

const globalCache = globalThis as unknown as { __svApiCache?: Map<string, { answer: CachedAnswer; expires: number }> };
const entries = (globalCache.__svApiCache ??= new Map());

export function cachedAnswer(key: string, now = Date.now()): CachedAnswer | null {
  const hit = entries.get(key);
  if (!hit) return null;
  if (hit.expires <= now) {
    entries.delete(key);
    return null;
  }
  return hit.answer;
}

/** The generation a computation started in: an answer computed across a write is not stored. */
export const cacheGeneration = publicGeneration;

export function storeAnswer(key: string, answer: CachedAnswer, generation: number, now = Date.now()): void {
  if (generation !== cacheGeneration() || MAX_ENTRIES === 0) return;
  if (entries.size >= MAX_ENTRIES) {
    // Oldest first: a Map iterates in insertion order.
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(key, { answer, expires: now + TTL_MS });
}

/** Called on every commit event of a write to public-facing material, whichever process wrote it. */
export function invalidatePublicApiCache(): void {
  bumpPublicGeneration();
  entries.clear();
}
