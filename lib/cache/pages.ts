// The public site's page cache, in front of Next.js (Django's cache middleware, per process).
// Public pages render per request because each response carries its own CSP nonce (proxy.ts,
// SECURITY.md). Rendering is what costs: this cache keeps the bytes Next.js produced for a public
// GET and answers the next visitors itself with those very bytes, as a bare node:http server would:
// one prebuilt header list, one body buffer (and one prebuilt gzip copy). The render's nonce cannot
// go on being the policy's (every visitor would see it), so a copy's policy admits the inline
// scripts and styles that carried that nonce by their SHA-256 hashes instead, and script files by
// 'self' (./inline-hashes.ts, lib/http/csp.ts replayPolicy; SECURITY.md weighs the two): an inline
// script the render did not stamp, such as injected markup, runs in no copy.
//
// An entry is served while
// - none of its tags was dropped (./tags.ts): a render notes the tags of every cached read it makes
//   (page data, ./data.ts; API answers, ./answers.ts), and the page keeps their union; a route whose
//   every read is declared is in TAGGED_ROUTES, any other page carries ANY_WRITE, dropped by every
//   public write. A write committed in this process or another (heard through the commit feed,
//   lib/events/feed.ts) drops the pages that show what it touched at once, and the next visitor of
//   each waits for a fresh render (concurrent visitors of the same page share that one render);
// - and it is younger than PUBLIC_CACHE_SECONDS, the fallback bound on how long another process's
//   write can stay invisible here when the feed is down. An older entry is still served while one
//   request renders its replacement.
// Only successful answers that set no cookie are kept, and only for anonymous GETs of public
// routes (lib/http/public-routes.ts) whose target is already in the form Next.js routes
// (lib/http/routed-path.ts); the key (./page-key.ts) is that path with the query parameters the route reads, in
// one order. The admin, sign-in, signed-in visitors, RSC requests and everything else go straight
// to Next.js.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzip } from "node:zlib";
import { promisify } from "node:util";
import { routedPath } from "@/lib/http/routed-path";
import { capture, keepable, variant, type Kept, type Replay } from "./page-copy";
import { cacheKeyOf } from "./page-key";
import {
  ANY_WRITE,
  changedSince,
  collectTags,
  freshnessCheck,
  PUBLIC_CACHE_SECONDS,
  stamp,
  TaggedEntries,
} from "./tags";

export { PUBLIC_PATHS } from "@/lib/http/public-routes";
export { cacheKeyOf, isCacheableRequest } from "./page-key";

/**
 * Routes whose render reads public material only through declared cached reads (./data.ts with
 * `tags`, the API's declared endpoints), the layout's included: a page of one of them carries the
 * tags its render noted. Every other page (search, the wizard, feeds…) carries ANY_WRITE.
 * A route added here must read nothing from the database except through those reads.
 */
const TAGGED_ROUTES =
  /^(?:\/|\/(?:technologies|compare|use-cases|decisions)|\/(?:claims|technologies|compare|use-cases|sources|decisions)\/[^/]+|\/api\/v1\/(?:claims|technologies|comparisons|verdicts|use-cases|articles)(?:\/[^/]+)?)$/;

/** The tags a page keeps: what its render noted, when its route declares every read; otherwise ANY_WRITE. */
export function pageTags(pathname: string, noted: ReadonlySet<string>): string[] {
  if (!TAGGED_ROUTES.test(pathname) || noted.size === 0 || noted.has(ANY_WRITE)) return [ANY_WRITE, ...noted];
  return [...noted];
}

const gzipAsync = promisify(gzip);

export interface PageCacheOptions {
  /** Bytes of bodies kept at most; the oldest entries go first. */
  maxBytes?: number;
  /** Larger bodies are not kept. */
  maxEntryBytes?: number;
  /** The clock, for tests. */
  now?: () => number;
  /** How long a visitor waits for another request's render of the same page before rendering itself. */
  waitMs?: number;
  /**
   * The settings requests are checked against (ALLOWED_HOSTS, NEXTAUTH_URL, TRUSTED_PROXIES: the
   * host, as proxy.ts checks it). Default process.env, read on every request; the server passes a
   * copy taken at start, whose settings do not change while it runs: each read of process.env is
   * a getenv call, three of them on every replay.
   */
  env?: Readonly<Record<string, string | undefined>>;
}

interface Entry extends Kept {
  storedAt: number;
  refreshing: boolean;
}

/** A render of a page under way: the visitors of that page wait for `finished`. */
interface RenderClaim {
  finished: Promise<void>;
  done: () => void;
}

const acceptsGzip = (req: IncomingMessage): boolean => {
  const accepted = req.headers["accept-encoding"];
  return accepted !== undefined && /\bgzip\b/.test(accepted);
};

export type CacheOutcome = "hit" | "stale" | "miss" | "bypass";

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export class PageCache {
  private readonly entries = new TaggedEntries<Entry>();
  private readonly renders = new Map<string, RenderClaim>();
  private bytes = 0;
  private readonly maxBytes: number;
  private readonly maxEntryBytes: number;
  private readonly now: () => number;
  private readonly waitMs: number;
  private readonly env: Readonly<Record<string, string | undefined>>;

  constructor(options: PageCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.maxEntryBytes = options.maxEntryBytes ?? 2 * 1024 * 1024;
    // Not Date.now: Next.js wraps it (node-environment-extensions/date.js) with a check per call.
    this.now = options.now ?? (() => performance.timeOrigin + performance.now());
    this.waitMs = options.waitMs ?? 10_000;
    this.env = options.env ?? process.env;
  }

  get size(): number {
    return this.entries.size;
  }

  get storedBytes(): number {
    return this.bytes;
  }

  /**
   * Answers from the cache, or lets `next` answer (keeping a copy when the request is cacheable).
   * A replay of a kept page is synchronous, as a bare server's answer is: no promise, no await.
   */
  handle(req: IncomingMessage, res: ServerResponse, next: NextHandler): CacheOutcome | Promise<CacheOutcome> {
    const key = cacheKeyOf(req, this.env);
    if (key === null) return this.bypass(req, res, next);
    // Other processes' writes first, when a look is due (lib/events/feed.ts); null almost always.
    const looking = freshnessCheck();
    const kept = looking ? undefined : this.entries.get(key);
    const outcome = kept && this.replayOf(kept);
    if (kept && outcome) {
      this.serve(kept, outcome, req, res);
      return outcome;
    }
    return this.answer(key, looking, req, res, next);
  }

  private async bypass(req: IncomingMessage, res: ServerResponse, next: NextHandler): Promise<CacheOutcome> {
    await next(req, res);
    return "bypass";
  }

  /** How a kept entry may answer now: a hit, stale while another request renders it, or null (too old). */
  private replayOf(entry: Entry): Replay | null {
    if (entry.refreshing) return "stale";
    return this.now() - entry.storedAt < PUBLIC_CACHE_SECONDS * 1000 ? "hit" : null;
  }

  /** Everything but a plain hit: a look for other processes' writes, a render to wait for or to make. */
  private async answer(
    key: string,
    looking: Promise<void> | null,
    req: IncomingMessage,
    res: ServerResponse,
    next: NextHandler,
  ): Promise<CacheOutcome> {
    if (looking) await looking;
    const kept = this.entries.get(key);
    const found = kept ? { entry: kept } : await this.entryOrClaim(key);
    // Stamped after any wait: a write before this point is in what this request renders.
    const since = stamp();
    if ("claim" in found) {
      await this.render(key, since, req, res, next, undefined, found.claim);
      return "miss";
    }
    const { entry } = found;
    const outcome = this.replayOf(entry);
    if (outcome) {
      this.serve(entry, outcome, req, res);
      return outcome;
    }
    // Old enough that another process may have written since: this request renders it anew while
    // the others are served the old copy.
    entry.refreshing = true;
    await this.render(key, since, req, res, next, entry, null);
    return "miss";
  }

  /**
   * For a page not kept: the entry another visitor's render kept, or the render this visitor must
   * make. The first visitor claims the render and the others wait for it. A render may keep nothing
   * (a write that touched what it read landed meanwhile): then one waiting visitor claims the next
   * render and the rest wait again, rather than each rendering the page itself (under steady writes
   * that herd of renders stalled the server). After waitMs in all a visitor renders on its own
   * (claim null). Checking and claiming happen with no await between them.
   */
  private async entryOrClaim(key: string): Promise<{ entry: Entry } | { claim: RenderClaim | null }> {
    const deadline = this.now() + this.waitMs;
    for (;;) {
      const entry = this.entries.get(key);
      if (entry) return { entry };
      const running = this.renders.get(key);
      if (!running) return { claim: this.claimRender(key) };
      const left = deadline - this.now();
      if (left <= 0) return { claim: null };
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([running.finished, new Promise((r) => (timer = setTimeout(r, left)))]);
      clearTimeout(timer);
    }
  }

  /** Marks `key` as being rendered: the visitors who come meanwhile wait for `finished`. */
  private claimRender(key: string): RenderClaim {
    let done = () => {};
    const claim: RenderClaim = { finished: new Promise<void>((resolve) => (done = resolve)), done: () => done() };
    this.renders.set(key, claim);
    return claim;
  }

  private async render(
    key: string,
    since: number,
    req: IncomingMessage,
    res: ServerResponse,
    next: NextHandler,
    previous: Entry | undefined,
    claim: RenderClaim | null,
  ): Promise<void> {
    // The copy must be identity-encoded to be split and re-joined: Next.js compresses otherwise.
    delete req.headers["accept-encoding"];
    res.setHeader("x-page-cache", "miss");
    const captured = capture(res, this.maxEntryBytes);
    try {
      const noted = await collectTags(() => next(req, res));
      const copy = await captured;
      const tags = pageTags(routedPath(req.url ?? "") ?? "", noted);
      // A write committed during the render that touched what it read made the copy old.
      const kept = copy && !changedSince(tags, since) ? keepable(copy) : null;
      if (kept) this.zip(key, this.store(key, tags, kept));
    } finally {
      if (previous) previous.refreshing = false;
      if (claim) {
        if (this.renders.get(key) === claim) this.renders.delete(key);
        claim.done();
      }
    }
  }

  private store(key: string, tags: readonly string[], kept: Kept): Entry {
    const entry: Entry = { ...kept, storedAt: this.now(), refreshing: false };
    this.remove(key);
    this.entries.set(key, entry, tags);
    this.bytes += entry.bytes;
    this.trim();
    return entry;
  }

  /**
   * Adds the entry's gzip copy, made once off the event loop; until then (milliseconds) clients
   * that accept gzip get the identity copy, which Vary: Accept-Encoding covers.
   */
  private zip(key: string, entry: Entry): void {
    const body = entry.identity.body;
    if (body.length <= 1024) return;
    gzipAsync(body, { level: 9 }).then(
      (zipped) => {
        if (zipped.length >= body.length || this.entries.getStale(key) !== entry) return;
        entry.gzip = variant([...entry.headers, "content-encoding", "gzip"], zipped);
        entry.bytes += zipped.length;
        this.bytes += zipped.length;
        this.trim();
      },
      (error: unknown) => console.error("Compressing a cached page failed", error),
    );
  }

  /** Drops the oldest entries while the bodies kept exceed maxBytes. */
  private trim(): void {
    for (
      let oldest = this.entries.oldestKey();
      oldest !== undefined && this.bytes > this.maxBytes;
      oldest = this.entries.oldestKey()
    )
      this.remove(oldest);
  }

  private remove(key: string): void {
    const entry = this.entries.getStale(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  /** The tags a kept page carries (tests, benchmarks). */
  tagsOf(key: string): readonly string[] {
    return this.entries.tagsOf(key);
  }

  /** The kept bytes, as a bare server sends a Buffer: one writeHead with a prebuilt list, one end. */
  private serve(entry: Entry, outcome: Replay, req: IncomingMessage, res: ServerResponse): void {
    const sent = entry.gzip && acceptsGzip(req) ? entry.gzip : entry.identity;
    res.writeHead(entry.status, sent.headers[outcome]);
    res.end(sent.body);
  }
}
