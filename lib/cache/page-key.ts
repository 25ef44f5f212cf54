// Which requests the public page cache (./pages.ts) may answer, and the key it keeps their answer
// under. Security decisions here look at what Next.js will act on: the routed path, the host as
// proxy.ts checks it, the query parameters the route reads (SECURITY.md).
import type { IncomingMessage } from "node:http";
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
const carriesCredentials = (req: IncomingMessage): boolean =>
  req.headers.authorization !== undefined || hasSessionCookie(req.headers.cookie);

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
  if (req.method !== "GET" || carriesCredentials(req)) return null;
  for (const name of VARIANT_HEADERS) if (req.headers[name] !== undefined) return null;
  const target = targetKeyOf(req.url ?? "");
  if (target === null) return null;
  // The host as proxy.ts checks it: a host it would refuse is never answered from here.
  // X-Forwarded-Host counts only from a trusted proxy (lib/net/forwarded).
  const host = hostOfIncoming(req, env) ?? "";
  if (!isAllowedHost(host, env)) return null;
  return `${host.toLowerCase()}${target}`;
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
 * readTargetKey depends on the target's text alone (the public routes are fixed at start), and the
 * same few targets come again and again: each is worked out once. Bounded: at most MAX_TARGET_KEYS
 * targets of at most MAX_KEPT_TARGET characters (about 3 MB), a flood of made-up targets only
 * empties the memory now and then, and longer targets are worked out every time.
 */
const targetKeys = new Map<string, string | null>();
const MAX_TARGET_KEYS = 10_000;
const MAX_KEPT_TARGET = 300;

function targetKeyOf(target: string): string | null {
  if (target.length > MAX_KEPT_TARGET) return readTargetKey(target);
  let key = targetKeys.get(target);
  if (key === undefined) {
    if (targetKeys.size >= MAX_TARGET_KEYS) targetKeys.clear();
    key = readTargetKey(target);
    targetKeys.set(target, key);
  }
  return key;
}

export const isCacheableRequest = (req: IncomingMessage): boolean => cacheKeyOf(req) !== null;
