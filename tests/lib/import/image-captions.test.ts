/** @jest-environment node */
// A chart whose alt text states its result ("Astro loads in 0.6s, Gatsby in 1.4s") is a caption the reader sees;
// a logo, a badge or a screenshot says nothing. Our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const markdown = (body: string) =>
  parseDocument({
    filename: "post.md",
    bytes: Buffer.from(
      `# Astro vs Gatsby\n\nWe built one blog twice and timed it.\n\n## Results\n\nThe numbers.\n\n${body}\n`,
    ),
  }).text;

describe("image alt text", () => {
  it("keeps a chart's stated result as a line of its own, reference-style or inline", () => {
    const text = markdown(
      [
        "![Astro loads in 0.6s, Gatsby in 1.4s][home-chart]",
        "",
        "![Astro builds in 12s, Gatsby in 41s](build.png)",
      ].join("\n"),
    );
    expect(text).toContain("Astro loads in 0.6s, Gatsby in 1.4s");
    expect(text).toContain("Astro builds in 12s, Gatsby in 41s");
  });

  it("drops logos, badges, screenshots and images inside a sentence", () => {
    const text = markdown(
      [
        "![Astro logo](logo.svg)",
        "",
        "![Screenshot 2024-05-01 at 10 30](shot.png)",
        "",
        "See ![chart 1 of 2](c.png) here.",
      ].join("\n"),
    );
    expect(text).not.toContain("logo");
    expect(text).not.toContain("Screenshot");
    expect(text).toContain("See here.");
  });

  it("gives the caption's figures to the technologies it names, as load times", () => {
    const claims = extractDocument(
      markdown("![Astro loads in 0.6s, Gatsby in 1.4s][home-chart]"),
      new TechResolver([]),
    ).claims.map((c) => [c.technologies.join("+"), c.value, c.unit, c.metric]);
    expect(claims).toEqual([
      ["astro", 0.6, "s", "load_time"],
      ["gatsby", 1.4, "s", "load_time"],
    ]);
  });
});
