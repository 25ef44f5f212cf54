/** @jest-environment node */
// Forwarded headers (X-Forwarded-For/-Host/-Proto, X-Real-IP) are claims anyone can send: they
// count only when the connection came from a TRUSTED_PROXIES address, and the connection's
// address reaches the app only through scripts/server.ts's stamp, which no client can forge.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import {
  clientAddress,
  forwardedHost,
  forwardedScheme,
  hostOfIncoming,
  normalizeAddress,
  parseTrustedProxies,
  PEER_HEADER,
  peerStamp,
  requestOrigin,
  stampPeer,
  viewOfIncoming,
  viewOfRequest,
  type RequestView,
} from "@/lib/net/forwarded";

function request(headers: Record<string, string>, peer?: string): RequestView {
  const all = new Headers({ host: "localhost:3000", ...headers });
  if (peer) all.set(PEER_HEADER, peerStamp({ address: peer, scheme: "http" }));
  return viewOfRequest(new Request("http://localhost:3000/api/x", { headers: all }));
}

const PROXIES = { TRUSTED_PROXIES: "10.0.0.0/8, 2001:db8:ffff::1" };

describe("the connection's address", () => {
  it("is the stamped socket address; forwarded headers from anyone else are ignored", () => {
    const view = request({ "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" }, "203.0.113.7");
    expect(clientAddress(view, {})).toBe("203.0.113.7");
    expect(clientAddress(view, PROXIES)).toBe("203.0.113.7");
  });

  it("is unknown when no server stamped the request, or the stamp was not made by this process", () => {
    expect(clientAddress(request({ "x-forwarded-for": "198.51.100.1" }), PROXIES)).toBe("unknown");
    const forged = request({
      [PEER_HEADER]: "0123456789abcdef0123456789abcdef http 10.0.0.1",
      "x-forwarded-for": "198.51.100.1",
    });
    expect(clientAddress(forged, PROXIES)).toBe("unknown");
    expect(
      forwardedHost(request({ [PEER_HEADER]: "guess http 10.0.0.1", "x-forwarded-host": "evil.example" }), PROXIES),
    ).toBe("localhost:3000");
  });

  it("behind trusted proxies, is the right-most X-Forwarded-For entry that is not one of them", () => {
    const header = (xff: string, peer = "10.0.0.5") =>
      clientAddress(request({ "x-forwarded-for": xff }, peer), PROXIES);
    // The client wrote "6.6.6.6" itself; our proxies appended what they saw.
    expect(header("6.6.6.6, 198.51.100.9, 10.0.0.7")).toBe("198.51.100.9");
    expect(header("not-an-address, 10.1.1.1")).toBe("10.1.1.1");
    expect(header("10.2.2.2, 10.1.1.1")).toBe("10.2.2.2");
    expect(header("[2001:db8::7]:443")).toBe("2001:db8::7");
    expect(clientAddress(request({ "x-real-ip": "198.51.100.4" }, "2001:db8:ffff::1"), PROXIES)).toBe("198.51.100.4");
    expect(clientAddress(request({}, "10.0.0.5"), PROXIES)).toBe("10.0.0.5");
  });
});

describe("host and scheme", () => {
  it("take X-Forwarded-Host and -Proto only from a trusted proxy", () => {
    const headers = { host: "evil.example", "x-forwarded-host": "localhost:7777", "x-forwarded-proto": "https" };
    expect(forwardedHost(request(headers, "203.0.113.7"), PROXIES)).toBe("evil.example");
    expect(forwardedScheme(request(headers, "203.0.113.7"), PROXIES)).toBe("http");
    expect(forwardedHost(request(headers, "10.0.0.5"), PROXIES)).toBe("localhost:7777");
    expect(requestOrigin(request(headers, "10.0.0.5"), PROXIES)).toBe("https://localhost:7777");
    expect(requestOrigin(request({ host: "Site.Example:80" }, "203.0.113.7"), {})).toBe("http://site.example");
    expect(requestOrigin(request({ host: "evil.example/x@y" }, "203.0.113.7"), {})).toBeNull();
  });
});

describe("the host of a request on our own server (the page cache's shortcut)", () => {
  /** A Node request as the server sees it: headers, and a socket from `address`. */
  const incoming = (headers: Record<string, string>, address: string): IncomingMessage =>
    ({ headers, socket: { remoteAddress: address } }) as unknown as IncomingMessage;

  it("is forwardedHost's answer, with trusted proxies configured or not", () => {
    const headers = { host: "evil.example", "x-forwarded-host": "localhost:7777" };
    for (const env of [{}, { TRUSTED_PROXIES: "" }, PROXIES])
      for (const address of ["203.0.113.7", "10.0.0.5", "::ffff:10.0.0.5"])
        for (const sent of [headers, { host: "localhost:3000" }, {}] as Record<string, string>[]) {
          const req = incoming(sent, address);
          expect([env, address, sent, hostOfIncoming(req, env)]).toEqual([
            env,
            address,
            sent,
            forwardedHost(viewOfIncoming(req), env),
          ]);
        }
  });
});

describe("TRUSTED_PROXIES", () => {
  it("takes addresses and CIDR ranges of both families, and names what it cannot read", () => {
    const parsed = parseTrustedProxies(
      " 10.0.0.0/8 ,127.0.0.1, ::1, 2001:db8::/32, 10.0.0.0/33, proxy.internal, 0.0.0.0/0",
    );
    expect(parsed.invalid).toEqual(["10.0.0.0/33", "proxy.internal"]);
    expect(parsed.everything).toEqual(["0.0.0.0/0"]);
    expect(parsed.list.check("10.200.1.1", "ipv4")).toBe(true);
    expect(parsed.list.check("2001:db8:1::1", "ipv6")).toBe(true);
    expect(parseTrustedProxies("").list.check("127.0.0.1", "ipv4")).toBe(false);
  });

  it("matches a dual-stack socket's IPv4-mapped address", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("0:0:0:0:0:0:0:1")).toBe("::1");
    expect(normalizeAddress("198.51.100.1:8080")).toBe("198.51.100.1");
    expect(normalizeAddress("x")).toBeNull();
  });
});

describe("the stamp scripts/server.ts puts on every request", () => {
  it("replaces a copy the client sent with the socket's own address", async () => {
    let seen: IncomingMessage["headers"] = {};
    const server = createServer((req, res) => {
      stampPeer(req);
      seen = req.headers;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const forged = peerStamp({ address: "10.0.0.9", scheme: "https" }).replace(/ .*/, " https 10.0.0.9");
      await (
        await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
          headers: { [PEER_HEADER]: forged },
        })
      ).text();
    } finally {
      server.close();
    }
    const view = viewOfRequest(
      new Request("http://localhost:3000/", { headers: { [PEER_HEADER]: String(seen[PEER_HEADER]) } }),
    );
    expect(view.peer).toEqual({ address: "127.0.0.1", scheme: "http" });
  });
});
