/** @jest-environment node */
// reStructuredText simple tables, inline HTML around a cell's words, "Optional" and "X-only" cells, an "Open Source"
// row, and column-aligned lines kept apart from the prose around them. Every text here is our own writing.
import { extractClaims, TechResolver } from "@/lib/extract";
import { joinSoftWraps } from "@/lib/import/article-text";

const EMPTY = new TechResolver([]);
const claimsOf = (text: string) => extractClaims(text, EMPTY);

describe("reStructuredText simple tables", () => {
  const table = [
    "Encoding speed",
    "--------------",
    "",
    "================= ============= ===========",
    "Library           Call          Size, KB",
    "================= ============= ===========",
    "msgpack 1.0       packb           84",
    "orjson            dumps           31",
    "Python json 3.12  dumps           275",
    "================= ============= ===========",
    "",
  ];

  it("reads each row under the border's columns, a cell with single spaces kept whole", () => {
    const versions = claimsOf(table.join("\n"))
      .filter((c) => c.unit === "version")
      .map((c) => [c.technologies[0], c.conditions.version, c.quote]);
    expect(versions).toEqual(
      expect.arrayContaining([
        ["messagepack", "1.0", "msgpack 1.0       packb           84"],
        ["python", "3.12", "Python json 3.12  dumps           275"],
      ]),
    );
  });

  it("reads the table when a markdown reader dropped its top border", () => {
    const claims = claimsOf(table.filter((_, i) => i !== 3).join("\n"));
    expect(claims.filter((c) => c.unit === "version").map((c) => c.technologies[0])).toEqual(
      expect.arrayContaining(["messagepack", "python"]),
    );
  });

  it("keeps column-aligned lines and borders out of the prose joined around them", () => {
    const lines = [
      "The results, best of three runs, are shown in the following table with",
      "================= ============= ===========",
      "msgpack 1.0       packb           84",
      "orjson            dumps           31",
    ];
    expect(joinSoftWraps(lines)).toEqual(lines);
    // Two spaces after a full stop are still prose.
    expect(
      joinSoftWraps(["Our benchmark ran each encoder a million times on the", "same record.  It took a while."]),
    ).toEqual(["Our benchmark ran each encoder a million times on the same record.  It took a while."]);
  });
});

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
