/** @jest-environment node */
// A results table whose first column is headed "Operation", "Scenario", "Benchmark"… lists cases of one
// test: its row labels ("Construction", "Get Header") are never proposed as technologies, while the same
// table headed by a kind of thing, or with the compared things across its header, still names them.
// Every text here is our own writing.
import { extractClaims, TechResolver } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const table = (corner: string) =>
  [
    "# Chi vs Gorilla Mux",
    "",
    "### Context helpers",
    "",
    `| ${corner} | ns/op | B/op | allocs/op |`,
    "|---|---|---|---|",
    "| Construction | 512 | 480 | 5 |",
    "| Get Header | 12 | 0 | 0 |",
    "| JSON Encode | 2,100 | 1,024 | 9 |",
  ].join("\n");
const credited = (text: string) => new Set(extractClaims(text, EMPTY).flatMap((c) => c.technologies));

describe("a first column of test cases", () => {
  it.each(["Operation", "Scenario", "Benchmark", "Step"])("under '%s' names no technology", (corner) => {
    const techs = credited(table(corner));
    for (const slug of ["construction", "get-header", "json-encode"]) expect(techs.has(slug)).toBe(false);
  });

  it("under a kind of thing ('Router') the rows are the compared things", () => {
    const techs = credited(table("Router").replace("Construction", "Chi").replace("Get Header", "HttpRouter"));
    expect(techs.has("chi")).toBe(true);
  });

  it("with the compared things across its header the cases are row attributes of each", () => {
    const text = [
      "# Chi vs Gorilla Mux",
      "",
      "| Operation | Chi (ns/op) | Gorilla Mux (ns/op) |",
      "|---|---|---|",
      "| Static route | 110 | 390 |",
      "| Param route | 180 | 720 |",
    ].join("\n");
    const claims = extractClaims(text, EMPTY).filter((c) => c.kind === "performance");
    expect(claims.length).toBeGreaterThanOrEqual(2);
    expect(claims.flatMap((c) => c.technologies)).not.toContain("static-route");
  });
});

describe("rows grouped under a technology named once", () => {
  // Our own writing: a queue benchmark with one row per operation, the library named on the first row only.
  const grouped = [
    "# Queue libraries compared",
    "",
    "| Library | Operation | ns/op | B/op |",
    "|---|---|---|---|",
    "| **BullMQ** | Enqueue | 812.5 | 64 |",
    "| | Dequeue | 640.2 | 48 |",
    "| **Bee-Queue** | Enqueue | 455.1 | 32 |",
    "| | Dequeue | 701.9 | 40 |",
  ].join("\n");

  it("credits each row's figures to the technology above it, the operation a condition, not a claim", () => {
    const claims = extractClaims(grouped, EMPTY);
    const figures = claims
      .filter((c) => c.kind === "performance" && c.unit === "ns")
      .map((c) => [c.technologies.join("+"), c.value, c.conditions.operation]);
    expect(figures).toEqual(
      expect.arrayContaining([
        ["bullmq", 812.5, "Enqueue"],
        ["bullmq", 640.2, "Dequeue"],
        ["bee-queue", 455.1, "Enqueue"],
        ["bee-queue", 701.9, "Dequeue"],
      ]),
    );
    expect(claims.filter((c) => /Operation|Enqueue —|Dequeue —/.test(c.statement) && c.kind !== "performance")).toEqual(
      [],
    );
  });

  it("leaves a table whose blank first cells tell no cases apart as it was", () => {
    const notes = grouped.replace(/Enqueue|Dequeue/g, (_, i: number) => `note ${i}`);
    const claims = extractClaims(notes, EMPTY).filter((c) => c.kind === "performance" && c.unit === "ns");
    expect(claims.map((c) => c.value).sort()).toEqual([455.1, 812.5]);
  });

  it("reads a technology named again on each of its rows the same way, and a 'Speed-up' column against its 1.0 row", () => {
    // Our own writing: a thumbnailer benchmark, each library run from a buffer and from a file.
    const text = [
      "# Thumbnail libraries",
      "",
      "| Package | Source | Ops/sec | Speed-up |",
      "|---|---|--:|--:|",
      "| Pixelkit | buffer | 3.10 | 1.0 |",
      "| Pixelkit | file | 3.30 | 1.1 |",
      "| Thumbor | file | 12.40 | 4.0 |",
      "| Vipsy | buffer | 40.30 | 13.0 |",
      "| Vipsy | file | 43.40 | 14.0 |",
    ].join("\n");
    const claims = extractClaims(text, EMPTY);
    const ratios = claims
      .filter((c) => c.unit === "x")
      .map((c) => [c.technologies.join("+"), c.value, c.conditions.source]);
    expect(ratios).toEqual(
      expect.arrayContaining([
        ["thumbor+pixelkit", 4, "file"],
        ["vipsy+pixelkit", 13, "buffer"],
        ["vipsy+pixelkit", 14, "file"],
      ]),
    );
    expect(claims.filter((c) => c.unit === "score" || /Source —/.test(c.statement))).toEqual([]);
    expect(claims.filter((c) => c.unit === "ops/s").map((c) => c.conditions.source)).toEqual([
      "buffer",
      "file",
      "file",
      "buffer",
      "file",
    ]);
  });
});

describe("a provider's own variants, row by row", () => {
  // Each provider heads rows told apart by a tier no other provider shares: the tier is each figure's case, and
  // what a product requires at least is a term of it, a fact like a limit.
  const TIERS = [
    "# Cold storage: Backblaze B2 vs Wasabi vs Cloudflare R2",
    "",
    "| Provider | Tier | Minimum storage duration | Restore time |",
    "|---|---|---|---|",
    "| Backblaze B2 | Standard | 0 days | 80 ms |",
    "| Backblaze B2 | Archive vault | 60 days | 4 hours |",
    "| Wasabi | Pay-as-you-go | 90 days | 90 ms |",
    "| Wasabi | Reserved | 30 days | 95 ms |",
  ].join("\n");
  const claims = extractClaims(TIERS, EMPTY);
  const durations = claims
    .filter((c) => c.metric === "minimum_storage_duration")
    .map((c) => [c.kind, c.technologies.join(), c.value, c.conditions.tier ?? null]);

  it("says each figure with its tier, and a minimum duration is a fact", () => {
    expect(durations).toEqual([
      ["fact", "backblaze-b2", 0, "Standard"],
      ["fact", "backblaze-b2", 60, "Archive vault"],
      ["fact", "wasabi", 90, "Pay-as-you-go"],
      ["fact", "wasabi", 30, "Reserved"],
    ]);
    const vault = claims.find((c) => c.metric === "minimum_storage_duration" && c.value === 60);
    expect(vault?.statement).toBe("Backblaze B2: minimum storage duration 60 days (Archive vault).");
  });

  it("keeps the least of several measurements a measurement", () => {
    const least = extractClaims(
      "# Redis vs Valkey\n\n| Server | Min latency | Min time |\n|---|---|---|\n| Redis | 0.2 ms | 41 s |\n| Valkey | 0.3 ms | 39 s |\n",
      EMPTY,
    ).filter((c) => c.value !== null);
    expect(least.map((c) => c.kind)).toEqual(["performance", "performance", "performance", "performance"]);
  });
});

describe("a product's variant named in the row label", () => {
  it("keeps the words after the name as the figures' variant, so two variants' equal prices are both kept", () => {
    const claims = extractClaims(
      [
        "# Archive storage prices",
        "",
        "| | Storage | Egress |",
        "|---|--:|--:|",
        "| Google Cloud Coldline | $4.00/TB | $120.00/TB |",
        "| Google Cloud Archive | $1.20/TB | $120.00/TB |",
      ].join("\n"),
      EMPTY,
    );
    const egress = claims.filter((c) => c.value === 120).map((c) => [c.technologies.join(), c.conditions.variant]);
    expect(egress).toEqual([
      ["gcp", "Coldline"],
      ["gcp", "Archive"],
    ]);
  });
});

describe("a price list", () => {
  it("reads what each plan includes as a term of it (a fact), not a measurement", () => {
    const claims = extractClaims(
      [
        "# Object storage for small teams",
        "",
        "| Provider | Monthly price | Included storage | Included egress |",
        "|---|--:|--:|--:|",
        "| Linode | $5 | 250 GB | 1 TB |",
        "| Vultr | $6 | 250 GB | 1 TB |",
      ].join("\n"),
      EMPTY,
    ).filter((c) => c.technologies.join() === "linode");
    expect(claims.map((c) => [c.kind, c.value, c.unit])).toEqual([
      ["fact", 5, "$"],
      ["fact", 250, "GB"],
      ["fact", 1, "TB"],
    ]);
  });
});
