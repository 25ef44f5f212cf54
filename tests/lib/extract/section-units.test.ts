/** @jest-environment node */
// A benchmark README that names its tables' unit once, at the top of the section, then lists machine and versions
// under sub-headings, and a table whose rows are grouped under case rows with empty cells. Our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { SectionUnits, statedUnit } from "@/lib/extract/tables/section-unit";

const readme = (intro: string) =>
  [
    "# quickpack",
    "",
    "## Benchmarks",
    "",
    intro,
    "",
    "### Test machine",
    "",
    "A small cloud VM.",
    "",
    "### Versions",
    "",
    "- quickpack: 1.4.0",
    "- slowpack: 0.9.1",
    "",
    "| | quickpack | slowpack |",
    "|---|---:|---:|",
    "| List of 100 integers | | |",
    "| pack | 41,200 | 9,800 |",
    "| unpack | 38,000 | 12,500 |",
    "| Nested map | | |",
    "| pack | 5,100 | 1,900 |",
  ].join("\n");

const figures = (text: string) =>
  extractDocument(text, new TechResolver([]))
    .claims.filter((c) => c.value != null && c.unit !== "version")
    .map((c) => [c.kind, c.technologies.join("+"), c.value, c.unit, c.statement]);

describe("the unit a section states for its tables", () => {
  it("reaches a table under a later sub-heading, and case rows head the rows under them", () => {
    expect(figures(readme("*quickpack* calls/sec set against slowpack, higher is better."))).toEqual([
      ["performance", "quickpack", 41200, "calls/s", "quickpack: pack (list of 100 integers) 41,200 calls/s."],
      ["performance", "slowpack", 9800, "calls/s", "slowpack: pack (list of 100 integers) 9,800 calls/s."],
      ["performance", "quickpack", 38000, "calls/s", "quickpack: unpack (list of 100 integers) 38,000 calls/s."],
      ["performance", "slowpack", 12500, "calls/s", "slowpack: unpack (list of 100 integers) 12,500 calls/s."],
      ["performance", "quickpack", 5100, "calls/s", "quickpack: pack (nested map) 5,100 calls/s."],
      ["performance", "slowpack", 1900, "calls/s", "slowpack: pack (nested map) 1,900 calls/s."],
    ]);
  });

  it("is not taken from a sentence that reports a figure of its own", () => {
    const cells = figures(readme("quickpack did 50,000 calls/sec on one core.")).filter((f) => f[2] !== 50000);
    expect(cells.length).toBe(6);
    expect(cells.map((f) => f[3])).not.toContain("calls/s");
  });

  it("ends with its section", () => {
    const units = new SectionUnits();
    units.see("## Speed");
    units.see("All times are in milliseconds, lower is better.");
    units.see("### Cold start");
    expect(units.current()?.unit).toBe("ms");
    units.see("## Memory");
    expect(units.current()).toBeNull();
  });

  it("is a unit said on its own or what the numbers are in, never a heading or a list item", () => {
    expect(statedUnit("Figures are in ops/sec.")?.unit).toBe("ops/s");
    expect(statedUnit("## Results in ops/sec")).toBeNull();
    expect(statedUnit("- calls/sec compared to others")).toBeNull();
    expect(statedUnit("The server answers in Go.")).toBeNull();
  });
});
