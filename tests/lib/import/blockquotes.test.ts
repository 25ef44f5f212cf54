/** @jest-environment node */
// A blockquote's lines are read as the headings, list items and table rows they hold ("> ### Use X if you:",
// "> * item", "> | a | b |"); only the quote marks go. Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const QUOTED = [
  "# Choosing a CI server",
  "",
  "## Drone",
  "",
  "> ### Use Drone if you:",
  ">",
  "> * are building pipelines for many small repositories",
  "> * use chat alerts rather than a build monitor",
  "",
  "> | Server | Median build (s) |",
  "> |---|---|",
  "> | Drone | 41 |",
  "> | GoCD | 58 |",
  "",
  "> ```",
  "> > not a quote: a prompt inside code",
  "> ```",
  "",
].join("\n");

describe("blockquotes", () => {
  it("keeps the headings, items and rows a blockquote holds, without its marks", () => {
    const doc = parseDocument({ filename: "ci.md", text: QUOTED });
    const lines = doc.text.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "### Use Drone if you:",
        "- are building pipelines for many small repositories",
        "- use chat alerts rather than a build monitor",
        "| Drone | 41 |",
        "> not a quote: a prompt inside code",
      ]),
    );
    // The quoted fence closes: nothing after it is swallowed as code.
    expect(lines.filter((l) => l === "```")).toHaveLength(2);
  });

  it("gives the extractor the quoted advice and figures", () => {
    const doc = parseDocument({ filename: "ci.md", text: QUOTED });
    const claims = extractDocument(doc.text, new TechResolver([]), { title: doc.title }).claims;
    expect(claims.filter((c) => c.kind === "recommendation").map((c) => c.statement)).toEqual([
      "Use Drone CI when you are building pipelines for many small repositories.",
      "Use Drone CI when you use chat alerts rather than a build monitor.",
    ]);
    // Durations are kept in milliseconds.
    expect(claims.filter((c) => c.kind === "performance").map((c) => [c.technologies[0], c.value, c.unit])).toEqual([
      ["drone", 41_000, "ms"],
      ["gocd", 58_000, "ms"],
    ]);
  });
});
