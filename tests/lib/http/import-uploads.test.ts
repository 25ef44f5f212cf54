/** @jest-environment node */
// Uploads and imports, through the real admin import API and the real CLI: size limits, binary
// content refused, file names that are labels and never paths, and no server-side fetch of any
// URL a document mentions (a local HTTP server stands in for private addresses and counts hits).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import * as importRoute from "@/app/api/admin/import/route";
import type { Actor } from "@/lib/auth/roles";
import { MAX_IMPORT_BYTES, uploadLabel } from "@/lib/import/limits";
import { freshDatabase, ROOT, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeTechnology, makeUser } from "../../support/factories";
import { asUser, TEST_ORIGIN } from "../../support/http";

// The CLI test starts a tsx process that compiles the importer and its reader threads: on a loaded 2-core
// CI machine that alone has taken over a minute.
jest.setTimeout(180_000);

let t: TestDatabase;
let editor: Actor;
let trap: http.Server;
let trapHits: string[] = [];
let trapUrl = "";

beforeAll(async () => {
  t = await freshDatabase("sqlite");
  useAsAppDatabase(t);
  editor = await makeUser(t.db, "EDITOR");
  await makeTechnology(t.db, "Django");
  trap = http.createServer((req, res) => {
    trapHits.push(req.url ?? "");
    res.end("secret");
  });
  await new Promise<void>((r) => trap.listen(0, "127.0.0.1", r));
  trapUrl = `http://127.0.0.1:${(trap.address() as AddressInfo).port}`;
});
afterAll(async () => {
  trap.close();
  await t.close();
});
beforeEach(() => {
  trapHits = [];
});

async function upload(files: Array<{ name: string; content: Uint8Array | string }>): Promise<{
  status: number;
  json: {
    data?: { articles: Array<{ file: string; articleSlug: string }>; errors: Array<{ file: string; message: string }> };
    error?: { message: string };
  };
}> {
  const form = new FormData();
  for (const f of files) form.append("files[]", new File([f.content as BlobPart], f.name));
  const req = new NextRequest(new URL("/api/admin/import", TEST_ORIGIN), {
    method: "POST",
    body: form,
    headers: { cookie: await asUser(editor), origin: TEST_ORIGIN, host: "localhost:3000" },
  });
  const res = await importRoute.POST(req, { params: Promise.resolve({}) });
  return { status: res.status, json: await res.json() };
}

const doc = (n: string) =>
  `---\ntitle: Upload ${n}\nurl: ${trapUrl}/front-matter-${n}\n---\n\nDjango served ${n}00 requests per second on 4 vCPUs.\n`;

describe("file names are labels, never paths", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["/etc/shadow", "shadow"],
    ["..\\..\\Windows\\win.ini", "win.ini"],
    ["notes\u0000.md", "notes.md"],
    ["....//....//.env", "env"],
    ["", "upload"],
  ])("%j becomes the label %j", (name, label) => {
    expect(uploadLabel(name)).toBe(label);
  });

  it("an upload named ../../etc/passwd imports the uploaded text under the label 'passwd' and reads nothing from disk", async () => {
    const res = await upload([
      { name: "../../etc/passwd", content: doc("11") },
      { name: "C:\\temp\\..\\boot.ini", content: doc("12") },
    ]);
    expect(res.status).toBe(200);
    expect(res.json.data?.articles.map((a) => a.file)).toEqual(["passwd", "boot.ini"]);
    const article = await t.db.article.findFirstOrThrow({ where: { slug: res.json.data?.articles[0].articleSlug } });
    expect(article.text).toContain("Django served 1100 requests");
    expect(article.text).not.toContain("root:");
    const reasons = (await t.db.revision.findMany({ where: { entity: "articles" }, select: { reason: true } })).map(
      (r) => r.reason,
    );
    expect(reasons).toEqual(expect.arrayContaining(["Imported from passwd", "Imported from boot.ini"]));
    expect(reasons.join(" ")).not.toMatch(/\.\.|\/etc|\\/);
  });
});

describe("type sniffing and size limits", () => {
  it("refuses a PNG, a gzip and a NUL-laden file with a message each, and writes nothing", async () => {
    const before = await t.db.article.count();
    const res = await upload([
      { name: "chart.md", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) },
      { name: "dump.txt", content: new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]) },
      { name: "bin.txt", content: new Uint8Array([0x41, 0x00, 0x42, 0x43]) },
    ]);
    expect(res.status).toBe(400);
    expect(res.json.data?.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/PNG image, not a text document/),
      expect.stringMatching(/gzip archive/),
      expect.stringMatching(/NUL bytes/),
    ]);
    expect(await t.db.article.count()).toBe(before);
  });

  it("refuses a file over the limit with 413 and writes nothing", async () => {
    const before = await t.db.article.count();
    const res = await upload([
      { name: "huge.md", content: "Django is fast. ".repeat(Math.ceil((MAX_IMPORT_BYTES + 10) / 16)) },
    ]);
    expect(res.status).toBe(413);
    expect(res.json.error?.message).toMatch(/import limit is 10 MB per file/);
    expect(await t.db.article.count()).toBe(before);
  });
});

describe("no server-side fetch of URLs found in documents", () => {
  const htmlDoc = () =>
    `<!doctype html><html><head><title>Links everywhere</title><link rel="canonical" href="${trapUrl}/canonical"><meta property="og:image" content="${trapUrl}/og.png"><link rel="stylesheet" href="${trapUrl}/style.css"></head>` +
    `<body><article><p>Django served 900 requests per second on 2 vCPUs, see <a href="${trapUrl}/link">the post</a>.</p><img src="${trapUrl}/img.png"><iframe src="${trapUrl}/frame"></iframe></article></body></html>`;
  const bookmark = () =>
    JSON.stringify({
      title: "Bookmark",
      url: `${trapUrl}/bookmark`,
      excerpt: "Django served 800 requests per second.",
      cover: `${trapUrl}/cover.png`,
    });

  it("the admin import API never requests them (nor calls fetch at all)", async () => {
    const realFetch = globalThis.fetch;
    const fetched: string[] = [];
    globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      const res = await upload([
        { name: "page.html", content: htmlDoc() },
        { name: "mark.json", content: bookmark() },
        { name: "front.md", content: doc("21") },
      ]);
      expect(res.status).toBe(200);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(fetched).toEqual([]);
    expect(trapHits).toEqual([]);
  });

  it("the import CLI never requests them either", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sv-import-nofetch-"));
    const files = [
      [
        "page.html",
        htmlDoc()
          .replace("Links everywhere", "Links everywhere (CLI)")
          .replace("served 900", "served 950")
          .replaceAll(`${trapUrl}/`, `${trapUrl}/cli-`),
      ],
      ["front.md", doc("31")],
    ].map(([name, content]) => {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    });
    let stdout = "";
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/import.ts", "--json", ...files], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: t.url },
        stdio: ["ignore", "pipe", "ignore"],
      });
      child.stdout.on("data", (d) => (stdout += d));
      child.on("close", resolve);
    });
    rmSync(dir, { recursive: true, force: true });
    const report = JSON.parse(stdout) as { articles: Array<{ status: string; title: string }>; errors: unknown[] };
    expect({ code, errors: report.errors }).toEqual({ code: 0, errors: [] });
    expect(report.articles.map((a) => a.status)).toEqual(["imported", "imported"]);
    expect(trapHits).toEqual([]);
  });
});
