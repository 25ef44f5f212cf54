// Which requests the public page cache (./pages.ts) may answer, and the key it keeps their answer
// under. Security decisions here look at what Next.js will act on: the routed path, the host as
// proxy.ts checks it, the query parameters the route reads (SECURITY.md).
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { hostOfIncoming } from "@/lib/net/forwarded";
import { isAllowedHost } from "@/lib/http/hosts";
import { publicQueryOf } from "@/lib/http/public-routes";
import { rawPathOf, routedPath } from "@/lib/http/routed-path";

type Env = Record<string, string | undefined>;

/** Requests Next.js answers differently from a plain page load: client navigation and actions. */
const VARIANT_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
];

/**
 * A signed-in request: next-auth reads a session from its cookie or from `Authorization`. Its
 * answer may hold what only that user may see, and the user must see fresh data: never served from
 * the cache nor kept, whichever path it names.
 */
const carriesCredentials = (headers: IncomingHttpHeaders): boolean =>
  headers.authorization !== undefined || hasSessionCookie(headers.cookie);

const PLAIN_PAIR = /^([\w.*-]+)=[\w.*-]*$/;

/**
 * The query parameters of `search` the route depends on, sorted by name (values of a name keep
 * their order), or null when there is any other parameter or one is repeated: those requests are
 * rendered every time, so they cannot add entries.
 */
function canonicalQuery(search: string, accepted: readonly string[]): string | null {
  // One pair of characters URLSearchParams writes as they are (`page=5`): already canonical.
  const plain = PLAIN_PAIR.exec(search);
  if (plain) return accepted.includes(plain[1]) ? search : null;
  const params = [...new URLSearchParams(search)];
  const names = new Set<string>();
  for (const [name] of params) {
    if (!accepted.includes(name) || names.has(name)) return null;
    names.add(name);
  }
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(params).toString();
}

/**
 * The key under which a request's answer is kept and looked up, or null when it must go straight to
 * Next.js: not a GET, signed in, a client-navigation or action request, a host proxy.ts refuses,
 * a target not in the form Next.js routes (dot segments, escaped letters, `//`, `\`, a trailing
 * `/`: Next.js would route it elsewhere than its text says), a path that is not public, or query
 * parameters the route does not read. `env` holds the settings the host is checked against
 * (ALLOWED_HOSTS, NEXTAUTH_URL, TRUSTED_PROXIES): PageCache passes its copy (see its `env` option).
 */
export function cacheKeyOf(req: IncomingMessage, env: Env = process.env): string | null {
  if (req.method !== "GET") return null;
  // Read once: each read of req.headers goes through Node's getter.
  const headers = req.headers;
  if (carriesCredentials(headers)) return null;
  for (const name of VARIANT_HEADERS) if (headers[name] !== undefined) return null;
  const target = targetOf(req.url ?? "");
  if (target === null) return null;
  // The host as proxy.ts checks it: a host it would refuse is never answered from here.
  // X-Forwarded-Host counts only from a trusted proxy (lib/net/forwarded).
  const host = hostOfIncoming(req, env) ?? "";
  if (!isAllowedHost(host, env)) return null;
  return keyOf(target, host);
}

/** The routed path and canonical query of a public target, or null when its answer is never kept. */
function readTargetKey(target: string): string | null {
  const pathname = routedPath(target);
  if (pathname === null || pathname !== rawPathOf(target)) return null;
  const accepted = publicQueryOf(pathname);
  if (accepted === null) return null;
  const at = target.indexOf("?");
  const query = at === -1 ? "" : canonicalQuery(target.slice(at + 1), accepted);
  if (query === null) return null;
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * A target's key part (readTargetKey's answer) and the whole key for the host it last came with:
 * the same few targets come again and again, nearly always with one host, so neither the key part
 * nor the key string is worked out again (a key built per request was a new string to allocate and
 * hash on every replay).
 */
interface Target {
  key: string | null;
  host: string;
  full: string;
}

/**
 * readTargetKey depends on the target's text alone (the public routes are fixed at start): each
 * target is worked out once. Bounded: at most MAX_TARGET_KEYS targets of at most MAX_KEPT_TARGET
 * characters (about 3 MB), a flood of made-up targets only empties the memory now and then, and
 * longer targets are worked out every time.
 */
const targets = new Map<string, Target>();
const MAX_TARGET_KEYS = 10_000;
const MAX_KEPT_TARGET = 300;

function targetOf(raw: string): Target | null {
  let target = targets.get(raw);
  if (target === undefined) {
    target = { key: readTargetKey(raw), host: "", full: "" };
    if (raw.length <= MAX_KEPT_TARGET) {
      if (targets.size >= MAX_TARGET_KEYS) targets.clear();
      targets.set(raw, target);
    }
  }
  return target.key === null ? null : target;
}

/** Hosts longer than this (none real: DNS names stop at 253) are not remembered beside a target. */
const MAX_KEPT_HOST = 255;

/** The key of a kept target on an allowed host: the host's name in lower case, then the target's key part. */
function keyOf(target: Target, host: string): string {
  if (target.host === host && target.full !== "") return target.full;
  const full = `${host.toLowerCase()}${target.key}`;
  if (host.length <= MAX_KEPT_HOST) {
    target.host = host;
    target.full = full;
  }
  return full;
}

export const isCacheableRequest = (req: IncomingMessage): boolean => cacheKeyOf(req) !== null;
