/** @jest-environment node */
// Who uses a technology ("used by …", "relied on by …", "in production at … since 2014", "powered by X"): a fact about
// its adoption, never a capability. Every text here is our own writing.
import { extractClaims, TechResolver } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const read = (text: string) =>
  extractClaims(text, EMPTY).map((c) => [
    c.kind,
    c.technologies.join("+"),
    c.topic,
    c.conditions.by,
    c.conditions.since,
  ]);

describe("adoption facts", () => {
  it("reads who relies on a technology", () => {
    expect(read("Kafka is relied on by banks and retailers like Acme and Globex.")).toEqual([
      ["fact", "kafka", "adoption", "banks and retailers like Acme and Globex", undefined],
    ]);
  });

  it("reads production use since a year as adoption, not a capability 'been'", () => {
    expect(
      read("Nomad has been in production at large companies since 2016 and is known to run huge clusters."),
    ).toEqual([["fact", "nomad", "adoption", "large companies", "2016"]]);
  });

  it("gives 'powered by X' to X", () => {
    expect(read("The search on our site is powered by the Meilisearch engine.")).toEqual([
      ["fact", "meilisearch", "adoption", undefined, undefined],
    ]);
  });

  it("reads a 'Used by …' item under a heading about one technology, said with its subject", () => {
    const claims = extractClaims("## Why Zstandard\n\n- Used by Acme, Globex and Initech\n", EMPTY);
    expect(claims.map((c) => [c.kind, c.technologies[0], c.statement])).toEqual([
      ["fact", "zstandard", "Zstandard is used by Acme, Globex and Initech."],
    ]);
  });
});
