/** @jest-environment node */
// Relative figures said with a noun of change ("a 3x improvement compared to B", "2-5x binary size reduction") and
// several ratios listed before one standard ("~3x faster and ~4x smaller bundles compared to B"). Our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

const ratios = (text: string) =>
  extractDocument(text, new TechResolver([]))
    .claims.filter((c) => c.unit === "x")
    .map((c) => [c.technologies.join("+"), c.value, c.statement]);

describe("relative figures", () => {
  it("read a noun of change as the favoured side's gain, joined as written", () => {
    const text = "# Django vs Flask\n\nDjango shows a ~2.5-3× improvement compared to Flask in cold starts.";
    expect(ratios(text)).toEqual([["django+flask", 2.5, "Django: ~2.5–3x improvement compared to Flask."]]);
  });

  it("read a reduction of a cost as the favoured side's, of a benefit as the other's", () => {
    const text = "# Vite vs Parcel\n\nVite gives a 4× bundle size reduction compared to Parcel.";
    expect(ratios(text)).toEqual([["vite+parcel", 4, "Vite: 4x bundle size reduction compared to Parcel."]]);
  });

  it("give every ratio listed before one standard that standard", () => {
    const text =
      "# Vite vs Parcel\n\nVite builds up to ~3× faster and emits ~4× smaller bundles with ~6× lower memory overheads compared to Parcel.";
    expect(ratios(text)).toEqual([
      ["vite+parcel", 3, "Vite: ~3x faster than Parcel."],
      ["vite+parcel", 4, "Vite: ~4x smaller bundles than Parcel."],
      ["vite+parcel", 6, "Vite: ~6x lower memory overheads than Parcel."],
    ]);
  });

  it("do not share a standard across a clause with another subject", () => {
    const text =
      "# Build notes\n\nVite is ~3× faster in our runs, while the report shows 2× smaller output than Parcel.";
    expect(ratios(text).map((r) => r[1])).not.toContain(3);
  });

  it("name what the section measures when the change names nothing", () => {
    const text = "# Benchmarks\n\n## Build time\n\nVite achieves a ~2× improvement compared to Parcel.";
    expect(ratios(text)).toEqual([["vite+parcel", 2, "Vite: ~2x improvement in build time compared to Parcel."]]);
  });

  it("keep a language measured against, twice, as a compared thing beside a library", () => {
    const text = [
      "# Bindings",
      "",
      "zanbind is small. zanbind shows a 4× improvement compared to quux2, and a 3× improvement compared to Cython.",
      "",
      "zanbind builds fast. It is ~2× faster compared to quux2 and ~3× faster compared to Cython.",
    ].join("\n");
    expect(ratios(text).map((r) => r[0])).toContain("zanbind+cython");
  });

  it("give percentages listed after a fronted standard that standard, whatever lead-in comes first", () => {
    const text = [
      "# Vite vs Parcel",
      "",
      "As the charts show, compared to Parcel 2.8 with caching, Vite has 31.5% lower build cpu usage, 12.2% lower dev server memory usage.",
    ].join("\n");
    expect(
      extractDocument(text, new TechResolver([]))
        .claims.filter((c) => c.unit === "%")
        .map((c) => [c.technologies.join("+"), c.value, c.statement]),
    ).toEqual([
      ["vite+parcel", 31.5, "Vite: 31.5% lower build cpu usage than Parcel."],
      ["vite+parcel", 12.2, "Vite: 12.2% lower dev server memory usage than Parcel."],
    ]);
  });
});
