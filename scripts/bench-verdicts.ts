// Verdict engine benchmark: a generated dataset (100 use cases, 50 technologies, 100,000 claims,
// 10,000 decisions; seeded PRNG, so every run scores the same data), timed for a full
// recomputation and for 200 single-claim changes recomputed incrementally (p50/p95).
// Run: npx tsx scripts/bench-verdicts.ts  (targets: full < 10 s, incremental < 50 ms)
import { performance } from "node:perf_hooks";
import { DRIVERS } from "@/lib/verdicts/drivers";
import { VerdictEngine } from "@/lib/verdicts/engine";
import type { ClaimKind, ClaimStatus, DecisionEvidence, Evidence, EvidenceClaim, UseCaseInfo } from "@/lib/verdicts/types";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20261121);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const some = <T>(items: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(items)))];

const VOCAB = Array.from({ length: 80 }, (_, i) => `topic${i}`);
const FILLER = ["is", "great", "for", "the", "a", "fast", "simple", "with", "built", "in", "admin", "async", "websockets", "login", "cms", "inference"];
const KINDS: ClaimKind[] = ["RECOMMENDATION", "FEATURE", "FEATURE", "PERFORMANCE", "FACT", "OPINION"];
const STATUSES: ClaimStatus[] = ["VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED", "DISPUTED", "REFUTED", "IN_REVIEW", "DRAFT"];
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
    outcomes: Array.from({ length: 1 + int(2) }, () => ({ result: pick(["WORKED", "MIXED", "REGRETTED"] as const), wouldChooseAgain: random() < 0.6, date: date() })),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n: number) => `${n.toFixed(1)} ms`;

function main(): void {
  const t0 = performance.now();
  const evidence: Evidence = {
    useCases,
    claims: Array.from({ length: 100_000 }, (_, i) => makeClaim(`claim-${i}`)),
    decisions: Array.from({ length: 10_000 }, (_, i) => makeDecision(`decision-${i}`)),
    asOf: new Date(AS_OF).toISOString(),
  };
  console.log(`dataset: ${useCases.length} use cases, ${technologies.length} technologies, ${evidence.claims.length} claims, ${evidence.decisions.length} decisions (generated in ${ms(performance.now() - t0)})`);

  const fullRuns: number[] = [];
  let engine!: VerdictEngine;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    engine = new VerdictEngine(evidence);
    fullRuns.push(performance.now() - start);
  }
  const links = evidence.claims.reduce((n, c) => n + engine.useCasesOfClaim(c.id).length, 0);
  console.log(`full recompute (3 runs): ${fullRuns.map(ms).join(", ")}; claim→use case links: ${links}`);

  const times: number[] = [];
  const touched: number[] = [];
  for (let i = 0; i < 200; i++) {
    const target = evidence.claims[int(evidence.claims.length)];
    const current = engine.currentEvidence().claims.find((c) => c.id === target.id) ?? target;
    const changed: EvidenceClaim = i % 3 === 0
      ? { ...current, status: pick(STATUSES) }
      : i % 3 === 1
        ? { ...current, citations: [...current.citations, { articleId: `${current.id}-x${i}`, sourceKey: `${current.id}-x${i}`, publishedAt: date() }] }
        : makeClaim(current.id);
    const start = performance.now();
    touched.push(engine.upsertClaim(changed).length);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const meanTouched = touched.reduce((a, b) => a + b, 0) / touched.length;
  console.log(`incremental (200 single-claim changes): p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1])}; use cases recomputed per change: mean ${meanTouched.toFixed(1)}`);

  const start = performance.now();
  const fresh = new VerdictEngine(engine.currentEvidence());
  const same = JSON.stringify(fresh.verdicts()) === JSON.stringify(engine.verdicts());
  console.log(`check: incremental state equals a fresh full recompute: ${same ? "yes" : "NO"} (${ms(performance.now() - start)})`);
  const fullP = Math.max(...fullRuns);
  console.log(`targets: full < 10000 ms ${fullP < 10_000 ? "met" : "MISSED"}; incremental p95 < 50 ms ${percentile(times, 95) < 50 ? "met" : "MISSED"}`);
  if (!same) process.exitCode = 1;
}

main();
