// A page the cache keeps (./pages.ts), as it is sent: what a render wrote, captured on its way to the
// visitor, then turned once into a ready answer (a flat header list per outcome, one body buffer per
// encoding) whose policy admits the render's inline scripts by hash instead of by its nonce
// (./inline-hashes.ts, lib/http/csp.ts replayPolicy). Nothing in a kept answer changes per response.
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { nonceOf, replayPolicy } from "@/lib/http/csp";
import { inlineHashes } from "./inline-hashes";

/** Headers not kept as the render sent them: Node sets some per response; a copy has its own length, encoding and policy. */
const PER_RESPONSE_HEADERS = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "content-security-policy",
  "x-page-cache",
]);

export type Replay = "hit" | "stale";

/** One encoding of a kept answer, ready to send: its headers (flat, as writeHead takes them) for each outcome, and its body. */
export interface Variant {
  headers: Record<Replay, string[]>;
  body: Buffer;
}

/** A kept answer as it is sent: nothing in it changes per response. */
export interface Kept {
  status: number;
  /** The headers common to both encodings. */
  headers: string[];
  identity: Variant;
  /** The body gzipped once, for clients that accept gzip; null until made, or when it would not be smaller. */
  gzip: Variant | null;
  bytes: number;
}

/** Header values as writeHead takes them; multi-valued headers stay separate lines. */
function flatHeaders(headers: OutgoingHttpHeaders): string[] {
  const flat: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) flat.push(name, String(one));
  }
  // Served gzipped to clients that ask: shared caches must keep the encodings apart.
  const vary = flat.findIndex((v, i) => i % 2 === 0 && v === "vary");
  if (vary === -1) flat.push("vary", "Accept-Encoding");
  else if (!/accept-encoding/i.test(flat[vary + 1])) flat[vary + 1] += ", Accept-Encoding";
  return flat;
}

interface Captured {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/**
 * The policy a copy is replayed with: the render's own, its nonce replaced by the hashes of the
 * inline elements that carried it (lib/http/csp.ts replayPolicy). Undefined when the answer had no
 * policy; null when it cannot be replayed by hashes (./inline-hashes.ts): then it is not kept.
 */
function policyOfCopy(copy: Captured): string | null | undefined {
  const policy = copy.headers["content-security-policy"];
  if (policy === undefined) return undefined;
  if (typeof policy !== "string") return null;
  const nonce = nonceOf(policy);
  if (!nonce) return policy;
  // Most answers that are not pages (the JSON API) hold no nonce: nothing to look for.
  const hashes = copy.body.includes(nonce)
    ? inlineHashes(copy.body.toString("utf8"), nonce)
    : { scripts: [], styles: [] };
  return hashes && replayPolicy(policy, nonce, hashes);
}

export function variant(headers: string[], body: Buffer): Variant {
  const all = [...headers, "content-length", String(body.length)];
  return { body, headers: { hit: [...all, "x-page-cache", "hit"], stale: [...all, "x-page-cache", "stale"] } };
}

/**
 * A 200 answer that set no cookie, as it will be replayed: headers built once (the replay policy
 * among them). Its gzip copy is added by PageCache.zip once made. Null for anything not to keep.
 */
export function keepable(copy: Captured): Kept | null {
  if (copy.status !== 200 || copy.headers["set-cookie"] !== undefined) return null;
  const policy = policyOfCopy(copy);
  if (policy === null) return null;
  const headers = flatHeaders(copy.headers);
  if (policy !== undefined) headers.push("content-security-policy", policy);
  return { status: copy.status, headers, identity: variant(headers, copy.body), gzip: null, bytes: copy.body.length };
}

/**
 * Lets Next.js answer while keeping a copy of what it sends. Resolves with the copy once the
 * response is complete, or null when it was cut off or grew past `limit` bytes.
 */
export function capture(res: ServerResponse, limit: number): Promise<Captured | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (tooLarge || chunk == null || typeof chunk === "function") return;
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size > limit) tooLarge = true;
    else chunks.push(bytes);
  };
  const write = res.write as (...args: unknown[]) => boolean;
  const end = res.end as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead as (...args: unknown[]) => ServerResponse;
  res.write = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return write.apply(res, args);
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return end.apply(res, args);
  }) as ServerResponse["end"];
  // Headers passed to writeHead are not visible through getHeaders(): record them first.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = typeof rest[0] === "string" ? rest[1] : rest[0];
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
    } else if (headers && typeof headers === "object") {
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value as string | string[]);
    }
    return writeHead.call(res, status, ...(typeof rest[0] === "string" ? [rest[0]] : []));
  }) as ServerResponse["writeHead"];
  // A client gone before the render started (it waited for another visitor's render, or behind
  // other work): its 'close' is past, and waiting for one would hold the render's claim for ever.
  if (res.destroyed || res.closed) return Promise.resolve(null);
  return new Promise((resolve) => {
    res.once("finish", () =>
      resolve(tooLarge ? null : { status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) }),
    );
    res.once("close", () => {
      if (!res.writableFinished) resolve(null);
    });
  });
}
