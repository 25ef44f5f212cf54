// A full build, a build in steps (the server's, lib/editorial/engine.ts) and one claim at a time
// give the same verdicts on a generated evidence set shaped like npm run bench:verdicts' (use cases
// sharing keywords and needs, plurals, topics, figures in comparable groups, syndicated sources).
import { buildEngine } from "@/lib/editorial/engine";
import { DRIVERS } from "@/lib/verdicts/drivers";
import { VerdictEngine } from "@/lib/verdicts/engine";
import type {
  ClaimKind,
  ClaimStatus,
  DecisionEvidence,
  Evidence,
  EvidenceClaim,
  EvidenceFigure,
  UseCaseInfo,
} from "@/lib/verdicts/types";
import { seededRandom } from "@/scripts/seeded-random";

const random = seededRandom(20261205);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const some = <T>(items: readonly T[], n: number): T[] => [...new Set(Array.from({ length: n }, () => pick(items)))];

const VOCAB = ["admin", "admins", "queue", "queues", "login", "cms", "service", "services", "inference", "api"];
const WORDS = [...VOCAB, "websockets", "fast", "for", "the", "built", "in", "library", "libraries", "Django's", "café"];
const KINDS: ClaimKind[] = ["RECOMMENDATION", "FEATURE", "PERFORMANCE", "FACT", "OPINION"];
const STATUSES: ClaimStatus[] = ["VERIFIED", "VERIFIED", "VERIFIED", "DISPUTED", "REFUTED", "IN_REVIEW"];
const TECHS = ["django", "flask", "fastapi", "express", "rails", "laravel"];
const AS_OF = "2026-11-01T00:00:00.000Z";
const date = () => new Date(Date.parse(AS_OF) - int(2000) * 86_400_000).toISOString();

const useCases: UseCaseInfo[] = Array.from({ length: 24 }, (_, i) => ({
  slug: `use-case-${String(i).padStart(2, "0")}`,
  keywords: [...some(VOCAB, 2), `${pick(VOCAB)} ${pick(VOCAB)}`],
  drivers: some(
    DRIVERS.map((d) => d.key),
    1 + int(3),
  ),
}));

const figureOf = (metric: string, value: number, setup: string): EvidenceFigure => ({
  metric,
  unit: metric === "throughput" ? "req/s" : "ms",
  value,
  setup,
  higherIsBetter: metric === "throughput",
});

function makeClaim(id: string): EvidenceClaim {
  const kind = pick(KINDS);
  const figure =
    kind === "PERFORMANCE" && random() < 0.6
      ? figureOf(pick(["throughput", "latency"]), int(500), pick(["", "s1"]))
      : undefined;
  return {
    id,
    kind,
    status: pick(STATUSES),
    rating: pick([null, "Accurate", "Needs context"]),
    editorWeight: pick([0.5, 1, 2]),
    technologySlugs: some(TECHS, 1 + int(2)),
    topic: random() < 0.5 ? pick(VOCAB) : null,
    statement: some(WORDS, 3 + int(5)).join(" "),
    ...(random() < 0.1 ? { useCaseHints: [pick(useCases).slug] } : {}),
    ...(figure ? { figure } : {}),
    citations: Array.from({ length: 1 + int(3) }, (_, i) => ({
      articleId: `${id}-a${i}`,
      sourceKey: random() < 0.3 ? `shared-${int(20)}` : `${id}-s${i}`,
      publishedAt: random() < 0.9 ? date() : null,
      ...(random() < 0.05 ? { house: true } : {}),
    })),
    updatedAt: date(),
  };
}

function makeDecision(id: string): DecisionEvidence {
  return {
    id,
    drivers: some(
      DRIVERS.map((d) => d.key),
      1 + int(2),
    ),
    chosenTechnologySlugs: some(TECHS, 1 + int(2)),
    outcomes: [
      { result: pick(["WORKED", "MIXED", "REGRETTED"] as const), wouldChooseAgain: random() < 0.6, date: date() },
    ],
  };
}

const evidence: Evidence = {
  useCases,
  claims: Array.from({ length: 400 }, (_, i) => makeClaim(`claim-${String(i).padStart(3, "0")}`)),
  decisions: Array.from({ length: 60 }, (_, i) => makeDecision(`decision-${i}`)),
  asOf: AS_OF,
};

/** What a reader and an editor are shown for every use case: the verdict, an explanation of another pick, why claims count. */
function shown(engine: VerdictEngine, claims: EvidenceClaim[]) {
  return engine.verdicts().map((verdict) => ({
    verdict,
    explained: engine.explain(verdict.useCaseSlug, ["flask", "express"]),
    because: claims.map((c) => engine.countsBecause(c.id, verdict.useCaseSlug)),
  }));
}

describe("the verdict engine, built at once, in steps and claim by claim", () => {
  it("gives identical verdicts, explanations and reasons on a generated evidence set", async () => {
    const full = new VerdictEngine(structuredClone(evidence));
    const stepwise = await buildEngine(structuredClone(evidence), 0);
    const oneByOne = new VerdictEngine({ ...structuredClone(evidence), claims: [], decisions: [] });
    for (const claim of structuredClone(evidence.claims)) oneByOne.upsertClaim(claim);
    for (const decision of structuredClone(evidence.decisions)) oneByOne.upsertDecision(decision);

    const expected = shown(full, evidence.claims);
    expect(expected.filter((v) => v.verdict.winner).length).toBeGreaterThan(12);
    expect(shown(stepwise, evidence.claims)).toStrictEqual(expected);
    expect(shown(oneByOne, evidence.claims)).toStrictEqual(expected);
    for (const claim of evidence.claims)
      expect(oneByOne.useCasesOfClaim(claim.id)).toEqual(full.useCasesOfClaim(claim.id));
  });

  it("after status changes, rewrites and removals, the incremental state equals a fresh full build", () => {
    const engine = new VerdictEngine(structuredClone(evidence));
    for (let i = 0; i < 120; i++) {
      const current = engine.currentEvidence().claims;
      const target = current[int(current.length)];
      if (i % 3 === 0) engine.upsertClaim({ ...target, status: pick(STATUSES) });
      else if (i % 3 === 1) engine.upsertClaim(makeClaim(target.id));
      else engine.removeClaim(target.id);
    }
    const now = engine.currentEvidence();
    expect(shown(engine, now.claims)).toStrictEqual(shown(new VerdictEngine(structuredClone(now)), now.claims));
  });

  it("a build in steps lets the event loop run between them", async () => {
    let passes = 0;
    let running = true;
    const tick = () => {
      passes += 1;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    await buildEngine(structuredClone(evidence), 0);
    running = false;
    expect(passes).toBeGreaterThan(10);
  });
});
