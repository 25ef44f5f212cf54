// What a server-side fetch of an editor's URL may do: which URLs, ports, addresses, how much and how long.
// The checks on the URL itself are here (pure); addresses are judged in ./addresses, the fetch in ./fetch-public.
import { lookup } from "node:dns/promises";
import { ValidationError } from "@/lib/errors";

/** A fetch refused or failed, with a message the editor can act on; nothing was written. */
export class PageFetchError extends ValidationError {
  constructor(message: string) {
    super({ url: [message] }, message);
    this.name = "PageFetchError";
  }
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
/** Every address a host name resolves to (a test injects one that answers with private addresses). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetchPolicy {
  /** Largest body accepted, after decompression; the download stops as soon as it is passed. */
  maxBytes: number;
  /** For the whole fetch, redirects and DNS included. */
  timeoutMs: number;
  maxRedirects: number;
  ports: ReadonlySet<number>;
  resolve: Resolver;
  /**
   * Tests only: loopback addresses pass, so a local node:http server can stand in for the web. No
   * environment variable sets it, and a fetch refuses it when NODE_ENV is production.
   */
  allowLoopback?: boolean;
}

export const IMPORTABLE_TYPES = [
  "text/html",
  "application/xhtml+xml",
  "text/plain",
  "text/markdown",
  "text/x-markdown",
] as const;

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/** Ports besides 80 and 443 an operator allows, e.g. IMPORT_FETCH_PORTS=8080,8443 (no other setting widens the policy). */
export function configuredPorts(value: string | undefined): number[] {
  return (value ?? "")
    .split(",")
    .map((p) => Number(p.trim()))
    .filter((p) => Number.isInteger(p) && p > 0 && p < 65536);
}

export function defaultFetchPolicy(env: Record<string, string | undefined> = process.env): FetchPolicy {
  return {
    maxBytes: 5 * 1024 * 1024,
    timeoutMs: 15_000,
    maxRedirects: 5,
    ports: new Set([80, 443, ...configuredPorts(env.IMPORT_FETCH_PORTS)]),
    resolve: systemResolver,
  };
}

const defaultPort = (url: URL): number => (url.protocol === "https:" ? 443 : 80);

/** The URL to fetch, or a PageFetchError saying why it may not be fetched (before any DNS or socket). */
export function checkTarget(raw: string, policy: FetchPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new PageFetchError(
      `"${raw.trim().slice(0, 200)}" is not a web address; paste an address such as https://example.com/article.`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new PageFetchError(`Only http and https addresses can be imported (this one starts with "${url.protocol}").`);
  }
  if (url.username || url.password) {
    throw new PageFetchError(
      'Addresses with a user name or password in them are not imported; remove the "user:password@" part.',
    );
  }
  const port = url.port ? Number(url.port) : defaultPort(url);
  if (!policy.ports.has(port)) {
    throw new PageFetchError(
      `Port ${port} is not allowed: only pages on the standard web ports (80 and 443) can be imported.`,
    );
  }
  url.hash = "";
  return url;
}
