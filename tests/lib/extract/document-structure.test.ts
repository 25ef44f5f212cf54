/** @jest-environment node */
// Structure the extractor used to lose, each in its general form: HTML tables whose every cell is a
// `<th>` or whose heading rows are `<td>` cells spanning columns and rows, result-table names with a
// version or a command-line level after them, a bare "Ratio" column, and benchmark averages printed
// as "<Name><Variant> average: N ms" in code blocks. Every text here is our own writing.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const EMPTY = new TechResolver([]);
const read = (md: string, filename = "README.md") =>
  extractDocument(parseDocument({ filename, bytes: new TextEncoder().encode(md) }).text, EMPTY).claims;
const figures = (claims: CandidateClaim[], slug: string) =>
  claims.filter((c) => c.kind === "performance" && c.technologies[0] === slug).map((c) => [c.value, c.unit]);

const ALL_TH = `# squeeze

A small block compressor.

## Benchmarks

<table>
  <tr>
    <th>Compressor</th><th>Ratio</th><th>Compression</th><th>Decompression</th>
  </tr>
  <tr>
    <th>squeeze 1.4</th><th>2.31</th><th>512 MB/s</th><th>2100 MB/s</th>
  </tr>
  <tr>
    <th>packlite 0.9</th><th>2.05</th><th>388 MB/s</th><th>910 MB/s</th>
  </tr>
  <tr>
    <th>tinyzip 2.1 -3</th><th>2.88</th><th>72 MB/s</th><th>330 MB/s</th>
  </tr>
</table>
`;

const SPANNED = `# Static file serving results

<table>
<tr>
    <td align="center" rowspan="2">Name</td>
    <td align="center" colspan="2">Throughput (rps)</td>
    <td align="center" colspan="2">Latency (ms)</td>
</tr>
<tr>
    <td align="center">Mean</td>
    <td align="center">Max</td>
    <td align="center">Avg</td>
    <td align="center">Max</td>
</tr><tr>
    <td><a href="./quokka.md">Quokka</a></td>
    <td>11.40k</td>
    <td>14.02k</td>
    <td>5.12</td>
    <td>9.31</td>
</tr>
<tr>
    <td><a href="./wombat.md">Wombat</a></td>
    <td>9.15k</td>
    <td>12.66k</td>
    <td>6.40</td>
    <td>10.02</td>
</tr>
</table>
`;

describe("HTML tables read by their shape, not by their tags", () => {
  it("a table whose every cell is <th> reads its first row as the heading and each row as a compressor's figures", () => {
    const claims = read(ALL_TH);
    expect(figures(claims, "squeeze")).toEqual([
      [2.31, "x"],
      [512, "MB/s"],
      [2100, "MB/s"],
    ]);
    expect(figures(claims, "packlite")).toEqual([
      [2.05, "x"],
      [388, "MB/s"],
      [910, "MB/s"],
    ]);
    // "2.1 -3": the version measured and a command-line level, neither part of the name.
    expect(figures(claims, "tinyzip")).toEqual([
      [2.88, "x"],
      [72, "MB/s"],
      [330, "MB/s"],
    ]);
    expect(claims.filter((c) => c.kind === "fact" && c.unit === "version").map((c) => c.conditions?.version)).toEqual([
      "1.4",
      "0.9",
      "2.1",
    ]);
  });

  it("two heading rows of <td> cells spanning columns and rows give each figure its group and column", () => {
    const claims = read(SPANNED);
    const quokka = claims.filter((c) => c.technologies[0] === "quokka");
    expect(quokka.map((c) => [c.metric, c.value, c.unit])).toEqual([
      ["throughput", 11400, "req/s"],
      ["throughput_max", 14020, "req/s"],
      ["latency_mean", 5.12, "ms"],
      ["latency_max", 9.31, "ms"],
    ]);
    expect(figures(claims, "wombat")).toHaveLength(4);
    expect(claims.some((c) => c.technologies.includes("name"))).toBe(false);
  });
});

const MATRIX = `# Request helpers compared

## brisk vs fetchy vs hopper

Legend:

- ✅ Supported
- 🟧 Partially supported
- ❌ Not supported

| Feature | [brisk][brisk] | [fetchy][fetchy] | [hopper][hopper] |
| ------- | -------------- | ---------------- | ---------------- |
| Bundle Size | [![][brisk-badge]][brisk-size] | [![][fetchy-badge]][fetchy-size] | [![][hopper-badge]][hopper-size] |
| Custom Error Parser | ✅ | ❌ | 🟧 |
| Retry | ❌ | ✅ | 🟨 (1) |

(1) only for idempotent methods

[brisk]: https://example.com/brisk
[fetchy]: https://example.com/fetchy
[hopper]: https://example.com/hopper
`;

describe("feature matrices written with reference links and coloured marks", () => {
  it("names written as reference links are the compared libraries, and an orange or yellow square is partial support", () => {
    const claims = read(MATRIX).filter((c) => c.kind === "feature");
    const rated = claims.map((c) => `${c.technologies.join("+")} ${c.conditions?.support} ${c.statement}`);
    expect(rated).toEqual([
      "brisk built-in brisk has custom error parser built in.",
      "fetchy missing fetchy has no built-in custom error parser.",
      "hopper partial hopper has only partial custom error parser.",
      "brisk missing brisk has no built-in retry.",
      "fetchy built-in fetchy has retry built in.",
      "hopper partial hopper has only partial retry.",
    ]);
  });
});

const MIXED_ROWS = `# Echo server results

| Name | Throughput (rps) | Latency (ms) |
|---|---|---|
| Quokka | 11.4k | 5.1 |
| Wombat | 9.2k | 6.4 |
| Numbat | 8.8k | 7.0 |
| Quokka + static files from disk | 3.1k | 22.5 |
`;

const KNOWN_WITH_VARIANT = `# Dev server

| Tool | Startup | HMR |
|---|---|---|
| Vite CLI 5.0.0 | 410 ms | 40 ms |
| Parcel 2.9.0 | 1200 ms | 95 ms |
`;

describe("result tables' first columns", () => {
  it("a row describing a setup in words does not stop the named rows being read", () => {
    const claims = read(MIXED_ROWS);
    expect(figures(claims, "wombat")).toEqual([
      [9200, "req/s"],
      [6.4, "ms"],
    ]);
    expect(figures(claims, "numbat")).toEqual([
      [8800, "req/s"],
      [7, "ms"],
    ]);
  });

  it("a known name followed by a variant word is that technology, not a new one", () => {
    const { claims, proposed } = extractDocument(
      parseDocument({ filename: "README.md", bytes: new TextEncoder().encode(KNOWN_WITH_VARIANT) }).text,
      EMPTY,
    );
    expect(proposed.map((p) => p.name)).not.toContain("Vite CLI");
    expect(figures(claims, "vite")).toEqual([
      [410, "ms"],
      [40, "ms"],
    ]);
  });
});

const AVERAGES = `# Benchmarks

\`log.write('a short line')\`:

\`\`\`
PLAIN benchmark averages
Lumber average: 431.210ms
Quillog average: 388.005ms
Tinylog average: 152.730ms
TinylogFast average: 96.004ms
\`\`\`

\`log.write({ key: 'value' })\`:

\`\`\`
RECORD benchmark averages
LumberRecord average: 470.118ms
QuillogRecord average: 402.550ms
TinylogFastRecord average: 99.870ms
\`\`\`
`;

const BENCHMARK_JS = `# Parser speed

\`\`\`
quokka x 12,480 ops/sec ±1.21% (90 runs sampled)
wombat x 9,871 ops/sec ±0.87% (92 runs sampled)
Fastest is quokka
\`\`\`
`;

describe("benchmark output lines that start with what ran", () => {
  it("'<Name><Variant> average: N ms' gives the name's figure with the variant and the block's title as conditions", () => {
    const { claims, proposed } = extractDocument(
      parseDocument({ filename: "benchmarks.md", bytes: new TextEncoder().encode(AVERAGES) }).text,
      EMPTY,
    );
    expect(proposed.map((p) => p.name).sort()).toEqual(["Lumber", "Quillog", "Tinylog"]);
    expect(figures(claims, "tinylog")).toEqual([
      [152.73, "ms"],
      [96.004, "ms"],
      [99.87, "ms"],
    ]);
    const fast = claims.find((c) => c.value === 99.87);
    expect(fast?.conditions).toMatchObject({ variant: "FastRecord", benchmark: "RECORD benchmark averages" });
    expect(fast?.statement).toBe("Tinylog: average time 99.87 ms (FastRecord; RECORD benchmark averages).");
  });

  it("benchmark.js lines give operations per second with the spread as a condition", () => {
    const { claims } = extractDocument(
      parseDocument({ filename: "README.md", bytes: new TextEncoder().encode(BENCHMARK_JS) }).text,
      EMPTY,
    );
    expect(figures(claims, "quokka")).toEqual([[12480, "ops/s"]]);
    expect(figures(claims, "wombat")).toEqual([[9871, "ops/s"]]);
    expect(claims.find((c) => c.value === 9871)?.conditions).toMatchObject({ tool: "benchmark.js", spread: "±0.87%" });
  });
});

const WRK = `# Quokka vs Wombat

## Quokka

\`\`\`
Running 30s test @ http://127.0.0.1:8080/
  4 threads and 100 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     2.31ms    0.80ms  21.40ms   81.20%
Requests/sec:  43512.70
Transfer/sec:      5.31MB
\`\`\`

## Wombat

\`\`\`
Running 30s test @ http://127.0.0.1:8081/
Requests/sec:  38120.05
\`\`\`
`;

const CRITERION = `# Parsing speed

\`\`\`
quokka/parse_small      time:   [12.402 µs 12.511 µs 12.630 µs]
wombat/parse_small      time:   [20.113 µs 20.250 µs 20.398 µs]
\`\`\`
`;

describe("load and micro-benchmark tools' output", () => {
  it("wrk's requests per second and average latency belong to the section's technology", () => {
    const claims = read(WRK);
    expect(figures(claims, "quokka")).toEqual([
      [2.31, "ms"],
      [43512.7, "req/s"],
    ]);
    expect(figures(claims, "wombat")).toEqual([[38120.05, "req/s"]]);
  });

  it("criterion's estimate is the figure, its interval and case conditions", () => {
    const claims = read(CRITERION);
    expect(figures(claims, "wombat")).toEqual([[20.25, "µs"]]);
    expect(claims.find((c) => c.technologies[0] === "quokka")?.conditions).toMatchObject({
      tool: "criterion",
      spread: "12.402–12.630 µs",
      case: "parse_small",
    });
  });
});

const PRERELEASES = `# Compressors

| Compressor | Ratio | Compression |
|---|---|---|
| Squeeze (r101) | 2.31 | 512 MB/s |
| Packlite 1.5.1b6 | 2.05 | 388 MB/s |
| Tinyzip 2.0 | 2.88 | 72 MB/s |
`;

describe("versions written beside a result row's name", () => {
  it("a pre-release written straight after the number and a bracketed revision are the version measured", () => {
    const claims = read(PRERELEASES);
    expect(figures(claims, "packlite")).toEqual([
      [2.05, "x"],
      [388, "MB/s"],
    ]);
    expect(claims.filter((c) => c.kind === "fact").map((c) => c.conditions?.version)).toEqual([
      "r101",
      "1.5.1b6",
      "2.0",
    ]);
  });
});
