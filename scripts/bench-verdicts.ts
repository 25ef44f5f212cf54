// Verdict engine benchmark: a generated dataset (100 use cases, 50 technologies, 100,000 claims,
// 10,000 decisions; seeded PRNG, so every run scores the same data), timed for full recomputations
// (several runs: min / median / max) and for single changes recomputed incrementally (p50 / p95 /
// max): claim status changes, added sources, rewritten and removed claims, then team decisions.
// Wall-clock and CPU times are both printed: on a shared machine the wall clock also measures
// everyone else's work, so the load average is printed too.
// Run: npm run bench:verdicts  (targets: full < 10 s, incremental < 50 ms)
// Options (environment): BENCH_FULL_RUNS (default 5), BENCH_CHANGES (claim changes, default 1000).
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { DRIVERS } from "@/lib/verdicts/drivers";
import { VerdictEngine } from "@/lib/verdicts/engine";
import type {
  ClaimKind,
  ClaimStatus,
  DecisionEvidence,
  Evidence,
  EvidenceClaim,
  UseCaseInfo,
} from "@/lib/verdicts/types";
import { seededRandom } from "./seeded-random";

const random = seededRandom(20261121);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const some = <T>(items: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(items)))];

const VOCAB = Array.from({ length: 80 }, (_, i) => `topic${i}`);
const FILLER = [
  "is",
  "great",
  "for",
  "the",
  "a",
  "fast",
  "simple",
  "with",
  "built",
  "in",
  "admin",
  "async",
  "websockets",
  "login",
  "cms",
  "inference",
];
const KINDS: ClaimKind[] = ["RECOMMENDATION", "FEATURE", "FEATURE", "PERFORMANCE", "FACT", "OPINION"];
const STATUSES: ClaimStatus[] = [
  "VERIFIED",
  "VERIFIED",
  "VERIFIED",
  "VERIFIED",
  "DISPUTED",
  "REFUTED",
  "IN_REVIEW",
  "DRAFT",
];
const RATINGS = [null, "Accurate", "Mostly accurate", "Needs context", "Misleading"];
const DRIVER_KEYS = DRIVERS.map((d) => d.key);
const DAY = 24 * 3600 * 1000;
const AS_OF = Date.parse("2026-11-01T00:00:00Z");
const date = () => new Date(AS_OF - int(8 * 365) * DAY).toISOString();

const technologies = Array.from({ length: 50 }, (_, i) => `tech-${i}`);
const useCases: UseCaseInfo[] = Array.from({ length: 100 }, (_, i) => ({
  slug: `use-case-${String(i).padStart(3, "0")}`,
  keywords: [...some(VOCAB, 3), `${pick(VOCAB)} ${pick(VOCAB)}`],
  drivers: some(DRIVER_KEYS, 1 + int(3)),
}));

function makeClaim(id: string): EvidenceClaim {
  const words = [...some(VOCAB, 1 + int(3)), ...some(FILLER, 3 + int(4))];
  const sources = 1 + int(5);
  return {
    id,
    kind: pick(KINDS),
    status: pick(STATUSES),
    rating: pick(RATINGS),
    editorWeight: pick([0.5, 1, 1, 1, 1.5, 2]),
    technologySlugs: some(technologies, 1 + (random() < 0.15 ? 1 : 0)),
    topic: random() < 0.5 ? pick(VOCAB) : null,
    statement: words.sort(() => random() - 0.5).join(" "),
    useCaseHints: random() < 0.05 ? [pick(useCases).slug] : undefined,
    citations: Array.from({ length: sources }, (_, i) => ({
      articleId: `${id}-a${i}`,
      // About one citation in five is a syndicated copy of another one.
      sourceKey: random() < 0.2 ? `${id}-s0` : `${id}-s${i}`,
      publishedAt: random() < 0.9 ? date() : null,
    })),
    updatedAt: date(),
  };
}

function makeDecision(id: string): DecisionEvidence {
  return {
    id,
    drivers: some(DRIVER_KEYS, 1 + int(3)),
    chosenTechnologySlugs: some(technologies, 1 + (random() < 0.2 ? 1 : 0)),
    outcomes: Array.from({ length: 1 + int(2) }, () => ({
      result: pick(["WORKED", "MIXED", "REGRETTED"] as const),
      wouldChooseAgain: random() < 0.6,
      date: date(),
    })),
  };
}

const FULL_RUNS = Number(process.env.BENCH_FULL_RUNS ?? 5);
const CLAIM_CHANGES = Number(process.env.BENCH_CHANGES ?? 1000);
const DECISION_CHANGES = 100;

const sortedOf = (values: number[]) => [...values].sort((a, b) => a - b);
const percentile = (values: number[], p: number) => {
  const sorted = sortedOf(values);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

/** Wall-clock and CPU (user + system) milliseconds of one call. */
function timed<T>(run: () => T): { value: T; wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wall, cpu: (used.user + used.system) / 1000 };
}

function summary(label: string, runs: { wall: number; cpu: number }[]): string {
  const walls = runs.map((r) => r.wall);
  const cpus = runs.map((r) => r.cpu);
  return `${label} wall p50 ${ms(percentile(walls, 50))}, p95 ${ms(percentile(walls, 95))}, max ${ms(Math.max(...walls))}; cpu p50 ${ms(percentile(cpus, 50))}, p95 ${ms(percentile(cpus, 95))}`;
}

/** The next version of a claim: a new status, one more source, a rewrite, or (null) its removal. */
function changeOf(current: EvidenceClaim, i: number): EvidenceClaim | null {
  switch (i % 4) {
    case 0:
      return { ...current, status: pick(STATUSES) };
    case 1:
      return {
        ...current,
        citations: [
          ...current.citations,
          { articleId: `${current.id}-x${i}`, sourceKey: `${current.id}-x${i}`, publishedAt: date() },
        ],
      };
    case 2:
      return makeClaim(current.id);
    default:
      return null;
  }
}

function main(): void {
  const t0 = performance.now();
  const evidence: Evidence = {
    useCases,
    claims: Array.from({ length: 100_000 }, (_, i) => makeClaim(`claim-${i}`)),
    decisions: Array.from({ length: 10_000 }, (_, i) => makeDecision(`decision-${i}`)),
    asOf: new Date(AS_OF).toISOString(),
  };
  console.log(
    `dataset: ${useCases.length} use cases, ${technologies.length} technologies, ${evidence.claims.length} claims, ${evidence.decisions.length} decisions (generated in ${ms(performance.now() - t0)}); load average ${load()}`,
  );

  const full: { wall: number; cpu: number }[] = [];
  let engine!: VerdictEngine;
  for (let run = 0; run < FULL_RUNS; run++) {
    // Fresh objects each run, as a load from the database gives: per-claim caches start cold.
    const copy = run === FULL_RUNS - 1 ? evidence : structuredClone(evidence);
    const result = timed(() => new VerdictEngine(copy));
    engine = result.value;
    full.push(result);
  }
  const walls = sortedOf(full.map((r) => r.wall));
  const cpus = sortedOf(full.map((r) => r.cpu));
  const links = evidence.claims.reduce((n, c) => n + engine.useCasesOfClaim(c.id).length, 0);
  const heap = (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
  console.log(
    `full recompute (${FULL_RUNS} runs): wall min ${ms(walls[0])}, median ${ms(percentile(walls, 50))}, max ${ms(walls[walls.length - 1])}; cpu min ${ms(cpus[0])}, median ${ms(percentile(cpus, 50))}; claim→use case links: ${links}; heap used ${heap} MB`,
  );

  const latest = new Map(evidence.claims.map((c) => [c.id, c]));
  const claimTimes: { wall: number; cpu: number }[] = [];
  const touched: number[] = [];
  for (let i = 0; i < CLAIM_CHANGES; i++) {
    const id = `claim-${int(evidence.claims.length)}`;
    const current = latest.get(id) ?? makeClaim(id); // a removed claim comes back as a new one
    const next = changeOf(current, i);
    const { value, wall, cpu } = timed(() => (next ? engine.upsertClaim(next) : engine.removeClaim(id)));
    if (next) latest.set(id, next);
    else latest.delete(id);
    claimTimes.push({ wall, cpu });
    touched.push(value.length);
  }
  const meanTouched = touched.reduce((a, b) => a + b, 0) / touched.length;
  console.log(
    `${summary(`incremental, ${CLAIM_CHANGES} single-claim changes:`, claimTimes)}; use cases recomputed per change: mean ${meanTouched.toFixed(1)}, max ${Math.max(...touched)}`,
  );

  const decisionTimes: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < DECISION_CHANGES; i++) {
    const changed = makeDecision(`decision-${int(evidence.decisions.length)}`);
    decisionTimes.push(timed(() => engine.upsertDecision(changed)));
  }
  console.log(summary(`incremental, ${DECISION_CHANGES} team decision changes:`, decisionTimes));

  const check = timed(() => new VerdictEngine(engine.currentEvidence()));
  const same = JSON.stringify(check.value.verdicts()) === JSON.stringify(engine.verdicts());
  console.log(
    `check: incremental state equals a fresh full recompute: ${same ? "yes" : "NO"} (${ms(check.wall)}); load average ${load()}`,
  );
  const fullMedian = percentile(walls, 50);
  const p95 = percentile(
    claimTimes.map((r) => r.wall),
    95,
  );
  console.log(
    `targets: full median < 10000 ms ${fullMedian < 10_000 ? "met" : "MISSED"}; incremental p95 < 50 ms ${p95 < 50 ? "met" : "MISSED"}`,
  );
  if (!same) process.exitCode = 1;
}

main();
