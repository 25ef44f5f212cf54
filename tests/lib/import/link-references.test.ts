/** @jest-environment node */
// Markdown's reference links as a reader sees them: "[grovel]" with a definition "[grovel]: https://…" elsewhere
// reads "grovel", and the definition line reads as nothing. Our own writing; the tool names are made up.
import { TechResolver } from "@/lib/extract";
import { discoverTechnologies } from "@/lib/extract/discover";
import { parseDocument } from "@/lib/import";
import { resolveLinkReferences } from "@/lib/import/link-references";

const doc = [
  "# Sync tools side by side",
  "",
  "[grovel]: https://example.com/grovel",
  '[Tamsin]: <https://example.com/tamsin> "Tamsin\'s home"',
  "[plain copy]: https://example.com/copy",
  "",
  "|                  | [grovel] | [tamsin] | [plain copy] |",
  "| ---------------- | -------- | -------- | ------------ |",
  "| Encryption       | ✅       | ❌       | ❌           |",
  "| Windows support  | ✅       | ✅       | ❌           |",
  "| Dry run          | ✅       | ❌       | ✅           |",
  "",
  "See [grovel] for more, or [the manual][grovel]. [WIP] notes and [1] stay as written.",
  "",
  "```",
  "[grovel]",
  "```",
].join("\n");

describe("reference links", () => {
  const text = parseDocument({ filename: "tools.md", bytes: Buffer.from(doc) }).text;

  it("read as their text where the document defines the label, in any case", () => {
    expect(text).toContain("| grovel | tamsin | plain copy |");
    expect(text).toContain("See grovel for more, or the manual.");
  });

  it("leave the definitions out and undefined brackets and code as written", () => {
    expect(text).not.toContain("example.com");
    expect(text).toContain("[WIP] notes and [1] stay as written.");
    expect(text).toMatch(/```\n\[grovel\]\n```/);
  });

  it("change nothing in a document that defines no label", () => {
    const lines = ["| | [grovel] | [tamsin] |", "See [grovel]."];
    expect(resolveLinkReferences(lines)).toBe(lines);
  });

  it("name a table's compared things, a thing described in lower-case words among them", () => {
    const names = discoverTechnologies(text, new TechResolver([])).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["grovel", "tamsin"]));
  });

  it("do not make a header of attributes names: a measure among the cells says so", () => {
    const attributes = ["|  | Size (gzip) | Number | String | Date |", "| - | - | - | - | - |"];
    const rows = ["| `quibble` | 489B | ✅ | ✅ | ✅ |", "| `quibble/lite` | 304B | ✅ | ❌ | ❌ |"];
    const names = discoverTechnologies([...attributes, ...rows].join("\n"), new TechResolver([])).map((t) => t.name);
    expect(names).not.toEqual(expect.arrayContaining(["Number"]));
  });
});
