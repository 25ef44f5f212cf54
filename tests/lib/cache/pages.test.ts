/** @jest-environment node */
// The page cache in front of Next.js, on a real node:http server. The renderer stands in for
// Next.js the way the browser suite sees it: a policy with a fresh nonce per render (proxy.ts's
// own functions) and that nonce on every script it writes (`injected` adds markup it did not
// stamp, as stored text that escaped escaping would be); it counts its renders. Like Next.js, it routes the
// WHATWG-resolved path, and answers the admin API only to a session cookie. The real Next.js behind
// the cache is exercised by tests/browser (csp, cache-freshness, page-cache-sessions).
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { contentSecurityPolicy, createNonce, nonceOf } from "@/lib/http/csp";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { cacheKeyOf, isCacheableRequest, PageCache, PUBLIC_PATHS } from "@/lib/cache/pages";
import {
  ANY_WRITE,
  invalidateAll,
  invalidateTags,
  noteTags,
  PUBLIC_CACHE_SECONDS,
  recordTag,
  SHAPE,
} from "@/lib/cache/tags";

interface Renderer {
  renders: number;
  /** The body's text for the next renders. */
  text: string;
  status: number;
  delayMs: number;
  setCookie: boolean;
  /** Raw markup put in the body as it is (never stamped with the render's nonce). */
  injected: string;
  /** The text of the render's own inline script. */
  inline: string;
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

function renderer(): Renderer {
  const r: Renderer = {
    renders: 0,
    text: "first",
    status: 200,
    delayMs: 0,
    setCookie: false,
    injected: "",
    inline: "1",
    handle: async (req, res) => {
      r.renders++;
      if (new URL(`http://n${req.url}`).pathname.startsWith("/api/admin/")) return adminApi(req, res);
      const nonce = createNonce();
      const text = r.text;
      if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
      res.setHeader("content-security-policy", contentSecurityPolicy({ nonce }));
      res.setHeader("content-type", "text/html; charset=utf-8");
      if (r.setCookie) res.setHeader("set-cookie", "session=x");
      res.statusCode = r.status;
      // Streamed in pieces, as Next.js does.
      res.write(`<html><head><script nonce="${nonce}" src="/a.js"></script></head>`);
      res.write(`<body><p>${text}</p>${r.injected}${"x".repeat(2000)}<script nonce="${nonce}">${r.inline}</script>`);
      res.write(`<style nonce="${nonce}">p{color:red}</style></body></html>`);
      res.end();
    },
  };
  return r;
}

/** The admin API as Next.js answers it: the user list to a session, 401 to anyone else. */
function adminApi(req: IncomingMessage, res: ServerResponse): void {
  const signedIn = hasSessionCookie(req.headers.cookie);
  res.writeHead(signedIn ? 200 : 401, { "content-type": "application/json" });
  res.end(
    JSON.stringify(
      signedIn
        ? { data: [{ email: "admin@stackverdict.test", role: "ADMIN" }] }
        : { error: { code: "unauthenticated" } },
    ),
  );
}

let clock = 1_000_000;
let cache: PageCache;
let next: Renderer;
let server: Server;
let base = "";

beforeEach(async () => {
  clock = 1_000_000;
  cache = new PageCache({ now: () => clock });
  next = renderer();
  server = createServer((req, res) => void cache.handle(req, res, next.handle));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function get(pathname: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${pathname}`, { headers: { "accept-encoding": "identity", ...headers } });
  const html = await res.text();
  const policy = res.headers.get("content-security-policy") ?? "";
  const nonce = nonceOf(policy) ?? "";
  return { status: res.status, cache: res.headers.get("x-page-cache"), nonce, policy, html, headers: res.headers };
}

/** A GET sent with its target exactly as written (fetch would resolve `..` before sending). */
function rawGet(
  target: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; cache: string | null; body: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          cache: (res.headers["x-page-cache"] as string | undefined) ?? null,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** Waits until the renderer has started `count` renders (requests travel over real sockets). */
async function rendersStarted(count: number): Promise<void> {
  while (next.renders < count) await new Promise((r) => setTimeout(r, 2));
}

const scriptNonces = (html: string) => [...html.matchAll(/<script nonce="([^"]+)"/g)].map((m) => m[1]);
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("the public page cache", () => {
  it("renders a public page once, then replays its bytes with a policy admitting its own inline scripts by hash", async () => {
    const first = await get("/compare/django-vs-fastapi");
    const second = await get("/compare/django-vs-fastapi");
    const third = await get("/compare/django-vs-fastapi");
    expect([first.cache, second.cache, third.cache]).toEqual(["miss", "hit", "hit"]);
    expect(next.renders).toBe(1);
    // The render itself went out with its nonce, as Next.js sent it.
    expect(scriptNonces(first.html)).toEqual([first.nonce, first.nonce]);
    for (const r of [second, third]) {
      expect(r.html).toBe(first.html);
      expect(r.headers.get("content-type")).toBe("text/html; charset=utf-8");
      // No nonce in a replay's policy: the one in its body was the render's, and admits nothing.
      expect(r.nonce).toBe("");
      expect(directive(r.policy, "script-src")).toBe(`script-src 'self' ${sha256("1")}`);
      expect(directive(r.policy, "style-src")).toBe(`style-src 'self' ${sha256("p{color:red}")}`);
      // The rest of the render's policy is kept as it was.
      expect(r.policy.replace(/; (script|style)-src [^;]*/g, "")).toBe(
        first.policy.replace(/; (script|style)-src [^;]*/g, ""),
      );
    }
  });

  it("admits in a replay only the inline scripts the render stamped, never injected ones, whatever nonce they carry", async () => {
    const seen = await get("/claims/seen"); // a visitor who has read a render's nonce in a replayed body
    next.injected = `<script>steal()</script><script nonce="${seen.html.match(/nonce="([^"]+)"/)?.[1]}">steal(2)</script>`;
    next.inline = "own()";
    await get("/claims/injected");
    const replay = await get("/claims/injected");
    expect(replay.cache).toBe("hit");
    expect(replay.html).toContain("<script>steal()</script>");
    expect(directive(replay.policy, "script-src")).toBe(`script-src 'self' ${sha256("own()")}`);
    expect(replay.policy).not.toContain(sha256("steal()"));
    expect(replay.policy).not.toContain(sha256("steal(2)"));
    expect(directive(replay.policy, "script-src")).not.toMatch(/'unsafe-inline'|'strict-dynamic'/);
    expect(replay.policy).not.toContain("'nonce-");
  });

  it("hashes an inline script as the browser's parser reads it, and keeps no page whose script could end elsewhere", async () => {
    next.inline = "a\r\nb\rc";
    await get("/claims/crlf");
    expect((await get("/claims/crlf")).policy).toContain(sha256("a\nb\nc"));
    // After `<!--` a `<script>` inside a script moves where the element ends: not replayed by hashes.
    next.inline = "<!--<script>x</script>-->";
    await get("/claims/escaped");
    expect((await get("/claims/escaped")).cache).toBe("miss");
    expect(cache.size).toBe(1);
  });

  it("gzips a cached answer once for clients that ask: the same bytes and policy as the identity copy", async () => {
    const identity = (await Promise.all([get("/technologies/django"), get("/technologies/django")]))[1];
    // The gzip copy is made off the event loop once the page is kept: until then, the identity copy.
    let res = await fetch(`${base}/technologies/django`, { headers: { "accept-encoding": "gzip" } });
    for (let tries = 0; !res.headers.get("content-encoding") && tries < 100; tries++) {
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 10));
      res = await fetch(`${base}/technologies/django`, { headers: { "accept-encoding": "gzip" } });
    }
    expect(res.headers.get("x-page-cache")).toBe("hit");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toMatch(/Accept-Encoding/);
    expect(res.headers.get("content-security-policy")).toBe(identity.policy);
    // fetch decompresses.
    expect(await res.text()).toBe(identity.html);
  });

  it("renders again once everything is dropped (a feed resync)", async () => {
    await get("/claims/a");
    next.text = "after the edit";
    expect((await get("/claims/a")).html).toContain("first");
    invalidateAll();
    const after = await get("/claims/a");
    expect(after.cache).toBe("miss");
    expect(after.html).toContain("after the edit");
  });

  it("keeps the tags its render's cached reads noted, and only a write touching them drops the page", async () => {
    const render = next.handle;
    next.handle = async (req, res) => {
      // What the page's data loads note (lib/cache/data.ts), here by hand.
      noteTags([SHAPE, recordTag(new URL(`http://n${req.url}`).pathname.split("/").pop() ?? "")]);
      await render(req, res);
    };
    await get("/claims/one");
    await get("/claims/two");
    invalidateTags([recordTag("one")]);
    expect((await get("/claims/one")).cache).toBe("miss");
    expect((await get("/claims/two")).cache).toBe("hit");
    invalidateTags([ANY_WRITE]); // every write drops ANY_WRITE: not these pages, which declared theirs
    expect((await get("/claims/two")).cache).toBe("hit");
    invalidateTags([SHAPE]);
    expect((await get("/claims/two")).cache).toBe("miss");
  });

  it("a page whose route is not declared, or whose render noted nothing, is dropped by any write", async () => {
    const render = next.handle;
    next.handle = async (req, res) => {
      noteTags([SHAPE]);
      await render(req, res);
    };
    await get("/search?q=django"); // search reads the database directly: its route is not declared
    next.handle = render;
    await get("/claims/silent"); // a declared route whose render noted no cached read
    invalidateTags([recordTag("unrelated"), ANY_WRITE]);
    expect((await get("/search?q=django")).cache).toBe("miss");
    expect((await get("/claims/silent")).cache).toBe("miss");
  });

  it("does not keep a render that started before a write committed", async () => {
    next.delayMs = 100;
    const during = get("/claims/b"); // reads the old material…
    await rendersStarted(1);
    invalidateAll(); // …while an edit commits
    next.text = "edited";
    expect((await during).html).toContain("first");
    next.delayMs = 0;
    const after = await get("/claims/b");
    expect(after.cache).toBe("miss");
    expect(after.html).toContain("edited");
  });

  it("after PUBLIC_CACHE_SECONDS, serves the old page while one request renders the new one", async () => {
    await get("/use-cases/cms");
    next.text = "written by another process";
    clock += PUBLIC_CACHE_SECONDS * 1000;
    next.delayMs = 150;
    const refresh = get("/use-cases/cms");
    await rendersStarted(2);
    const meanwhile = await Promise.all([get("/use-cases/cms"), get("/use-cases/cms")]);
    expect(meanwhile.map((r) => r.cache)).toEqual(["stale", "stale"]);
    expect(meanwhile.every((r) => r.html.includes("first"))).toBe(true);
    expect((await refresh).html).toContain("written by another process");
    expect(next.renders).toBe(2);
    expect((await get("/use-cases/cms")).cache).toBe("hit");
  });

  it("lets concurrent first visitors of a page share one render", async () => {
    next.delayMs = 100;
    const answers = await Promise.all(Array.from({ length: 8 }, () => get("/sources/x")));
    expect(next.renders).toBe(1);
    expect(answers.filter((a) => a.cache === "miss")).toHaveLength(1);
    expect(new Set(answers.map((a) => a.html)).size).toBe(1);
  });

  it("when a write lands during a render others wait for, they share one next render, not one each", async () => {
    next.delayMs = 300;
    const first = get("/sources/y"); // renders the old material…
    await rendersStarted(1);
    const waiting = Array.from({ length: 6 }, () => get("/sources/y")); // …while six more visitors wait for it
    await new Promise((r) => setTimeout(r, 100));
    invalidateAll(); // an edit commits: the first render is not kept
    next.text = "edited";
    const answers = await Promise.all(waiting);
    expect((await first).html).toContain("first");
    // One of the six rendered the page again and the others were answered from that render.
    expect(next.renders).toBe(2);
    expect(answers.map((a) => a.cache).sort()).toEqual(["hit", "hit", "hit", "hit", "hit", "miss"]);
    expect(answers.every((a) => a.html.includes("edited"))).toBe(true);
  });

  it("keeps no error, no answer that sets a cookie, and nothing but public GETs", async () => {
    next.status = 404;
    await get("/claims/missing");
    await get("/claims/missing");
    expect(next.renders).toBe(2);
    next.status = 200;
    next.setCookie = true;
    await get("/claims/cookie");
    await get("/claims/cookie");
    expect(next.renders).toBe(4);
    next.setCookie = false;
    for (const [pathname, headers] of [
      ["/admin", {}],
      ["/login", {}],
      ["/api/admin/claims", {}],
      ["/api/auth/session", {}],
      ["/compare/django-vs-fastapi?_rsc=abc", {}],
      ["/compare/django-vs-fastapi", { rsc: "1" }],
      ["/api/v1/claims", { authorization: "Bearer x" }],
    ] as Array<[string, Record<string, string>]>) {
      const before = next.renders;
      const answers = [await get(pathname, headers), await get(pathname, headers)];
      expect([pathname, answers.map((a) => a.cache)]).toEqual([pathname, [null, null]]);
      expect(next.renders).toBe(before + 2);
    }
    const post = await fetch(`${base}/claims/a`, { method: "POST" });
    await post.text();
    expect(post.headers.get("x-page-cache")).toBeNull();
  });

  it("answers nothing from the cache for a host the site does not serve", async () => {
    await get("/claims/a");
    const previous = process.env.ALLOWED_HOSTS;
    process.env.ALLOWED_HOSTS = "127.0.0.1";
    try {
      expect((await get("/claims/a")).cache).toBe("hit");
      // X-Forwarded-Host counts only from a trusted proxy, as in proxy.ts (lib/net/forwarded.ts).
      expect((await get("/claims/a", { "x-forwarded-host": "evil.example" })).cache).toBe("hit");
      process.env.TRUSTED_PROXIES = "127.0.0.1";
      expect((await get("/claims/a", { "x-forwarded-host": "evil.example" })).cache).toBeNull();
    } finally {
      delete process.env.TRUSTED_PROXIES;
      if (previous === undefined) delete process.env.ALLOWED_HOSTS;
      else process.env.ALLOWED_HOSTS = previous;
    }
  });

  it("checks hosts against the settings it was given (the server hands it a copy of its own)", async () => {
    cache = new PageCache({ now: () => clock, env: { ALLOWED_HOSTS: "site.example" } });
    await get("/claims/a");
    // This suite's requests name 127.0.0.1: not this site under these settings, whatever process.env says.
    expect((await get("/claims/a")).cache).toBeNull();
    cache = new PageCache({ now: () => clock, env: { ALLOWED_HOSTS: "127.0.0.1" } });
    await get("/claims/a");
    expect((await get("/claims/a")).cache).toBe("hit");
  });

  it("finishes a render whose visitor left before it started, so the next visitor of the page does not wait on it", async () => {
    // The request reaches the cache only once its client has gone (as after a wait for another render).
    const { port } = server.address() as AddressInfo;
    const answered = new Promise<unknown>((resolve) => {
      server.removeAllListeners("request");
      server.on("request", (req: IncomingMessage, res: ServerResponse) =>
        res.once("close", () => resolve(cache.handle(req, res, next.handle))),
      );
    });
    const gone = request({ host: "127.0.0.1", port, path: "/claims/left" });
    gone.on("error", () => undefined);
    gone.end();
    setTimeout(() => gone.destroy(), 50);
    expect(await answered).toBe("miss");
    server.removeAllListeners("request");
    server.on("request", (req: IncomingMessage, res: ServerResponse) => void cache.handle(req, res, next.handle));
    // Before, the first render never finished (its copy waited for a 'close' already past) and kept
    // its claim: each later visitor waited the whole waitMs (10 s) for it, past this test's timeout.
    expect((await get("/claims/left")).status).toBe(200);
  });

  it("keeps at most maxBytes of bodies, dropping the oldest first", async () => {
    // Each page's body and its gzip copy count: about 2,500 bytes.
    cache = new PageCache({ now: () => clock, maxBytes: 6_000 });
    for (const slug of ["a", "b", "c"]) await get(`/claims/${slug}`);
    expect(cache.size).toBe(2);
    expect(cache.storedBytes).toBeLessThanOrEqual(6_000);
    expect((await get("/claims/c")).cache).toBe("hit");
    expect((await get("/claims/a")).cache).toBe("miss");
  });
});

describe("signed-in visitors, the paths Next.js routes, and query strings", () => {
  const SESSION = "next-auth.session-token=eyJ.admin";

  it("never replays an admin's answer to an anonymous visitor, however the path is spelled", async () => {
    for (const target of [
      "/api/v1/%2e%2e/admin/users",
      "/api/v1/../admin/users",
      "/api/v1/../admin/meta",
      "/api/v1/../admin/decisions",
      "/api/v1/../admin/loginAttempts",
      "/api/v1/.%2e/admin/meta",
      "/claims/../api/admin/users",
      "/api/v1/..\\admin/users",
    ]) {
      const admin = await rawGet(target, { cookie: SESSION });
      expect([target, admin.status, admin.cache]).toEqual([target, 200, null]);
      const anonymous = await rawGet(target);
      expect([target, anonymous.status, anonymous.cache]).toEqual([target, 401, null]);
      expect(anonymous.body).not.toContain("admin@stackverdict.test");
    }
    expect(cache.size).toBe(0);
  });

  it("neither serves a signed-in visitor a cached copy nor keeps the answer to one", async () => {
    expect((await get("/claims/a")).cache).toBe("miss");
    expect((await get("/claims/a")).cache).toBe("hit");
    const signedIn: Array<Record<string, string>> = [
      { cookie: SESSION },
      { cookie: "theme=dark; __Secure-next-auth.session-token=eyJ" },
      { cookie: "next-auth.session-token.0=eyJ; next-auth.session-token.1=abc" },
      { authorization: "Bearer eyJ" },
    ];
    for (const headers of signedIn) {
      const before = next.renders;
      expect([headers, (await get("/claims/a", headers)).cache]).toEqual([headers, null]);
      expect(next.renders).toBe(before + 1);
    }
    // Rendered for a signed-in visitor first: the anonymous visitor after still gets a render of their own.
    await get("/claims/b", { cookie: SESSION });
    expect((await get("/claims/b")).cache).toBe("miss");
    // Cookies that are not a session change nothing.
    expect((await get("/claims/a", { cookie: "next-auth.csrf-token=x; theme=dark" })).cache).toBe("hit");
  });

  it("keeps nothing for made-up query parameters, so they cannot flood the cache", async () => {
    for (let i = 0; i < 40; i++) {
      for (const target of [
        `/claims/a?x${i}=1`,
        `/api/v1/claims?page=5&utm_${i}=1`,
        `/search?q=a&_rsc=${i}`,
        `/?cachebust=${i}`,
      ]) {
        expect([target, (await rawGet(target)).cache]).toEqual([target, null]);
      }
    }
    expect(cache.size).toBe(0);
    // A parameter given twice means nothing more to the pages (the first wins) and is refused by the API.
    expect((await rawGet("/search?q=a&q=b")).cache).toBeNull();
    expect(cache.size).toBe(0);
  });

  it("shares one entry between orders and spellings of the same parameters", async () => {
    expect((await rawGet("/search?q=django+orm&type=claim")).cache).toBe("miss");
    expect((await rawGet("/search?type=claim&q=django%20orm")).cache).toBe("hit");
    expect((await rawGet("/api/v1/claims?page=5&perPage=10")).cache).toBe("miss");
    expect((await rawGet("/api/v1/claims?perPage=10&page=5")).cache).toBe("hit");
    expect((await rawGet("/wizard?skills=python&useCase=back-office-tool")).cache).toBe("miss");
    expect((await rawGet("/wizard?useCase=back-office-tool&skills=python")).cache).toBe("hit");
    expect(cache.size).toBe(3);
    expect(next.renders).toBe(3);
  });

  it("passes through targets Next.js would route elsewhere than their text, and RSC payload paths", async () => {
    for (const target of [
      "/claims/%61",
      "//claims/a",
      "/claims/a/",
      "/claims/./a",
      "/claims/x/../a",
      "/api/v1/%63laims",
      "/compare/django-vs-fastapi.rsc",
      "/compare/django-vs-fastapi.prefetch.rsc",
      "/compare/django-vs-fastapi.segments/_tree.segment.rsc",
      "/api/v1/no-such-endpoint",
    ]) {
      const answers = [await rawGet(target), await rawGet(target)];
      expect([target, answers.map((a) => a.cache)]).toEqual([target, [null, null]]);
    }
    expect(cache.size).toBe(0);
  });
});

describe("cache keys", () => {
  const req = (url: string, host: string, headers: Record<string, string> = {}) =>
    ({
      url,
      method: "GET",
      headers: { host, ...headers },
      socket: { remoteAddress: "127.0.0.1" },
    }) as unknown as IncomingMessage;

  it("keys a target by the host it came with, in lower case, however hosts alternate on it", () => {
    const anyHost = {};
    expect(cacheKeyOf(req("/claims/a", "a.example"), anyHost)).toBe("a.example/claims/a");
    expect(cacheKeyOf(req("/claims/a", "B.Example"), anyHost)).toBe("b.example/claims/a");
    expect(cacheKeyOf(req("/claims/a", "a.example"), anyHost)).toBe("a.example/claims/a");
    expect(cacheKeyOf(req("/claims/a", "b.example"), anyHost)).toBe("b.example/claims/a");
    const long = `${"x".repeat(300)}.example`;
    expect(cacheKeyOf(req("/claims/a", long), anyHost)).toBe(`${long}/claims/a`);
    expect(cacheKeyOf(req("/claims/a", "a.example"), anyHost)).toBe("a.example/claims/a");
  });

  it("gives no key to a refused host or a signed-in visitor, right after the same target was keyed", () => {
    expect(cacheKeyOf(req("/claims/b", "a.example"), { ALLOWED_HOSTS: "a.example" })).toBe("a.example/claims/b");
    expect(cacheKeyOf(req("/claims/b", "evil.example"), { ALLOWED_HOSTS: "a.example" })).toBeNull();
    expect(cacheKeyOf(req("/claims/b", "a.example", { authorization: "Bearer x" }), {})).toBeNull();
    expect(cacheKeyOf(req("/claims/b", "a.example", { cookie: "next-auth.session-token=x" }), {})).toBeNull();
    expect(cacheKeyOf(req("/claims/b", "a.example"), { ALLOWED_HOSTS: "a.example" })).toBe("a.example/claims/b");
  });
});

describe("which requests are public", () => {
  const req = (url: string, method = "GET", headers: Record<string, string> = {}) =>
    ({ url, method, headers, socket: { remoteAddress: "127.0.0.1" } }) as unknown as IncomingMessage;

  it("covers every public page of app/(public) and the public API, feeds and discovery files", () => {
    const publicDir = path.join(__dirname, "../../../app/(public)");
    const sections = readdirSync(publicDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      // [...missing] answers every address no page matches (a 404): caching those would let any
      // made-up address take a cache entry.
      .filter((name) => name !== "[...missing]");
    expect(sections.length).toBeGreaterThan(5);
    expect(isCacheableRequest(req("/no-such-page"))).toBe(false);
    for (const section of sections) {
      expect([
        section,
        isCacheableRequest(req(`/${section}`)) || isCacheableRequest(req(`/${section}/some-slug`)),
      ]).toEqual([section, true]);
    }
    for (const url of [
      "/",
      "/api/v1/claims?page=5",
      "/api/v1/openapi.json",
      "/feed.xml",
      "/feeds/verdicts.xml",
      "/sitemap.xml",
      "/robots.txt",
      "/search?q=django&type=claim&page=2",
      "/wizard?show=1",
    ]) {
      expect([url, isCacheableRequest(req(url))]).toEqual([url, true]);
    }
  });

  it("keys every /api/v1 endpoint by the query parameters its schema declares, and no others", () => {
    for (const endpoint of ENDPOINTS) {
      const path = `/api/v1${endpoint.path.replace(/\{[^}]+\}/g, "some-slug")}`;
      const query = Object.keys(endpoint.query.shape)
        .map((name) => `${name}=1`)
        .join("&");
      expect([path, isCacheableRequest(req(query ? `${path}?${query}` : path))]).toEqual([path, true]);
      expect([path, isCacheableRequest(req(`${path}?${query ? `${query}&` : ""}unknown=1`))]).toEqual([path, false]);
    }
  });

  it("never covers the admin, sign-in, the admin API or auth, whatever the path's tail", () => {
    for (const url of [
      "/admin",
      "/admin/x",
      "/login",
      "/api/admin/claims",
      "/api/auth/session",
      "/api/docs",
      "/api/v1x",
      "/claims/a/b",
      "/compare/../admin",
      "/api/v1/../admin/users",
      "/api/v1/%2e%2e/admin/users",
      "/api/v1/.%2e/admin/meta",
      "/api/v1/%2E%2E/admin/meta",
    ]) {
      expect([url, isCacheableRequest(req(url))]).toEqual([url, false]);
    }
    expect(PUBLIC_PATHS.length).toBeGreaterThan(0);
    expect(isCacheableRequest(req("/claims/a", "HEAD"))).toBe(false);
  });
});
