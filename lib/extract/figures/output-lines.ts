// Figure lines of benchmark tools' output in code blocks: hyperfine's "Time (mean ± σ)", `time`'s "real",
// Go's "ns/op", and the command lines that name what ran.
export interface OutputFigure {
  metric: string;
  value: number;
  unit: string;
  words: string;
  tool: string;
}

// hyperfine: "Time (mean ± σ):  1.234 s ± 0.012 s"; `time`: "real 0m1.234s"; Go/criterion-style "… ns/op".
const HYPERFINE = /^Time \((mean|median)(?: ± σ)?\):\s{1,40}(\d{1,9}(?:\.\d{1,9})?) (ns|µs|ms|s)\b/;
const TIME_REAL = /^real\s{1,20}(\d{1,5})m(\d{1,5}(?:\.\d{1,9})?)s$/;
const NS_OP = /\s(\d{1,12}(?:\.\d{1,9})?) ns\/op\b/;
// wrk's summary: "Requests/sec:  12345.67"; its thread stats: "Latency   1.23ms  0.50ms  10.01ms  75.00%" (avg, stdev, max).
const WRK_RPS = /^Requests\/sec:\s{1,20}(\d{1,12}(?:\.\d{1,6})?)$/;
const WRK_LATENCY =
  /^Latency\s{1,20}(\d{1,9}(?:\.\d{1,6})?)(us|ms|s)\s{1,20}\d{1,9}(?:\.\d{1,6})?(?:us|ms|s)\s{1,20}\d{1,9}(?:\.\d{1,6})?(?:us|ms|s)\b/;

/** A line of benchmark output inside a code block, read as a figure; any other code line gives null. */
export function benchmarkOutput(line: string): OutputFigure | null {
  if (line.length > 300) return null;
  const t = line.trim();
  const hf = HYPERFINE.exec(t);
  if (hf)
    return {
      metric: `run_time_${hf[1]}`,
      value: Number(hf[2]),
      unit: hf[3],
      words: `${hf[1]} run time ${hf[2]} ${hf[3]}`,
      tool: "hyperfine",
    };
  const real = TIME_REAL.exec(t);
  if (real) {
    const value = Math.round((Number(real[1]) * 60 + Number(real[2])) * 1000) / 1000;
    return { metric: "wall_time", value, unit: "s", words: `wall-clock time ${value} s`, tool: "time" };
  }
  const rps = WRK_RPS.exec(t);
  if (rps)
    return {
      metric: "throughput",
      value: Number(rps[1]),
      unit: "req/s",
      words: `${rps[1]} requests per second`,
      tool: "wrk",
    };
  const wrk = WRK_LATENCY.exec(t);
  if (wrk) {
    const unit = wrk[2] === "us" ? "µs" : wrk[2];
    return {
      metric: "latency_mean",
      value: Number(wrk[1]),
      unit,
      words: `average latency ${wrk[1]} ${unit}`,
      tool: "wrk",
    };
  }
  const op = NS_OP.exec(t);
  if (op)
    return {
      metric: "time_per_op",
      value: Number(op[1]),
      unit: "ns",
      words: `${op[1]} ns per operation`,
      tool: "go test -bench",
    };
  return null;
}

/** The command a benchmark output belongs to: "Benchmark 1: vite build", "$ time npm ci", "BenchmarkFlask…". */
export const BENCHMARK_COMMAND = /^(?:Benchmark \d{1,3}:\s?|\$\s?time\s|time\s|Benchmark(?=[A-Z]))(.{1,200})$/;
