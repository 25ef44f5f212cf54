/** @jest-environment node */
// Allowed hosts (Django's ALLOWED_HOSTS): a forged Host is refused by the API wrapper and by proxy.ts.
import { NextRequest } from "next/server";
import * as meta from "@/app/api/admin/meta/route";
import { PEER_HEADER, peerStamp } from "@/lib/net/forwarded";
import { allowedHosts, isAllowedHost } from "@/lib/http/hosts";
import { proxy } from "@/proxy";
import { call } from "../../support/http";

describe("allowed hosts", () => {
  it("defaults to NEXTAUTH_URL's host, ignoring the port", () => {
    const env = { NEXTAUTH_URL: "https://verdicts.example.org" };
    expect(allowedHosts(env)).toEqual(["verdicts.example.org"]);
    expect(isAllowedHost("verdicts.example.org", env)).toBe(true);
    expect(isAllowedHost("Verdicts.Example.org:443", env)).toBe(true);
    expect(isAllowedHost("evil.example", env)).toBe(false);
    expect(isAllowedHost(null, env)).toBe(false);
  });

  it("takes ALLOWED_HOSTS, where a leading dot admits subdomains and * admits anything", () => {
    const env = { NEXTAUTH_URL: "https://verdicts.example.org", ALLOWED_HOSTS: ".example.org, localhost" };
    expect(isAllowedHost("www.example.org", env)).toBe(true);
    expect(isAllowedHost("example.org", env)).toBe(true);
    expect(isAllowedHost("localhost:3000", env)).toBe(true);
    expect(isAllowedHost("badexample.org", env)).toBe(false);
    expect(allowedHosts({ ALLOWED_HOSTS: "*" })).toBeNull();
  });

  it("answers a Host it has seen under the settings in force, not the ones it was first asked under", () => {
    const site = { NEXTAUTH_URL: "https://verdicts.example.org" };
    expect(isAllowedHost("verdicts.example.org", site)).toBe(true);
    expect(isAllowedHost("other.example", site)).toBe(false);
    const other = { NEXTAUTH_URL: "https://other.example" };
    expect(isAllowedHost("verdicts.example.org", other)).toBe(false);
    expect(isAllowedHost("other.example", other)).toBe(true);
    expect(isAllowedHost("other.example", site)).toBe(false);
    // Many made-up hosts only empty the memory: answers stay right.
    for (let i = 0; i < 1_000; i++) expect(isAllowedHost(`made-up-${i}.example`, site)).toBe(false);
    expect(isAllowedHost("Verdicts.Example.org:443", site)).toBe(true);
  });

  it("accepts any host in a development checkout with neither setting", () => {
    expect(isAllowedHost("anything.test", {})).toBe(true);
  });

  it("for a loopback NEXTAUTH_URL admits every loopback name, and nothing else; a real site stays strict", () => {
    for (const url of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000"]) {
      const env = { NEXTAUTH_URL: url };
      expect(["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "LOCALHOST"].map((h) => isAllowedHost(h, env))).toEqual(
        [true, true, true, true],
      );
      expect(isAllowedHost("evil.example", env)).toBe(false);
      expect(isAllowedHost("127.0.0.2:3000", env)).toBe(false);
    }
    const production = { NEXTAUTH_URL: "https://verdicts.example.org" };
    expect(["localhost", "127.0.0.1", "[::1]"].map((h) => isAllowedHost(h, production))).toEqual([false, false, false]);
    expect(isAllowedHost("127.0.0.1:3000", { NEXTAUTH_URL: "http://localhost:3000", ALLOWED_HOSTS: "localhost" })).toBe(
      false,
    );
    expect(isAllowedHost("[::1]:3000", { ALLOWED_HOSTS: "::1" })).toBe(true);
  });

  describe("on requests", () => {
    const saved = process.env.NEXTAUTH_URL;
    beforeAll(() => {
      process.env.NEXTAUTH_URL = "http://localhost:3000";
    });
    afterAll(() => {
      process.env.NEXTAUTH_URL = saved;
    });

    it("the API answers 400 to a forged Host before doing anything else", async () => {
      const res = await call(meta.GET, { url: "/api/admin/meta", headers: { host: "evil.example" } });
      expect(res.status).toBe(400);
      expect(res.json.error).toEqual({ code: "disallowed_host", message: expect.stringContaining("evil.example") });
    });

    it("pages get 400 from proxy.ts for a forged Host, and a policy for their own", async () => {
      const forged = proxy(new NextRequest("http://localhost:3000/", { headers: { host: "evil.example" } }));
      expect(forged.status).toBe(400);
      const own = proxy(new NextRequest("http://localhost:3000/", { headers: { host: "localhost:3000" } }));
      expect(own.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    });

    it("the demo's own .env (NEXTAUTH_URL http://localhost:3000) opens on localhost, 127.0.0.1 and [::1] alike", async () => {
      for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000"]) {
        const page = proxy(new NextRequest("http://localhost:3000/admin", { headers: { host } }));
        expect([host, page.status]).toEqual([host, 200]);
        expect((await call(meta.GET, { url: "/api/admin/meta", headers: { host } })).status).toBe(401);
      }
      expect(
        proxy(new NextRequest("http://localhost:3000/admin", { headers: { host: "127.0.0.2:3000" } })).status,
      ).toBe(400);
    });

    it("an X-Forwarded-Host naming the site does not launder a forged Host, unless a trusted proxy sent it", async () => {
      const laundered = { host: "evil.example", "x-forwarded-host": "localhost:7777" };
      const res = await call(meta.GET, { url: "/api/admin/meta", headers: laundered, peer: "203.0.113.7" });
      expect(res.status).toBe(400);
      const page = (peer: string) => {
        const headers = new Headers({ ...laundered, [PEER_HEADER]: peerStamp({ address: peer, scheme: "http" }) });
        return proxy(new NextRequest("http://localhost:3000/", { headers })).status;
      };
      expect(page("203.0.113.7")).toBe(400);
      // The other way round: a client cannot get refused pages past a proxy that is not ours either.
      expect(
        (
          await call(meta.GET, {
            url: "/api/admin/meta",
            headers: { "x-forwarded-host": "evil.example" },
            peer: "203.0.113.7",
          })
        ).status,
      ).toBe(401);
      process.env.TRUSTED_PROXIES = "10.0.0.0/8";
      try {
        expect(page("10.0.0.2")).toBe(200);
        expect(
          (
            await call(meta.GET, {
              url: "/api/admin/meta",
              headers: { "x-forwarded-host": "evil.example" },
              peer: "10.0.0.2",
            })
          ).status,
        ).toBe(400);
      } finally {
        delete process.env.TRUSTED_PROXIES;
      }
    });
  });
});
