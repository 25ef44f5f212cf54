// The public routes: paths whose GET answers are the same for every visitor (the public pages,
// feeds, discovery files and the JSON API), each with the query parameters its answer depends on.
// The page cache (lib/cache/pages.ts) keeps answers only for these, keyed by the routed path
// and those parameters alone; a request with any other parameter is passed to Next.js uncached, so
// made-up query strings cannot fill the cache. A page that starts reading a new parameter lists it
// here: until then requests carrying it are simply rendered fresh (never answered with the wrong copy).
// Paths are matched against lib/http/routed-path.ts's routedPath(), never the raw request target.
import { matchEndpoint } from "@/lib/api/router";
import type { Endpoint } from "@/lib/api/define";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { ANSWER_PARAMS } from "@/lib/wizard/answers";

export interface PublicRoute {
  path: RegExp;
  /** The query parameters the answer at `pathname` depends on; null when the route has no such path. */
  query: (pathname: string) => readonly string[] | null;
}

const NO_QUERY: readonly string[] = [];
const noQuery = (): readonly string[] => NO_QUERY;

/** What app/(public)/search/page.tsx reads from searchParams. */
export const SEARCH_PAGE_QUERY: readonly string[] = ["q", "type", "tech", "page"];

/** What app/(public)/wizard/page.tsx reads: one parameter per question, and the form's `show`. */
export const WIZARD_PAGE_QUERY: readonly string[] = [...ANSWER_PARAMS, "show"];

/** What app/(public)/claims/page.tsx and sources/page.tsx read (lib/public/claim-index.ts, source-index.ts). */
export const CLAIM_INDEX_QUERY: readonly string[] = ["kind", "tech", "page"];
export const SOURCE_INDEX_QUERY: readonly string[] = ["page"];

const API_PREFIX = "/api/v1/";

/** Each endpoint's query schema (lib/api/endpoints.ts): the only parameters it accepts. */
const API_QUERY = new Map<Endpoint, readonly string[]>(ENDPOINTS.map((e) => [e, Object.keys(e.query.shape)]));

/** The accepted parameters of the /api/v1 endpoint at `pathname`; null when none is there (a 404). */
function apiQuery(pathname: string): readonly string[] | null {
  const match = matchEndpoint(pathname.slice(API_PREFIX.length).split("/"));
  return match ? (API_QUERY.get(match.endpoint) ?? null) : null;
}

export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  { path: /^\/$/, query: noQuery },
  { path: /^\/search$/, query: () => SEARCH_PAGE_QUERY },
  { path: /^\/wizard$/, query: () => WIZARD_PAGE_QUERY },
  { path: /^\/claims$/, query: () => CLAIM_INDEX_QUERY },
  { path: /^\/sources$/, query: () => SOURCE_INDEX_QUERY },
  { path: /^\/(compare|claims|sources|technologies|use-cases|decisions)(\/[^/]+)?$/, query: noQuery },
  { path: /^\/(feed\.xml|sitemap\.xml|robots\.txt)$/, query: noQuery },
  { path: /^\/feeds\/[^/]+$/, query: noQuery },
  { path: /^\/api\/v1\/openapi\.json$/, query: noQuery },
  { path: /^\/api\/v1\/.+$/, query: apiQuery },
];

/** The public paths alone (documentation and tests). */
export const PUBLIC_PATHS: readonly RegExp[] = PUBLIC_ROUTES.map((r) => r.path);

// Next.js answers `/page.rsc`, `/page.prefetch.rsc` and `/page.segments/….segment.rsc` with the
// page's RSC payload instead of its HTML (routes-manifest.json, "rsc"): never a public page's copy.
const RSC_PATH = /\.rsc$|\.segments(\/|$)/;

/**
 * The query parameters the public answer at a routed path depends on, or null when the path is
 * not public (or is an RSC payload, or an /api/v1 path no endpoint answers).
 */
export function publicQueryOf(pathname: string): readonly string[] | null {
  if (RSC_PATH.test(pathname)) return null;
  const route = PUBLIC_ROUTES.find((r) => r.path.test(pathname));
  return route ? route.query(pathname) : null;
}
