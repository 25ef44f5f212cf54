/** @jest-environment node */
// Grid tables (reStructuredText and Pandoc): boxed cells, a row spread over several lines, footnote and
// link references in cells. Read as pipe rows, one per boxed row. Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { gridTablesAsRows } from "@/lib/import/grid-tables";

const GRID = `Task runners
============

How the three runners differ:

+----------------------+----------+-------------+-----------+
|                      | Kombu    | Arq_        | Faust_    |
+======================+==========+=============+===========+
| Retries with backoff | No       | Yes         | Yes       |
|                      |          |             |           |
+----------------------+----------+-------------+-----------+
| Rate limiting        | Yes      | No [#rl]_   | Yes       |
+----------------------+----------+-------------+-----------+
| Cron scheduling      | No       | Yes         | No        |
|                      | [#cr]_   |             |           |
+----------------------+----------+-------------+-----------+

.. [#rl] A footnote.
`;

describe("grid tables", () => {
  it("become one pipe row per boxed row, references dropped, the header above the === border", () => {
    expect(gridTablesAsRows(GRID.split("\n")).filter((l) => l.startsWith("|"))).toEqual([
      "|  | Kombu | Arq | Faust |",
      "| --- | --- | --- | --- |",
      "| Retries with backoff | No | Yes | Yes |",
      "| Rate limiting | Yes | No | Yes |",
      "| Cron scheduling | No | Yes | No |",
    ]);
  });

  it("join the lines of one boxed row per column", () => {
    const rows = gridTablesAsRows([
      "+------+-------+",
      "| Name | Notes |",
      "+------+-------+",
      "| Arq  | fast  |",
      "|      | async |",
      "+------+-------+",
    ]);
    expect(rows.filter((l) => l.startsWith("|"))).toEqual([
      "| Name | Notes |",
      "| --- | --- |",
      "| Arq | fast async |",
    ]);
  });

  it("leave borders in code blocks and lone borders as they are", () => {
    const lines = ["```", "+---+---+", "| a | b |", "+---+---+", "```", "+---+---+"];
    expect(gridTablesAsRows(lines)).toEqual(lines);
  });

  it("are read as a feature matrix by the extractor", () => {
    const doc = parseDocument({ filename: "runners.rst", bytes: new TextEncoder().encode(GRID) });
    const { claims } = extractDocument(doc.text, new TechResolver([]));
    const support = (slug: string) =>
      claims.filter((c) => c.kind === "feature" && c.technologies[0] === slug).map((c) => c.conditions.support);
    expect(support("kombu")).toHaveLength(3);
    expect(support("arq")).toEqual(expect.arrayContaining(["built-in", "missing"]));
    expect(claims.some((c) => c.technologies.includes("faust"))).toBe(true);
  });
});
