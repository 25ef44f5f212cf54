/** @jest-environment node */
// Shapes of project READMEs: a table of runs down the side and tools across the header, a section explaining each
// run, memory printed per tool in a code block, a comparison sentence going on to a second standard, a results table
// keyed by a label column, a feature table with a maturity column, a title that is a command's name. Every text
// here is our own writing.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const EMPTY = new TechResolver([]);
const read = (md: string) => {
  const doc = parseDocument({ filename: "README.md", bytes: new TextEncoder().encode(md) });
  return { doc, ...extractDocument(doc.text, EMPTY, { title: doc.title }) };
};
const figures = (claims: CandidateClaim[], kind = "performance") =>
  claims.filter((c) => c.kind === kind).map((c) => [c.technologies.join("+"), c.value, c.unit]);

const BUNDLERS = `# Bundling a large app with esbuild, Rollup and Parcel

The numbers show esbuild is at least 10 times faster than Rollup and 12 times faster than Parcel.

## Timing

| | esbuild | Rollup | Parcel |
| --- | --- | --- | --- |
| cold-cache | \`0.4 s\` (1.00x) | \`4.2 s\` (10.5x) | \`5.1 s\` (12.7x) |
| warm-cache | \`0.3 s\` (1.00x) | \`2.9 s\` (9.7x) | \`1.8 s\` (6.0x) |
| threaded | \`0.2 s\` (1.00x) | \`2.5 s\` (12.5x) | \`1.1 s\` (5.5x) |

## Peak memory

\`\`\`
./apps/shop.tsx
esbuild   120.5 mb (1.00x)
rollup    410.0 mb (3.40x)
\`\`\`

## How each run works

### cold-cache

Every cache directory is deleted before the run.

### warm-cache

The run starts right after a previous one, caches kept.

### threaded

Every core builds a part of the app.
`;

describe("a README table of runs down the side and known tools across", () => {
  it("reads each tool's column and never proposes the runs as technologies", () => {
    const { claims, proposed } = read(BUNDLERS);
    expect(proposed.map((p) => p.name)).not.toEqual(expect.arrayContaining(["cold-cache"]));
    expect(proposed.map((p) => p.name)).not.toEqual(expect.arrayContaining(["warm-cache"]));
    expect(proposed.map((p) => p.name)).not.toEqual(expect.arrayContaining(["threaded"]));
    const timed = figures(claims).filter(([, , unit]) => unit === "s");
    expect(timed).toEqual(
      expect.arrayContaining([
        ["esbuild", 0.4, "s"],
        ["rollup", 4.2, "s"],
        ["parcel", 1.8, "s"],
      ]),
    );
    expect(timed.some(([techs]) => String(techs).includes("cold"))).toBe(false);
  });

  it("keeps a comparison's subject when the sentence goes on to a second standard", () => {
    const ratios = figures(read(BUNDLERS).claims).filter(([, , unit]) => unit === "x");
    expect(ratios).toEqual(
      expect.arrayContaining([
        ["esbuild+rollup", 10, "x"],
        ["esbuild+parcel", 12, "x"],
      ]),
    );
    expect(ratios.some(([techs]) => techs === "rollup+parcel")).toBe(false);
  });

  it("reads memory printed per tool in a code block, under the heading that says what it is, with its input", () => {
    const memory = read(BUNDLERS).claims.filter((c) => c.unit === "MB");
    expect(memory.map((c) => [c.technologies[0], c.value, c.conditions.input])).toEqual([
      ["esbuild", 120.5, "shop.tsx"],
      ["rollup", 410, "shop.tsx"],
    ]);
    expect(memory[0].statement).toContain("peak memory");
  });
});

const MACHINES = `# Parsing speed

## Timing

### MacBook Pro M3 Max

#### big.tsx

| | esbuild | Rollup |
| --- | --- | --- |
| parse | \`3.1 ms\` | \`9.8 ms\` |

### Mac mini M2 8 cores

#### big.tsx

| | esbuild | Rollup |
| --- | --- | --- |
| parse | \`4.0 ms\` | \`12.5 ms\` |
`;

describe("a machine heading over an input heading", () => {
  it("keeps the machine as the hardware of each figure, the input as its scenario", () => {
    const timed = read(MACHINES).claims.filter((c) => c.unit === "ms" && c.technologies[0] === "esbuild");
    expect(timed.map((c) => [c.value, c.conditions.hardware, c.conditions.scenario])).toEqual([
      [3.1, "MacBook Pro M3 Max", "big.tsx"],
      [4, "Mac mini M2 8 cores", "big.tsx"],
    ]);
  });
});

const LANGUAGES = `# Four languages, one puzzle

## Seconds per task on a laptop

|Id |Language |Runtime |Version | nqueens | sort |
|:--|:--------|:-------|:-------|--------:|-----:|
|c1*|C |Clang |17.0 | 2.6 s | 0.5 s |
|go*|Go | |1.22 | 2.9 s | 1.1 s |
|py1|Python |CPython |3.12 | 160 s | 118 s |
|py2|Python |PyPy |7.3 | 6.9 s | 4.9 s |
`;

describe("a results table keyed by a label column, the languages named in a later one", () => {
  it("gives each row's figures to the language, not to the label", () => {
    const { claims } = read(LANGUAGES);
    const timed = figures(claims).map(([techs, value]) => [String(techs).split("+")[0], value]);
    expect(timed).toEqual(
      expect.arrayContaining([
        ["c", 2.6],
        ["go", 1.1],
        ["python", 4.9],
        ["python", 160],
      ]),
    );
    expect(claims.some((c) => /\bid\b|c1\*/i.test(c.statement) && c.kind === "feature")).toBe(false);
  });
});

const POOLER = `## Kestrel: a connection pooler for PostgreSQL

Kestrel sits between your application and the database.

## Features

| **Feature** | **Status** | **Comments** |
|-------------|------------|--------------|
| Session pooling | **Stable** | Identical to PgBouncer. |
| Query mirroring | **Experimental** | Copies traffic to a second server. |
| Plugin loading | Planned | Not started yet. |
`;

describe("a feature table with a maturity column, under a title naming the product", () => {
  it("titles the document from its opening heading without the heading marks", () => {
    expect(read(POOLER).doc.title).toBe("Kestrel: a connection pooler for PostgreSQL");
  });

  it("gives each feature to the product with the support its status says", () => {
    const { claims } = read(POOLER);
    const features = claims
      .filter((c) => c.kind === "feature" && c.technologies[0] === "kestrel" && c.quote.startsWith("|"))
      .map((c) => [c.topic, c.conditions.support]);
    expect(features).toEqual([
      ["session-pooling", "built-in"],
      ["query-mirroring", "partial"],
      ["plugin-loading", "missing"],
    ]);
  });

  it("says a technology the comment calls identical has the feature too", () => {
    const same = read(POOLER).claims.filter((c) => c.kind === "feature" && c.technologies[0] === "pgbouncer");
    expect(same.map((c) => [c.technologies, c.topic])).toEqual([[["pgbouncer", "kestrel"], "session-pooling"]]);
  });
});

const TOOL = `# qjson

A small JSON processor written in Rust.

\`\`\`sh
$ echo '{"a": 1}' | qjson '.a'
1
$ qjson -n '1 + 1'
2
\`\`\`

qjson does not keep the order of object keys.

qjson supports reading YAML input.
`;

describe("a README titled with its command's name", () => {
  it("proposes the command as the document's technology and reads its sentences", () => {
    const { claims, proposed } = read(TOOL);
    expect(proposed.map((p) => p.name)).toContain("qjson");
    const features = claims.filter((c) => c.kind === "feature" && c.technologies[0] === "qjson");
    expect(features.map((c) => c.conditions.support)).toEqual(expect.arrayContaining(["missing", "built-in"]));
  });

  it("does not take a one-word title the document never writes as code", () => {
    const { proposed } = read("# Notes\n\nSome notes on Notes and more Notes.\n");
    expect(proposed.map((p) => p.name)).not.toContain("Notes");
  });
});

const BROKERS = `# Brokers compared

| Project | Kafka | RabbitMQ | gRPC |
| --- | --- | --- | --- |
| Multi-tenancy | Multi-tenancy is not supported. | Supported with vhosts; sharing data between vhosts is not supported. | N/A. gRPC leans on external services for it. |
| Monitoring | Metrics are exported over JMX. | A management plugin shows queues. | External components such as a service mesh are required to monitor gRPC. |
| Ordering | Partial: within a partition only. | Per queue. | Per stream. |
`;

describe("descriptions in a comparison table that say a technology lacks the attribute", () => {
  it("reads 'not supported', 'N/A' and external components as missing, a first clause that has it as built in", () => {
    const support = read(BROKERS)
      .claims.filter((c) => c.kind === "feature")
      .map((c) => [c.technologies[0], c.topic, c.conditions.support]);
    expect(support).toEqual(
      expect.arrayContaining([
        ["kafka", "multi-tenancy", "missing"],
        ["rabbitmq", "multi-tenancy", "built-in"],
        ["grpc", "multi-tenancy", "missing"],
        ["grpc", "monitoring", "missing"],
        ["kafka", "monitoring", "built-in"],
        ["kafka", "ordering", "partial"],
      ]),
    );
  });
});

describe("a member of something else in code", () => {
  it("is not the product of that name ('iter.Next()' is no Next.js), while 'Next.js' itself still is", () => {
    expect(EMPTY.findAll("Call iter.Next() until it returns false.").map((m) => m.slug)).toEqual([]);
    expect(EMPTY.findAll("Next.js renders on the server.").map((m) => m.slug)).toEqual(["nextjs"]);
  });
});
