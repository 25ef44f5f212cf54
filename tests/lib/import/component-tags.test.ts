/** @jest-environment node */
// A markdown page may open with a site's component ("<ArticleHeader />", "<Divider>"): the tag's whole name says
// whether it is an HTML element, so the page stays markdown and its headings and tables stay apart (our own text).
import { parseDocument } from "@/lib/import";
import { detectFormat } from "@/lib/import/detect";

describe("a component tag opening a markdown page", () => {
  it("is not read as the HTML element its name starts with", () => {
    expect(detectFormat("<ArticleHeader @article={{this.model}} />\n\n## Context\n\nText.", "post.md")).toBe(
      "MARKDOWN",
    );
    expect(detectFormat("<Divider />\n\n# Title\n")).toBe("MARKDOWN");
    expect(detectFormat("<article>\n<p>Hi</p>\n</article>")).toBe("HTML");
    expect(detectFormat('<div align="center">x</div>')).toBe("HTML");
    expect(detectFormat("<p>Hi</p>")).toBe("HTML");
  });

  it("a README opening with a centred HTML block stays markdown when the rest is markdown", () => {
    const readme =
      '<p align="center">\n  <a href="https://example.org/docs">Docs</a> &bull; <a href="https://example.org/chat">Chat</a>\n</p>\n\n## Comparison\n\n| Test | Queuey | Otherq |\n|---|---|---|\n| Ingest | _**86 MB/s**_ | 64 MB/s |\n';
    expect(detectFormat(readme, "README.md")).toBe("MARKDOWN");
    const doc = parseDocument({ filename: "README.md", text: readme });
    expect(doc.text).toContain("| Ingest | _86 MB/s_ | 64 MB/s |");
    // The same opening with no markdown after it, or in an .html file, is HTML.
    expect(detectFormat('<p align="center">Docs</p>\n<p>More</p>', "README.md")).toBe("HTML");
    expect(detectFormat(readme, "page.html")).toBe("HTML");
  });

  it("keeps the page's table rows apart", () => {
    const doc = parseDocument({
      filename: "runners.md",
      text: "<ArticleHeader />\n\n## Features\n\n| Feature | Django | Flask |\n| --- | --- | --- |\n| Async | Y | N |\n",
    });
    expect(doc.text).toContain("| Async | Y | N |");
  });
});
