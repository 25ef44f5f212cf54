/** @jest-environment node */
// reStructuredText read as markdown: simple tables as pipe rows, section titles under "~" or "^" as headings,
// badges and other directives dropped, ".. code::" as fenced code; markdown left as it was. Every text here is our
// own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { joinSoftWraps } from "@/lib/import/article-text";
import { rstAsMarkdown } from "@/lib/import/rst";

const RST = `.. image:: https://example.org/logo.png
   :width: 25%
   :alt: quickser

.. image:: https://example.org/badge.svg
   :target: https://example.org/ci

quickser
========

**quickser** is a small serialization library for Python.

Encoding speed
~~~~~~~~~~~~~~

Encoding a large record a million times:

================= ============= ===========
Library           Call          Run Time, s
================= ============= ===========
msgpack 1.0       packb           0.84
orjson            dumps           0.31
Python json 3.12  dumps           2.75
                  (stdlib)
================= ============= ===========

.. code:: python

    import quickser
    quickser.dumps({"a": 1})

orjson is the fastest of the three [#]_.

.. [#] Measured on a laptop; orjson
       is written in Rust.

.. _orjson: https://example.org/orjson
`;

describe("reStructuredText", () => {
  it("reads a simple table by its border's columns, a row's continuation line joined to it", () => {
    expect(rstAsMarkdown(RST.split("\n")).filter((l) => l.startsWith("|"))).toEqual([
      "| Library | Call | Run Time, s |",
      "| --- | --- | --- |",
      "| msgpack 1.0 | packb | 0.84 |",
      "| orjson | dumps | 0.31 |",
      "| Python json 3.12 | dumps (stdlib) | 2.75 |",
    ]);
  });

  it("drops badges, makes titles headings and code directives fenced code", () => {
    const doc = parseDocument({ filename: "README.rst", text: RST });
    expect(doc.title).toBe("quickser");
    expect(doc.text).not.toMatch(/\.\. image::|:target:|:width:/);
    expect(doc.text).toContain("### Encoding speed");
    expect(doc.text).toContain('```\nimport quickser\nquickser.dumps({"a": 1})\n```');
    // A footnote is the article's text; a link target is not.
    expect(doc.text).toContain("Measured on a laptop; orjson is written in Rust.");
    expect(doc.text).not.toContain("example.org/orjson");
  });

  it("gives the table's figures to each library, in the unit its header states", () => {
    const doc = parseDocument({ filename: "README.rst", text: RST });
    const figures = extractDocument(doc.text, new TechResolver([]), { title: doc.title })
      .claims.filter((c) => c.kind === "performance")
      .map((c) => [c.technologies[0], c.value, c.unit, c.statement]);
    expect(figures).toEqual([
      [
        "messagepack",
        0.84,
        "s",
        "msgpack 1.0: run time 0.84 s (Encoding speed; Encoding a large record a million times).",
      ],
      ["orjson", 0.31, "s", "orjson: run time 0.31 s (Encoding speed; Encoding a large record a million times)."],
      [
        "python",
        2.75,
        "s",
        "Python json 3.12: run time 2.75 s (Encoding speed; Encoding a large record a million times).",
      ],
    ]);
  });

  it("reads a code directive of 150,000 lines without overflowing the stack", () => {
    const text = `Big\n===\n\n.. code:: python\n\n${"    x = 1\n".repeat(150_000)}`;
    const doc = parseDocument({ filename: "big.rst", text });
    expect(doc.text.split("\n").filter((l) => l === "x = 1")).toHaveLength(150_000);
  });

  it("leaves markdown alone, its tilde fences included", () => {
    const markdown = ["# Notes", "", "Run this:", "~~~~", "npm test", "~~~~", "", "| a | b |", "|---|---|"];
    expect(rstAsMarkdown(markdown)).toBe(markdown);
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

  it("keeps a plain-text table's column spacing, so its columns stay apart", () => {
    const text =
      "Results\n\nLibrary           Call          Time\nmsgpack 1.0       packb         0.84 s\norjson            dumps         0.31 s\n";
    const doc = parseDocument({ filename: "results.txt", text });
    expect(doc.text).toContain("msgpack 1.0       packb         0.84 s");
  });
});
