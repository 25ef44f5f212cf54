/** @jest-environment node */
// README results tables: one row per library (names no catalogue or lexicon knows, written as links, code
// spans, bold or with an emoji shortcode), one column per metric with the unit in the header or the cell,
// a "% to <reference>" column of signed differences, and a lead-in that states the workload. Every text
// here is our own writing.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const EMPTY = new TechResolver([]);
const read = (md: string) =>
  extractDocument(parseDocument({ filename: "README.md", bytes: new TextEncoder().encode(md) }).text, EMPTY);
const figures = (claims: CandidateClaim[], slug: string) =>
  claims.filter((c) => c.kind === "performance" && c.technologies[0] === slug);

const LOGGERS = `# quill

Fast structured logging.

## Performance

Writing an entry with eight typed fields:

| Library | Time | Time % to quill | Objects Allocated |
| :--- | :---: | :---: | :---: |
| :star: quill | 812 ns/op | +0% | 4 allocs/op |
| [featherlog](https://example.com/featherlog) | 640 ns/op | -21% | 1 allocs/op |
| \`go-trace\` | 2403 ns/op | +196% | 29 allocs/op |
| stdlog | 3120 ns/op | +284% | 41 allocs/op |

Writing a fixed message without any fields:

| Library | Time | Time % to quill | Objects Allocated |
| :--- | :---: | :---: | :---: |
| :star: quill | 71 ns/op | +0% | 0 allocs/op |
| [featherlog](https://example.com/featherlog) | 55 ns/op | -23% | 0 allocs/op |
`;

const CODECS = `# Codec timings

| Codec | Encode | Decode |
|-------|--------|--------|
| **SnapWire** | **410 ns** | 1.9 µs |
| **PackedRows (zero-copy)** | 730 ns | **520 ns** |
| **TextFrame** | 12.4 µs | 8.1 µs |
`;

const STEPS = `# One router's costs

| Operation | ns/op | B/op | allocs/op |
|-----------|-------|------|-----------|
| Creation | 600 | 512 | 6 |
| Set Param | 12 | 0 | 0 |
| Read Body | 30 | 0 | 0 |
`;

describe("a results table with one row per library", () => {
  const { claims, proposed } = read(LOGGERS);

  it("discovers the libraries of the first column, whatever their markup, and names them plainly", () => {
    expect(proposed.map((p) => p.name).sort()).toEqual(
      expect.arrayContaining(["featherlog", "go-trace", "quill", "stdlog"]),
    );
    expect(claims.map((c) => c.statement).join("\n")).not.toMatch(/:star:|`|\]\(/);
  });

  it("reads each metric column in its unit and keeps the workload of the lead-in as a condition", () => {
    const times = figures(claims, "featherlog").filter((c) => c.metric === "time");
    expect(times.map((c) => [c.value, c.unit, c.conditions.table])).toEqual([
      [640, "ns", "Writing an entry with eight typed fields"],
      [55, "ns", "Writing a fixed message without any fields"],
    ]);
    expect(figures(claims, "stdlog").find((c) => c.metric === "objects_allocated")).toMatchObject({
      value: 41,
      unit: "allocs/op",
    });
  });

  it("reads a '% to <reference>' column as signed differences to the reference, and nothing from its own row", () => {
    const diffs = claims.filter((c) => c.metric === "time_difference");
    expect(diffs.map((c) => [c.technologies.join("+"), c.value])).toEqual([
      ["featherlog+quill", -21],
      ["go-trace+quill", 196],
      ["stdlog+quill", 284],
      ["featherlog+quill", -23],
    ]);
    expect(diffs[1].statement).toBe(
      "go-trace: time +196% compared with quill (Writing an entry with eight typed fields).",
    );
    expect(claims.some((c) => c.technologies.length === 1 && c.technologies[0] === "quill" && c.unit === "%")).toBe(
      false,
    );
  });
});

describe("which first columns name compared things", () => {
  it("takes bold names under a corner that names the kind of thing, a variant in parentheses included", () => {
    const { claims, proposed } = read(CODECS);
    expect(proposed.map((p) => p.name).sort()).toEqual(["PackedRows", "SnapWire", "TextFrame"]);
    expect(figures(claims, "packedrows").map((c) => [c.metric, c.value, c.unit])).toEqual([
      ["encode_time", 730, "ns"],
      ["decode_time", 520, "ns"],
    ]);
  });

  it("never takes the operations of one tool for technologies", () => {
    const { claims, proposed } = read(STEPS);
    expect(proposed.map((p) => p.name)).not.toEqual(expect.arrayContaining(["Creation"]));
    expect(claims.some((c) => c.technologies.includes("creation") || c.technologies.includes("set-param"))).toBe(false);
  });
});

describe("a load-test results table with an empty corner, version and router columns", () => {
  // Our own writing, in the layout HTTP framework benchmark READMEs print (autocannon's columns).
  const HTTP = [
    "# Benchmarks",
    "",
    "* __Machine:__ linux x64 | 4 vCPUs | 7.5GB Mem",
    "* __Node:__ `v18.12.1`",
    "",
    "|  | Version | Router | Requests/s | Latency | Throughput/Mb |",
    "| :-- | --: | --: | :-: | --: | --: |",
    "| swiftserve | 2.0.1 | ✓ | 41210.4 | 23.81 | 7.35 |",
    "| plainhttp | 1.4.0 | ✗ | 40101.9 | 24.52 | 7.16 |",
    "| routekit | 0.9.2 | ✓ | 30244.0 | 32.61 | 5.40 |",
  ].join("\n");
  const claims = read(HTTP).claims;

  it("discovers the first column's packages and reads every measure of each", () => {
    expect(figures(claims, "swiftserve").map((c) => [c.value, c.unit])).toEqual([
      [41210.4, "req/s"],
      [23.81, null],
      [7.35, "MB/s"],
    ]);
    expect(figures(claims, "routekit")).toHaveLength(3);
  });

  it("never gives a latency the unit the table did not state, and says so", () => {
    const latency = figures(claims, "plainhttp").find((c) => c.value === 24.52);
    expect(latency?.statement).toContain("latency 24.52 (unit not stated)");
  });

  it("keeps the machine as the hardware (6.8GB whole) and a 'Node:' version as the runtime", () => {
    expect(figures(claims, "swiftserve")[0].conditions).toMatchObject({
      hardware: "4 vCPUs, 7.5GB Mem",
      runtime: "Node.js v18.12.1",
    });
  });
});

describe("a comparison tool's report printed as a table in a code block", () => {
  // Our own writing, in the layout a log shippers' test harness prints: lower-case binary units, a "W" after each
  // row's winner, bare numbers for CPU and load, a package spelled with an underscore.
  const REPORT = [
    "# Tail to TCP",
    "",
    "```",
    "$ bin/compare -t tail_to_tcp",
    "",
    "Metric           | quillship  | fluentd   | tailrush_a | logstash",
    "-----------------|------------|-----------|------------|-----------",
    "Disk Thrpt (avg) | 12.5mib/s  | 30.2mib/s | 41mib/s W  | 4.1mib/s",
    "CPU usr (max)    | 61.2       | 48.9 W    | 70.4       | 97",
    "Mem used (max)   | 150.2mib W | 801.5mib  | 212mib     | 702.9mib",
    "-----------------------------------------------------------------",
    "W = winner",
    "```",
  ].join("\n");
  const claims = read(REPORT).claims;

  it("reads every row of the printed table, each figure in its unit, the winner's mark left out", () => {
    expect(figures(claims, "tailrush-a").map((c) => [c.value, c.unit])).toEqual([
      [41, "MiB/s"],
      [70.4, null],
      [212, "MiB"],
    ]);
    expect(figures(claims, "fluentd").map((c) => c.value)).toEqual([30.2, 48.9, 801.5]);
  });

  it("keeps a CPU figure whose unit the report never states as a measurement, said so, not as a limit", () => {
    const cpu = figures(claims, "logstash").find((c) => c.value === 97);
    expect(cpu?.statement).toContain("(unit not stated)");
  });
});

describe("a load tester's summary as a table written without outer pipes", () => {
  // Our own writing, in the layout k6 summaries are pasted in: measures down the side, a total and its rate in one
  // cell, "avg=" before a latency, a description column at the end.
  const SUMMARY = [
    "# Three servers under load",
    "",
    "Measures | Quillserve | Tarnweb | Description",
    "|---|---|---|",
    "**data_received** | 94 MB  41 kB/s | 36 MB  15 kB/s | The total amount of received data",
    "**http_req_duration** | avg=330.69µs | 👑 avg=4.62ms | Total time for the request.",
  ].join("\n");
  const { claims, proposed } = read(SUMMARY);

  it("reads the rows as a table, never the description column as a compared thing", () => {
    expect(proposed.map((t) => t.name).sort()).toEqual(["Quillserve", "Tarnweb"]);
  });

  it("gives a total and its rate as two figures, and a latency under a millisecond in its own unit", () => {
    expect(figures(claims, "quillserve").map((c) => [c.value, c.unit])).toEqual([
      [94, "MB"],
      [41, "KB/s"],
      [330.69, "µs"],
    ]);
    expect(figures(claims, "tarnweb").map((c) => [c.value, c.unit])).toEqual([
      [36, "MB"],
      [15, "KB/s"],
      [4.62, "ms"],
    ]);
  });
});

describe("a results column whose cells name their own measure", () => {
  // Our own writing, in the layout a framework's benchmark page prints for Deno routers.
  const DENO = [
    "# Routers on Deno",
    "",
    "| Framework | Version | Results |",
    "| --- | :---: | ---: |",
    "| **Quillroute** | 2.1.0 | **Requests/sec: 121004** |",
    "| Swiftly | 1.0.0-beta.3 | Requests/sec: 99210 |",
    "| pathling | 0.4.2 | Requests/sec: 61877 |",
    "| denroute | 3.3.1 | Requests/sec: 40012 |",
  ].join("\n");

  it("reads 'Requests/sec: 121004' as that measure's figure for every framework the corner says the rows are", () => {
    const claims = read(DENO).claims.filter((c) => c.kind === "performance");
    expect(claims.map((c) => [c.technologies[0], c.value, c.unit])).toEqual([
      ["quillroute", 121004, "req/s"],
      ["swiftly", 99210, "req/s"],
      ["pathling", 61877, "req/s"],
      ["denroute", 40012, "req/s"],
    ]);
  });
});

describe("a results table whose second header line gives the units", () => {
  // Our own writing, in the layout compression benchmarks print: the units on a line of their own under the header.
  const PACKERS = [
    "# Packers compared",
    "",
    "| Name | Ratio | C.speed | D.speed |",
    "|------|-------|-----:|-------:|",
    "|      |       | MB/s | (MB/s) |",
    "| **TightPack 2.1** | **3.104** | **280** | **1020** |",
    "| LooseLZ 0.9 | 2.550 | 710 | 2400 |",
  ].join("\n");

  it("gives the bare numbers under each unit their unit, and the units line is no row of its own", () => {
    const claims = read(PACKERS).claims.filter((c) => c.kind === "performance");
    expect(claims.map((c) => [c.technologies[0], c.value, c.unit]).sort()).toEqual([
      ["looselz", 2.55, "x"],
      ["looselz", 2400, "MB/s"],
      ["looselz", 710, "MB/s"],
      ["tightpack", 1020, "MB/s"],
      ["tightpack", 280, "MB/s"],
      ["tightpack", 3.104, "x"],
    ]);
  });

  it("names the compared things, not the measures", () => {
    expect(read(PACKERS).proposed.map((p) => p.name)).toEqual(["TightPack", "LooseLZ"]);
  });

  it("keeps a first body row that holds figures as a row", () => {
    const table = PACKERS.replace("|      |       | MB/s | (MB/s) |\n", "");
    const claims = read(table.replace("| C.speed | D.speed |", "| C.speed (MB/s) | D.speed (MB/s) |")).claims;
    expect(claims.filter((c) => c.kind === "performance" && c.technologies[0] === "tightpack")).toHaveLength(3);
  });
});

describe("a results table whose columns are grouped under one label, the measures on a second header line", () => {
  // Our own writing: two operations, each with a rate and a tail latency, the measures named under them.
  const QUEUES = [
    "# Two queues",
    "",
    "| Queue | Enqueue | | Dequeue | |",
    "|---|---|---|---|---|",
    "| | msg/s | p99 ms | msg/s | p99 ms |",
    "| Kafka | 120000 | 12 | 95000 | 9 |",
    "| RabbitMQ | 40000 | 30 | 38000 | 25 |",
  ].join("\n");

  it("reads every grouped column with its group's label and its own measure", () => {
    const claims = read(QUEUES).claims.filter((c) => c.kind === "performance" && c.technologies[0] === "kafka");
    expect(claims.map((c) => [c.statement, c.value, c.unit])).toEqual([
      ["Kafka: enqueue 120,000 msg/s.", 120000, "msg/s"],
      ["Kafka: enqueue p99 12 ms.", 12, "ms"],
      ["Kafka: dequeue 95,000 msg/s.", 95000, "msg/s"],
      ["Kafka: dequeue p99 9 ms.", 9, "ms"],
    ]);
  });
});

describe("a statistic in a column's brackets", () => {
  it("reads 'Req/Sec (Avg)' as the mean throughput in requests per second, not a latency in milliseconds", () => {
    const { claims } = read(
      "# Hello-world servers\n\n| | Version | Req/Sec (Avg) |\n| :-- | --: | --: |\n| hono | 4.6.1 | 98,412.5 |\n| koa | 2.15.3 | 61,007.0 |\n",
    );
    expect(figures(claims, "hono").map((c) => [c.metric, c.value, c.unit])).toEqual([["throughput", 98412.5, "req/s"]]);
    expect(figures(claims, "koa")[0]?.statement).toBe("koa: req/sec (avg) 61,007 req/s.");
  });
});
