// Who a request really came from, and which origin it was addressed to, when reverse proxies stand
// in between (Django's SECURE_PROXY_SSL_HEADER and USE_X_FORWARDED_HOST). X-Forwarded-For,
// X-Real-IP, X-Forwarded-Host and X-Forwarded-Proto are claims anyone can send, so they are read
// only when the connection itself came from an address listed in TRUSTED_PROXIES (comma-separated
// addresses and CIDR ranges; empty by default: nothing forwarded is believed).
//
// Route handlers and proxy.ts never see the socket, so scripts/server.ts stamps every request with
// the socket's address in PEER_HEADER, replacing any copy the client sent. The stamp carries a
// random key of this process: under any other server (`next dev`, `next start`, tests that do not
// stamp) the header is just another client claim, and no peer is known.
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

type Env = Record<string, string | undefined>;
export type Scheme = "http" | "https";

/** The other end of the TCP connection, as the server saw it. */
export interface Peer {
  address: string;
  scheme: Scheme;
}

/** A request as these rules see it, whatever framework object it came from. */
export interface RequestView {
  header(name: string): string | null;
  /** Null when no server we trust said who connected (then forwarded headers are never read). */
  peer: Peer | null;
  /** What the URL the framework built says, for requests without a peer (tests, `next dev`). */
  fallback: { scheme: Scheme; host: string | null };
}

export const PEER_HEADER = "x-stackverdict-peer";
/** The throttle's and the log's address when no server told us who connected. */
export const UNKNOWN_ADDRESS = "unknown";

// On globalThis under a registered symbol: scripts/server.ts and the route and proxy bundles Next.js
// loads are separate module instances in one process, and must share the key.
const KEY = Symbol.for("stackverdict.peer-stamp-key");

function processKey(create: boolean): string | null {
  const store = globalThis as unknown as Record<symbol, string | undefined>;
  if (!store[KEY] && create) {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    store[KEY] = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  return store[KEY] ?? null;
}

/** The stamp value for `peer`; only this process can make one that `readStamp` accepts. */
export function peerStamp(peer: Peer): string {
  return `${processKey(true)} ${peer.scheme} ${peer.address}`;
}

function readStamp(value: string | null): Peer | null {
  const key = processKey(false);
  if (!key || !value) return null;
  const [stampKey, scheme, address, ...rest] = value.split(" ");
  if (stampKey !== key || rest.length || (scheme !== "http" && scheme !== "https") || !address) return null;
  return { scheme, address };
}

/** The socket's side of a Node request. */
export function incomingPeer(req: IncomingMessage): Peer {
  const encrypted = "encrypted" in req.socket && req.socket.encrypted === true;
  return {
    address: normalizeAddress(req.socket.remoteAddress ?? "") ?? UNKNOWN_ADDRESS,
    scheme: encrypted ? "https" : "http",
  };
}

/** For scripts/server.ts, before Next.js sees the request: overwrites whatever the client sent. */
export function stampPeer(req: IncomingMessage): void {
  req.headers[PEER_HEADER] = peerStamp(incomingPeer(req));
}

/**
 * An address as the throttle and the log key it: IPv4 dotted, IPv6 in its canonical short form
 * (IPv4-mapped IPv6 as IPv4, as a dual-stack socket reports it), ports and brackets removed.
 * Null for anything that is not an address.
 */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.replace(/:\d+$/, "");
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1];
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address.toLowerCase(); // a zone id (fe80::1%eth0), which URLs do not take
  }
}

interface ParsedProxies {
  list: BlockList;
  invalid: string[];
  /** Entries that admit every address (0.0.0.0/0, ::/0): every client could then forge headers. */
  everything: string[];
}

/** Parses TRUSTED_PROXIES: addresses and CIDR ranges, IPv4 or IPv6. Pure. */
export function parseTrustedProxies(source: string): ParsedProxies {
  const parsed: ParsedProxies = { list: new BlockList(), invalid: [], everything: [] };
  for (const entry of source
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [net, prefixText, ...rest] = entry.split("/");
    const address = normalizeAddress(net);
    const type = address && isIP(address) === 6 ? "ipv6" : "ipv4";
    const prefix = prefixText === undefined ? null : Number(prefixText);
    const maxPrefix = type === "ipv6" ? 128 : 32;
    if (!address || rest.length || (prefix !== null && (!/^\d+$/.test(prefixText) || prefix > maxPrefix))) {
      parsed.invalid.push(entry);
    } else if (prefix === null) {
      parsed.list.addAddress(address, type);
    } else {
      parsed.list.addSubnet(address, prefix, type);
      if (prefix === 0) parsed.everything.push(entry);
    }
  }
  return parsed;
}

// Parsed once per value of TRUSTED_PROXIES (tests change it; production reads it per request).
let cached: { source: string; list: BlockList } | null = null;

function trustedProxies(env: Env): BlockList {
  const source = env.TRUSTED_PROXIES ?? "";
  if (cached?.source !== source) {
    const parsed = parseTrustedProxies(source);
    // Ignored rather than fatal: trusting less than meant fails safe; check:deploy reports it.
    if (parsed.invalid.length)
      console.warn(`TRUSTED_PROXIES: ignoring ${parsed.invalid.join(", ")} (not an address or CIDR range)`);
    cached = { source, list: parsed.list };
  }
  return cached.list;
}

export function isTrustedProxy(address: string, env: Env = process.env): boolean {
  // Nothing listed (the default): nobody is trusted, and no address needs parsing (every request asks).
  if (!env.TRUSTED_PROXIES) return false;
  const version = isIP(address);
  return version !== 0 && trustedProxies(env).check(address, version === 6 ? "ipv6" : "ipv4");
}

function peerIsTrusted(view: RequestView, env: Env): boolean {
  return view.peer !== null && isTrustedProxy(view.peer.address, env);
}

const entries = (value: string | null): string[] =>
  (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);

/**
 * The client's address: the socket's, or behind trusted proxies the right-most X-Forwarded-For
 * entry that is not one of them (entries further left were written by the client and prove
 * nothing). Without X-Forwarded-For, a trusted proxy's X-Real-IP.
 */
export function clientAddress(view: RequestView, env: Env = process.env): string {
  if (!view.peer) return UNKNOWN_ADDRESS;
  if (!peerIsTrusted(view, env)) return view.peer.address;
  const chain = entries(view.header("x-forwarded-for")).reverse();
  if (!chain.length) return normalizeAddress(view.header("x-real-ip") ?? "") ?? view.peer.address;
  let client = view.peer.address;
  for (const hop of chain) {
    const address = normalizeAddress(hop);
    // Not an address: whoever handed it to our proxy is the last one we know of.
    if (!address) return client;
    client = address;
    if (!isTrustedProxy(address, env)) return address;
  }
  return client; // every hop is one of our proxies: the left-most is as far as anyone can tell
}

/** The Host the browser used: a trusted proxy's X-Forwarded-Host (its last entry), else Host. */
export function forwardedHost(view: RequestView, env: Env = process.env): string | null {
  if (peerIsTrusted(view, env)) {
    const forwarded = entries(view.header("x-forwarded-host")).pop();
    if (forwarded) return forwarded;
  }
  return view.header("host") ?? view.fallback.host;
}

/** The scheme the browser used: a trusted proxy's X-Forwarded-Proto, else the connection's. */
export function forwardedScheme(view: RequestView, env: Env = process.env): Scheme {
  if (peerIsTrusted(view, env)) {
    const proto = entries(view.header("x-forwarded-proto")).pop()?.toLowerCase();
    if (proto === "https" || proto === "http") return proto;
  }
  return view.peer?.scheme ?? view.fallback.scheme;
}

/** The origin the browser addressed (scheme, host, port), normalized as URL does; null if malformed. */
export function requestOrigin(view: RequestView, env: Env = process.env): string | null {
  const host = forwardedHost(view, env);
  if (!host || /[/?#@\\\s]/.test(host)) return null;
  try {
    return new URL(`${forwardedScheme(view, env)}://${host}`).origin;
  } catch {
    return null;
  }
}

const schemeOf = (protocol: string): Scheme => (protocol === "https:" ? "https" : "http");

/** A Fetch API request (route handlers, proxy.ts): the peer comes from the server's stamp. */
export function viewOfRequest(req: Request): RequestView {
  let fallback: RequestView["fallback"] = { scheme: "http", host: null };
  try {
    const url = new URL(req.url);
    fallback = { scheme: schemeOf(url.protocol), host: url.host || null };
  } catch {
    // A relative or broken URL: nothing to fall back on.
  }
  return { header: (name) => req.headers.get(name), peer: readStamp(req.headers.get(PEER_HEADER)), fallback };
}

/** Headers as a plain object (next-auth hands `authorize` these): the peer from the stamp. */
export function viewOfHeaderRecord(headers: Record<string, string | string[] | undefined>): RequestView {
  const header = (name: string): string | null => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  };
  return { header, peer: readStamp(header(PEER_HEADER)), fallback: { scheme: "http", host: null } };
}

/**
 * forwardedHost of a Node request on our own server, for the page cache's every request: with no
 * TRUSTED_PROXIES (the default) no X-Forwarded-Host counts, so the answer is the Host header, and
 * the socket's address (parsed and normalized per request by viewOfIncoming) is not needed.
 */
export function hostOfIncoming(req: IncomingMessage, env: Env = process.env): string | null {
  if (!env.TRUSTED_PROXIES) return req.headers.host ?? null;
  return forwardedHost(viewOfIncoming(req), env);
}

/** A Node request on our own server (the page cache): the peer is the socket itself. */
export function viewOfIncoming(req: IncomingMessage): RequestView {
  const peer = incomingPeer(req);
  const header = (name: string): string | null => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  };
  return { header, peer, fallback: { scheme: peer.scheme, host: null } };
}
