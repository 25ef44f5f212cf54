/** @jest-environment node */
// A path whose percent-encoding does not decode (/claims/%c0) made Next.js fail while matching the
// page and answer a bare "Internal Server Error" without any security header; one that decodes to
// a NUL (/claims/%00) reached PostgreSQL as a slug and failed there (found by the route fuzz).
// proxy.ts answers both first: a 400 page (JSON under /api) with the policy, as every answer has.
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

const at = (path: string) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { host: "localhost:3000" } }));

describe("a malformed percent-encoding, or an encoded NUL, in the path", () => {
  it.each([
    "/claims/%c0",
    "/technologies/%E0%A4%A",
    "/decisions/%ff",
    "/compare/django-vs-%",
    "/claims/%00",
    "/sources/a%00b",
  ])("the page %s is a 400 page with the policy", async (path) => {
    const res = at(path);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(await res.text()).toContain("malformed percent-encoding or an encoded NUL");
  });

  it("an API path is a 400 with a JSON error", async () => {
    const res = at("/api/admin/claims/%c0");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "bad_request", message: expect.stringMatching(/malformed percent-encoding/) },
    });
  });

  it("well-formed encodings, and a literal %25, still go on to the page", () => {
    for (const path of ["/claims/caf%C3%A9", "/search", "/claims/100%25-sure"])
      expect(at(path).headers.get("x-middleware-next")).toBe("1");
  });
});
