/** @jest-environment node */
// README results tables: one row per library (names no catalogue or lexicon knows, written as links, code
// spans, bold or with an emoji shortcode), one column per metric with the unit in the header or the cell,
// a "% to <reference>" column of signed differences, and a lead-in that states the workload. Every text
// here is our own writing.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const EMPTY = new TechResolver([]);
const read = (md: string) =>
  extractDocument(parseDocument({ filename: "README.md", bytes: new TextEncoder().encode(md) }).text, EMPTY);
const figures = (claims: CandidateClaim[], slug: string) =>
  claims.filter((c) => c.kind === "performance" && c.technologies[0] === slug);

const LOGGERS = `# quill

Fast structured logging.

## Performance

Writing an entry with eight typed fields:

| Library | Time | Time % to quill | Objects Allocated |
| :--- | :---: | :---: | :---: |
| :star: quill | 812 ns/op | +0% | 4 allocs/op |
| [featherlog](https://example.com/featherlog) | 640 ns/op | -21% | 1 allocs/op |
| \`go-trace\` | 2403 ns/op | +196% | 29 allocs/op |
| stdlog | 3120 ns/op | +284% | 41 allocs/op |

Writing a fixed message without any fields:

| Library | Time | Time % to quill | Objects Allocated |
| :--- | :---: | :---: | :---: |
| :star: quill | 71 ns/op | +0% | 0 allocs/op |
| [featherlog](https://example.com/featherlog) | 55 ns/op | -23% | 0 allocs/op |
`;

const CODECS = `# Codec timings

| Codec | Encode | Decode |
|-------|--------|--------|
| **SnapWire** | **410 ns** | 1.9 µs |
| **PackedRows (zero-copy)** | 730 ns | **520 ns** |
| **TextFrame** | 12.4 µs | 8.1 µs |
`;

const STEPS = `# One router's costs

| Operation | ns/op | B/op | allocs/op |
|-----------|-------|------|-----------|
| Creation | 600 | 512 | 6 |
| Set Param | 12 | 0 | 0 |
| Read Body | 30 | 0 | 0 |
`;

describe("a results table with one row per library", () => {
  const { claims, proposed } = read(LOGGERS);

  it("discovers the libraries of the first column, whatever their markup, and names them plainly", () => {
    expect(proposed.map((p) => p.name).sort()).toEqual(
      expect.arrayContaining(["featherlog", "go-trace", "quill", "stdlog"]),
    );
    expect(claims.map((c) => c.statement).join("\n")).not.toMatch(/:star:|`|\]\(/);
  });

  it("reads each metric column in its unit and keeps the workload of the lead-in as a condition", () => {
    const times = figures(claims, "featherlog").filter((c) => c.metric === "time");
    expect(times.map((c) => [c.value, c.unit, c.conditions.table])).toEqual([
      [640, "ns", "Writing an entry with eight typed fields"],
      [55, "ns", "Writing a fixed message without any fields"],
    ]);
    expect(figures(claims, "stdlog").find((c) => c.metric === "objects_allocated")).toMatchObject({
      value: 41,
      unit: "allocs/op",
    });
  });

  it("reads a '% to <reference>' column as signed differences to the reference, and nothing from its own row", () => {
    const diffs = claims.filter((c) => c.metric === "time_difference");
    expect(diffs.map((c) => [c.technologies.join("+"), c.value])).toEqual([
      ["featherlog+quill", -21],
      ["go-trace+quill", 196],
      ["stdlog+quill", 284],
      ["featherlog+quill", -23],
    ]);
    expect(diffs[1].statement).toBe(
      "go-trace: time +196% compared with quill (Writing an entry with eight typed fields).",
    );
    expect(claims.some((c) => c.technologies.length === 1 && c.technologies[0] === "quill" && c.unit === "%")).toBe(
      false,
    );
  });
});

describe("which first columns name compared things", () => {
  it("takes bold names under a corner that names the kind of thing, a variant in parentheses included", () => {
    const { claims, proposed } = read(CODECS);
    expect(proposed.map((p) => p.name).sort()).toEqual(["PackedRows", "SnapWire", "TextFrame"]);
    expect(figures(claims, "packedrows").map((c) => [c.metric, c.value, c.unit])).toEqual([
      ["encode_time", 730, "ns"],
      ["decode_time", 520, "ns"],
    ]);
  });

  it("never takes the operations of one tool for technologies", () => {
    const { claims, proposed } = read(STEPS);
    expect(proposed.map((p) => p.name)).not.toEqual(expect.arrayContaining(["Creation"]));
    expect(claims.some((c) => c.technologies.includes("creation") || c.technologies.includes("set-param"))).toBe(false);
  });
});
