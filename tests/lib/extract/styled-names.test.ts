/** @jest-environment node */
// Names a document writes as names: a lower-case project name opening its sentences, and the thing it measures
// others against ("compared to quux2"). Our own writing; the names are made up so no lexicon knows them.
import { TechResolver } from "@/lib/extract";
import { discoverTechnologies } from "@/lib/extract/discover";
import { styledNames } from "@/lib/extract/stated-names";

const doc = [
  "# Benchmarks",
  "",
  "zanbind generates small modules. It was measured compared to quux2 on two machines.",
  "",
  "As the plots show, zanbind is faster compared to quux2. zanbind also links quickly.",
  "",
  "- fast builds",
  "- small output",
  "",
  "```",
  "var x = 1; var y = 2",
  "```",
].join("\n");

describe("names written as names", () => {
  it("are a lower-case word opening sentences and a name measured against, each twice", () => {
    expect(styledNames(doc.split("\n")).sort()).toEqual(["quux2", "zanbind"]);
  });

  it("are never list items, code, keywords or acronyms", () => {
    const text = "The CPU is busy compared to CPU time. Compared to CPU load, it idles.";
    expect(styledNames(["- fast builds", "- fast builds", "var a = 1. var b = 2.", text])).toEqual([]);
  });

  it("become proposed technologies", () => {
    const names = discoverTechnologies(doc, new TechResolver([])).map((t) => [t.name, t.proposed]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["zanbind", true],
        ["quux2", true],
      ]),
    );
  });
});
