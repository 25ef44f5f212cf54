/** @jest-environment node */
// "has X built in", "ships X out of the box": how a technology has a capability, said after the object, is still
// the capability (its topic without the "built in"), negated or not; "has 70,000 stars" is a count, no capability.
// Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

const features = (text: string) =>
  extractDocument(text, new TechResolver([]))
    .claims.filter((c) => c.kind === "feature")
    .map((c) => [c.technologies.join("+"), c.topic, c.conditions.support]);

describe("a capability whose 'built in' comes after its object", () => {
  it("is the object's capability, built in or missing", () => {
    const text = [
      "# Jest vs Vitest",
      "",
      "Jest has snapshot testing built in.",
      "",
      "Vitest ships TypeScript support out of the box.",
      "",
      "Vitest has mocking baked in.",
      "",
      "Jest does not have ESM support built in.",
    ].join("\n");
    expect(features(text)).toEqual([
      ["jest", "snapshot-testing", "built-in"],
      ["vitest", "typescript", "built-in"],
      ["vitest", "mocking", "built-in"],
      ["jest", "esm", "missing"],
    ]);
  });

  it("still says nothing for a verb whose object is cut off", () => {
    expect(features("# Jest\n\nJest has been built in.\n\nJest is built on.")).toEqual([]);
  });
});

describe("a count after 'has'", () => {
  it("is a fact of the count, never a capability", () => {
    const claims = extractDocument(
      "# Hugo vs Zola\n\nHugo has over 70,000 stars on GitHub.",
      new TechResolver([]),
    ).claims;
    expect(claims.map((c) => [c.kind, c.value, c.unit])).toEqual([["fact", 70000, "stars"]]);
  });
});
