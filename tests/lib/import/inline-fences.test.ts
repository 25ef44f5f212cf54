/** @jest-environment node */
// A line written "```go get example.com/zipper```" is inline code, not a fence (CommonMark: no backtick in a backtick
// fence's info string), so the results table after it is a table; and a paragraph right after a closing fence
// is never joined to it. Our own writing; the tools are made up.
import { parseDocument } from "@/lib/import";
import { inlineFencesAsSpans } from "@/lib/import/inline-fences";

const parse = (body: string) => parseDocument({ filename: "readme.md", bytes: Buffer.from(body) }).text;

describe("inline code on a line of its own", () => {
  it("is a code span, and the table after it stays a table", () => {
    const text = parse(
      [
        "# zipper",
        "",
        "Install it:",
        "",
        "```go get example.com/zipper```",
        "",
        'then swap ```import "stdzip"``` for the new package.',
        "",
        '```import zip "example.com/zipper"``` ',
        "",
        "## Speed",
        "",
        "Tool | MB/s | speedup",
        "-----|------|--------",
        "stdzip | 15.1MB/s | 1.0x",
        "zipper | 26.7MB/s | 1.8x",
      ].join("\n"),
    );
    expect(text).toMatch(/^`go get example\.com\/zipper`$/m);
    expect(text).not.toMatch(/^```/m);
    expect(text).toMatch(/^\| zipper \| 26\.7MB\/s \| 1\.8x \|$/m);
  });

  it("leaves real fences, their info strings and their closing lines alone", () => {
    const lines = ["```go", "x := 1", "```", "````", "````", "~~~ `odd` but allowed", "~~~"];
    expect(inlineFencesAsSpans(lines)).toEqual(lines);
  });

  it("keeps a paragraph after a closing fence its own line, however many backticks it holds", () => {
    // A blog's markdown with reStructuredText-style ".. title:" fields, read with the reStructuredText rules too.
    const text = parse(
      [
        ".. title: Zipper notes",
        ".. author: A. Writer",
        "",
        "Run it:",
        "",
        "```json",
        '{ "a": 1 }',
        "```",
        "This shows where `zipper.toml` went wrong,",
        "and why.",
      ].join("\n"),
    );
    expect(text).toMatch(/```\nThis shows where `zipper.toml` went wrong/);
  });
});
