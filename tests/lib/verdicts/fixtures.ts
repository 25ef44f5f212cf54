// Small evidence builders for the verdict engine tests.
import { driversOfUseCase, USE_CASE_KEYWORDS, USE_CASE_SLUGS } from "@/lib/verdicts/drivers";
import type { DecisionEvidence, Evidence, EvidenceClaim, UseCaseInfo } from "@/lib/verdicts/types";

export const AS_OF = "2026-01-01T00:00:00.000Z";

export const USE_CASES: UseCaseInfo[] = USE_CASE_SLUGS.map((slug) => ({
  slug,
  keywords: USE_CASE_KEYWORDS[slug],
  drivers: driversOfUseCase(slug),
}));

let n = 0;
/** A verified, accurate claim with one source, unless told otherwise. */
export function claim(
  technologySlugs: string[],
  statement: string,
  extra: Partial<EvidenceClaim> & { sources?: string[] } = {},
): EvidenceClaim {
  const { sources, ...rest } = extra;
  const id = rest.id ?? `c${String(++n).padStart(4, "0")}`;
  return {
    id,
    kind: "RECOMMENDATION",
    status: "VERIFIED",
    rating: "Accurate",
    editorWeight: 1,
    technologySlugs,
    topic: null,
    statement,
    citations: (sources ?? [`source-of-${id}`]).map((sourceKey, i) => ({
      articleId: `${id}-a${i}`,
      sourceKey,
      publishedAt: "2025-06-01T00:00:00.000Z",
    })),
    updatedAt: "2025-06-01T00:00:00.000Z",
    ...rest,
  };
}

export function decision(
  id: string,
  drivers: string[],
  chosen: string[],
  result: "WORKED" | "MIXED" | "REGRETTED",
  wouldChooseAgain: boolean,
): DecisionEvidence {
  return {
    id,
    drivers,
    chosenTechnologySlugs: chosen,
    outcomes: [{ result, wouldChooseAgain, date: "2025-09-01T00:00:00.000Z" }],
  };
}

export function evidence(claims: EvidenceClaim[], decisions: DecisionEvidence[] = []): Evidence {
  return {
    useCases: USE_CASES,
    claims,
    decisions,
    asOf: AS_OF,
    technologyNames: { django: "Django", flask: "Flask", fastapi: "FastAPI" },
    technologyLanguages: { django: "python", flask: "python", fastapi: "python" },
  };
}
