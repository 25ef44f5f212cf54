// bench:public's writes mode (scripts/bench-public.ts starts the server and hands over here).
// `--writes-per-second=N` (e.g. `npm run bench:public -- --writes-per-second=1`) measures, instead of
// the load targets, what an editor's saves cost the visitors: one cached server, visitors reading a mix of pages
// (claims, comparisons, technologies, the home, the JSON list) while an editor, in another process
// as a second server would be (./bench-public-editor.ts), edits a read claim's wording N times a second
// through the service layer (the server hears it through the commit feed and drops what shows the
// claim, lib/cache).
// Rounds alternate read-only and with writes (BENCH_RUNS, default 3); it prints req/s, p99 and the
// page-cache hit ratio of each (target: with writes ≥ 80% of read-only throughput).
// `--write=status` makes the editor toggle the claim's status between two public ones instead (a
// standing edit: it drops the claim's pages, those naming it, and what weighs claims without naming
// each, such as the home and the lists; lib/cache/index.ts).
import os from "node:os";
import autocannon from "autocannon";
import { median } from "./bench-load";
import { ROOT, waitFor } from "./bench-next";
import { spawn } from "node:child_process";
import type { EditorReport } from "./bench-public-editor";

/** What the writes mode needs of bench:public: where the cached server answers, and how to start it. */
export interface WritesBench {
  base: string;
  dbFile: string;
  duration: number;
  warmup: number;
  connections: number;
  /** Prepares the database and the build, and starts one cached server on `base`. */
  start: () => Promise<void>;
}

const argument = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const WRITE_KIND = argument("write") === "status" ? "status" : "wording";

interface MixRun {
  rps: number;
  p50: number;
  p99: number;
  hits: number;
  misses: number;
  errors: number;
  writes: number;
  failures: Map<string, number>;
}

/** The pages visitors read: those of the generated data and the demo's, each checked to answer 200. */
async function visitorMix(base: string): Promise<{ paths: string[]; editable: string[] }> {
  const claims = Array.from({ length: 400 }, (_, i) => `bench-claim-${i}`);
  const candidates = [
    "/",
    "/compare/django-vs-fastapi",
    "/api/v1/claims?page=5",
    "/api/v1/claims?page=1",
    ...Array.from({ length: 10 }, (_, i) => `/technologies/bench-tech-${i}`),
    ...Array.from({ length: 10 }, (_, i) => `/compare/bench-tech-${i}-vs-bench-tech-${i + 10}`),
    ...claims.map((slug) => `/claims/${slug}`),
    ...claims.slice(0, 50).map((slug) => `/api/v1/claims/${slug}`),
  ];
  const paths: string[] = [];
  // Not followed: a redirect would count as a failed answer in the load generator, which does not follow.
  for (const candidate of candidates)
    if ((await fetch(`${base}${candidate}`, { redirect: "manual" })).status === 200) paths.push(candidate);
  const editable = paths.filter((p) => p.startsWith("/claims/")).map((p) => p.slice("/claims/".length));
  return { paths, editable };
}

/**
 * The editor, in a process of its own (./bench-public-editor.ts): started once, it saves a read claim
 * every 1/N s through the service layer between `start` and `stop`, and reports the saves and how
 * long each took.
 */
async function startEditor(dbFile: string, slugs: string[], perSecond: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench-public-editor.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      BENCH_EDITOR_DB: dbFile,
      BENCH_EDITOR_SLUGS: JSON.stringify(slugs),
      BENCH_EDITOR_PER_SECOND: String(perSecond),
      BENCH_EDITOR_WRITE: WRITE_KIND,
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = <T>(): Promise<T> =>
    new Promise((resolve, reject) => {
      child.once("message", (message) => resolve(message as T));
      child.once("exit", (code) => reject(new Error(`The editor process exited (${code}).`)));
    });
  if ((await next<string>()) !== "ready") throw new Error("The editor process did not start.");
  return {
    start: () => void child.send("start"),
    stop: async (): Promise<EditorReport> => {
      const report = next<EditorReport>();
      child.send("stop");
      return report;
    },
    close: () => void child.send("exit"),
  };
}

/** Visitors reading the mix for `duration` s; counts what the page cache answered from memory. */
async function readMix(b: WritesBench, paths: string[]): Promise<Omit<MixRun, "writes">> {
  let hits = 0;
  let misses = 0;
  // What failed, by status and page type, so a figure with errors says what they were.
  const failures = new Map<string, number>();
  const requests = paths.map((p) => ({
    method: "GET" as const,
    path: p,
    onResponse: (status: number, _body: string, _context: unknown, headers: Record<string, string | string[]>) => {
      const outcome = headers["x-page-cache"];
      if (outcome === "hit" || outcome === "stale") hits++;
      else misses++;
      if (status >= 300) {
        const key = `${status} ${p.replace(/^(\/[^/?]*\/?)[^?]*.*$/, "$1…")}`;
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
    },
  }));
  // Every connection walks the whole mix in turn.
  const r = await autocannon({ url: b.base, connections: b.connections, duration: b.duration, requests });
  if (r.errors + r.timeouts > 0)
    failures.set(`no answer (autocannon: ${r.errors} errors, ${r.timeouts} timeouts)`, r.errors + r.timeouts);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    hits,
    misses,
    errors: r.errors + r.timeouts + r.non2xx,
    failures,
  };
}

/** Rounds of read-only and with-writes visitors on one cached server; prints each's figures. */
export async function writesMain(perSecond: number, b: WritesBench): Promise<void> {
  await b.start();
  await waitFor(`${b.base}/compare/django-vs-fastapi`, 60);
  const { paths, editable } = await visitorMix(b.base);
  console.log(
    `Visitors read ${paths.length} pages (${editable.length} claim pages); the editor saves a claim's ${WRITE_KIND} ${perSecond}×/s.`,
  );
  await autocannon({
    url: b.base,
    connections: 10,
    duration: b.warmup,
    requests: paths.map((p) => ({ method: "GET" as const, path: p })),
  });
  const editor = await startEditor(b.dbFile, editable, perSecond);
  const rounds = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
  const readOnly: MixRun[] = [];
  const withWrites: MixRun[] = [];
  const saveMs: number[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      console.log(`Round ${round + 1}/${rounds}: read-only, then with writes (${b.duration} s each)…`);
      readOnly.push({ ...(await readMix(b, paths)), writes: 0 });
      editor.start();
      const run = await readMix(b, paths);
      const saved = await editor.stop();
      saveMs.push(...saved.saveMs);
      withWrites.push({ ...run, writes: saved.writes });
    }
  } finally {
    editor.close();
  }
  const line = (label: string, runs: MixRun[]) => {
    const hits = runs.reduce((n, r) => n + r.hits, 0);
    const all = hits + runs.reduce((n, r) => n + r.misses, 0);
    const writes = runs.reduce((n, r) => n + r.writes, 0);
    console.log(
      `${label.padEnd(22)} ${median(runs.map((r) => r.rps))
        .toFixed(0)
        .padStart(
          8,
        )} ${String(median(runs.map((r) => r.p50))).padStart(7)} ${String(median(runs.map((r) => r.p99))).padStart(7)} ${`${((100 * hits) / Math.max(1, all)).toFixed(1)}%`.padStart(10)} ${String(writes).padStart(7)} ${String(runs.reduce((n, r) => n + r.errors, 0)).padStart(7)}`,
    );
  };
  console.log(`\n${rounds} round(s) of ${b.duration} s, ${b.connections} connections, one server process`);
  console.log(
    `${"".padEnd(22)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"cache hit".padStart(10)} ${"writes".padStart(7)} ${"errors".padStart(7)}`,
  );
  line("read-only", readOnly);
  line(`${perSecond} write/s (${WRITE_KIND})`, withWrites);
  const sorted = [...saveMs].sort((x, y) => x - y);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);
  console.log(
    `  the editor's saves (its own process): ${saveMs.length}, p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${at(1).toFixed(0)} ms`,
  );
  for (const [label, runs] of [
    ["read-only", readOnly],
    ["with writes", withWrites],
  ] as const) {
    const failed = new Map<string, number>();
    for (const run of runs) for (const [key, n] of run.failures) failed.set(key, (failed.get(key) ?? 0) + n);
    if (failed.size)
      console.log(
        `  errors ${label}: ${[...failed]
          .sort((a, b) => b[1] - a[1])
          .map(([key, n]) => `${key} ×${n}`)
          .join(", ")}`,
      );
  }
  const ratio = median(withWrites.map((r) => r.rps)) / median(readOnly.map((r) => r.rps));
  console.log(
    `\n  ${ratio >= 0.8 ? "met    " : "MISSED "} with writes ≥ 80% of read-only throughput (${(100 * ratio).toFixed(0)}%)`,
  );
  console.log(
    `  (machine: ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((n: number) => n.toFixed(1))
      .join(" ")})`,
  );
}
