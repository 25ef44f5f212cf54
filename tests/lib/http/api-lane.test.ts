/** @jest-environment node */
// Which requests the API lane (lib/http/api-lane.ts) answers itself, and which it leaves to Next.js.
// The lane's answers are held to Next.js's, header by header, on a real server:
// tests/browser/api-lane.browser.test.ts.
import type { IncomingMessage } from "node:http";
import { laneSegments } from "@/lib/http/api-lane";

const request = (url: string, method = "GET", headers: Record<string, string> = {}) =>
  ({ url, method, headers }) as unknown as IncomingMessage;
const OTHER = ["/api/v1/openapi.json"];

describe("laneSegments", () => {
  it("takes GET and HEAD of plain /api/v1 paths, whatever the query, with the segments Next.js hands [...path]", () => {
    expect(laneSegments(request("/api/v1/claims?page=5"), OTHER)).toEqual(["claims"]);
    expect(laneSegments(request("/api/v1/claims/some-slug", "HEAD"), OTHER)).toEqual(["claims", "some-slug"]);
    expect(laneSegments(request("/api/v1/Claims?page=%ff&page=2&topic=caf%C3%A9"), OTHER)).toEqual(["Claims"]);
    expect(laneSegments(request("/api/v1/claims", "GET", { "content-length": "0", cookie: "a=b" }), OTHER)).toEqual([
      "claims",
    ]);
  });

  it.each([
    ["another method", request("/api/v1/claims", "OPTIONS")],
    ["a write", request("/api/v1/claims", "POST")],
    ["another prefix", request("/api/admin/claims")],
    ["another case of the prefix", request("/API/v1/claims")],
    ["the prefix alone", request("/api/v1/")],
    ["a trailing slash", request("/api/v1/claims/")],
    ["a double slash", request("/api/v1//claims")],
    ["a dot segment", request("/api/v1/./claims")],
    ["a dot-dot segment", request("/api/v1/claims/..")],
    ["an escape", request("/api/v1/%63laims")],
    ["an encoded slash", request("/api/v1/claims/a%2Fb")],
    ["a backslash", request("/api/v1/claims\\x")],
    ["a fragment", request("/api/v1/claims#x")],
    ["an absolute-form target", request("http://localhost/api/v1/claims")],
    ["the static OpenAPI route", request("/api/v1/openapi.json")],
    ["a query parameter Next.js drops", request("/api/v1/claims?__proto__=1")],
    ["a route parameter of Next.js's router", request("/api/v1/claims?nxtPpath=x")],
    ["a value with a reserved character", request("/api/v1/claims?q=a+b")],
    ["a pair without a value", request("/api/v1/claims?page")],
    ["an empty query", request("/api/v1/claims?")],
    ["empty pairs", request("/api/v1/claims?&&=&")],
    ["a body", request("/api/v1/claims", "GET", { "content-length": "5" })],
    ["a chunked body", request("/api/v1/claims", "GET", { "transfer-encoding": "chunked" })],
    ["an RSC request", request("/api/v1/claims", "GET", { rsc: "1" })],
    ["a router header", request("/api/v1/claims", "GET", { "next-router-prefetch": "1" })],
    ["a middleware header", request("/api/v1/claims", "GET", { "x-middleware-subrequest": "proxy" })],
    ["a data request", request("/api/v1/claims", "GET", { "x-nextjs-data": "1" })],
  ])("leaves %s to Next.js", (_label, req) => {
    expect(laneSegments(req, OTHER)).toBeNull();
  });
});
