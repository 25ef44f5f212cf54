// The page cache in front of the real Next.js (the production server, scripts/server.ts) with a
// real admin session: what an admin is answered is never replayed to anyone else, however the path
// is spelled, and made-up query strings add nothing to the cache. Requests go over node:http with
// their targets exactly as written (curl --path-as-is): fetch would resolve `..` before sending.
import { request } from "node:http";
import { BASE_URL } from "./support/server";
import { signInCookie } from "./support/session";

interface Answer {
  status: number;
  cache: string | null;
  body: string;
}

function rawGet(target: string, cookie?: string): Promise<Answer> {
  const { hostname, port } = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, headers: cookie ? { cookie } : {} }, (res) => {
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

/** What only a signed-in admin may read: the user list's emails, a team-only decision, the lockout log. */
const ADMIN_ONLY = /admin@stackverdict\.test|"data":\s*\[/;

describe("the page cache and signed-in requests, on the production server", () => {
  let admin = "";
  beforeAll(async () => {
    admin = await signInCookie(BASE_URL, "admin@stackverdict.test", "verdict-ada-2026");
  });

  it.each([
    "/api/v1/%2e%2e/admin/users",
    "/api/v1/../admin/users",
    "/api/v1/../admin/meta",
    "/api/v1/../admin/decisions",
    "/api/v1/../admin/loginAttempts",
    "/api/v1/.%2e/admin/meta",
  ])("an admin's answer to %s is not kept, and an anonymous visitor after gets 401", async (target) => {
    const forAdmin = await rawGet(target, admin);
    const anonymous = await rawGet(target);
    expect({ status: anonymous.status, cache: anonymous.cache, adminOnly: ADMIN_ONLY.test(anonymous.body) }).toEqual({
      status: 401,
      cache: null,
      adminOnly: false,
    });
    // The attack needs Next.js to route the spelling to the admin API: it does, for the admin.
    expect([forAdmin.status, forAdmin.cache]).toEqual([200, null]);
  });

  it("a signed-in visitor of a cached public page gets a fresh render, and leaves nothing behind", async () => {
    const page = "/technologies/django";
    await rawGet(page);
    expect((await rawGet(page)).cache).toMatch(/^(hit|stale)$/);
    expect((await rawGet(page, admin)).cache).toBeNull();
    const api = `/api/v1/technologies?perPage=3&page=1`;
    expect((await rawGet(api, admin)).cache).toBeNull();
    expect((await rawGet(api)).cache).toBe("miss");
  });

  it("made-up query parameters are answered by Next.js and never kept; parameter order shares one entry", async () => {
    for (let i = 0; i < 20; i++) {
      const junk = `cachebust${i}=${Date.now()}`;
      for (const target of [`/technologies/django?${junk}`, `/api/v1/claims?page=2&${junk}`]) {
        const answers = [await rawGet(target), await rawGet(target)];
        expect([target, answers.map((a) => a.cache)]).toEqual([target, [null, null]]);
      }
    }
    expect((await rawGet("/api/v1/claims?page=3&perPage=7")).cache).toBe("miss");
    expect((await rawGet("/api/v1/claims?perPage=7&page=3")).cache).toBe("hit");
  });

  it("RSC payload paths of public pages are never kept", async () => {
    const target = "/compare/django-vs-fastapi.rsc";
    const answers = [await rawGet(target), await rawGet(target)];
    expect(answers.map((a) => [a.status, a.cache])).toEqual([
      [200, null],
      [200, null],
    ]);
  });
});
