/** @jest-environment node */
// Memory a technology takes, said in prose ("uses 140MiB of RAM at idle", "needs about 2 GB of RAM"), against the
// memory of the machine a benchmark ran on ("a VM with 8 GB of RAM"), and the state it was measured in. Every text
// here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const figures = (md: string) =>
  extractDocument(
    parseDocument({ filename: "notes.md", bytes: new TextEncoder().encode(md) }).text,
    new TechResolver([]),
  )
    .claims.filter((c) => c.kind === "performance")
    .map((c) => [c.technologies[0], c.metric, c.value, c.unit]);

describe("memory a technology takes", () => {
  it("'uses … of RAM at idle' and '… at peak' are figures of that state; 'needs about 2 GB of RAM' one without", () => {
    expect(
      figures(
        "# Flux vs Argo CD\n\nFlux uses 140MiB of RAM at idle and 300MiB at peak.\n\nArgo CD needs about 2 GB of RAM.\n",
      ),
    ).toEqual([
      ["flux", "memory_idle", 140, "MiB"],
      ["flux", "memory_peak", 300, "MiB"],
      ["argo-cd", "memory", 2, "GB"],
    ]);
  });

  it("a machine's RAM is the setup, not a figure", () => {
    expect(figures("# Flux vs Argo CD\n\nWe ran Flux on a VM with 8 GB of RAM.\n")).toEqual([]);
  });
});

describe("figures in list items describing a technology's parts", () => {
  const md =
    "# Flux vs Argo CD\n\n## Argo CD\n\nArgo CD runs several services:\n\n- server: the UI and the API. ~100MiB of RAM at idle.\n- repo-server: the service that watches the Git repository. ~125MiB of RAM at idle.\n\nFlux reconciles in 12 ms at p99.\n";
  const claims = () =>
    extractDocument(
      parseDocument({ filename: "notes.md", bytes: new TextEncoder().encode(md) }).text,
      new TechResolver([]),
    ).claims.filter((c) => c.kind === "performance");

  it("a figure after the part's description is the section's technology's, not a name inside the description", () => {
    expect(claims().map((c) => [c.technologies, c.value, c.unit])).toEqual([
      [["argo-cd"], 100, "MiB"],
      [["argo-cd"], 125, "MiB"],
      [["flux"], 12, "ms"],
    ]);
  });

  it("'server: the UI and the API. …' describes a part: it is no hardware setup for the figures after it", () => {
    expect(claims().map((c) => c.conditions.hardware ?? null)).toEqual([null, null, null]);
  });
});

describe("headline figures", () => {
  const perf = (md: string) =>
    extractDocument(
      parseDocument({ filename: "notes.md", bytes: new TextEncoder().encode(md) }).text,
      new TechResolver([]),
    )
      .claims.filter((c) => c.kind === "performance")
      .map((c) => [c.technologies, c.value, c.unit, c.conditions.favoured ?? c.conditions.versus ?? null]);

  it("'10M QPS' and '3.8M QPS' are millions of queries per second", () => {
    expect(perf("# Valkey vs KeyDB\n\nValkey reaches 10M QPS for SET and 3.8M QPS for GET.\n")).toEqual([
      [["valkey"], 10_000_000, "queries/s", null],
      [["valkey"], 3_800_000, "queries/s", null],
    ]);
  });

  it("'30% more memory efficient than B' favours the first", () => {
    expect(perf("# Valkey vs KeyDB\n\nValkey was 30% more memory efficient than KeyDB in the idle state.\n")).toEqual([
      [["valkey", "keydb"], 30, "%", "Valkey"],
    ]);
  });

  it("'Compared to legacy datastores, A delivers 25X more throughput' is against them, not the other technology", () => {
    expect(
      perf("# Valkey vs KeyDB\n\nCompared to legacy in-memory datastores, Valkey delivers 25X more throughput.\n"),
    ).toEqual([[["valkey"], 25, "x", "legacy in-memory datastores"]]);
  });
});
