/** @jest-environment node */
// AsciiDoc read as markdown: "=" titles as headings, "|===" tables as pipe rows however their cells are laid
// out, listing blocks fenced, comments and attributes dropped, the header's author and date kept. Every text
// here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { asciidocAsMarkdown, asciidocHeader, isAsciidoc } from "@/lib/import/asciidoc";

const ADOC = `= Picking a queue for the billing jobs
Dana Okafor <dana@example.org>
v1.1, 2024-03-05: figures rerun
:toc:
:source-highlighter: rouge

// Written after the second load test.
Our billing jobs run on *Sidekiq* today; we timed _Resque_ beside it.

== Throughput

.Jobs per second, 8 workers
[cols="2,1,1", options="header"]
|===
|Workload |Sidekiq |Resque

|Small jobs
|4210
|1880

|Jobs with a database write |2905 |1402
|===

[source,ruby]
----
class BillingJob
  include Sidekiq::Job
end
----

////
Drafts below.
////

NOTE: Sidekiq needs Redis; see https://example.org/redis[the Redis notes].

* Sidekiq retries failed jobs by default.
** Resque needs a plugin for retries.
`;

describe("AsciiDoc", () => {
  it("is recognised by a table delimiter or a '= Title' over attributes or sections, and markdown is left alone", () => {
    expect(isAsciidoc(ADOC.split("\n"))).toBe(true);
    expect(isAsciidoc(["Notes", "", "|===", "|a |b", "|==="])).toBe(true);
    const markdown = ["# Notes", "", "= not a title here", "| a | b |", "|---|---|"];
    expect(isAsciidoc(markdown)).toBe(false);
    expect(asciidocAsMarkdown(markdown)).toBe(markdown);
  });

  it("reads a table whose cells stand one per line or all on one line as the same pipe rows", () => {
    const rows = asciidocAsMarkdown(ADOC.split("\n")).filter((l) => l.startsWith("|"));
    expect(rows).toEqual([
      "| Workload | Sidekiq | Resque |",
      "| --- | --- | --- |",
      "| Small jobs | 4210 | 1880 |",
      "| Jobs with a database write | 2905 | 1402 |",
    ]);
  });

  it("spans a '2+' cell over two columns and takes the column count from the first row", () => {
    const lines = ["= T", "", "|===", "|Tool |Cold |Warm", "", "|Alpha 2+|n/a", "|Beta |3 |1", "|==="];
    expect(asciidocAsMarkdown(lines).filter((l) => l.startsWith("|"))).toEqual([
      "| Tool | Cold | Warm |",
      "| --- | --- | --- |",
      "| Alpha | n/a |   |",
      "| Beta | 3 | 1 |",
    ]);
  });

  it("keeps at most 500 body rows of a table, as a reStructuredText table", () => {
    const lines = [
      "= T",
      "",
      "|===",
      "|Tool |Time",
      "",
      ...Array.from({ length: 600 }, (_, i) => `|t${i} |${i}`),
      "|===",
    ];
    expect(asciidocAsMarkdown(lines).filter((l) => l.startsWith("| t"))).toHaveLength(500);
  });

  it("turns titles into headings, listings into fenced code, and drops comments, attributes and block marks", () => {
    const doc = parseDocument({ filename: "queues.adoc", text: ADOC });
    expect(doc.format).toBe("MARKDOWN");
    expect(doc.title).toBe("Picking a queue for the billing jobs");
    expect(doc.text).toContain("## Throughput");
    expect(doc.text).toContain("include Sidekiq::Job");
    expect(doc.text).toContain("Our billing jobs run on Sidekiq today; we timed Resque beside it.");
    expect(doc.text).toContain("Sidekiq needs Redis; see the Redis notes.");
    for (const gone of [":toc:", "Written after", "Drafts below", "[source,ruby]", "|===", "----", "NOTE:"])
      expect(doc.text).not.toContain(gone);
  });

  it("takes the author and date from the header's lines or its attributes", () => {
    const doc = parseDocument({ filename: "queues.adoc", text: ADOC });
    expect(doc.author).toBe("Dana Okafor");
    expect(doc.publishedAt).toBe("2024-03-05");
    expect(asciidocHeader(["= A post", ":page-author: rkline", ":revdate: 2019-11-02", "", "Text."])).toEqual({
      author: "rkline",
      date: "2019-11-02",
    });
  });

  it("gives the extractor the table's figures, with the unit and workers from the block title", () => {
    const doc = parseDocument({ filename: "queues.adoc", text: ADOC });
    const { claims } = extractDocument(doc.text, new TechResolver([]), { title: doc.title });
    const figures = claims
      .filter((c) => c.kind === "performance")
      .map((c) => [c.technologies[0], c.value, c.unit, c.conditions.table]);
    expect(figures).toEqual([
      ["sidekiq", 4210, "jobs/s", "Jobs per second, 8 workers"],
      ["resque", 1880, "jobs/s", "Jobs per second, 8 workers"],
      ["sidekiq", 2905, "jobs/s", "Jobs per second, 8 workers"],
      ["resque", 1402, "jobs/s", "Jobs per second, 8 workers"],
    ]);
  });
});
