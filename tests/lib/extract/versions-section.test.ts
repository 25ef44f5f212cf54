/** @jest-environment node */
// A benchmark's "Versions" section listing each tool and its version on a line ("golang   1.14.1"), laid out as a
// spaced column: each line is a version tested, whatever the name's casing. Our own writing.
import { extractClaims, TechResolver } from "@/lib/extract";

const doc = [
  "# Loop benchmark",
  "",
  "## Versions",
  "",
  "All compilers come from the distribution's packages:",
  "crystal        0.35.0",
  "dart           2.7.2",
  "golang         1.14.1",
  "python3        3.8.2",
  "",
  "## Results",
  "",
  "Rust 1.20 was the fastest, in 5.4 s.",
].join("\n");

describe("a versions section", () => {
  const facts = extractClaims(doc, new TechResolver([]), { title: "Loop benchmark" })
    .map((c) => c.statement)
    .filter((s) => s.endsWith("is the version tested."));

  it("says the version tested of each tool it lists, everyday-word names included", () => {
    expect(facts).toEqual(
      expect.arrayContaining([
        "Crystal 0.35.0 is the version tested.",
        "Dart 2.7.2 is the version tested.",
        "Go 1.14.1 is the version tested.",
      ]),
    );
  });

  it("reads no version list outside such a section", () => {
    expect(facts.join(" ")).not.toMatch(/Rust/);
  });
});
