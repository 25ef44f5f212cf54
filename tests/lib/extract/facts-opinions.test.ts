/** @jest-environment node */
// Facts (ownership, licence changes, the version a capability arrived in) and opinions (verdict lines,
// margins, the writer's own feelings) in general terms. Every sentence here is our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const claims = (text: string): CandidateClaim[] => extractClaims(text, EMPTY);
const read = (c: CandidateClaim) => [c.kind, c.technologies, c.topic, c.conditions];

describe("facts", () => {
  it("ownership in either voice, with the year it changed hands", () => {
    expect(claims("Kibana was sold to Acme Corp in 2009.").map(read)).toEqual([
      ["fact", ["kibana"], "ownership", { by: "Acme Corp", since: "2009" }],
    ]);
    expect(claims("Initech acquired Grafana in 2031.").map(read)).toEqual([
      ["fact", ["grafana"], "ownership", { by: "Initech", since: "2031" }],
    ]);
  });

  it("a pronoun that opens the sentence is never the buyer", () => {
    expect(claims("We bought Grafana licences for the whole team.").filter((c) => c.topic === "ownership")).toEqual([]);
  });

  it("a licence change keeps the licence and since when", () => {
    expect(claims("Kibana switched to a source-available licence in 2030.").map(read)).toEqual([
      ["fact", ["kibana"], "licence", { licence: "source-available", since: "2030" }],
    ]);
  });

  it("the version a capability arrived in, said capability first, is a fact of that capability", () => {
    const [c] = claims("Pattern matching arrived in Ruby 2.7.");
    expect([c.kind, c.technologies, c.topic, c.metric, c.value, c.conditions.version]).toEqual([
      "fact",
      ["ruby"],
      "added-pattern-matching",
      "version",
      2.7,
      "2.7",
    ]);
  });

  it("the version first, then what it added", () => {
    const [c] = claims("PostgreSQL 15 added the MERGE command.");
    expect([c.kind, c.topic, c.value]).toEqual(["fact", "added-the-merge-command", 15]);
  });

  it("a version with its month and year stays a dated version", () => {
    const [c] = claims("Keyed routing needs Deno 2.3+ (Mar 2031).");
    expect([c.kind, c.technologies, c.conditions]).toEqual(["fact", ["deno"], { version: "2.3", released: "2031" }]);
  });
});

describe("opinions", () => {
  it("a verdict line names the winner as the author's opinion", () => {
    for (const text of ["Winner: Redis, by a wide margin.", "The clear winner is Redis.", "Overall winner: Redis."]) {
      expect(claims(text).map(read)).toEqual([["opinion", ["redis"], "verdict", { stance: "supports" }]]);
    }
  });

  it("winning by a margin, and winning something, are judgements; a section titled 'Where X wins' and 'won't' are not", () => {
    expect(claims("Memcached wins by a comfortable margin.").map((c) => c.kind)).toEqual(["opinion"]);
    expect(claims("In the end Memcached won the simplicity contest.").map((c) => c.kind)).toEqual(["opinion"]);
    expect(claims("Where Memcached Wins.")).toEqual([]);
    expect(claims("Memcached won't persist anything to disk.").filter((c) => c.kind === "opinion")).toEqual([]);
  });

  it("'the enterprise standard for a reason' is a judgement, not a kind of thing the technology is", () => {
    expect(claims("Oracle Database is the enterprise standard for a reason.").map((c) => c.kind)).toEqual(["opinion"]);
  });

  it("the writer's own feeling is an opinion, its stance from the sentence's sentiment", () => {
    const [love] = claims("I love how quickly Deno boots.");
    const [hate] = claims("We really hated debugging Jenkins pipelines, a miserable experience.");
    expect([love.kind, love.technologies, love.stance]).toEqual(["opinion", ["deno"], "SUPPORTS"]);
    expect([hate.kind, hate.technologies, hate.stance]).toEqual(["opinion", ["jenkins"], "CONTRADICTS"]);
  });
});

describe("spans of calendar time", () => {
  it("how long something lasted or how far apart two events were is a fact about the technologies named", () => {
    const lasted = claims("We kept Memcached in front of the API for three years before moving to Valkey.").find(
      (c) => c.topic === "history",
    );
    expect([lasted?.value, lasted?.unit, lasted?.technologies]).toEqual([3, "year", ["memcached", "valkey"]]);
    const apart = claims("Valkey appeared 15 years after Memcached.").find((c) => c.topic === "history");
    expect([apart?.value, apart?.unit]).toEqual([15, "year"]);
    const study = claims("This closes a six-month migration study of Valkey and Memcached.").find(
      (c) => c.topic === "history",
    );
    expect([study?.value, study?.unit]).toEqual([6, "month"]);
  });

  it("a duration that is not a span of the technology's history is not one", () => {
    expect(claims("Memcached keeps items for 30 seconds by default.").filter((c) => c.topic === "history")).toEqual([]);
    expect(claims("Valkey took two hours to rebuild the index.").filter((c) => c.topic === "history")).toEqual([]);
  });
});

describe("what a technology is made of and under which licence: facts, said once", () => {
  it("'written in' and 'open-source' in a sentence are a language and a licence fact, not capabilities besides", () => {
    expect(
      claims("Typesense is written in C++ and ships as one binary.").filter((c) => /written/.test(c.topic ?? "")),
    ).toEqual([]);
    expect(claims("Typesense is written in C++ and ships as one binary.").map(read)).toEqual(
      expect.arrayContaining([["fact", ["typesense"], "language", { language: "C++" }]]),
    );
    expect(claims("Typesense is open-source and easy to self-host.").filter((c) => c.kind === "feature")).toEqual([]);
  });

  it("a contrast fronted with 'Contrary to' is the other side: the licence is the subject's", () => {
    const out = claims("Contrary to Algolia, Typesense is open-source and can be self-hosted.");
    expect(out.filter((c) => c.kind === "fact").map((c) => c.technologies)).toEqual([["typesense"]]);
  });

  it("a table's licensing and built-with rows are facts of each column's technology", () => {
    const table = [
      "| | Typesense | Algolia |",
      "|---|---|---|",
      "| Source code licensing | GPL-3 | Closed-source |",
      "| Built with | C++ | Scala |",
      "| Typo tolerance | Yes | Yes |",
    ].join("\n");
    const out = claims(table);
    expect(
      out.filter((c) => /licensing|built-with/.test(c.topic ?? "")).map((c) => [c.kind, c.technologies[0], c.topic]),
    ).toEqual([
      ["fact", "typesense", "source-code-licensing"],
      ["fact", "algolia", "source-code-licensing"],
      ["fact", "typesense", "built-with"],
      ["fact", "algolia", "built-with"],
    ]);
    expect(out.filter((c) => c.kind === "feature").map((c) => c.topic)).toEqual(["typo-tolerance", "typo-tolerance"]);
  });
});

describe("facts of a described subject", () => {
  it("a release year after the description of the sentence's subject is the subject's, not a name inside it", () => {
    const releases = (text: string) =>
      claims(text)
        .filter((c) => c.metric === "release_year")
        .map((c) => [c.technologies, c.value]);
    expect(releases("Solr is a subproject of Apache Lucene, created in 2004 by a consultant.")).toEqual([
      [["solr"], 2004],
    ]);
    expect(releases("Deno is a runtime for JavaScript created by Ryan Dahl and released in 2018.")).toEqual([
      [["deno"], 2018],
    ]);
    // A relative pronoun hands the date to the name right before it.
    expect(releases("Next.js is a framework for React, which was released in 2013.")).toEqual([[["react"], 2013]]);
  });

  it("the rest of a sentence with a release year is still read: who made it, what it is part of or inspired by", () => {
    const read = (text: string) =>
      claims(text)
        .filter((c) => c.kind === "fact" && c.metric !== "release_year")
        .map((c) => [c.technologies, c.topic, c.conditions]);
    expect(read("Deno is a runtime for JavaScript created by Ryan Dahl and released in 2018.")).toEqual([
      [["deno"], "ownership", { by: "Ryan Dahl", since: "2018" }],
    ]);
    expect(read("Solr is a subproject of Apache Lucene, created in 2004 by a consultant.")).toEqual([
      [["solr", "lucene"], "part-of-apache-lucene", { relation: "part of", object: "Apache Lucene" }],
    ]);
    expect(read("Bleve is a search library written in Go, inspired by Apache Lucene.")).toContainEqual([
      ["bleve", "lucene"],
      "inspired-by-apache-lucene",
      { relation: "inspired by", object: "Apache Lucene" },
    ]);
  });
});
