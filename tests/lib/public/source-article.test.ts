// A source's stored article as the source page shows it: markdown rendered and sanitized, every
// cited passage marked and linked to its claim, the markup around it still intact.
import { renderArticle, type Highlight } from "@/lib/text/sanitize";
import { readableContext } from "@/lib/public/plain-text";
import { quoteInContext } from "@/lib/public/segments";
import { XSS_PAYLOADS } from "../../support/xss-payloads";

const TEXT = [
  "# Frameworks compared",
  "",
  "Django ships an admin. FastAPI writes OpenAPI for you.",
  "",
  "| Feature | Django | FastAPI |",
  "| Admin | ✅ built-in | ❌ third-party (SQLAdmin) |",
  "| OpenAPI | ❌ add-on | ✅ automatic |",
  "",
  "## Setup",
  "",
  "- Two workers per core",
  "- Hello-world endpoint",
  "",
  "```bash",
  "uvicorn app:app --workers 2",
  "```",
].join("\n");

const at = (passage: string, claim: string, also: Highlight["also"] = []): Highlight => {
  const start = TEXT.indexOf(passage);
  return { start, end: start + passage.length, href: `/claims/${claim}`, title: `Claim ${claim}`, also };
};

describe("renderArticle", () => {
  it("renders headings, tables (restoring the rule row the importer drops), lists and code", () => {
    const html = renderArticle(TEXT, []);
    expect(html).toContain("<h3>Frameworks compared</h3>");
    expect(html).toMatch(/<table>[\s\S]*<th>Feature<\/th>[\s\S]*<td>✅ built-in<\/td>/);
    expect(html).toMatch(/<ul>\s*<li>Two workers per core<\/li>/);
    expect(html).toMatch(/<pre><code>uvicorn app:app --workers 2/);
    expect(html).not.toMatch(/##|```|\| Admin/);
  });

  it("marks a passage in a sentence, a table row cell by cell and a list item without breaking the list", () => {
    const html = renderArticle(TEXT, [
      at("Django ships an admin.", "admin"),
      at("| Admin | ✅ built-in | ❌ third-party (SQLAdmin) |", "row", [
        { href: "/claims/other", label: "[2]", title: "Other claim" },
      ]),
      at("- Two workers per core", "workers"),
    ]);
    const start = TEXT.indexOf("Django ships");
    expect(html).toContain(
      `<mark class="cited" id="q-${start}"><a href="/claims/admin" title="Claim admin">Django ships an admin.</a></mark> FastAPI`,
    );
    expect(html).toMatch(
      /<td><mark class="cited" id="q-\d+"><a href="\/claims\/row" title="Claim row">Admin<\/a><\/mark><\/td>/,
    );
    expect(html).toContain(
      '<td><mark class="cited"><a href="/claims/row" title="Claim row">❌ third-party (SQLAdmin)</a><sup><a href="/claims/other" title="Other claim" aria-label="[2] also cited by: Other claim">[2]</a></sup></mark></td>',
    );
    expect(html.match(/\[2\]<\/a><\/sup>/g)).toHaveLength(1);
    expect(html).toContain('<li><mark class="cited" id="q-');
    expect(html).toContain(">Two workers per core</a></mark></li>");
    expect(html).toMatch(/<table>/);
  });

  it("lets nothing unsafe through: the article's HTML is text, titles are escaped, its own links leave without a referrer", () => {
    const text =
      'Hi <script>alert(1)</script> [x](javascript:alert(1)) [site](https://example.org) \uE000 quote"><img src=x onerror=alert(1)>.';
    const start = text.indexOf("quote");
    const html = renderArticle(text, [
      { start, end: start + 5, href: "/claims/q", title: '"><script>alert(2)</script>', also: [] },
    ]);
    expect(html).not.toMatch(/<(script|img)\b|href="javascript:/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener noreferrer">site</a>');
    expect(html).toContain('<a href="/claims/q" title="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;">quote</a>');
    expect(html).not.toContain("\uE000");
  });
});

describe("an article made of hostile markup", () => {
  it("shows every payload as text a reader can see, and renders none of it as markup", () => {
    const text = XSS_PAYLOADS.map((p, i) => `Django serves ${1000 + i} requests per second, says ${i}: ${p.text}`).join(
      "\n\n",
    );
    const start = text.indexOf("Django serves 1000");
    const html = renderArticle(text, [{ start, end: start + 40, href: "/claims/a", title: "A", also: [] }]);
    expect(html).not.toMatch(
      /<(script|img|svg|iframe|object|embed|style)\b|<[^>]*\son\w+=|<a[^>]*href="(?:javascript|data|jav)/i,
    );
    const visible = html
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
    for (const payload of XSS_PAYLOADS.slice(0, 3)) expect(visible).toContain(payload.text.slice(0, 20));
  });
});

describe("a quote's context on a claim page", () => {
  it("keeps to the quote's own block and drops markdown syntax", () => {
    const quote = "✅ built-in";
    const start = TEXT.indexOf(quote);
    const context = readableContext(quoteInContext(TEXT, quote, start, start + quote.length));
    expect(context).toEqual({ before: "Admin · ", quote, after: " · ❌ third-party (SQLAdmin)", located: true });
    const heading = readableContext(quoteInContext(TEXT, "Setup", TEXT.indexOf("Setup"), TEXT.indexOf("Setup") + 5));
    expect(heading.before).toBe("");
  });
});
