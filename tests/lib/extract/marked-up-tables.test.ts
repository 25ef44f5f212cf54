/** @jest-environment node */
// Inline HTML around a cell's words, "Optional" and "X-only" cells, an "Open Source" row; a table's rows named by the
// library and its version. Every text here is our own writing.
import { extractClaims, extractDocument, TechResolver } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const claimsOf = (text: string) => extractClaims(text, EMPTY);

describe("feature matrices with markup", () => {
  const matrix = [
    "# Databases compared",
    "",
    "| | CockroachDB | MySQL | MongoDB |",
    "--|--|--|--",
    '<a href="#" title="Rebalancing data between the nodes of a cluster, with no operator.">Automated Scaling</a> | Yes | No | Yes',
    '<abbr title="Once a write commits, every read sees it.">ACID Semantics</abbr> | Yes | Yes | Document-only',
    "Automated Failover | Yes | Optional | Yes",
    "Open Source | Yes | Yes | No",
    "",
  ].join("\n");
  const rows = () =>
    claimsOf(matrix).map((c) => [c.kind, c.technologies[0], c.topic, c.conditions.support ?? null, c.statement]);

  it("reads a row label inside a link or an abbreviation as the feature, not the tooltip", () => {
    expect(rows()).toEqual(
      expect.arrayContaining([
        expect.arrayContaining(["feature", "cockroachdb", "automated-scaling", "built-in"]),
        expect.arrayContaining(["feature", "mysql", "automated-scaling", "missing"]),
      ]),
    );
    expect(rows().some((r) => String(r[4]).includes("Rebalancing"))).toBe(false);
  });

  it("reads 'Optional' and 'Document-only' as partial support", () => {
    const partial = rows()
      .filter((r) => r[3] === "partial")
      .map((r) => [r[1], r[2]]);
    expect(partial).toEqual(
      expect.arrayContaining([
        ["mysql", "automated-failover"],
        ["mongodb", expect.stringMatching(/acid/)],
      ]),
    );
  });

  it("reads an 'Open Source' row as a licence fact", () => {
    expect(
      rows()
        .filter((r) => r[2] === "open-source")
        .map((r) => [r[0], r[1], r[4]]),
    ).toEqual([
      ["fact", "cockroachdb", "CockroachDB is open source."],
      ["fact", "mysql", "MySQL is open source."],
      ["fact", "mongodb", "MongoDB is not open source."],
    ]);
  });
});

describe("two tables under one heading", () => {
  it("keep the label line above each as their figures' setup, so the two builds never compare", () => {
    const text = [
      "## Build size",
      "",
      "**Release build**",
      "",
      "| Tool | Bundle size, KB |",
      "| ---- | --------------- |",
      "| esbuild | 120 |",
      "| Rollup | 131 |",
      "",
      "**Debug build**",
      "",
      "| Tool | Bundle size, KB |",
      "| ---- | --------------- |",
      "| esbuild | 410 |",
      "| Rollup | 455 |",
      "",
    ].join("\n");
    const figures = claimsOf(text)
      .filter((c) => c.kind === "performance" && c.technologies[0] === "esbuild")
      .map((c) => [c.value, c.conditions.table]);
    expect(figures).toEqual([
      [120, "Release build"],
      [410, "Debug build"],
    ]);
  });
});

describe("what a judge found in real tables", () => {
  it("keeps a qualified feature apart from the plain one ('Strongly Consistent Replication' is not 'replication')", () => {
    const text =
      "| | Spanner | MySQL |\n|---|---|---|\n| Strongly Consistent Replication | Yes | No |\n| Replication | Yes | Yes |\n";
    expect(claimsOf(text).map((c) => [c.technologies[0], c.topic, c.conditions.support])).toEqual([
      ["spanner", "strongly-consistent-replication", "built-in"],
      ["mysql", "strongly-consistent-replication", "missing"],
      ["spanner", "replication", "built-in"],
      ["mysql", "replication", "built-in"],
    ]);
  });

  it("proposes no header cell as a technology when the rows name known ones", () => {
    const text =
      "| | Open Issues | Closed Issues | Total |\n|---|---|---|---|\n| Mocha | 254 | 2225 | 2479 |\n| Jest | 844 | 4343 | 5187 |\n";
    const { proposed } = extractDocument(text, EMPTY);
    expect(proposed.map((t) => t.name)).toEqual(["Mocha", "Jest"]);
  });

  it("reads the rows of a 'Library' column named with their versions, C++ names included", () => {
    const text = [
      "| Library | Method | Run time, s |",
      "| --- | --- | --- |",
      "| libc | printf | 0.91 |",
      "| libc++ | std::ostream | 2.49 |",
      "| Boost Format 1.80 | boost::format | 6.26 |",
      "",
    ].join("\n");
    const claims = claimsOf(text);
    expect(claims.filter((c) => c.kind === "performance").map((c) => [c.statement, c.value])).toEqual([
      ["libc: run time 0.91 s.", 0.91],
      ["libc++: run time 2.49 s.", 2.49],
      ["Boost Format 1.80: run time 6.26 s.", 6.26],
    ]);
    // The method each was called by is the test's code, no feature of the library.
    expect(claims.filter((c) => c.kind === "feature")).toEqual([]);
  });

  it("reads 'the best of three runs' as how a figure was measured, no judgement", () => {
    const text =
      "We built it with clang on macOS, taking the best of three runs, and Rollup took the fastest of 5 iterations.";
    expect(claimsOf(text).filter((c) => c.kind === "opinion")).toEqual([]);
  });
});
