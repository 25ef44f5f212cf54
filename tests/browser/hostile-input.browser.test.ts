// Against the production server (`npm start`: Next.js behind the page cache), the hostile requests
// whose 500s came from Next.js itself rather than from a route: a path Next cannot decode (its
// fallback answered a bare 500 without the security headers) and uploads over Next's proxy body
// limit (cut at 10 MB, so 2 x 9 MB failed although 50 MB per request is documented). And
// next-auth's handler, which only runs inside Next.js, sent junk.
import { request } from "node:http";
import { BASE_URL } from "./support/server";
import { signInCookie } from "./support/session";

const EDITOR = ["editor@stackverdict.test", "verdict-eddie-2026"] as const;
const MB = 1024 * 1024;

function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
}

describe("paths Next.js cannot decode", () => {
  it.each([
    "/claims/%c0",
    "/technologies/%E0%A4%A",
    "/decisions/%ff",
    "/claims/%00",
    "/api/admin/claims/%c0",
    "/api/v1/claims/%c0",
    "/api/auth/%c0",
  ])("%s is a 400 with a message and the security headers", async (path) => {
    const res = await fetch(`${BASE_URL}${path}`, { redirect: "manual" });
    expect(res.status).toBe(400);
    expectSecurityHeaders(res);
    expect(await res.text()).toMatch(/malformed percent-encoding/);
  });
});

describe("uploads, as documented: 10 MB per file, 50 MB per request", () => {
  let cookie = "";
  beforeAll(async () => {
    cookie = await signInCookie(BASE_URL, ...EDITOR);
  });

  /** Markdown of `bytes` bytes: a real document the importer reads. */
  const markdown = (title: string, bytes: number) =>
    `# ${title}\n\n${"Django served 900 requests per second on 4 workers. ".repeat(Math.ceil(bytes / 52))}`.slice(
      0,
      bytes,
    );

  async function upload(files: Array<{ name: string; content: string | Uint8Array }>): Promise<Response> {
    const form = new FormData();
    for (const f of files) form.append("files[]", new File([f.content as BlobPart], f.name));
    return fetch(`${BASE_URL}/api/admin/import?dryRun=1`, {
      method: "POST",
      headers: { cookie, origin: BASE_URL },
      body: form,
    });
  }

  /**
   * The same upload sent by a client that reads the answer even when the server stops reading the
   * body: a server answers a body over the limit with 413 before the client has sent it all and
   * closes the connection, which fetch (undici) reports as EPIPE instead of the 413 it received.
   */
  async function uploadReadingEarlyAnswer(files: Array<{ name: string; content: string }>): Promise<Response> {
    const form = new FormData();
    for (const f of files) form.append("files[]", new File([f.content], f.name));
    const encoded = new Response(form);
    const body = Buffer.from(await encoded.arrayBuffer());
    return new Promise((resolve, reject) => {
      const req = request(`${BASE_URL}/api/admin/import?dryRun=1`, {
        method: "POST",
        headers: {
          cookie,
          origin: BASE_URL,
          "content-type": encoded.headers.get("content-type") ?? "",
          "content-length": body.length,
        },
      });
      let answered = false;
      req.on("response", (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") headers.set(k, v);
          resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers }));
        });
      });
      req.on("error", (error) => {
        if (!answered) reject(error);
      });
      req.end(body);
    });
  }

  it("two 9 MB files in one request are read whole (a dry run: nothing is written)", async () => {
    const res = await upload([
      { name: "a.md", content: markdown("A", 9 * MB) },
      { name: "b.md", content: markdown("B", 9 * MB) },
    ]);
    expectSecurityHeaders(res);
    const body = (await res.json()) as { data?: { articles: unknown[]; errors: unknown[] }; error?: unknown };
    expect([res.status, body.error, body.data?.articles.length]).toEqual([200, undefined, 2]);
  });

  it("a file over 10 MB is a 413 naming the per-file limit", async () => {
    const res = await upload([{ name: "big.md", content: markdown("Big", 11 * MB) }]);
    expect(res.status).toBe(413);
    expectSecurityHeaders(res);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/10 MB per file/);
  });

  it("a request over 50 MB is a 413 naming the per-request limit", async () => {
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.md`, content: markdown(`Part ${i}`, 9 * MB) }));
    const res = await uploadReadingEarlyAnswer(files);
    expect(res.status).toBe(413);
    expectSecurityHeaders(res);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/50\.0 MB per request/);
  });
});

describe("next-auth's handler sent junk", () => {
  it.each([
    ["GET", "/api/auth/session?__proto__=1&constructor=x"],
    ["GET", "/api/auth/providers/%E2%80%AE"],
    ["GET", "/api/auth/no-such-action"],
    ["POST", "/api/auth/callback/credentials"],
    ["POST", "/api/auth/signout"],
  ])("%s %s is answered below 500, with the security headers", async (method, path) => {
    const res = await fetch(`${BASE_URL}${path}`, {
      method,
      redirect: "manual",
      headers: { origin: BASE_URL, "content-type": "application/x-www-form-urlencoded" },
      body: method === "POST" ? "email=%00&password=%ED%A0%80&csrfToken=__proto__&json=true" : undefined,
    });
    expect(res.status).toBeLessThan(500);
    expectSecurityHeaders(res);
  });
});
