/** @jest-environment node */
// Every route handler in app/ has an access rule here, and the rule is checked against the real
// handler: a route added without a rule fails the first test. Admin routes refuse an anonymous
// caller for every method they export (the role × resource matrix in tests/app/api covers what
// signed-in roles may do); public routes export read methods only.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { call } from "../support/http";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../support/databases";

type Access = "admin" | "public-read" | "auth";

const RULES: Record<string, Access> = {
  "app/api/admin/[resource]/[id]/compare/route.ts": "admin",
  "app/api/admin/[resource]/[id]/history/route.ts": "admin",
  "app/api/admin/[resource]/[id]/permissions/route.ts": "admin",
  "app/api/admin/[resource]/[id]/restore/route.ts": "admin",
  "app/api/admin/[resource]/[id]/revert/route.ts": "admin",
  "app/api/admin/[resource]/[id]/route.ts": "admin",
  "app/api/admin/[resource]/[id]/site/route.ts": "admin",
  "app/api/admin/[resource]/bulk/route.ts": "admin",
  "app/api/admin/[resource]/choices/route.ts": "admin",
  "app/api/admin/[resource]/export/route.ts": "admin",
  "app/api/admin/[resource]/keys/route.ts": "admin",
  "app/api/admin/[resource]/route.ts": "admin",
  "app/api/admin/dashboard/route.ts": "admin",
  "app/api/admin/decision-log/[teamId]/route.ts": "admin",
  "app/api/admin/import/route.ts": "admin",
  "app/api/admin/jobs/[id]/cancel/route.ts": "admin",
  "app/api/admin/jobs/[id]/route.ts": "admin",
  "app/api/admin/meta/route.ts": "admin",
  "app/api/admin/notifications/route.ts": "admin",
  "app/api/admin/password-reset/route.ts": "admin",
  "app/api/admin/review/route.ts": "admin",
  "app/api/admin/saved-filters/[id]/route.ts": "admin",
  "app/api/admin/saved-filters/route.ts": "admin",
  "app/api/admin/verdict-proposal/[id]/route.ts": "admin",
  // next-auth's sign-in, sign-out, session and CSRF token, behind the host and origin checks
  // (tested through the real handler in tests/app/api/auth; throttling also in tests/lib/auth).
  "app/api/auth/[...nextauth]/route.ts": "auth",
  // A new password with a one-time link: nobody is signed in; host, origin and throttle checked
  // (tests/app/api/auth/password-reset.test.ts).
  "app/api/auth/reset-password/route.ts": "auth",
  // A reset link by mail (SMTP_URL): nobody is signed in; host, origin and throttle checked, one
  // answer for every address (tests/lib/auth/password-reset-mail.test.ts).
  "app/api/auth/forgot-password/route.ts": "auth",
  "app/api/docs/[asset]/route.ts": "public-read",
  "app/api/docs/route.ts": "public-read",
  "app/api/v1/[...path]/route.ts": "public-read",
  "app/api/v1/openapi.json/route.ts": "public-read",
  "app/feed.xml/route.ts": "public-read",
  "app/feeds/claims.xml/route.ts": "public-read",
  "app/feeds/verdicts.xml/route.ts": "public-read",
};

const ROOT = path.resolve(__dirname, "../..");
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
const METHODS = ["GET", "HEAD", "OPTIONS", ...WRITE_METHODS] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) return routeFiles(rel);
    return name === "route.ts" ? [rel] : [];
  });
}

// Placeholder values for dynamic segments: the request must be refused before they matter.
const PARAMS = {
  resource: "claims",
  id: "any-id",
  teamId: "any-team",
  path: ["claims"],
  asset: "rapidoc-min.js",
  nextauth: ["session"],
};

type Handler = (req: unknown, ctx: unknown) => Promise<Response>;

describe("route inventory", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase("sqlite");
    useAsAppDatabase(t);
  });
  afterAll(() => t.close());

  it("every route handler in app/ has an access rule", () => {
    expect(routeFiles("app").sort()).toEqual(Object.keys(RULES).sort());
  });

  for (const [file, access] of Object.entries(RULES)) {
    if (access === "auth") continue;
    it(`${file}: ${access === "admin" ? "refuses anonymous callers on every method" : "exports read methods only"}`, async () => {
      const mod = (await import(`../../${file.replace(/\.ts$/, "")}`)) as Partial<
        Record<(typeof METHODS)[number], Handler>
      >;
      const exported = METHODS.filter((m) => typeof mod[m] === "function");
      expect(exported.length).toBeGreaterThan(0);
      if (access === "public-read") {
        expect(exported.filter((m) => (WRITE_METHODS as readonly string[]).includes(m))).toEqual([]);
        return;
      }
      for (const method of exported) {
        const res = await call(mod[method], {
          method: method as "GET",
          url: "/api/admin/anything",
          params: PARAMS as unknown as Record<string, string>,
          body: method === "GET" || method === "HEAD" ? undefined : {},
        });
        expect([method, res.status]).toEqual([method, 401]);
      }
    });
  }
});
