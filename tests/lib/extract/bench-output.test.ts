/** @jest-environment node */
// Benchmark tool output read by its structure (our own examples): the command above a figure, a summary's
// winner and its ratios, a labelled section of "name: quantity" lines, BSD `time` under a name line.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";
import { commandTechs } from "@/lib/extract/bench-output";

const open = () => new TechResolver([]);
const brief = (c: CandidateClaim) => `${c.technologies.join("+")} ${c.metric} ${c.value} ${c.unit}`;
const figures = (text: string) => extractClaims(text, open()).filter((c) => c.kind === "performance");

describe("benchmark output in a code block", () => {
  const text = [
    "# Linters compared",
    "",
    "```",
    "Benchmark 1: eslint",
    "  Time (mean ± σ):      4.210 s ±  0.050 s    [User: 5.0 s, System: 0.4 s]",
    "",
    "Benchmark 2: biome",
    "  Time (mean ± σ):     210.5 ms ±   3.1 ms    [User: 300 ms, System: 50 ms]",
    "",
    "Summary",
    "  biome ran",
    "   20.00 ± 0.40 times faster than eslint",
    "",
    "Peak memory:",
    "  eslint: 512.5 MB (min: 500 MB, max: 530 MB)",
    "  biome: 48.2 MB",
    "  Total files: 120 MB",
    "```",
  ].join("\n");
  const out = figures(text);

  it("credits each figure to the command above it, its name read in any casing", () => {
    expect(out.map(brief)).toEqual([
      "eslint run_time_mean 4.21 s",
      "biome run_time_mean 210.5 ms",
      "biome+eslint speedup 20 x",
      "eslint peak_memory 512.5 MB",
      "biome peak_memory 48.2 MB",
    ]);
    expect(out[2].statement).toBe("Biome: 20.00x faster than ESLint.");
    for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("a ratio said as slower favours the other command", () => {
    const slower = figures("```\nBenchmark 1: eslint\nSummary\n  eslint ran\n    2.50 times slower than biome\n```");
    expect(slower.map(brief)).toEqual(["biome+eslint speedup 2.5 x"]);
  });

  it("a name: value line outside a labelled section, or naming no technology, is not a figure", () => {
    expect(figures("```\neslint: 512 MB\nPeak memory:\n  cache dir: 40 MB\n```")).toEqual([]);
  });

  it("splits a compound command into the technologies it runs", () => {
    expect(commandTechs("eslint+prettier", open())).toEqual(["eslint", "prettier"]);
    expect(commandTechs("npx vite build", open())).toEqual(["vite"]);
  });
});

describe("tool output pasted as text", () => {
  it("reads BSD time output under a line that is only a name", () => {
    const text =
      "We built the same site three times.\n\nhugo\n4.02 real 3.90 user 0.80 sys\n\nJekyll\n19.70 real 18.20 user 1.10 sys\n";
    const out = figures(text);
    expect(out.map(brief)).toEqual(["hugo wall_time 4.02 s", "jekyll wall_time 19.7 s"]);
    for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("a figure line under a sentence is not credited to a name inside it", () => {
    expect(figures("We timed hugo below.\n4.02 real 3.90 user 0.80 sys\n")).toEqual([]);
  });
});

describe("a benchmark script's report of what each side did", () => {
  // Our own writing, in the shape a Java test rig prints its results.
  const text = [
    "# Queue rig",
    "",
    "```",
    "NATS:   Sent 50000 messages of 256 bytes in 2210ms. Total MiB sent: 12.21 (44.2 Mbit/s)",
    "Rabbit: Sent 50000 messages of 256 bytes in 3905ms. Total MiB sent: 12.21 (25.0 Mbit/s)",
    "",
    "NATS Producer: Sent 50000 messages of 256 bytes in 1502ms",
    "               Total MiB sent: 12.21 (65.0 Mbit/s)",
    "NATS Consumer: Consumed 50000 messages in 1988ms",
    "```",
  ].join("\n");

  it("reads each line's duration and throughput for the technology it names, its role a condition", () => {
    const found = figures(text);
    expect(found.map(brief)).toEqual([
      "nats sent_time 2210 ms",
      "nats throughput 44.2 Mbit/s",
      "rabbitmq sent_time 3905 ms",
      "rabbitmq throughput 25 Mbit/s",
      "nats sent_time 1502 ms",
      "nats throughput 65 Mbit/s",
      "nats consumed_time 1988 ms",
    ]);
    expect(found[4].statement).toBe("NATS (producer): sent 50,000 messages in 1,502 ms.");
    expect(found[5].conditions.role).toBe("Producer");
  });
});
