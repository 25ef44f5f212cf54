/** @jest-environment node */
// Typographic apostrophes and quotes read as the plain ones ("doesn’t" denies as "doesn't" does), each quote kept
// as the document wrote it; a multiple said in words ("about four times faster than") is a figure as "4x" is, for
// every technology coordinated before the verb.
// Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

const claimsOf = (text: string) => extractDocument(text, new TechResolver([])).claims;

describe("typographic quotes", () => {
  it("reads a curly apostrophe's negation, and quotes the sentence as written", () => {
    const text = "# Lerna vs Rush\n\nRush doesn’t ship a dashboard. Lerna doesn’t have any plugins.\n";
    expect(claimsOf(text).map((c) => [c.technologies[0], c.conditions.support, c.quote])).toEqual([
      ["rush", "missing", "Rush doesn’t ship a dashboard."],
      ["lerna", "missing", "Lerna doesn’t have any plugins."],
    ]);
  });
});

describe("a multiple in words", () => {
  it.each([
    ["Deno is about four times faster than Bun in our loop test.", 4],
    ["Deno is three times faster than Bun.", 3],
  ])("%s", (sentence, value) => {
    const figures = claimsOf(`# Runtimes\n\n${sentence}\n`).filter((c) => c.kind === "performance");
    expect(figures.map((c) => [c.technologies, c.value, c.unit])).toEqual([[["deno", "bun"], value, "x"]]);
  });

  it("reads no figure in 'three times' that compares nothing", () => {
    expect(
      claimsOf("# Runtimes\n\nWe ran Deno three times before each measurement.\n").filter(
        (c) => c.kind === "performance",
      ),
    ).toEqual([]);
  });
});

describe("a comparison's coordinated subjects", () => {
  it("gives the figure to each technology coordinated before the verb", () => {
    const figures = claimsOf("# Runtimes\n\nBoth Deno and Node.js are about four times faster than Bun.\n").filter(
      (c) => c.kind === "performance",
    );
    expect(figures.map((c) => [c.technologies, c.value])).toEqual([
      [["deno", "bun"], 4],
      [["nodejs", "bun"], 4],
    ]);
  });
});
