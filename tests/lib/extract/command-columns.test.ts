/** @jest-environment node */
// A benchmark table's "Compile" and "Run" columns say how each figure was made, not what a language has.
// Our own writing; the languages' figures are made up.
import { extractClaims, TechResolver } from "@/lib/extract";

const table = [
  "# Loop benchmark",
  "",
  "| Language | Time, s | Compile | Run |",
  "|----------|---------|---------|-----|",
  "| Rust | 5.45 | rustc -C opt-level=3 loop.rs | ./loop |",
  "| Go | 9.71 | go build loop.go | ./loop |",
  "| Java | 6.28 | javac Loop.java | java Loop |",
  "| Zig | 5.10 | zig build-exe -O ReleaseFast loop.zig | ./loop |",
  "| Tcl | DNF | tclsh loop.tcl | tclsh loop.tcl |",
].join("\n");

describe("command columns", () => {
  const claims = extractClaims(table, new TechResolver([]), { title: "Loop benchmark" });

  it("are how the figures were made: no claim comes from them", () => {
    expect(claims.map((c) => c.statement).join(" ")).not.toMatch(/compile|\.\/loop|javac/i);
  });

  it("leave a run that did not finish without a claim", () => {
    expect(claims.filter((c) => c.technologies.includes("tcl"))).toEqual([]);
  });

  it("leave the figures read", () => {
    expect(claims.filter((c) => c.kind === "performance").map((c) => [c.technologies[0], c.value])).toEqual(
      expect.arrayContaining([
        ["rust", 5.45],
        ["go", 9.71],
        ["java", 6.28],
      ]),
    );
  });
});
