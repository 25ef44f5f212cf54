// The one request path of /api/v1: match the registry, validate path and query with the
// endpoint's zod schemas, answer from the cache or the handler, and add CORS and caching headers.
// Errors go through lib/http like every other API, so a bad parameter is a 400 with field messages.
import type { z } from "zod";
import { getDb } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/provider";
import { NotFound, ValidationError, type FieldErrors } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { assertStorableText } from "@/lib/text/unicode";
import { ANY_WRITE, cacheGeneration, cachedAnswer, freshnessCheck, storeAnswer, type CachedAnswer } from "@/lib/cache";
import { ApiRedirect, type Endpoint } from "./define";
import { matchEndpoint } from "./router";

export const API_PREFIX = "/api/v1";

/** Read-only and public: any site may read it, nobody's cookies are involved. */
export const CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "Content-Type, Accept, If-None-Match",
  "access-control-max-age": "86400",
};

// Parameter names are the caller's ("constructor", "__proto__"): they are collected in Maps, never
// looked up on a plain object, where Object's own members would answer.
export function zodFieldErrors(error: z.ZodError, where: string): FieldErrors {
  const fields = new Map<string, string[]>();
  const add = (key: string, message: string) => fields.set(key, [...(fields.get(key) ?? []), message]);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(key, `${key} is not a known ${where} parameter.`);
      continue;
    }
    add(issue.path.length ? issue.path.map(String).join(".") : "_", issue.message);
  }
  return Object.fromEntries(fields);
}

/** Query string → plain object; a parameter given twice is ambiguous and refused. */
function queryObject(url: URL): Record<string, string> {
  const out = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  for (const [key, value] of url.searchParams) {
    if (out.has(key)) repeated.set(key, [`${key} is given more than once.`]);
    out.set(key, value);
  }
  if (repeated.size) throw new ValidationError(Object.fromEntries(repeated), "Some query parameters are not valid.");
  // fromEntries makes every name an own property, "__proto__" too, so the strict schema refuses it.
  return Object.fromEntries(out);
}

// `.strict()` makes a new schema, and zod compiles an object schema's parser on its first parse:
// made per request, that compilation was paid by every uncached request. One strict copy per schema.
const strictSchemas = new WeakMap<z.ZodObject, z.ZodObject>();
function strictOf<S extends z.ZodObject>(schema: S): S {
  let strict = strictSchemas.get(schema);
  if (!strict) strictSchemas.set(schema, (strict = schema.strict()));
  return strict as S;
}

function validate<S extends z.ZodObject>(schema: S, input: Record<string, string>, where: string): z.output<S> {
  assertStorableText(input); // a NUL in a slug or a search is refused here, not by PostgreSQL
  const parsed = strictOf(schema).safeParse(input);
  if (!parsed.success)
    throw new ValidationError(zodFieldErrors(parsed.error, where), `Some ${where} parameters are not valid.`);
  return parsed.data as z.output<S>;
}

const cacheKey = (url: URL): string => {
  const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // The database is part of the key: tests (and scripts) switch databases within one process.
  return `${databaseUrl()} ${url.pathname}?${new URLSearchParams(params).toString()}`;
};

interface Answered {
  answer: CachedAnswer;
  tags: readonly string[];
}

async function answer(endpoint: Endpoint, pathParams: Record<string, string>, url: URL): Promise<Answered> {
  const params = endpoint.params ? validate(endpoint.params, pathParams, "path") : {};
  const query = validate(endpoint.query, queryObject(url), "query");
  const result = await endpoint.handler({ params, query, url, db: getDb() });
  const maxAge = endpoint.maxAge ?? 60;
  const cacheControl = `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}`;
  if (result instanceof ApiRedirect) {
    // A redirect names no record's content; it changes when the merge behind it does (a `shape` write).
    return {
      answer: { status: 301, body: "", headers: { location: result.location, "cache-control": cacheControl } },
      tags: [ANY_WRITE],
    };
  }
  const tags = endpoint.tags?.(result) ?? [ANY_WRITE];
  return {
    answer: {
      status: 200,
      body: JSON.stringify(result),
      headers: { "content-type": "application/json; charset=utf-8", "cache-control": cacheControl },
    },
    tags,
  };
}

function respond(method: string, a: CachedAnswer): Response {
  return new Response(method === "HEAD" ? null : a.body || null, {
    status: a.status,
    headers: { ...a.headers, ...CORS_HEADERS, vary: "Accept-Encoding" },
  });
}

/** Handles GET, HEAD and OPTIONS for any path under /api/v1 (the registry decides what exists). */
export async function handleApiRequest(req: Request, segments: string[]): Promise<Response> {
  try {
    if (req.method === "OPTIONS") return new Response(null, { status: 204, headers: CORS_HEADERS });
    const url = new URL(req.url);
    const key = cacheKey(url);
    // Other processes' writes first (lib/events/feed.ts): they clear the answers they made stale.
    const looking = freshnessCheck();
    if (looking) await looking;
    const hit = cachedAnswer(key);
    if (hit) return respond(req.method, hit);
    const match = matchEndpoint(segments);
    if (!match) throw new NotFound(`${API_PREFIX}/${segments.join("/")}`);
    const generation = cacheGeneration();
    const fresh = await answer(match.endpoint, match.params, url);
    storeAnswer(key, fresh.answer, generation, fresh.tags);
    return respond(req.method, fresh.answer);
  } catch (error) {
    const res = errorResponse(error);
    for (const [k, v] of Object.entries(CORS_HEADERS)) res.headers.set(k, v);
    res.headers.set("cache-control", "no-store");
    return res;
  }
}
