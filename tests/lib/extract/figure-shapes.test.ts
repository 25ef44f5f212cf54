/** @jest-environment node */
// Figures in the shapes benchmark READMEs, migration write-ups and limits pages use (issue #16): a results
// table whose columns are the tools with the unit in each header cell, a caption giving the unit, multiplier
// cells said "slower", a change "from A to B" or "A → B" after a move from one technology to another, a setup
// line of runtimes and a processor, and limits written as lists or table rows. Every text here is our own
// writing; the package names are invented.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const read = (md: string) =>
  extractDocument(
    parseDocument({ filename: "README.md", bytes: new TextEncoder().encode(md) }).text,
    new TechResolver([]),
  );
const brief = (c: CandidateClaim) => `${c.kind} ${c.technologies.join("+")} ${c.value} ${c.unit ?? ""}`.trim();

describe("a results table with the tools across the header", () => {
  const TOOLS_ACROSS = [
    "# Queue shoot-out",
    "",
    "Measured on a 4-core laptop, Node 22, 1,000 jobs per run.",
    "",
    "| Case | quokkaq (ops/sec) | tiny-line (ops/sec) | p-gate (ops/sec) |",
    "|---|---:|---:|---:|",
    "| push then drain | 1,204,311 | 410,022 | 98,115 |",
    "| eight at a time | 880,300 | 301,552 | 77,410 |",
    "",
  ].join("\n");

  it("discovers the tools of the header, one-letter prefixes included, and takes each column's unit", () => {
    const { claims, proposed } = read(TOOLS_ACROSS);
    expect(proposed.map((p) => p.name).sort()).toEqual(["p-gate", "quokkaq", "tiny-line"]);
    expect(claims.map(brief)).toEqual([
      "performance quokkaq 1204311 ops/s",
      "performance tiny-line 410022 ops/s",
      "performance p-gate 98115 ops/s",
      "performance quokkaq 880300 ops/s",
      "performance tiny-line 301552 ops/s",
      "performance p-gate 77410 ops/s",
    ]);
    // The name without its unit, the case as the row says it, the setup the lead-in states.
    expect(claims[0].statement).toBe("quokkaq: push then drain 1,204,311 ops/s (4-core).");
    expect(claims[0].conditions).toMatchObject({ hardware: "4-core", versions: "Node.js 22" });
  });

  it("takes the unit a caption gives in any unit the quantity grammar reads", () => {
    const { claims } = read(
      [
        "# Queue shoot-out",
        "",
        "All results in ops/sec.",
        "",
        "| Case | quokkaq | tiny-line | p-gate |",
        "|---|---:|---:|---:|",
        "| push then drain | 1,204,311 | 410,022 | 98,115 |",
        "| eight at a time | 880,300 | 301,552 | 77,410 |",
        "",
      ].join("\n"),
    );
    expect(claims.map((c) => `${c.kind} ${c.unit}`)).toEqual(Array(6).fill("performance ops/s"));
  });

  it("a multiplier said 'slower' favours the other side, and is said that way", () => {
    const { claims } = read(
      [
        "# Template engines",
        "",
        "| Engine | time (ms) | relative |",
        "|---|---|---|",
        "| Fernleaf | 12.1 | 1.00x |",
        "| Moustachio | 27.8 | 2.30x slower |",
        "",
      ].join("\n"),
    );
    const ratio = claims.find((c) => c.unit === "x")!;
    expect(ratio.technologies).toEqual(["fernleaf", "moustachio"]);
    expect(ratio.statement).toBe("Moustachio: 2.3x slower than Fernleaf.");
    // "time (ms)" is said once: "time 27.8 ms", not "time (ms) 27.8 ms".
    expect(claims.find((c) => c.value === 27.8)?.statement).toBe("Moustachio: time 27.8 ms.");
  });
});

describe("before and after a move from one technology to another", () => {
  const MOVE = [
    "# How we moved our API from Express to Fastify",
    "",
    "## Results",
    "",
    "- p95 latency dropped from 420 ms to 90 ms.",
    "- Build time: 3m 10s → 48s.",
    "- Memory per pod went from 512 MB to 300 MB.",
    "- Throughput rose from 2,100 req/s to 6,900 req/s.",
    "",
  ].join("\n");

  it("credits the value before to the old technology and the value after to the new one", () => {
    expect(read(MOVE).claims.map(brief)).toEqual([
      "performance fastify 90 ms",
      "performance express 420 ms",
      "performance fastify 48 s",
      "performance express 190 s",
      "performance fastify 300 MB",
      "performance express 512 MB",
      "performance fastify 6900 req/s",
      "performance express 2100 req/s",
    ]);
  });

  it("says each side plainly, the direction of the change included", () => {
    const said = read(MOVE).claims.map((c) => c.statement);
    expect(said).toContain("Fastify: build time 48 s, down from 190 s (Express).");
    expect(said).toContain("Express: build time 190 s (before the move to Fastify).");
    expect(said).toContain("Fastify achieved about 6,900 requests per second, up from 2,100 req/s (Express).");
  });

  it("reads a title's 'A Real World X -> Y Port' as the move, and a change detailed in brackets after it", () => {
    const text =
      "# A Small Shop's Express -> Fastify Port\n\n- They cut **memory usage** by **40%** (500MB to 300MB)\n";
    expect(read(text).claims.map(brief)).toEqual(["performance fastify 300 MB", "performance express 500 MB"]);
  });

  it("credits a figure to the version it was measured on ('200ms in the Ruby code, now 35ms in the Go code')", () => {
    const { claims } = read(
      "The slowest page takes about 200ms in the Ruby code, and now takes 35ms in the Go code.\n",
    );
    expect(claims.map(brief)).toEqual(["performance ruby 200 ms", "performance go 35 ms"]);
  });

  it("reads the move a sentence states itself, with no title saying it", () => {
    const { claims } = read("Our p95 dropped from 420 ms to 90 ms after moving from Express to Fastify.\n");
    expect(claims.map(brief)).toEqual(["performance fastify 90 ms", "performance express 420 ms"]);
  });

  it("a change with no move anywhere stays one figure of the section's technology", () => {
    const { claims } = read("# Tuning Fastify\n\n- Memory per pod went from 512 MB to 300 MB.\n");
    expect(claims.map(brief)).toEqual(["performance fastify 300 MB"]);
    expect(claims[0].conditions.before).toBe("512 MB");
  });
});

describe("a setup line of runtimes and a processor", () => {
  it("is the setup of the figures below, not facts about the runtimes", () => {
    const { claims } = read(
      [
        "# Router speed",
        "",
        "Node 20.11, Ubuntu 22.04, Ryzen 7 5800X.",
        "",
        "```",
        "quokka-mux x 12,345,678 ops/sec ±1.20% (94 runs sampled)",
        "tinyroute x 4,012,003 ops/sec ±0.85% (96 runs sampled)",
        "```",
        "",
      ].join("\n"),
    );
    expect(claims.map(brief)).toEqual(["performance quokka-mux 12345678 ops/s", "performance tinyroute 4012003 ops/s"]);
    expect(claims[0].conditions).toMatchObject({ versions: "Node.js 20.11, Ubuntu 22.04", hardware: "Ryzen 7 5800X" });
  });
});

describe("prices in a table", () => {
  it("reads a price cell as a fact of its row's technology, with what it is per, never as a capability", () => {
    const { claims } = read(
      [
        "| | Storage | Outbound transfer | Plan |",
        "| --- | --: | --: | --: |",
        "| Backblaze B2 | $4.00/TB | $90.00/TB | $30/mo |",
        "| Wasabi | $0.99/TB | $1,200/TB | $19/user/month |",
      ].join("\n"),
    );
    expect(claims.map((c) => `${c.kind} ${c.technologies[0]} ${c.value} ${c.unit}`)).toEqual([
      "fact backblaze-b2 4 $/TB",
      "fact backblaze-b2 90 $/TB",
      "fact backblaze-b2 30 $/month",
      "fact wasabi 0.99 $/TB",
      "fact wasabi 1200 $/TB",
      "fact wasabi 19 $/user/month",
    ]);
    expect(claims[0].statement).toBe("Backblaze B2: storage $4.00/TB.");
  });
});

describe("limits", () => {
  it("reads '<limit>: <value>' items under a technology's heading as facts about it", () => {
    const { claims } = read(
      [
        "# Queue limits compared",
        "",
        "## RabbitMQ",
        "",
        "- Max message size: 128 MB (default 16 MB)",
        "- Queues per vhost: no hard limit",
        "- Message retention: up to 14 days",
        "",
        "## Apache Kafka",
        "",
        "- Partitions per cluster: about 200,000",
        "- Publish latency: 40 ms",
        "",
      ].join("\n"),
    );
    expect(claims.map(brief)).toEqual([
      "fact rabbitmq 128 MB",
      "fact rabbitmq null",
      "fact rabbitmq 14 days",
      "fact kafka 200000",
      "performance kafka 40 ms",
    ]);
    expect(claims[0].statement).toBe("RabbitMQ: max message size 128 MB (default 16 MB).");
    expect(claims[1].statement).toBe("RabbitMQ: queues per vhost — no hard limit.");
  });

  it("reads '<technology>: <value> per <thing>' as that technology's limit", () => {
    const { claims } = read("Limits at a glance:\n\n- DynamoDB: 400 KB per item\n- Bigtable: 10 GB per table\n");
    expect(claims.map(brief)).toEqual(["fact dynamodb 400 KB", "fact bigtable 10 GB"]);
    expect(claims[0].statement).toBe("Amazon DynamoDB: 400 KB per item.");
  });

  it("a limit row of a table is a fact; a measured maximum stays a figure", () => {
    const { claims } = read(
      [
        "| | RabbitMQ | Apache Kafka |",
        "|---|---|---|",
        "| Max message size | 128 MB | 1 MB |",
        "| Max queues | unlimited | 200,000 partitions |",
        "| Max latency | 12 ms | 30 ms |",
        "",
      ].join("\n"),
    );
    expect(claims.map(brief)).toEqual([
      "fact rabbitmq 128 MB",
      "fact kafka 1 MB",
      "fact rabbitmq null",
      "fact kafka 200000 partitions",
      "performance rabbitmq 12 ms",
      "performance kafka 30 ms",
    ]);
    expect(claims[2].statement).toBe("RabbitMQ: max queues — unlimited.");
  });

  it("reads 'No limitation' and a limit with a note ('100GiB default, configurable') as limits, never as a missing feature", () => {
    const { claims } = read(
      [
        "| | RabbitMQ | Apache Kafka |",
        "|---|---|---|",
        "| Maximum number of queues | No limitation | 4000, more on request |",
        "| Maximum message size | 512MB default, configurable | No limitation |",
        "",
      ].join("\n"),
    );
    expect(claims.map(brief)).toEqual([
      "fact rabbitmq null",
      "fact kafka 4000",
      "fact rabbitmq 512 MB",
      "fact kafka null",
    ]);
    expect(claims.some((c) => /has no built-in/.test(c.statement))).toBe(false);
  });
});

describe("benchmark tool exports pasted as tables", () => {
  it("reads a hyperfine-style table: commands in code spans, a spread in each mean, a 'Relative' column", () => {
    const { claims, proposed } = read(
      [
        "# Bundlers, cold build",
        "",
        "| Command | Mean [ms] | Min [ms] | Max [ms] | Relative |",
        "|:---|---:|---:|---:|---:|",
        "| `quokka build` | 412.3 ± 5.1 | 401.2 | 420.9 | 1.00 |",
        "| `npx slowpack build --prod` | 1310.8 ± 20.4 | 1280.1 | 1350.2 | 3.18 ± 0.06 |",
        "",
      ].join("\n"),
    );
    expect(proposed.map((p) => p.name).sort()).toEqual(["quokka", "slowpack"]);
    expect(claims.map(brief)).toEqual([
      "performance quokka 412.3 ms",
      "performance quokka 401.2 ms",
      "performance quokka 420.9 ms",
      "performance slowpack 1310.8 ms",
      "performance slowpack 1280.1 ms",
      "performance slowpack 1350.2 ms",
      "performance slowpack+quokka 3.18 x",
    ]);
    expect(claims[6].statement).toMatch(/: 3\.18x relative to quokka\.$/);
  });

  it("a rate with its spread in the cell is one figure, never a description", () => {
    const { claims } = read(
      [
        "| Library | Parse | Stringify |",
        "|---|---|---|",
        "| quokkajson | 1,204,311 ops/sec ±0.52% | 880,300 ops/sec ±1.1% |",
        "| slowjson | 410,022 ops/sec ±2.01% | 301,552 ops/sec ±0.9% |",
        "",
      ].join("\n"),
    );
    expect(claims.map(brief)).toEqual([
      "performance quokkajson 1204311 ops/s",
      "performance quokkajson 880300 ops/s",
      "performance slowjson 410022 ops/s",
      "performance slowjson 301552 ops/s",
    ]);
  });
});

describe("what a figure is counted per", () => {
  it('keeps "per connection" with the figure, and the figure\'s own technology out of its conditions', () => {
    const { claims } = read("# Connection costs\n\nMariaDB uses about 12 MB of memory per connection.\n");
    expect(claims.map((c) => [c.statement, c.conditions])).toEqual([
      ["MariaDB: memory about 12 MB per connection.", { per: "connection" }],
    ]);
  });
});

describe("a results table naming each column's tool in parentheses", () => {
  it("reads the tools across the header, whatever the rows name", () => {
    const { claims } = read(
      "# Moving our CI from Poetry to uv\n\n| Job | Time (Poetry) | Time (UV) |\n|---|---|---|\n| Pyright | 3m3s | 39s |\n| Ruff Formatting | 1m16s | 28s |\n",
    );
    expect(claims.map(brief)).toEqual([
      "performance poetry 183 s",
      "performance uv 39 s",
      "performance poetry 76 s",
      "performance uv 28 s",
    ]);
  });
});

describe("work counted per day in a sentence", () => {
  it("is a figure of the technology that does the work, in that period's unit", () => {
    const { claims } = read("# Queues\n\nSolid Queue runs about 4.2 million jobs daily for us.\n");
    expect(claims.map((c) => [c.kind, c.technologies, c.value, c.unit, c.metric])).toEqual([
      ["performance", ["solid-queue"], 4200000, "jobs/day", "jobs_per_day"],
    ]);
  });
});
