// fast-check generators of small but varied evidence sets for the engine's property tests.
import fc from "fast-check";
import type { ClaimKind, ClaimStatus, DecisionEvidence, Evidence, EvidenceClaim } from "@/lib/verdicts/types";
import { AS_OF, USE_CASES } from "./fixtures";

export const TECHS = ["django", "flask", "fastapi", "express"];
const KINDS: ClaimKind[] = ["RECOMMENDATION", "FEATURE", "PERFORMANCE", "FACT", "OPINION"];
export const STATUSES: ClaimStatus[] = [
  "VERIFIED",
  "VERIFIED",
  "VERIFIED",
  "DISPUTED",
  "REFUTED",
  "IN_REVIEW",
  "DRAFT",
];
const STATEMENTS = [
  "Pick it for a back office admin",
  "Best choice for a public JSON API",
  "It has a built-in admin and authentication",
  "It handles websockets and realtime updates",
  "Served 30000 requests per second with async workers",
  "Good for model serving and inference",
  "Great for a content site CMS with editors",
  "Ideal for a small service or microservice",
];
const DATES = ["2019-03-01T00:00:00.000Z", "2023-05-01T00:00:00.000Z", "2025-11-01T00:00:00.000Z"];

export const claimArb = (id: string): fc.Arbitrary<EvidenceClaim> =>
  fc
    .record({
      kind: fc.constantFrom(...KINDS),
      status: fc.constantFrom(...STATUSES),
      rating: fc.constantFrom(null, "Accurate", "Mostly accurate", "Needs context"),
      editorWeight: fc.constantFrom(0.5, 1, 2),
      technologySlugs: fc.uniqueArray(fc.constantFrom(...TECHS), { minLength: 1, maxLength: 2 }),
      statement: fc.constantFrom(...STATEMENTS),
      topic: fc.constantFrom(null, "admin", "api", "performance"),
      // "ours" is the editors' own write-up: one house article, cited by many claims, never a source.
      sources: fc.array(fc.tuple(fc.constantFrom("s1", "s2", "s3", "s4", "s5", "ours"), fc.constantFrom(...DATES)), {
        maxLength: 4,
      }),
      hint: fc.option(fc.constantFrom(...USE_CASES.map((u) => u.slug)), { nil: undefined }),
      // Figures share a few comparable groups, so ranks move as figures come, go and change status.
      figure: fc.option(
        fc.record({
          metric: fc.constantFrom("throughput", "latency_p95"),
          value: fc.constantFrom(100, 200, 300),
          setup: fc.constantFrom("", "workers=4"),
        }),
        { nil: undefined },
      ),
      direction: fc.option(
        fc.constantFrom("supports" as const, "against" as const, "neutral" as const, "rank" as const),
        { nil: undefined },
      ),
    })
    .map(({ sources, hint, figure, direction, ...c }) => ({
      ...c,
      id,
      useCaseHints: hint ? [hint] : undefined,
      ...(figure && c.kind === "PERFORMANCE"
        ? {
            figure: {
              ...figure,
              unit: figure.metric === "throughput" ? "req/s" : "ms",
              higherIsBetter: figure.metric === "throughput",
            },
          }
        : {}),
      ...(direction ? { directions: { [c.technologySlugs[0]]: direction } } : {}),
      updatedAt: "2025-01-01T00:00:00.000Z",
      citations: sources.map(([sourceKey, publishedAt], i) =>
        sourceKey === "ours"
          ? { articleId: "house-write-up", sourceKey, publishedAt, house: true }
          : { articleId: `${id}-${i}-${sourceKey}`, sourceKey, publishedAt },
      ),
    }));

const DRIVER_KEYS = [
  "needs-admin-ui",
  "needs-auth",
  "high-traffic-io",
  "ml-serving",
  "small-service",
  "editors-non-developers",
];

export const decisionArb = (id: string): fc.Arbitrary<DecisionEvidence> =>
  fc
    .record({
      drivers: fc.uniqueArray(fc.constantFrom(...DRIVER_KEYS), { minLength: 1, maxLength: 3 }),
      chosenTechnologySlugs: fc.uniqueArray(fc.constantFrom(...TECHS), { minLength: 1, maxLength: 2 }),
      outcomes: fc.array(
        fc.record({
          result: fc.constantFrom("WORKED" as const, "MIXED" as const, "REGRETTED" as const),
          wouldChooseAgain: fc.boolean(),
          date: fc.constantFrom(...DATES),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    })
    .map((d) => ({ ...d, id }));

export const evidenceArb: fc.Arbitrary<Evidence> = fc
  .tuple(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 6 }))
  .chain(([claims, decisions]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: claims }, (_, i) => claimArb(`c${String(i).padStart(3, "0")}`))),
      decisions
        ? fc.tuple(...Array.from({ length: decisions }, (_, i) => decisionArb(`d${i}`)))
        : fc.constant([] as DecisionEvidence[]),
    ),
  )
  .map(([claims, decisions]) => ({ useCases: USE_CASES, claims: [...claims], decisions: [...decisions], asOf: AS_OF }));

/** A deterministic shuffle (Fisher–Yates driven by a seed). */
export function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1664525 + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
