// Fetches an editor's URL from the server without letting it reach anything but the public web (SSRF).
// The host is resolved once, every address it resolves to must be public, and the socket connects to
// exactly the address that was checked (a `lookup` that answers with it), so a DNS answer that changes
// between the check and the connection (rebinding) cannot switch it. Each redirect is checked the same
// way. Size, total time and content type are bounded; each failure is a PageFetchError for the editor.
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { addressProblem } from "./addresses";
import { checkTarget, IMPORTABLE_TYPES, PageFetchError, type FetchPolicy, type ResolvedAddress } from "./policy";

export interface FetchedPage {
  /** Where the body came from: the last URL after redirects, without its fragment. */
  url: string;
  /** Lower-case MIME type, one of IMPORTABLE_TYPES. */
  mime: string;
  /** The charset the response declared, if any. */
  charset: string | null;
  bytes: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Rejects when the fetch's time is up, so a slow DNS answer cannot outlast the budget either. */
function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const stop = () => reject(signal.reason);
    signal.addEventListener("abort", stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", stop));
  });
}

function refusedAddress(address: string, policy: FetchPolicy): string | null {
  const problem = addressProblem(address);
  if (problem?.startsWith("this server") && policy.allowLoopback) return null;
  return problem;
}

/** The one address the request will connect to, after checking every address the host resolves to. */
async function pinAddress(url: URL, policy: FetchPolicy, signal: AbortSignal): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const family = isIP(host);
  let addresses: ResolvedAddress[];
  if (family) addresses = [{ address: host, family: family === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await beforeDeadline(policy.resolve(host), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new PageFetchError(`The site ${host} could not be found (no DNS answer); check the address.`);
    }
  }
  if (!addresses.length)
    throw new PageFetchError(`The site ${host} could not be found (no DNS answer); check the address.`);
  // Any bad address refuses the host: a name that also resolves privately is not a public page.
  for (const { address } of addresses) {
    const problem = refusedAddress(address, policy);
    if (problem) throw new PageFetchError(`That address points to ${problem}; only public web pages can be imported.`);
  }
  return addresses[0];
}

/** One GET to `url`, connected to `pinned` whatever DNS would say now. Resolves with the response head. */
function requestOnce(url: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<http.IncomingMessage> {
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    // agent: false, so no pooled socket (opened for another host or address) is ever reused.
    const req = client.request(
      url,
      {
        method: "GET",
        lookup,
        signal,
        agent: false,
        headers: {
          accept: "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8",
          "accept-encoding": "gzip, deflate, br",
          "user-agent": "StackVerdict-importer/1.0",
        },
      },
      resolve,
    );
    req.on("error", reject);
    req.end();
  });
}

/** The response's MIME type and charset, or a PageFetchError naming what it is instead. */
function contentTypeOf(res: http.IncomingMessage): { mime: string; charset: string | null } {
  const header = res.headers["content-type"] ?? "";
  const mime = header.split(";")[0].trim().toLowerCase();
  if (!mime)
    throw new PageFetchError(
      "The site did not say what kind of document this is (no Content-Type); only web pages (HTML), plain text and markdown can be imported.",
    );
  if (!(IMPORTABLE_TYPES as readonly string[]).includes(mime)) {
    throw new PageFetchError(
      `The address serves ${mime}, not a web page; only HTML, plain text and markdown can be imported.`,
    );
  }
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(header)?.[1] ?? null;
  return { mime, charset };
}

function decoded(res: http.IncomingMessage): Readable {
  const encoding = (res.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : null;
  if (encoding !== "identity" && !decoder)
    throw new PageFetchError(`The site sent the page compressed as "${encoding}", which the importer cannot read.`);
  // pipeline: an error or abort on the response also ends the decoder, so reading it fails instead of hanging.
  return decoder ? pipeline(res, decoder, () => undefined) : res;
}

/** The body, stopped as soon as it (decompressed: no zip bombs) passes maxBytes. */
async function readLimited(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers["content-length"] ?? 0);
  if (declared > maxBytes)
    throw new PageFetchError(`The page is ${mb(declared)}; pages of at most ${mb(maxBytes)} can be imported.`);
  const body = decoded(res);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      body.destroy();
      throw new PageFetchError(
        `The page is larger than ${mb(maxBytes)}; pages of at most ${mb(maxBytes)} can be imported.`,
      );
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Runs a check of a redirect's target, saying where the redirect went when the check refuses it. */
async function explained<T>(via: string | null, check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (via && error instanceof PageFetchError)
      throw new PageFetchError(`The page redirected to ${via.slice(0, 200)}. ${error.message}`);
    throw error;
  }
}

/** Follows redirects (each target checked like the first: URL, then every address), then reads an importable body. */
async function follow(raw: string, policy: FetchPolicy, signal: AbortSignal): Promise<FetchedPage> {
  let url = checkTarget(raw, policy);
  let via: string | null = null;
  for (let hop = 0; ; hop++) {
    const target = url;
    const res = await requestOnce(target, await explained(via, () => pinAddress(target, policy, signal)), signal);
    const status = res.statusCode ?? 0;
    if (REDIRECTS.has(status) && res.headers.location) {
      res.resume();
      if (hop >= policy.maxRedirects)
        throw new PageFetchError(
          `The page redirected more than ${policy.maxRedirects} times; import the final address instead.`,
        );
      const next = new URL(res.headers.location, target).toString();
      via = next;
      url = await explained(via, () => checkTarget(next, policy));
      continue;
    }
    if (status < 200 || status > 299) {
      res.resume();
      throw new PageFetchError(
        `The site answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""} instead of the page; check the address.`,
      );
    }
    return { url: target.toString(), ...contentTypeOf(res), bytes: await readLimited(res, policy.maxBytes) };
  }
}

/** The page at `raw`, fetched under `policy`, or a PageFetchError (refused, failed, too big, too slow, wrong type). */
export async function fetchPublicPage(raw: string, policy: FetchPolicy): Promise<FetchedPage> {
  if (policy.allowLoopback && process.env.NODE_ENV === "production")
    throw new Error("allowLoopback is for tests only; it is refused in production.");
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new PageFetchError(
          `The page did not load within ${policy.timeoutMs / 1000} s; try again later or import a saved copy.`,
        ),
      ),
    policy.timeoutMs,
  );
  try {
    return await follow(raw, policy, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason as PageFetchError;
    if (error instanceof PageFetchError) throw error;
    throw new PageFetchError(
      `The page could not be fetched (${error instanceof Error ? error.message : String(error)}).`,
    );
  } finally {
    clearTimeout(timer);
  }
}
