// The engine's current proposal for one use case, with what an editor needs to check it: every
// claim and decision a reason, the counter-evidence or "what would change this" points at, and
// the technology ids of the recommendation (so publishing it is one write).
import type { Db, Tx } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { type Reason, type RecommendationExplanation, type Verdict as EngineVerdict } from "@/lib/verdicts";
import { loadEvidence } from "@/lib/editorial/load";
import { buildEngine } from "./engine";

export interface LinkedClaim {
  id: string;
  slug: string;
  statement: string;
  status: string;
}

export interface LinkedDecision {
  id: string;
  slug: string;
  title: string;
  status: string;
  visibility: string;
  team: string;
}

export interface Proposal {
  useCase: { id: string; slug: string; name: string };
  verdict: EngineVerdict;
  /** Technology ids of verdict.recommended, in the same order. */
  recommendedIds: string[];
  /** The winner's score (null when nothing scores). */
  score: number | null;
  claims: Record<string, LinkedClaim>;
  decisions: Record<string, LinkedDecision>;
  /** Technology names by slug, for every technology the engine scored. */
  names: Record<string, string>;
  /**
   * Why the recommendation that would be published stands: the engine's own, or the technologies an
   * editor is about to pick instead (their reasons, never the engine's reasons for its own pick).
   */
  explanation: RecommendationExplanation;
}

/** Both a client and a transaction client answer the read queries the loader makes. */
type Reader = Db | Tx;

export function winnerScore(verdict: EngineVerdict): number | null {
  return verdict.scores.find((s) => s.technologySlug === verdict.winner)?.score ?? null;
}

/** Every reason the proposal shows: the top reasons, then the counter-evidence. */
export function reasonsOf(verdict: EngineVerdict): Reason[] {
  return [...verdict.reasons, ...(verdict.counterEvidence ? [verdict.counterEvidence] : [])];
}

function referencedIds(
  verdict: EngineVerdict,
  explanation: RecommendationExplanation,
): { claimIds: string[]; decisionIds: string[] } {
  const reasons = [
    ...reasonsOf(verdict),
    ...explanation.reasons,
    ...(explanation.counterEvidence ? [explanation.counterEvidence] : []),
  ];
  const claimIds = new Set(reasons.flatMap((r) => r.claimIds));
  const change = verdict.whatWouldChange?.change;
  if (change) claimIds.add(change.claimId);
  return { claimIds: [...claimIds], decisionIds: [...new Set(reasons.flatMap((r) => r.decisionIds))] };
}

/**
 * The engine's proposal for a use case. `explainIds`: the technologies (ids) an editor is about to
 * publish instead of the engine's pick, so the explanation stored with the verdict is about them.
 */
export async function proposeForUseCase(
  db: Reader,
  useCaseId: string,
  asOf: Date = new Date(),
  explainIds?: string[] | null,
): Promise<Proposal> {
  const useCase = await db.useCase.findFirst({
    where: { id: useCaseId, deletedAt: null },
    select: { id: true, slug: true, name: true },
  });
  if (!useCase) throw new NotFound(`Use case ${useCaseId}`);
  // The loader only reads (findMany), which a transaction client does as well as the root client.
  const evidence = await loadEvidence(db as Db, asOf);
  const engine = await buildEngine(evidence);
  const verdict = engine.verdict(useCase.slug);
  if (!verdict) throw new NotFound(`Use case ${useCase.slug} in the engine`);
  const chosen = explainIds?.length
    ? await db.technology.findMany({ where: { id: { in: explainIds } }, select: { id: true, slug: true } })
    : [];
  const chosenSlugs = explainIds?.length
    ? explainIds.map((id) => chosen.find((t) => t.id === id)?.slug).filter((s): s is string => !!s)
    : verdict.recommended;
  const explanation = engine.explain(useCase.slug, chosenSlugs)!;
  const { claimIds, decisionIds } = referencedIds(verdict, explanation);
  const [technologies, claims, decisions] = await Promise.all([
    db.technology.findMany({ where: { slug: { in: verdict.recommended } }, select: { id: true, slug: true } }),
    db.claim.findMany({
      where: { id: { in: claimIds } },
      select: { id: true, slug: true, statement: true, status: true },
    }),
    db.decision.findMany({
      where: { id: { in: decisionIds } },
      select: { id: true, slug: true, title: true, status: true, visibility: true, team: { select: { name: true } } },
    }),
  ]);
  const idOf = new Map(technologies.map((t) => [t.slug, t.id]));
  return {
    useCase,
    verdict,
    recommendedIds: verdict.recommended.map((slug) => idOf.get(slug)).filter((id): id is string => !!id),
    score: winnerScore(verdict),
    claims: Object.fromEntries(claims.map((c) => [c.id, c])),
    decisions: Object.fromEntries(
      decisions.map((d) => [
        d.id,
        { id: d.id, slug: d.slug, title: d.title, status: d.status, visibility: d.visibility, team: d.team.name },
      ]),
    ),
    names: evidence.technologyNames ?? {},
    explanation,
  };
}
