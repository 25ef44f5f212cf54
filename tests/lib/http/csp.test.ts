/** @jest-environment node */
// The Content-Security-Policy proxy.ts sends: strict scripts, no framing, a fresh nonce each time.
import { NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, nonceOf, replayPolicy } from "@/lib/http/csp";
import { proxy } from "@/proxy";

const directive = (policy: string, name: string): string | undefined =>
  policy.split("; ").find((d) => d === name || d.startsWith(`${name} `));

describe("content security policy", () => {
  it("admits only nonced scripts, never inline or eval ones, in production", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123" });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
  });

  it("forbids framing by any site", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n" }), "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("requires the nonce on <style> elements and allows eval only in development", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n" }), "style-src")).toBe("style-src 'self' 'nonce-n'");
    expect(directive(contentSecurityPolicy({ nonce: "n", development: true }), "script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("upgrades insecure requests only when the site is served over https", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", https: true }), "upgrade-insecure-requests")).toBeDefined();
    expect(directive(contentSecurityPolicy({ nonce: "n" }), "upgrade-insecure-requests")).toBeUndefined();
  });

  it("makes a different 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("proxy puts the same fresh policy on the request (for Next.js) and on the response", () => {
    const first = proxy(new NextRequest("http://localhost/compare/django-vs-fastapi"));
    const second = proxy(new NextRequest("http://localhost/compare/django-vs-fastapi"));
    const policy = first.headers.get("content-security-policy");
    const nonce = nonceOf(policy);
    expect(nonce).toBeTruthy();
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
  });

  it("admits a vendored component's constant <style> by hash only on its own page", () => {
    const docs = proxy(new NextRequest("http://localhost/api/docs")).headers.get("content-security-policy") ?? "";
    const home = proxy(new NextRequest("http://localhost/")).headers.get("content-security-policy") ?? "";
    expect(directive(docs, "style-src")).toMatch(/^style-src 'self' 'nonce-[^']+' 'sha256-[^']+'$/);
    expect(directive(home, "style-src")).toMatch(/^style-src 'self' 'nonce-[^']+'$/);
  });

  it("a replayed copy admits the render's inline elements by hash and script files by 'self', and nothing inline besides", () => {
    const render = contentSecurityPolicy({ nonce: "abc123", https: true, styleHashes: ["sha256-style"] });
    const replay = replayPolicy(render, "abc123", { scripts: ["sha256-one", "sha256-two"], styles: [] });
    expect(directive(replay, "script-src")).toBe("script-src 'self' 'sha256-one' 'sha256-two'");
    expect(directive(replay, "style-src")).toBe("style-src 'self' 'sha256-style'");
    expect(replay).not.toContain("nonce");
    expect(replay).not.toMatch(/script-src[^;]*'(unsafe-inline|unsafe-eval|strict-dynamic)'/);
    // Every other directive as the render had it.
    const others = (policy: string) => policy.split("; ").filter((d) => !/^(script|style)-src /.test(d));
    expect(others(replay)).toEqual(others(render));
    // With no inline script at all, only the site's own files run.
    expect(directive(replayPolicy(render, "abc123", { scripts: [], styles: [] }), "script-src")).toBe(
      "script-src 'self'",
    );
  });
});
