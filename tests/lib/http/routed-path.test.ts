/** @jest-environment node */
// routedPath() against Next.js's own URL handling (the functions its router-server calls on
// req.url): whenever routedPath says a raw path is already in routed form, Next.js routes exactly
// that path, so a decision made on the raw text is a decision about the route Next.js runs.
import fc from "fast-check";
import { parseUrl } from "next/dist/shared/lib/router/utils/parse-url";
import { normalizeRepeatedSlashes } from "next/dist/shared/lib/utils";
import { rawPathOf, routedPath } from "@/lib/http/routed-path";

/** What Next.js routes for a target: WHATWG-resolved, then `//` and `\` collapsed (its 308), no trailing `/` (its 308). */
function nextRoutes(target: string): string {
  const path = normalizeRepeatedSlashes(parseUrl(target).pathname);
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}

describe("the path Next.js routes", () => {
  it("resolves every spelling of a dot segment, as Next.js does", () => {
    for (const target of [
      "/api/v1/../admin/users",
      "/api/v1/%2e%2e/admin/users",
      "/api/v1/.%2e/admin/meta",
      "/api/v1/%2E./admin/meta",
      "/api/v1/./../admin/decisions?x=1",
      "/claims/%2e%2e/api/admin/meta",
    ]) {
      expect([target, routedPath(target)]).toEqual([target, nextRoutes(target)]);
      expect(routedPath(target)).not.toBe(rawPathOf(target));
    }
    expect(routedPath("/api/v1/../admin/users")).toBe("/api/admin/users");
  });

  it("collapses backslashes, repeated and trailing slashes (Next.js redirects those)", () => {
    expect(routedPath("/api/v1/..\\admin/meta")).toBe("/api/admin/meta");
    expect(routedPath("//claims//a/")).toBe("/claims/a");
    expect(routedPath("/")).toBe("/");
  });

  it("spells escapes one way: unreserved characters decoded, others in upper case", () => {
    // Next.js decodes dynamic segments: /api/v1/%63laims is the claims list.
    expect(routedPath("/api/v1/%63laims")).toBe("/api/v1/claims");
    expect(routedPath("/claims/caf%c3%a9")).toBe("/claims/caf%C3%A9");
    // An escaped slash stays inside its segment: Next.js does not route it as a separator.
    expect(routedPath("/api/v1/..%2fadmin/meta")).toBe("/api/v1/..%2Fadmin/meta");
  });

  it("refuses targets that are not a plain path", () => {
    for (const target of ["*", "http://evil.example/claims/a", "/claims/a#x", ""])
      expect([target, routedPath(target)]).toEqual([target, null]);
  });

  it("whenever a raw path is in routed form, it is the path Next.js routes (property)", () => {
    const piece = fc.constantFrom(
      "/",
      "//",
      "\\",
      ".",
      "..",
      "...",
      "_",
      "%2e",
      "%2E",
      "%2f",
      "%5c",
      "%25",
      "%61",
      "%C3%A9",
      "a",
      "admin",
      "api",
      "v1",
      "claims",
      "-",
      "~",
      "?",
      "?q=1",
      ";",
      "%",
      "%zz",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const target = `/${pieces.join("")}`;
        const routed = routedPath(target);
        if (routed !== null && routed === rawPathOf(target)) expect(nextRoutes(target)).toBe(routed);
      }),
      { numRuns: 5000 },
    );
  });
});
