/** @jest-environment node */
// Fetching an editor's URL from the server: only public addresses (checked after DNS and on every
// redirect), bounded size, time and type, each refusal a sentence the editor can act on. A local
// server on loopback stands in for the web; loopback is allowed by an injected policy only.
import { addressProblem } from "@/lib/net/addresses";
import { fetchPublicPage } from "@/lib/net/fetch-public";
import { checkTarget, defaultFetchPolicy, PageFetchError, type FetchPolicy } from "@/lib/net/policy";
import { loopbackPolicy, startWebServer, type WebServer } from "../../support/web-server";

let web: WebServer;
let policy: FetchPolicy;
beforeAll(async () => {
  web = await startWebServer();
  policy = { ...defaultFetchPolicy(), ...loopbackPolicy(web) };
});
afterAll(() => web.close());

const refusal = (url: string, p: FetchPolicy = policy): Promise<string> =>
  fetchPublicPage(url, p).then(
    () => "fetched",
    (error: unknown) => (error instanceof PageFetchError ? error.message : `unexpected: ${String(error)}`),
  );

describe("which addresses are public", () => {
  it.each([
    ["127.0.0.1", /loopback/],
    ["::1", /loopback/],
    ["10.1.2.3", /private network/],
    ["172.16.0.1", /private network/],
    ["172.31.255.255", /private network/],
    ["192.168.1.1", /private network/],
    ["169.254.169.254", /link-local.*metadata/],
    ["100.64.0.1", /carrier-grade NAT/],
    ["224.0.0.251", /multicast/],
    ["ff02::1", /multicast/],
    ["0.0.0.0", /unspecified/],
    ["::", /unspecified/],
    ["fd00::1", /private network/],
    ["fc00::1", /private network/],
    ["fe80::1", /link-local/],
    ["::ffff:127.0.0.1", /loopback/],
    ["::ffff:a00:1", /private network/],
    ["::ffff:169.254.169.254", /metadata/],
    ["64:ff9b::c0a8:101", /private network/],
    ["255.255.255.255", /reserved/],
  ])("%s is refused", (address, why) => {
    expect(addressProblem(address)).toMatch(why);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])(
    "%s is public",
    (address) => {
      expect(addressProblem(address)).toBeNull();
    },
  );
});

describe("URLs refused before any connection", () => {
  const production = defaultFetchPolicy({});
  it.each([
    ["ftp://example.com/a.html", /Only http and https addresses can be imported \(this one starts with "ftp:"\)/],
    ["file:///etc/passwd", /Only http and https/],
    ["javascript:alert(1)", /Only http and https/],
    ["https://user:secret@example.com/post", /user name or password/],
    ["https://example.com:8080/post", /Port 8080 is not allowed/],
    ["not a url", /is not a web address/],
  ])("%s", (url, message) => {
    expect(() => checkTarget(url, production)).toThrow(message);
  });

  it("ports beyond 80/443 pass only when configured (IMPORT_FETCH_PORTS)", () => {
    expect(checkTarget("https://example.com:8443/post", defaultFetchPolicy({ IMPORT_FETCH_PORTS: "8443" })).port).toBe(
      "8443",
    );
  });

  it("the production policy refuses loopback: the local server itself is out of reach", async () => {
    const hits = web.hits.length;
    expect(await refusal(`${web.origin}/article`, { ...production, ports: new Set([web.port]) })).toBe(
      "That address points to this server (a loopback address); only public web pages can be imported.",
    );
    expect(
      await refusal(`http://[::ffff:127.0.0.1]:${web.port}/article`, { ...production, ports: new Set([web.port]) }),
    ).toMatch(/loopback/);
    expect(web.hits.length).toBe(hits);
  });

  it("allowing loopback is refused in production", async () => {
    const env = process.env as Record<string, string | undefined>;
    const before = env.NODE_ENV;
    env.NODE_ENV = "production";
    try {
      await expect(fetchPublicPage(`${web.origin}/article`, policy)).rejects.toThrow(/tests only/);
    } finally {
      env.NODE_ENV = before;
    }
  });
});

describe("fetching under the policy", () => {
  it("reads a page, decompressing it, and follows a redirect to it", async () => {
    const page = await fetchPublicPage(`${web.origin}/article.gz`, policy);
    expect(page).toMatchObject({ mime: "text/html", charset: "utf-8" });
    expect(page.bytes.toString("utf8")).toContain("12,500 req/s");
    expect((await fetchPublicPage(`${web.origin}/hop#section`, policy)).url).toBe(`${web.origin}/article`);
  });

  it("a redirect to a private address is refused before it is followed", async () => {
    expect(await refusal(`${web.origin}/to-metadata`)).toBe(
      "The page redirected to http://169.254.169.254/latest/meta-data/. That address points to a link-local address (such as a cloud metadata service); only public web pages can be imported.",
    );
  });

  it("a host whose DNS answer is private is refused, directly and after a redirect", async () => {
    expect(await refusal(`http://intranet.example:${web.port}/article`)).toBe(
      "That address points to a private network; only public web pages can be imported.",
    );
    expect(await refusal(`${web.origin}/to-private-name`)).toMatch(
      /redirected to http:\/\/intranet\.example:\d+\/article\. That address points to a private network/,
    );
  });

  it("a host with one public and one private address is refused (the bad one is never a fallback)", async () => {
    const mixed = {
      ...policy,
      resolve: async () => [
        { address: "93.184.215.14", family: 4 as const },
        { address: "192.168.0.10", family: 4 as const },
      ],
    };
    expect(await refusal("http://mixed.example/post", mixed)).toMatch(/private network/);
  });

  it("connects to the address it checked, whatever DNS would answer later (no rebinding)", async () => {
    let calls = 0;
    // First answer loopback (allowed here), any later answer private: the request must use the first.
    // rebind.example exists in no real DNS, so the page arriving also shows Node never looked it up itself.
    const rebinding = {
      ...policy,
      resolve: async () => [{ address: calls++ === 0 ? "127.0.0.1" : "10.0.0.1", family: 4 as const }],
    };
    const page = await fetchPublicPage(`http://rebind.example:${web.port}/article`, rebinding);
    expect(page.bytes.toString("utf8")).toContain("FastAPI");
    expect(calls).toBe(1);
  });

  it.each([
    ["/loop", /redirected more than 5 times/],
    ["/huge", /larger than 1\.0 MB/],
    ["/bomb", /larger than 1\.0 MB/],
    ["/slow", /did not load within 1\.5 s/],
    ["/report.pdf", /serves application\/pdf, not a web page/],
    ["/untyped", /no Content-Type/],
    ["/missing", /answered HTTP 404/],
  ])("%s is a clear error", async (path, message) => {
    expect(await refusal(`${web.origin}${path}`)).toMatch(message);
  });

  it("a name that does not resolve says so", async () => {
    expect(await refusal(`http://nowhere.example:${web.port}/`)).toMatch(/could not be found/);
  });
});
