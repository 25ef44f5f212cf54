/** @jest-environment node */
// The writer's experience of a technology named right after a noun of experience ("bugs and limitations of Jest",
// "my frustration with it", "our love for Elixir"): an opinion, its stance from the noun. Our own writing.
import { extractClaims, TechResolver } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const opinions = (text: string) =>
  extractClaims(text, EMPTY)
    .filter((c) => c.kind === "opinion")
    .map((c) => [c.technologies.join("+"), c.topic, c.stance]);

describe("a noun of experience before a technology", () => {
  it("reads problems with a technology as an opinion against it", () => {
    expect(opinions("We switched after months of hitting bugs and limitations of Jest.")).toEqual([
      ["jest", "bugs", "CONTRADICTS"],
    ]);
  });

  it("reads a pronoun after the noun as the one technology the sentence names", () => {
    expect(opinions("We ran Celery for years, and our frustration with it kept growing.")).toEqual([
      ["celery", "frustration", "CONTRADICTS"],
    ]);
  });

  it("reads fondness as an opinion for it", () => {
    expect(opinions("Our love for Elixir started with its pattern matching.")).toEqual([
      ["elixir", "love", "SUPPORTS"],
    ]);
  });

  it("says nothing of a technology named elsewhere in the sentence", () => {
    expect(opinions("The limitations are listed in a table, and Redis is configured as usual.")).toEqual([]);
  });
});

describe("a part of a technology judged by its copula", () => {
  it("is an opinion about the technology, not a capability it has", () => {
    const claims = extractClaims("Celery's configuration is confusing.", EMPTY);
    expect(claims.map((c) => [c.kind, c.technologies[0], c.topic, c.stance])).toEqual([
      ["opinion", "celery", "confusing", "CONTRADICTS"],
    ]);
  });

  it("takes its stance from a blaming word the sentiment lexicon does not know", () => {
    expect(opinions("Celery's source code is impenetrable.")).toEqual([["celery", "impenetrable", "CONTRADICTS"]]);
  });

  it("keeps a part said to be there as a capability", () => {
    const claims = extractClaims("Astro's image optimization is built in.", EMPTY);
    expect(claims.map((c) => c.kind)).toEqual(["feature"]);
  });
});
