/** @jest-environment node */
// Results tables as benchmark READMEs print them: a framework column whose names carry their version in a code
// span ("[quokka](…) `2.1.0`", rows without a closing pipe), and BenchmarkDotNet's "Gen 0"/"Gen 1" columns of
// garbage collections. Every text here is our own writing.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const EMPTY = new TechResolver([]);
const read = (md: string) => {
  const doc = parseDocument({ filename: "README.md", bytes: new TextEncoder().encode(md) });
  return { doc, ...extractDocument(doc.text, EMPTY) };
};
const performance = (claims: CandidateClaim[], slug: string) =>
  claims.filter((c) => c.kind === "performance" && c.technologies[0] === slug).map((c) => [c.value, c.unit]);

const FRAMEWORKS = `# Tiny async frameworks, measured

## Results

Sorted by requests per second.

| Framework | Requests/sec | Latency 50% (ms) | Latency Avg (ms) |
| --------- | -----------: | ---------------: | ---------------: |
| [quokka](https://example.org/quokka/) \`2.1.0\` | 9120 | 5.10 | 5.90
| [wombat](https://example.org/wombat/) \`0.9.4\` | 8702 | 5.42 | 6.33
| [numbat](https://example.org/numbat/) \`1.3.0.post1\` | 4410 | 10.75 | 11.02
`;

describe("a framework column whose names carry a version in a code span", () => {
  it("discovers every framework and reads each row's figures", () => {
    const { claims, proposed } = read(FRAMEWORKS);
    expect(proposed.map((p) => p.name)).toEqual(expect.arrayContaining(["quokka", "wombat", "numbat"]));
    expect(performance(claims, "numbat")).toEqual([
      [4410, "req/s"],
      [10.75, "ms"],
      [11.02, "ms"],
    ]);
  });

  it("quotes each version from its own row", () => {
    const { doc, claims } = read(FRAMEWORKS);
    const versions = claims.filter((c) => c.topic === "version");
    expect(versions.map((c) => [c.technologies[0], c.conditions.version])).toEqual([
      ["quokka", "2.1.0"],
      ["wombat", "0.9.4"],
      ["numbat", "1.3.0.post1"],
    ]);
    for (const c of versions) expect(doc.text.slice(c.start, c.end)).toContain(c.technologies[0]);
  });
});

describe("BenchmarkDotNet's garbage-collection columns", () => {
  it("'Gen 0' and 'Gen 1' cells are collections per 1,000 operations, a dash is no figure", () => {
    const { claims } = read(`# Micro-ORMs compared

| ORM | Method | Mean | Gen 0 | Gen 1 | Allocated |
|---:|---:|---:|---:|---:|---:|
| Quokka | Query | 88.10 us | 3.6250 | 0.7500 | 11.27 KB |
| Wombat | Query | 91.40 us | 2.8750 | - | 12.45 KB |
`);
    expect(performance(claims, "wombat")).toEqual([
      [91.4, "µs"],
      [2.875, "collections per 1,000 operations"],
      [12.45, "KB"],
    ]);
  });
});

describe("figures named in their cells, and columns counted in thousands", () => {
  it("a header of technologies over cells of 'Measure: figure, …' gives each technology every figure", () => {
    const { claims } = read(`# Quokka vs Wombat

1. SET operations:

| Quokka | Wombat |
|---|---|
| QPS: 150K, P99: 0.81ms | QPS: 171K, P99: 0.93ms |
`);
    expect(performance(claims, "quokka")).toEqual([
      [150000, "queries/s"],
      [0.81, "ms"],
    ]);
    expect(performance(claims, "wombat")).toEqual([
      [171000, "queries/s"],
      [0.93, "ms"],
    ]);
    expect(claims.filter((c) => c.kind === "feature")).toEqual([]);
    // The numbered lead-in names the table's test, without its number.
    expect(new Set(claims.filter((c) => c.kind === "performance").map((c) => c.conditions.table))).toEqual(
      new Set(["SET operations"]),
    );
  });

  it("'(k ops/s)', '(thousands)' and '(M)' in a header scale its bare numbers; '(MB)' and '(ms)' do not", () => {
    const { claims } = read(`# Quokka vs Wombat

| Server | Throughput (k ops/s) | QPS (thousands) | Ops/sec (M) | Memory (MB) | Time (ms) |
|---|---|---|---|---|---|
| Quokka | 159 | 12 | 2.5 | 512 | 40 |
| Wombat | 173 | 14 | 3 | 640 | 35 |
`);
    expect(performance(claims, "quokka")).toEqual([
      [159000, "ops/s"],
      [12000, "queries/s"],
      [2500000, "ops/s"],
      [512, "MB"],
      [40, "ms"],
    ]);
  });
});

describe("a bare number under a measuring word", () => {
  it("'Small Data Velocity' and 'Speed' columns are figures even where the table gives no unit; 'Width' is not", () => {
    const { claims } = read(`# Hash functions compared

| Hash Name | Width | Bandwidth (GB/s) | Small Data Velocity |
| --- | --- | --- | --- |
| Quokkahash | 64 | 31.5 GB/s | 133.1 |
| Wombathash | 32 | 9.7 GB/s | 71.9 |
`);
    expect(performance(claims, "quokkahash")).toEqual([
      [31.5, "GB/s"],
      [133.1, null],
    ]);
  });
});

describe("tests named by HTML headings, and a second column of cases", () => {
  it("an '<h3>' heading opening with a verb names the test of the table under it, whatever it mentions", () => {
    const { claims } = read(`# Tiny async frameworks, measured

## The Results

<h3 id="html"> Accept a request and return HTML response</h3>

| Framework | Requests/sec |
| --------- | -----------: |
| Quokka | 9120 |
| Wombat | 8702 |

<h3 id="upload"> Parse an uploaded file and store it on disk</h3>

| Framework | Requests/sec |
| --------- | -----------: |
| Quokka | 4120 |
| Wombat | 3702 |
`);
    expect(claims.filter((c) => c.technologies[0] === "quokka").map((c) => [c.value, c.conditions.scenario])).toEqual([
      [9120, "Accept a request and return HTML response"],
      [4120, "Parse an uploaded file and store it on disk"],
    ]);
  });

  it("a second column of short words recurring from one technology's rows to the next is part of each row's case", () => {
    const { claims } = read(`# Micro-ORMs compared

| ORM | Method | Return | Mean |
|---:|---:|---:|---:|
| Quokka | Query | Post | 88.10 us |
| Quokka | QueryFirst | dynamic | 90.20 us |
| Wombat | Query | Post | 91.40 us |
| Wombat | QueryFirst | dynamic | 93.00 us |
`);
    expect(claims.filter((c) => c.kind === "feature")).toEqual([]);
    expect(
      claims
        .filter((c) => c.technologies[0] === "wombat")
        .map((c) => [c.value, c.conditions.method, c.conditions.return]),
    ).toEqual([
      [91.4, "Query", "Post"],
      [93, "QueryFirst", "dynamic"],
    ]);
  });
});
