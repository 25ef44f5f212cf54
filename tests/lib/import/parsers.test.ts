/** @jest-environment node */
import { parseWebPage } from "@/lib/import/webpage";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument, ImportError } from "@/lib/import";
import { detectFormat } from "@/lib/import/detect";
import { extractClaims, TechResolver } from "@/lib/extract";

const FIXTURES = path.resolve(__dirname, "../../fixtures/import");
const load = (name: string) => parseDocument({ filename: name, bytes: readFileSync(path.join(FIXTURES, name)) });
const bytes = (s: string) => new TextEncoder().encode(s);
const failure = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error("expected an ImportError");
};

describe("format detection", () => {
  it.each([
    ["bookmark-rails-hotwire.md", "BOOKMARK"],
    ["bookmark-bad-yaml.md", "BOOKMARK"],
    ["nuxt-rails-laravel.json", "NUXT_PAYLOAD"],
    ["page-express-vs-fastify.txt", "WEB_PAGE"],
    ["page-single-copy.txt", "WEB_PAGE"],
    ["post-js-stack.txt", "SOCIAL_POST"],
    ["post-no-reactions.txt", "SOCIAL_POST"],
    ["html-article.html", "HTML"],
    ["html-no-article.html", "HTML"],
    ["md-comparison.md", "MARKDOWN"],
    ["text-plain.txt", "TEXT"],
  ])("detects %s as %s", (file, format) => {
    expect(load(file).format).toBe(format);
  });

  it("detects by content even when the file name says otherwise", () => {
    expect(detectFormat("<!doctype html><p>Hi</p>", "page.txt")).toBe("HTML");
  });
});

describe("bookmark exports", () => {
  it("keeps the saver's note apart from the article text, attributed to the saver", () => {
    const doc = load("bookmark-rails-hotwire.md");
    expect(doc.note).toContain("better default for CRUD apps");
    expect(doc.noteAuthor).toBe("ana.p");
    expect(doc.text).not.toContain("better default");
    expect(doc.text.match(/authentication built in since version 8/g)).toHaveLength(1);
    expect(doc.tags).toEqual(["rails", "hotwire", "frontend"]);
    // The front matter's date is when the bookmark was saved; the saved page states no publication date.
    expect(doc.publishedAt).toBeNull();
    expect(doc.canonicalUrl).toBe("https://ruby-notes.example.com/rails-hotwire-year");
  });

  it("reads a bookmark whose YAML is broken, with a warning saying so", () => {
    const doc = load("bookmark-bad-yaml.md");
    expect(doc.title).toBe("Laravel queues in practice");
    expect(doc.warnings.join(" ")).toMatch(/YAML front matter could not be read/);
  });
});

describe("Nuxt Content payloads", () => {
  it("rebuilds the document and keeps headings, lists, tables and code", () => {
    const doc = load("nuxt-rails-laravel.json");
    expect(doc.title).toBe("Rails vs Laravel, measured");
    expect(doc.text).toContain("## Throughput");
    expect(doc.text).toContain("| Admin UI | ❌ third-party (Avo) | partial (Filament) |");
    expect(doc.text).toContain("- Shared hosting is all you have");
    expect(doc.text).toMatch(/```bash\nphp artisan octane:start/);
    expect(doc.readTime).toBe("6");
  });

  it("says the JSON is cut off when it is truncated", () => {
    const raw = readFileSync(path.join(FIXTURES, "nuxt-rails-laravel.json"), "utf8");
    expect(failure(() => parseDocument({ filename: "x.json", text: raw.slice(0, raw.length / 2) }))).toMatch(
      /malformed or cut off/,
    );
  });

  it("refuses JSON that is not a Nuxt payload with a specific message", () => {
    expect(failure(() => parseDocument({ filename: "x.json", text: '{"hello": "world"}' }))).toMatch(
      /not a Nuxt Content payload/,
    );
    expect(failure(() => parseDocument({ filename: "x.json", text: '[{"a":1},"b"]' }))).toMatch(/no Content document/);
  });
});

describe("web pages", () => {
  it("strips page chrome, reads date, read time, author and run-together tags, and stores the duplicated text once", () => {
    const doc = load("page-express-vs-fastify.txt");
    expect(doc.title).toBe("Express vs NestJS: Picking a Node Backend");
    expect(doc.publishedAt).toBe("2026-01-15");
    expect(doc.readTime).toBe("4 min read");
    expect(doc.author).toBe("Jamie Doyle");
    expect(doc.tags).toEqual(expect.arrayContaining(["Express", "Backend"]));
    expect(doc.text).not.toMatch(/Back to|Share/);
    expect(doc.text.match(/first released in 2010/g)).toHaveLength(1);
    expect(doc.warnings.join(" ")).toMatch(/appeared twice/);
  });

  it("keeps the words between technology names of a run-together tag line as one tag", () => {
    const doc = parseWebPage("# Picking a stack\n\nExpressLaravelRailsSideProjects\n\nA paragraph about the choice.");
    expect(doc.tags).toEqual(["Express", "Laravel", "Rails", "Side Projects"]);
  });
});

describe("social posts", () => {
  it("keeps reader comments and reactions out of the author's text", () => {
    const doc = load("post-js-stack.txt");
    expect(doc.text).not.toContain("too old");
    expect(doc.text).not.toContain("#NextJS");
    expect(doc.comments).toEqual([{ author: null, text: "I disagree, Express is too old for new projects." }]);
    expect(doc.tags).toEqual(["NextJS", "Express", "JavaScript"]);
  });
});

describe("HTML", () => {
  it("reads metadata and the article, without navigation or scripts", () => {
    const doc = load("html-article.html");
    expect(doc.title).toBe("FastAPI & Flask: async in practice");
    expect(doc.author).toBe("Mei Tanaka");
    expect(doc.url).toBe("https://devjournal.example.org/fastapi-flask-async");
    expect(doc.text).toContain("| Streaming responses | FastAPI |");
    expect(doc.text).not.toMatch(/tracking|Subscribe|Home \| Blog/);
  });
});

describe("bad input", () => {
  it("refuses an empty file", () => {
    expect(failure(() => parseDocument({ filename: "a.md", bytes: new Uint8Array() }))).toBe("The file is empty.");
    expect(failure(() => parseDocument({ text: "  \n\t " }))).toMatch(/empty/);
  });

  it("refuses binary files and names what they look like", () => {
    expect(failure(() => parseDocument({ filename: "a.pdf", bytes: bytes("%PDF-1.7 ...") }))).toMatch(/PDF/);
    expect(failure(() => parseDocument({ filename: "a.bin", bytes: new Uint8Array([1, 2, 0, 4, 5]) }))).toMatch(
      /NUL bytes/,
    );
  });

  it("refuses text in the wrong encoding and says where", () => {
    const latin1 = new Uint8Array([...bytes("Caf"), 0xe9, ...bytes(" con leche: Django is fine.")]);
    expect(failure(() => parseDocument({ filename: "a.txt", bytes: latin1 }))).toMatch(
      /not valid UTF-8 \(byte 0xe9 at offset 3\)/,
    );
  });

  it("reads UTF-16 files with a byte-order mark", () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from("Django has an admin built in.").flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(parseDocument({ filename: "a.txt", bytes: utf16 }).text).toBe("Django has an admin built in.");
  });

  it("refuses a 20 MB file before parsing it", () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    expect(failure(() => parseDocument({ filename: "big.txt", bytes: big }))).toMatch(
      /20\.0 MB; the import limit is 10\.0 MB/,
    );
  });

  it("says so when a document has no article text", () => {
    expect(
      failure(() => parseDocument({ filename: "a.html", text: "<html><body><script>x()</script></body></html>" })),
    ).toMatch(/No article text/);
  });
});

describe("structure the extractor relies on", () => {
  const heldOut = (name: string) => load(`held-out/${name}`);

  it("ends a bookmark's **Excerpt:** at its blank line, so a table after it stays a table", () => {
    const doc = heldOut("bookmark-nextjs-or-rails.md");
    expect(doc.excerpt).toBe("Rails 7.1 and Next.js 15 compared on the parts of a SaaS that are not the landing page.");
    expect(doc.text).toContain("\n| ORM | ✅ Active Record | ❌ bring Prisma or Drizzle |\n");
  });

  it("keeps nested markdown and Nuxt list items under their parent, indented", () => {
    expect(heldOut("md-express-nextjs-review.md").text).toContain(
      "- Next.js: released 2016 by Vercel\n  - App Router stable since version 13.4\n",
    );
    expect(heldOut("nuxt-php-ruby-python-batteries.json").text).toContain(
      "- Rails leaves these to gems:\n  - an admin (ActiveAdmin, Avo)\n  - OpenAPI docs (rswag)",
    );
  });

  it("splits an HTML paragraph at <br> and drops tags inside <pre>", () => {
    const doc = heldOut("html-rails-laravel-founders.html");
    expect(doc.text).toContain("Rails: 2004 (extracted from Basecamp).\nLaravel: 2011, created by Taylor Otwell.");
    expect(doc.text).not.toContain("<code>");
  });

  it("keeps a copied page's comment section out of the article, with each commenter's name", () => {
    const doc = heldOut("page-django-admin-vs-laravel.txt");
    expect(doc.text).not.toMatch(/Comments|9,000 req\/s|overrated/);
    expect(doc.comments[0]).toEqual({
      author: "Priya K.",
      text: "We measured 9,000 req/s on Laravel Octane, so these latency numbers look pessimistic.",
    });
    expect(doc.comments).toHaveLength(3);
    expect(doc.author).toBe("Kofi Larbi");
  });
});

describe("HTML definition lists", () => {
  it("keeps each <dt> term with its <dd> definition on one line", () => {
    const doc = load("blind-2/html-express-or-laravel-api.html");
    expect(doc.text).toContain(
      "Express: Released 2010. Minimal and unopinionated.\nLaravel: Released 2011. Batteries included.",
    );
  });
});

describe("HTML tables with a group heading over their columns", () => {
  const html = `<!doctype html><html><head><title>Three servers measured</title></head><body><h1>Three servers measured</h1>
<table><thead>
<tr><th rowspan="2">Server</th><th colspan="2">Throughput (rps)</th><th colspan="2">Latency (ms)</th></tr>
<tr><th>mean</th><th>max</th><th>avg</th><th>max</th></tr>
</thead><tbody>
<tr><td>Fastify</td><td>41000</td><td>43500</td><td>2.4</td><td>9.8</td></tr>
<tr><td>Express</td><td>12000</td><td>13100</td><td>8.1</td><td>30.2</td></tr>
</tbody></table></body></html>`;
  const doc = parseDocument({ filename: "servers.html", bytes: bytes(html) });

  it("gives each column its group heading and its own heading in one header row", () => {
    expect(doc.text).toContain(
      "| Server | Throughput (rps) mean | Throughput (rps) max | Latency (ms) avg | Latency (ms) max |",
    );
    expect(doc.text).toContain("| Express | 12000 | 13100 | 8.1 | 30.2 |");
  });

  it("reads each figure under its own column, never a neighbour's", () => {
    const figures = extractClaims(doc.text, new TechResolver([])).filter(
      (c) => c.kind === "performance" && c.technologies.includes("express"),
    );
    const valueOf = (unit: string, value: number) => figures.some((c) => c.unit === unit && c.value === value);
    expect(valueOf("ms", 8.1)).toBe(true);
    expect(valueOf("ms", 12000)).toBe(false);
    expect(figures.some((c) => c.value === 12000 && c.unit !== "ms")).toBe(true);
  });
});
