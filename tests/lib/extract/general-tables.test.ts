/** @jest-environment node */
// The general table reader: which way round a table is, told by its values and names rather than its header
// words, and every cell typed by its content. Every name and text here is our own invention: none of these
// technologies is in the lexicon, so only the table's shape can say what they are.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { axisByContent, comparedNames, valueKind } from "@/lib/extract/tables/orientation";

const EMPTY = new TechResolver([]);
const read = (md: string) => extractDocument(md, EMPTY, { unitModel: null });
const brief = (c: CandidateClaim) =>
  `${c.kind} ${c.technologies.join("+")} ${c.value ?? c.conditions.support ?? ""}${c.unit ? ` ${c.unit}` : ""}`;

describe("a cell's kind of value", () => {
  it.each([
    ["✔", "mark"],
    ["🟧 (2)", "mark"],
    ["Partial", "mark"],
    ["2019", "year"],
    ["4.2.0", "version"],
    ["3.83%", "unit:percent"],
    ["1.9 s", "unit:time"],
    ["310 MB", "unit:size"],
    ["2,484,057", "number"],
    ["Self-hosted or managed", "text"],
  ])("%s is %s", (cell, kind) => expect(valueKind(cell)).toBe(kind));

  it("columns of one kind beside rows that mix kinds put the compared things down the side", () => {
    expect(
      axisByContent([
        ["1.9 s", "40 ms", "310 MB"],
        ["0.8 s", "15 ms", "298 MB"],
      ]),
    ).toBe("down");
    expect(
      axisByContent([
        ["1.9 s", "0.8 s"],
        ["310 MB", "298 MB"],
        ["2 ms", "9 ms"],
      ]),
    ).toBe("across");
    // Marks everywhere say nothing about the direction.
    expect(
      axisByContent([
        ["✔", "✘"],
        ["✘", "✔"],
      ]),
    ).toBeNull();
  });

  it("a table of descriptions with name-like column words names no compared thing", () => {
    const rows = [
      ["Situation", "Library", "Reason"],
      ["a tiny service", "Quillpack", "small and quick to start"],
      ["a large monorepo", "Zestbuild", "caches every step"],
    ];
    expect(
      comparedNames(
        rows,
        (c) => (/^[A-Z]\w+$/.test(c) ? c : null),
        () => false,
      ),
    ).toEqual([]);
  });
});

describe("orientation without header words", () => {
  it("a row per tool under a corner no list knows, columns that name no measure: figures with the cells' units", () => {
    const { claims, proposed } = read(
      [
        "# Three dev servers on one laptop",
        "",
        "| Contender | Dev start | HMR | Prod build | Memory |",
        "| --- | --- | --- | --- | --- |",
        "| Quillpack | 1.9s | 40ms | 12.1s | 310MB |",
        "| Zestbuild | 0.8s | 15ms | 6.4s | 298MB |",
        "| Marrowjs | 3.2s | 120ms | 21.0s | 350MB |",
      ].join("\n"),
    );
    expect(proposed.map((t) => t.name).sort()).toEqual(["Marrowjs", "Quillpack", "Zestbuild"]);
    expect(claims.map(brief)).toEqual(
      expect.arrayContaining([
        "performance quillpack 1.9 s",
        "performance zestbuild 15 ms",
        "performance marrowjs 350 MB",
      ]),
    );
    expect(claims.filter((c) => c.kind === "performance")).toHaveLength(12);
  });

  it("a reference row of N/A cells among the compared things, and attribute words across the header", () => {
    const { claims, proposed } = read(
      [
        "# Checksums compared",
        "",
        "| Digest Name | Width | Throughput (GB/s) | Small Input Score | Rating | Remark |",
        "| --- | --- | --- | --- | --- | --- |",
        "| Quarkhash64 | 64 | 30.2 GB/s | 120.4 | 10",
        "| _memory copy_ | N/A | 27.5 GB/s | N/A | N/A | _for reference_",
        "| Fibrosum32 | 32 | 8.8 GB/s | 61.0 | 9 | Weak mixing",
        "| Ladle128 | 128 | 1.4 GB/s | 6.2 | 10 | Cryptographic",
      ].join("\n"),
    );
    expect(proposed.map((t) => t.name).sort()).toEqual(["Fibrosum32", "Ladle128", "Quarkhash64"]);
    expect(claims.map(brief)).toEqual(
      expect.arrayContaining([
        "performance quarkhash64 30.2 GB/s",
        "performance fibrosum32 8.8 GB/s",
        "performance ladle128 1.4 GB/s",
      ]),
    );
    // A row without its closing pipe is a row all the same; a bare rating is on no scale the table states.
    expect(claims.find((c) => c.value === 30.2)?.statement).toBe("Quarkhash64: throughput 30.2 GB/s.");
    expect(claims.find((c) => c.technologies[0] === "ladle128" && c.unit === "score")?.statement).toBe(
      "Ladle128: rating 10 (scale not stated).",
    );
    // "Width", "Rating", "Remark" are what each row has, never compared things of their own.
    expect(claims.flatMap((c) => c.technologies)).not.toEqual(expect.arrayContaining(["width"]));
    expect(claims.flatMap((c) => c.technologies)).not.toEqual(expect.arrayContaining(["rating"]));
  });

  it("a second column naming what else each row ran: the figures are the stack's", () => {
    const { claims } = read(
      [
        "# Hello-world servers",
        "",
        "| Language | Server/framework | Requests per second | Time per request (ms) |",
        "| --- | --- | ---: | ---: |",
        "| Python 3.12 | gunicorn/flask | 1204 | 0.81 |",
        "| Python 3.12 | uvicorn | 2310 | 0.43 |",
        "| node.js 22 | cluster, express | 2950 | 0.33 |",
      ].join("\n"),
    );
    const figures = claims.filter((c) => c.kind === "performance");
    expect(figures.map(brief)).toEqual([
      "performance python+gunicorn+flask 1204 req/s",
      "performance python+gunicorn+flask 0.81 ms",
      "performance python+uvicorn 2310 req/s",
      "performance python+uvicorn 0.43 ms",
      "performance nodejs+express 2950 req/s",
      "performance nodejs+express 0.33 ms",
    ]);
    expect(figures[0].statement).toBe("Python 3.12 (gunicorn/flask): requests per second 1,204 req/s.");
    // The companion column is part of each row's subject, never a feature of the language.
    expect(claims.filter((c) => c.kind === "feature")).toEqual([]);
  });

  it("package names across the header of a matrix of marks, the features down the side", () => {
    const { claims, proposed } = read(
      [
        "# Picking a test runner",
        "",
        "| Runner | quillrun | zest | marrow-test | node:check |",
        "| --- | --- | --- | --- | --- |",
        "| Watch mode | Yes | Yes | No | Partial |",
        "| Snapshot files | Yes | No | Yes | No |",
      ].join("\n"),
    );
    expect(proposed.map((t) => t.name).sort()).toEqual(["marrow-test", "node:check", "quillrun", "zest"]);
    const features = claims.filter((c) => c.kind === "feature").map(brief);
    expect(features).toEqual(
      expect.arrayContaining([
        "feature quillrun built-in",
        "feature marrow-test missing",
        "feature node-check partial",
        "feature zest missing",
      ]),
    );
    expect(features).toHaveLength(8);
  });

  it("tools across the header over rows whose labels give the unit, under a corner no list knows", () => {
    const { claims, proposed } = read(
      [
        "# Bundling a storefront",
        "",
        "| Step | Quillpack | Zestbuild | Marrowjs |",
        "| --- | --- | --- | --- |",
        "| Cold start (s) | 1.9 | 0.8 | 3.2 |",
        "| Rebuild (ms) | 40 | 15 | 120 |",
      ].join("\n"),
    );
    expect(proposed.map((t) => t.name).sort()).toEqual(["Marrowjs", "Quillpack", "Zestbuild"]);
    expect(claims.map(brief).sort()).toEqual([
      "performance marrowjs 120 ms",
      "performance marrowjs 3.2 s",
      "performance quillpack 1.9 s",
      "performance quillpack 40 ms",
      "performance zestbuild 0.8 s",
      "performance zestbuild 15 ms",
    ]);
  });

  it("the compared things in a later column: a rank comes first", () => {
    const { claims } = read(
      [
        "## Validation speed",
        "",
        "| Rank | Package | Ops/sec | Size |",
        "| --- | --- | --- | --- |",
        "| 1 | checkly | 1,200,000 | 40 KB |",
        "| 2 | Verity | 310,000 | 6 KB |",
        "| 3 | shapewise | 95,000 | 12 KB |",
      ].join("\n"),
    );
    expect(claims.map(brief)).toEqual(
      expect.arrayContaining([
        "performance checkly 1200000 ops/s",
        "performance verity 6 KB",
        "performance shapewise 95000 ops/s",
      ]),
    );
    // The rank is the table's order, not a figure of the package.
    expect(claims.some((c) => c.metric === "rank")).toBe(false);
  });

  it("a column of packages beside a first column of use cases: each row recommends its package", () => {
    const { claims } = read(
      [
        "Quillpack and Zestbuild are both tried below; Marrowjs too.",
        "",
        "| Use case | Tool | Reason |",
        "| --- | --- | --- |",
        "| A tiny static site | Quillpack | starts instantly |",
        "| A large monorepo | Zestbuild | caches every step |",
        "| An old app | Marrowjs | reads old configs |",
      ].join("\n"),
    );
    const recs = claims.filter((c) => c.kind === "recommendation");
    expect(recs.map((c) => c.statement)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Zestbuild is recommended for a large monorepo/)]),
    );
    expect(claims.some((c) => /Tool|Reason/.test(c.technologies.join(" ")))).toBe(false);
  });
});

describe("units and cells typed by content", () => {
  it("bare numbers take the unit the caption gives them, and are no scores", () => {
    const { claims } = read(
      [
        "# Quillpack or Zestbuild?",
        "",
        "All times in seconds, lower is better.",
        "",
        "| | Quillpack | Zestbuild |",
        "| --- | --- | --- |",
        "| Cold start | 1.9 | 0.8 |",
        "| Rebuild | 0.4 | 0.2 |",
        "| Winner | | ✓ |",
      ].join("\n"),
    );
    const figures = claims.filter((c) => c.kind === "performance");
    expect(figures.map(brief).sort()).toEqual([
      "performance quillpack 0.4 s",
      "performance quillpack 1.9 s",
      "performance zestbuild 0.2 s",
      "performance zestbuild 0.8 s",
    ]);
    // A mark in a verdict row picks that technology; it is no capability called "winner".
    expect(claims.filter((c) => /winner/i.test(c.statement)).map((c) => `${c.kind}: ${c.statement}`)).toEqual([
      "recommendation: Zestbuild is the winner.",
    ]);
  });

  it("a matrix row of versions, dates and counts gives facts, not the setup or a scorecard", () => {
    const { claims } = read(
      [
        "# Three queue libraries",
        "",
        "| | Harbor Queue | Tidewire | Plankton |",
        "| --- | --- | --- | --- |",
        "| Version | 2.1.0 | 0.9.4 | 5.0.1 |",
        "| Last release | 2024-03-02 | 2023-11-20 | 2024-01-15 |",
        "| Maintainers | 3 | 1 | 4 |",
        "| Licence | MIT | Apache-2.0 | BSD |",
      ].join("\n"),
    );
    const facts = claims.filter((c) => c.kind === "fact").map((c) => c.statement);
    expect(facts).toEqual(
      expect.arrayContaining([
        "Tidewire: version 0.9.4.",
        "Harbor Queue: last release 2024-03-02.",
        expect.stringMatching(/^Plankton: 4 maintainers/),
        "Plankton: licence — BSD.",
      ]),
    );
    expect(claims.some((c) => c.unit === "score")).toBe(false);
  });

  it("support marks of every common kind, and an adjective said with 'is'", () => {
    const { claims } = read(
      [
        "# Harbor Queue vs Tidewire vs Plankton",
        "",
        "| Feature | Harbor Queue | Tidewire | Plankton |",
        "| --- | --- | --- | --- |",
        "| Delayed retries | 🟢 | 🔴 | 🟡 |",
        "| Durable | ✔ | ✘ | ⚠️ |",
      ].join("\n"),
    );
    const said = claims.filter((c) => c.kind === "feature").map((c) => `${c.conditions.support}: ${c.statement}`);
    expect(said).toEqual(
      expect.arrayContaining([
        "built-in: Harbor Queue has delayed retries built in.",
        "missing: Tidewire has no built-in delayed retries.",
        "partial: Plankton has only partial delayed retries.",
        "built-in: Harbor Queue is durable.",
        "missing: Tidewire is not durable.",
        "partial: Plankton is partly durable.",
      ]),
    );
  });

  it("a cell naming its own reference is a figure relative to it; a rate keeps its unit", () => {
    const { claims } = read(
      [
        "# Harbor Queue vs Tidewire vs Plankton",
        "",
        "| Library | Throughput | Relative |",
        "| --- | --- | --- |",
        "| Harbor Queue | 12k msg/s | 1.00x |",
        "| Tidewire | 30k msg/s | ~250% of Harbor Queue |",
        "| Plankton | 8k msg/s | ~67% of Harbor Queue |",
      ].join("\n"),
    );
    expect(claims.map(brief)).toEqual(
      expect.arrayContaining([
        "performance tidewire 30000 msg/s",
        "performance tidewire+harbor-queue 250 %",
        "performance plankton+harbor-queue 67 %",
      ]),
    );
    expect(claims.some((c) => c.unit === "req/s")).toBe(false);
  });
});
