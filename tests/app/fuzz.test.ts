/** @jest-environment node */
// "Never a 500", checked over every route handler in app/ and every method it exports, for every
// admin resource in the registry: seeded, deterministic fast-check runs send hostile values
// (prototype keys, lone surrogates, overlong values, wrong types, unknown sorts and actions,
// malformed JSON and percent-encoding) in paths, queries and bodies, through proxy.ts, the real
// handler and the config's headers (tests/support/next-pipeline.ts). Every answer must be below
// 500, carry the security headers, and an error must say what is wrong.
import fc from "fast-check";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { RESOURCES } from "@/lib/resources";
import { ENDPOINTS } from "@/lib/api/endpoints";
import type { Actor } from "@/lib/auth/roles";
import { asUser } from "../support/http";
import type { TestDatabase } from "../support/databases";
import {
  appFiles,
  exportedMethods,
  loadRoutes,
  pathFor,
  segmentsOf,
  serve,
  type AppRoute,
  type Method,
} from "../support/next-pipeline";
import { openAppDatabase } from "./api/support/app-database";
import { makeWorld, type World } from "./api/support/admin-api";
import { FIXTURES, rowUnderTest } from "./api/support/resource-fixtures";

jest.setTimeout(120_000);

const SEED = 20_260_611;
/**
 * Runs per route and method: enough variety within the CI budget (the whole file stays well under
 * 90 s); FUZZ_RUNS=500 explores further locally, still deterministic for a given count.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** FUZZ_STATS=1 prints how many answers each route gave per status: whether runs reach past the checks. */
const STATS = process.env.FUZZ_STATS ? new Map<string, number>() : null;
afterAll(
  () =>
    STATS &&
    console.log(
      [...STATS]
        .sort()
        .map(([k, n]) => `${k} ${n}`)
        .join("\n"),
    ),
);

// ---- hostile values ----------------------------------------------------------------------------

const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"];
const HOSTILE_TEXT = [
  ...PROTO_KEYS,
  "\ud800",
  "a\udfffb",
  "\udbff\udbff",
  "x".repeat(70_000),
  "",
  " ",
  "\u0000",
  "\u202e",
  "😀",
  "ｆｕｌｌ",
  "%c0",
  "%",
  "%25",
  "..",
  "../../etc/passwd",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e400",
  "9".repeat(400),
  "true",
  "[]",
  "{}",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "a,b",
  "DESC",
  "updatedAt",
  "passwordHash",
  "deletedAt",
];
const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);

/** JSON as a tree, serialized by hand: keys such as "__proto__" must reach the text as keys. */
type Json =
  | { kind: "value"; value: string | number | boolean | null }
  | { kind: "array"; items: Json[] }
  | { kind: "object"; entries: Array<[string, Json]> };
const jsonText = (j: Json): string => {
  if (j.kind === "value") return JSON.stringify(j.value) ?? "null";
  if (j.kind === "array") return `[${j.items.map(jsonText).join(",")}]`;
  return `{${j.entries.map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(",")}}`;
};
const value = (v: string | number | boolean | null): Json => ({ kind: "value", value: v });
const object = (o: Record<string, unknown>): Json => toJson(o);
function toJson(v: unknown): Json {
  if (Array.isArray(v)) return { kind: "array", items: v.map(toJson) };
  if (v !== null && typeof v === "object")
    return { kind: "object", entries: Object.entries(v).map(([k, x]) => [k, toJson(x)]) };
  return value(v as string | number | boolean | null);
}

const { tree: hostileJson } = fc.letrec<{ tree: Json; obj: Json }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileText.map(value),
    fc
      .oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(1e308, -0, 2 ** 53 + 1))
      .map(value),
    fc.array(tie("tree"), { maxLength: 3 }).map((items): Json => ({ kind: "array", items })),
    tie("obj"),
  ),
  obj: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS), hostileText), tie("tree")), { maxLength: 3 })
    .map((entries): Json => ({ kind: "object", entries })),
}));

/** Bodies that are not JSON at all, or JSON a parser struggles with. */
const BROKEN_BODIES = [
  '{"statement": "unterminated',
  "{",
  "}",
  "\u0000",
  "nul",
  "[".repeat(20_000) + "]".repeat(20_000),
  '{"a":1}{"b":2}',
  "\ufeff{}",
  "'single'",
];

/** A valid body with one hostile change: a field set to a hostile value, a hostile key added, or replaced outright. */
function mutate(base: Json): fc.Arbitrary<string> {
  const entries = base.kind === "object" ? base.entries : [];
  const keys = entries.map(([k]) => k);
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.oneof(fc.constantFrom(...(keys.length ? keys : ["x"])), fc.constantFrom(...PROTO_KEYS), hostileText),
          hostileJson,
        )
        .map(([key, v]) => jsonText({ kind: "object", entries: [...entries.filter(([k]) => k !== key), [key, v]] })),
    },
    // A field set to hostile text of the right type: what passes validation must be stored or refused cleanly.
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...(keys.length ? keys : ["x"])), hostileText)
        .map(([key, text]) =>
          jsonText({ kind: "object", entries: [...entries.filter(([k]) => k !== key), [key, value(text)]] }),
        ),
    },
    { weight: 1, arbitrary: fc.constant(jsonText(base)) },
    { weight: 2, arbitrary: hostileJson.map(jsonText) },
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_BODIES) },
  );
}

// ---- the world and what each route is sent ----------------------------------------------------

let t: TestDatabase;
let w: World;
let routes: AppRoute[];
const idOf: Record<string, string> = {};
let revisionId = "";

beforeAll(async () => {
  // SQLite in CI (the budget); FUZZ_PROVIDER=postgresql runs the same requests against PostgreSQL.
  t = await openAppDatabase(process.env.FUZZ_PROVIDER === "postgresql" ? "postgresql" : "sqlite");
  w = await makeWorld(t.db);
  for (const def of RESOURCES) idOf[def.name] = await rowUnderTest(w, def.name);
  revisionId = (await t.db.revision.findFirstOrThrow()).id;
  routes = await loadRoutes();
}, 60_000);
afterAll(async () => t.close());

const actors = (): Array<Actor | null> => [w.admin, w.admin, w.editor, w.contributor, null];
const resourceNames = RESOURCES.map((r) => r.name);

/** A value for a dynamic segment, raw as it goes into the URL: a real one (encoded) or a hostile one. */
function segmentValue(name: string): fc.Arbitrary<string | string[]> {
  const real: Record<string, string[]> = {
    resource: resourceNames,
    id: [...Object.values(idOf).filter(Boolean), revisionId],
    teamId: [w.team.id],
    asset: ["init.js", "rapidoc-min.js"],
  };
  const one = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(real[name] ?? ["x"])).map(encodeURIComponent) },
    { weight: 1, arbitrary: hostileText.filter((s) => s !== "" && s.isWellFormed()).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom("%c0", "%E0%A4%A", "%", "%zz", "%ED%A0%80") },
  );
  if (name === "path") {
    const endpoint = fc.constantFrom(
      ...ENDPOINTS.map((e) =>
        e.path
          .split("/")
          .slice(1)
          .map((p) => (p.startsWith("{") ? "django" : p)),
      ),
    );
    return fc.oneof(
      { weight: 3, arbitrary: endpoint },
      { weight: 1, arbitrary: fc.array(one.map(String), { minLength: 1, maxLength: 3 }) },
    );
  }
  return one;
}

/** Query keys a route reads, and hostile ones. */
const QUERY_KEYS = [
  ...new Set([
    "page",
    "perPage",
    "sort",
    "order",
    "filter",
    "id",
    "version",
    "format",
    "file",
    "preview",
    "dryRun",
    "q",
    "callbackUrl",
    ...ENDPOINTS.flatMap((e) => Object.keys(e.query.shape)),
  ]),
];
const FILTER_BASES = [
  { q: "django" },
  { status: "VERIFIED" },
  { entity: "users" },
  { createdAt_gte: "2020-01-01" },
  { technologyIds: ["x"] },
  { deleted: true },
];

const queryValue: fc.Arbitrary<string> = fc.oneof(
  hostileText,
  fc.constantFrom(...FILTER_BASES.map((f) => JSON.stringify(f))),
  fc.constantFrom(...FILTER_BASES).chain((base) => mutate(object(base))),
  fc.constantFrom("1", "25", "ASC", "updatedAt", "createdAt", "tar", "1000000", "-5"),
);
const query: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...QUERY_KEYS) }, { weight: 1, arbitrary: hostileText }),
      queryValue,
    ),
    { maxLength: 3 },
  )
  .chain((pairs) =>
    fc.oneof(
      fc.constant(
        pairs
          .map(([k, v]) => `${encodeURIComponent(k.toWellFormed())}=${encodeURIComponent(v.toWellFormed())}`)
          .join("&"),
      ),
      // A raw query, percent-encoding and all, as a client could send it.
      fc.constantFrom(
        "q=%c0",
        "filter=%7B%22q%22%3A%22%5Cud800%22%7D",
        "filter=%",
        "page=1&page=2",
        "sort=updatedAt&order=DESC",
        "%=%",
        "__proto__[x]=1",
      ),
    ),
  );

const MADR =
  '---\nstatus: accepted\ndate: 2026-01-01\n---\n# Pick Go\n## Context and Problem Statement\nWhy.\n## Decision Outcome\nChosen option: "Go"\n';

/** A valid body for the route (what a client would send), before the hostile change. */
function baseBody(route: AppRoute, method: Method, resource: string): Json {
  const fixture = Object.hasOwn(FIXTURES, resource) ? FIXTURES[resource] : undefined;
  if (route.file.endsWith("[resource]/route.ts")) return object(fixture?.create(w, 1) ?? {});
  if (route.file.endsWith("[resource]/[id]/route.ts")) return object({ ...(fixture?.patch ?? {}), version: 1 });
  if (route.file.endsWith("bulk/route.ts"))
    return object({
      op: "action",
      action: fixture?.action?.name ?? "setStatus",
      ids: [idOf[resource] ?? "x"],
      data: fixture?.action?.data ?? {},
    });
  if (route.file.endsWith("revert/route.ts")) return object({ revisionId, version: 1 });
  if (route.file.includes("decision-log")) return object({ files: [{ name: "0001-pick-go.md", content: MADR }] });
  if (route.file.includes("import"))
    return object({ text: "Django served 900 requests per second.", filename: "notes.md" });
  return object({ method });
}

/** Multipart bodies for uploads: hostile file names and contents, and forms cut short. */
const multipartBody: fc.Arbitrary<{ body: Uint8Array; type: string }> = fc
  .tuple(
    hostileText,
    fc.oneof(hostileText, fc.constant("Django served 900 requests per second.")),
    fc.boolean(),
    fc.nat({ max: 200 }),
  )
  .map(([name, content, cut, by]) => {
    const boundary = "----fuzzboundary7MA4YWxkTrZu0gW";
    const text = `--${boundary}\r\nContent-Disposition: form-data; name="files[]"; filename="${name.toWellFormed().replace(/["\r\n]/g, "")}"\r\nContent-Type: text/markdown\r\n\r\n${content.toWellFormed()}\r\n--${boundary}--\r\n`;
    const bytes = new TextEncoder().encode(text);
    return {
      body: cut ? bytes.subarray(0, Math.max(0, bytes.length - 1 - by)) : bytes,
      type: `multipart/form-data; boundary=${boundary}`,
    };
  });

// ---- the property ------------------------------------------------------------------------------

const SECURITY_HEADERS = [
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "content-security-policy",
];

/** What went wrong with an answer, or null when it keeps the promise. */
async function problemWith(res: Response, method: Method = "GET"): Promise<string | null> {
  const missing = SECURITY_HEADERS.filter((h) => !res.headers.get(h));
  const text = await res.text();
  if (res.status >= 500) return `${res.status}: ${text.slice(0, 300)}`;
  if (missing.length) return `${res.status} without ${missing.join(", ")}`;
  // A HEAD answer has no body to say it in; its GET twin is checked for the message.
  if (res.status < 400 || method === "HEAD") return null;
  if ((res.headers.get("content-type") ?? "").includes("json")) {
    // An error names its problem; an import report refused whole names each file's (data.errors).
    const parsed = JSON.parse(text) as {
      error?: { message?: unknown };
      message?: unknown;
      data?: { errors?: Array<{ message?: unknown }> };
    };
    const message = parsed.error?.message ?? parsed.message ?? parsed.data?.errors?.[0]?.message;
    return typeof message === "string" && message.trim()
      ? null
      : `${res.status} without a message: ${text.slice(0, 200)}`;
  }
  return text.trim() || res.status === 405 ? null : `${res.status} with an empty body`;
}

interface Sent {
  method: Method;
  target: string;
  actor: Actor | null;
  body?: string | { body: Uint8Array; type: string };
}

async function send(s: Sent): Promise<Response> {
  const headers: Record<string, string> = {};
  if (s.actor) headers.cookie = await asUser(s.actor);
  if (s.method !== "GET" && s.method !== "HEAD") headers.origin = "http://localhost:3000";
  let body: BodyInit | undefined;
  if (typeof s.body === "string") {
    headers["content-type"] = "application/json";
    body = s.body;
  } else if (s.body) {
    headers["content-type"] = s.body.type;
    body = s.body.body as BodyInit;
  }
  return serve(routes, { method: s.method, target: s.target, headers, body });
}

function requests(route: AppRoute, method: Method): fc.Arbitrary<Sent> {
  const dynamic = route.segments.filter((s) => s.kind !== "static");
  const independent = fc.record(
    Object.fromEntries(dynamic.map((s) => [s.name, segmentValue(s.name)])) as Record<
      string,
      fc.Arbitrary<string | string[]>
    >,
  );
  // Mostly a record of the resource named in the path, so requests get past "not found" into the services.
  const params = independent.chain(
    (raw: Record<string, string | string[]>): fc.Arbitrary<Record<string, string | string[]>> => {
      const resource = typeof raw.resource === "string" ? decodeURIComponentSafe(raw.resource) : "";
      if (typeof raw.id !== "string" || !Object.hasOwn(idOf, resource)) return fc.constant(raw);
      return fc.oneof(
        { weight: 2, arbitrary: fc.constant({ ...raw, id: encodeURIComponent(idOf[resource]) }) },
        { weight: 1, arbitrary: fc.constant(raw) },
      );
    },
  );
  const writes = method !== "GET" && method !== "HEAD" && method !== "OPTIONS" && method !== "DELETE";
  return fc.tuple(params, query, fc.constantFrom(...actors())).chain(([raw, q, actor]) => {
    const resource = typeof raw.resource === "string" ? decodeURIComponentSafe(raw.resource) : "claims";
    const target = `${pathFor(route, raw)}${q ? `?${q}` : ""}`;
    if (!writes) return fc.constant<Sent>({ method, target, actor });
    const json = mutate(baseBody(route, method, resource));
    const body: fc.Arbitrary<Sent["body"]> = route.file.includes("import") ? fc.oneof(json, multipartBody) : json;
    return body.map((b): Sent => ({ method, target, actor, body: b }));
  });
}

type PageProps = { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string | string[]>> };

/** What Next hands a page is decoded URL text: never an unpaired surrogate. */
function wellFormed<T extends Record<string, string | string[]>>(values: T): T {
  const fix = (v: string | string[]) => (Array.isArray(v) ? v.map((x) => x.toWellFormed()) : v.toWellFormed());
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k.toWellFormed(), fix(v)])) as T;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * next-auth's own handler reads Next's request scope (cookies() from next/headers), which exists
 * only inside a Next.js server: it is sent hostile requests in tests/browser/hostile-input.browser.test.ts.
 */
const NOT_CALLABLE_HERE = ["app/api/auth/[...nextauth]/route.ts"];

describe("every route answers hostile requests with a 4xx and a message, never a 5xx, always with the security headers", () => {
  it("covers every route file in app/ and every method each exports", async () => {
    expect(routes.map((r) => r.file)).toEqual(appFiles("route.ts"));
    for (const route of routes)
      expect([route.file, Object.keys(route.handlers).sort()]).toEqual([
        route.file,
        [...exportedMethods(route.file)].sort(),
      ]);
  });

  // Every exported method of every route file (read from the files themselves, as Next does).
  const cases = appFiles("route.ts")
    .filter((file) => !NOT_CALLABLE_HERE.includes(file))
    .flatMap((file) => exportedMethods(file).map((m) => [file, m] as const));
  it.each(cases)("%s %s", async (file, method) => {
    const route = routes.find((r) => r.file === file)!;
    await fc.assert(
      fc.asyncProperty(requests(route, method), async (sent) => {
        const res = await send(sent);
        STATS?.set(`${file} ${method} ${res.status}`, (STATS.get(`${file} ${method} ${res.status}`) ?? 0) + 1);
        const problem = await problemWith(res, sent.method);
        if (problem)
          throw new Error(
            `${sent.method} ${sent.target.slice(0, 300)}${typeof sent.body === "string" ? ` ${sent.body.slice(0, 300)}` : ""} as ${sent.actor?.role ?? "anonymous"} → ${problem}`,
          );
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });

  // Pages render inside Next.js; here each page component (and its metadata) is rendered with the
  // parameters Next would hand it, decoded, hostile: it may render or say "not found"/redirect
  // (what Next turns into a 404/308), and anything it throws besides would be a 500.
  it.each(appFiles("page.tsx"))(
    "the page %s renders hostile parameters or answers not found, never throws",
    async (file) => {
      type PageModule = {
        default: (props: PageProps) => Promise<ReactElement> | ReactElement;
        generateMetadata?: (props: PageProps) => Promise<unknown>;
      };
      const page = (await import(`../../${file.replace(/\.tsx$/, "")}`)) as PageModule;
      const names = segmentsOf(file)
        .filter((s) => s.kind !== "static")
        .map((s) => s.name);
      const pageProps = fc.record({
        params: fc.record(
          Object.fromEntries(
            names.map((n) => [
              n,
              fc.oneof(
                hostileText,
                fc.constantFrom("django", "django-vs-fastapi", "fastapi-vs-django", "django-vs-django"),
              ),
            ]),
          ),
        ),
        searchParams: fc.dictionary(
          fc.oneof(
            fc.constantFrom("q", "type", "page", "show", "callbackUrl", "build", "team", "size", "language", "needs"),
            hostileText,
          ),
          fc.oneof(hostileText, fc.array(hostileText, { maxLength: 3 })),
          { maxKeys: 4 },
        ),
      });
      await fc.assert(
        fc.asyncProperty(pageProps, async ({ params, searchParams }) => {
          // What Next hands a page is the URL decoded, once proxy.ts has let the path through.
          const raw = Object.fromEntries(
            Object.entries(wellFormed(params)).map(([k, v]) => [k, encodeURIComponent(v)]),
          );
          if (
            proxy(new NextRequest(`http://localhost:3000${pathFor({ segments: segmentsOf(file) }, raw)}`)).status ===
            400
          )
            return;
          const props = (): PageProps => ({
            params: Promise.resolve(wellFormed(params)),
            searchParams: Promise.resolve(wellFormed(searchParams)),
          });
          for (const render of [
            async () => renderToStaticMarkup(await page.default(props())),
            async () => page.generateMetadata?.(props()),
          ]) {
            const thrown = await render().then(
              () => null,
              (e: unknown) => e,
            );
            const digest = (thrown as { digest?: unknown } | null)?.digest;
            if (thrown && !(typeof digest === "string" && /^NEXT_(HTTP_ERROR_FALLBACK;404|REDIRECT;)/.test(digest))) {
              throw new Error(
                `${file} with ${JSON.stringify({ params, searchParams }).slice(0, 300)} → ${String(thrown)}`,
              );
            }
          }
        }),
        { seed: SEED, numRuns: Math.ceil(RUNS / 4) },
      );
    },
  );

  it.each(appFiles("page.tsx"))(
    "the page %s with a malformed percent-encoding or a NUL in its path is a 400 page with the headers",
    async (file) => {
      const route = { segments: segmentsOf(file) };
      const raw = Object.fromEntries(route.segments.filter((s) => s.kind !== "static").map((s) => [s.name, "%c0"]));
      const base = pathFor(route, raw).replace(/\/$/, "");
      for (const target of [`${base}/%c0`, `${base}/%E0%A4%A`, `${base}/%00`]) {
        const res = await serve(routes, { method: "GET", target });
        expect([target, await problemWith(res.clone()), res.status]).toEqual([target, null, 400]);
      }
    },
  );
});
