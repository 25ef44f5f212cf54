/** @jest-environment node */
// The upload limit is what SECURITY.md says (10 MB per file, 50 MB per request), end to end:
// Next.js's proxy buffers at most `experimental.proxyClientMaxBodySize` of a body and cuts the
// rest, so that limit must sit above the route's, and the route must answer a body that is too
// large, or cut short, with a 4xx saying so. Through the real import route handler.
import { NextRequest } from "next/server";
import * as importRoute from "@/app/api/admin/import/route";
import type { Actor } from "@/lib/auth/roles";
import { UPLOAD_REQUEST_MAX_BYTES } from "@/lib/http/body";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { asUser, TEST_ORIGIN } from "../../support/http";

// next.config.js is what `next build`/`next start` read; CommonJS, so required as they do.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextConfig = require("../../../next.config.js") as { experimental?: { proxyClientMaxBodySize?: number } };

jest.setTimeout(60_000);

let t: TestDatabase;
let editor: Actor;
beforeAll(async () => {
  t = await freshDatabase("sqlite");
  useAsAppDatabase(t);
  editor = await makeUser(t.db, "EDITOR");
});
afterAll(async () => t.close());

const MB = 1024 * 1024;
/** A file the importer refuses at once by its first bytes (a PNG), so big uploads stay fast. */
const png = (bytes: number) => {
  const data = new Uint8Array(bytes);
  data.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return data;
};

/** The multipart body a browser would send for these files, and its content type. */
async function multipart(
  files: Array<{ name: string; content: Uint8Array }>,
): Promise<{ body: Uint8Array; type: string }> {
  const form = new FormData();
  for (const f of files) form.append("files[]", new File([f.content as BlobPart], f.name));
  const encoded = new Response(form);
  return { body: new Uint8Array(await encoded.arrayBuffer()), type: encoded.headers.get("content-type") ?? "" };
}

async function post(body: Uint8Array | ReadableStream<Uint8Array>, type: string, length?: number) {
  const headers: Record<string, string> = {
    cookie: await asUser(editor),
    origin: TEST_ORIGIN,
    host: "localhost:3000",
    "content-type": type,
  };
  if (length !== undefined) headers["content-length"] = String(length);
  const init = { method: "POST", body: body as BodyInit, headers, duplex: "half" } as RequestInit & { duplex: "half" };
  const res = await importRoute.POST(
    new NextRequest(new URL("/api/admin/import", TEST_ORIGIN), init as ConstructorParameters<typeof NextRequest>[1]),
    { params: Promise.resolve({}) },
  );
  return {
    status: res.status,
    json: (await res.json()) as { data?: { errors: unknown[] }; error?: { message: string } },
  };
}

/** A stream of the body without a Content-Length (chunked), in 1 MB pieces. */
const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += MB) controller.enqueue(bytes.subarray(at, at + MB));
      controller.close();
    },
  });

describe("the upload size limit, as documented", () => {
  it("is 50 MB per request, and Next's proxy keeps one byte more of a body, so it never hands a route a cut body it would accept", () => {
    expect(UPLOAD_REQUEST_MAX_BYTES).toBe(50 * MB);
    expect(MAX_IMPORT_BYTES).toBe(10 * MB);
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(UPLOAD_REQUEST_MAX_BYTES + 1);
  });

  it("two 9 MB files in one request are read whole (each is judged on its own)", async () => {
    const { body, type } = await multipart([
      { name: "a.png", content: png(9 * MB) },
      { name: "b.png", content: png(9 * MB) },
    ]);
    const res = await post(body, type, body.length);
    expect(res.status).toBe(400);
    expect(res.json.data?.errors).toHaveLength(2);
  });

  it("a request over 50 MB is a 413 naming the limit, whether or not it declares its length", async () => {
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.png`, content: png(9 * MB) }));
    const { body, type } = await multipart(files);
    expect(body.length).toBeGreaterThan(UPLOAD_REQUEST_MAX_BYTES);
    for (const res of [await post(body, type, body.length), await post(streamOf(body), type)]) {
      expect(res.status).toBe(413);
      expect(res.json.error?.message).toMatch(/at most 50\.0 MB per request/);
    }
  });

  it("a body cut short (as the proxy cuts one past its limit) is a 400 asking to send the files again, not a 500", async () => {
    const { body, type } = await multipart([
      { name: "a.md", content: new TextEncoder().encode("# Notes\n\nDjango has an admin.\n") },
    ]);
    const res = await post(body.subarray(0, body.length - 20), type);
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(/not a complete multipart form/);
  });
});
