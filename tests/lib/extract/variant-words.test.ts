/** @jest-environment node */
// "Go Memoized", "Rust Memoized": a word following several known names in one column is how each ran, so the rows
// are those technologies, never new ones to propose. Our own writing; the figures are made up.
import { TechResolver } from "@/lib/extract";
import { discoverTechnologies } from "@/lib/extract/discover";

const table = [
  "# Optimised loops",
  "",
  "| Language | Time, s |",
  "|----------|---------|",
  "| Go Memoized | 0.001 |",
  "| Rust Memoized | 0.001 |",
  "| Zig Constant | 0.000 |",
  "| Go Constant | 0.000 |",
  "| Quillscript | 0.004 |",
].join("\n");

describe("variant words in a column of names", () => {
  const proposed = discoverTechnologies(table, new TechResolver([])).map((t) => t.name);

  it("are how a known technology ran, not a technology of their own", () => {
    expect(proposed.filter((n) => /Memoized|Constant/.test(n))).toEqual([]);
  });

  it("leave a name of its own proposed", () => {
    expect(proposed).toContain("Quillscript");
  });
});
