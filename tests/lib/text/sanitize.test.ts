/** @jest-environment node */
// The sanitizer: every payload of the XSS corpus comes out inert, and ordinary markdown survives.
import { JSDOM } from "jsdom";
import { renderArticle, renderMarkdown, safeHref, sanitizeFragment } from "@/lib/text/sanitize";
import { XSS_PAYLOADS } from "../../support/xss-payloads";

/** Parses the output as a browser would and lists anything that could run code. */
function dangerousParts(html: string): string[] {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  const found: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    if (
      ["SCRIPT", "IFRAME", "OBJECT", "EMBED", "STYLE", "SVG", "MATH", "IMG", "LINK", "META", "BASE", "FORM"].includes(
        el.tagName.toUpperCase(),
      )
    )
      found.push(`<${el.tagName.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || attr.name === "style" || attr.name === "srcdoc") found.push(`${attr.name}=`);
      if (
        ["href", "src", "action", "formaction", "xlink:href"].includes(attr.name) &&
        !/^(https?:|mailto:)/i.test(attr.value.trim())
      )
        found.push(`${attr.name}=${attr.value}`);
    }
  }
  return found;
}

describe("markdown and HTML sanitizer", () => {
  it.each(XSS_PAYLOADS)("renders the $name payload as inert markdown", ({ text }) => {
    expect(dangerousParts(renderMarkdown(text))).toEqual([]);
  });

  it.each(XSS_PAYLOADS)("strips the $name payload from an HTML fragment", ({ text }) => {
    expect(dangerousParts(sanitizeFragment(text))).toEqual([]);
  });

  it("shows raw HTML in markdown as text rather than dropping it", () => {
    const html = renderMarkdown(`Use <script>alert(1)</script> carefully.`);
    expect(new JSDOM(html).window.document.body.textContent).toContain("<script>alert(1)</script>");
  });

  it("keeps ordinary markdown: emphasis, lists, code, tables and safe links", () => {
    const html = renderMarkdown(
      "**Fast** and _small_.\n\n- one\n- two\n\n`code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[docs](https://example.com/docs)",
    );
    expect(html).toContain("<strong>Fast</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("<td>1</td>");
    expect(html).toContain('<a href="https://example.com/docs" rel="nofollow noopener noreferrer">docs</a>');
  });

  it("accepts only http, https and mailto links", () => {
    expect(safeHref("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(safeHref("mailto:team@example.com")).toBe("mailto:team@example.com");
    for (const bad of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>1</script>",
      "vbscript:x",
      "//evil.example",
      "/relative",
      "",
      null,
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });
});

describe("an article under its page title", () => {
  const text = "# Admin interfaces compared\n\nDjango ships an admin.";
  it("does not print the title twice when the text opens with it", () => {
    const html = renderArticle(text, [], { title: "Admin interfaces compared" });
    expect(html).not.toContain("Admin interfaces compared");
    expect(html).toContain("Django ships an admin.");
  });

  it("keeps the opening line when it differs from the title or a quote starts in it, and keeps quotes' offsets", () => {
    expect(renderArticle(text, [], { title: "Something else" })).toContain("Admin interfaces compared");
    const quoted = renderArticle(text, [{ start: 2, end: 7, href: "/claims/a", title: "A", also: [] }], {
      title: "Admin interfaces compared",
    });
    expect(quoted).toContain("interfaces compared");
    const start = text.indexOf("Django");
    const later = renderArticle(text, [{ start, end: start + 6, href: "/claims/b", title: "B", also: [] }], {
      title: "Admin interfaces compared",
    });
    expect(later).toMatch(/<mark[^>]*><a href="\/claims\/b"[^>]*>Django<\/a><\/mark>/);
    expect(later).not.toContain("Admin interfaces compared");
  });
});
