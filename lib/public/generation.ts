// The one signal that public material changed: a counter per server process, bumped after every
// committed write to public-facing material (lib/services/after-commit.ts through
// invalidatePublicApiCache, and revalidatePublic). Both in-memory caches of public data, the API's
// answers (lib/api/cache.ts) and the pages' data (lib/public/cache.ts), key their entries by it, so
// a process never serves what it knows to be older than its own last write.
// Other processes do not see the bump: their entries expire after PUBLIC_CACHE_SECONDS instead.
// It lives on globalThis because Next.js bundles route handlers and pages separately: each bundle
// has its own copy of this module, but all of them must share one counter.

/** How long another process's write can stay invisible here (no shared signal between processes). */
export const PUBLIC_CACHE_SECONDS = 10;

const shared = globalThis as unknown as { __svPublicGeneration?: number };

export const publicGeneration = (): number => shared.__svPublicGeneration ?? 0;

export function bumpPublicGeneration(): void {
  shared.__svPublicGeneration = publicGeneration() + 1;
}
