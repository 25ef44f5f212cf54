/** @jest-environment node */
// Figures outside tables: benchmark output in code blocks and measured quantities in prose (our own examples).
import { extractClaims, type CandidateClaim } from "@/lib/extract";
import { TECHS } from "./technologies";

const brief = (c: CandidateClaim) => `${c.kind} ${c.technologies.join("+")} ${c.metric}=${c.value} ${c.unit}`;
const briefs = (text: string) => extractClaims(text, TECHS).map(brief);

describe("benchmark output in code blocks", () => {
  it("reads hyperfine and `time` output for the command above it, and no other code", () => {
    const text = [
      "```",
      "Benchmark 1: django-admin check",
      "  Time (mean ± σ):     412.3 ms ±   8.1 ms    [User: 380.2 ms]",
      "Benchmark 2: uvicorn FastAPI demo",
      "  Time (mean ± σ):     1.021 s ±  0.020 s",
      "```",
      "",
      "```",
      "$ time ./bin/Laravel-warmup",
      "real\t0m2.480s",
      "sleep(300) # 300 ms in Express",
      "```",
    ].join("\n");
    expect(briefs(text)).toEqual([
      "performance django run_time_mean=412.3 ms",
      "performance fastapi run_time_mean=1.021 s",
      "performance laravel wall_time=2.48 s",
    ]);
  });
});

describe("measured quantities in prose", () => {
  it("names durations and sizes by the words before them, and skips capacities and schedules", () => {
    expect(briefs("On a box with 16GB RAM, the Django test suite completes in 48 seconds.")).toEqual([
      "performance django test_run_time=48 s",
    ]);
    expect(briefs("Express ships under 30KB of JavaScript, while Next.js needs 90KB.")).toEqual([
      "performance express javascript_size=30 KB",
      "performance nextjs javascript_size=90 KB",
    ]);
    expect(briefs("We redeploy Laravel every 15 minutes and waited 2 hours for support.")).toEqual([]);
  });

  it("reads comparisons of popularity as facts about both technologies", () => {
    expect(
      extractClaims("Django has 4x more questions on forums than Flask.", TECHS).map(
        (c) => `${c.kind} ${c.technologies.join("+")} ${c.value}${c.unit}`,
      ),
    ).toEqual(["fact django+flask 4x"]);
  });

  it("names a short list item's figure by the list's lead-in, and reads avg next to p99", () => {
    expect(briefs("Median latency under load:\n- Django: 31 ms\n- Flask: 0.024 s")).toEqual([
      "performance django latency_median=31 ms",
      "performance flask latency_median=24 ms",
    ]);
    expect(briefs("FastAPI p99: 9.5ms, avg: 1.1ms")).toEqual([
      "performance fastapi latency_p99=9.5 ms",
      "performance fastapi latency_mean=1.1 ms",
    ]);
    expect(briefs("SQLite sustained 9,100 inserts per second.")).toEqual([
      "performance sqlite write_throughput=9100 inserts/s",
    ]);
  });
});

describe("comparisons whose standard is left unsaid", () => {
  it("reads 'X is 3x faster' without 'than' as a ratio to the other technology the title compares", () => {
    const out = extractClaims("# Flask vs FastAPI\n\nIn our suite FastAPI is 3x faster on JSON endpoints.", []);
    const ratio = out.find((c) => c.unit === "x");
    expect([ratio?.technologies, ratio?.value]).toEqual([["fastapi", "flask"], 3]);
  });

  it("leaves such a ratio alone when the document compares more than two technologies", () => {
    expect(
      extractClaims("# Flask vs FastAPI vs Django\n\nFastAPI is 3x faster on JSON endpoints.", []).filter(
        (c) => c.unit === "x",
      ),
    ).toEqual([]);
  });
});
