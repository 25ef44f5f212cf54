// Answers → drivers → the verdict engine's wizard ranking (lib/verdicts recommendForDrivers, the
// same engine and evidence as the published verdicts) → reasons a visitor can check, each with
// the claims behind it. Only public material leaves this module:
//  - the engine only counts VERIFIED / DISPUTED / REFUTED claims (the rest weigh 0), and every
//    linked claim is re-checked against publicClaimWhere;
//  - team decisions count only when PUBLIC: private ones are dropped from the evidence, so even
//    their number never shows.
import { getDb, type Db } from "@/lib/db/client";
import { isPublicClaimStatus, publicClaimWhere, publicDecisionWhere, publishedVerdictWhere, type PublicClaimStatus } from "@/lib/public/visibility";
import { DRIVERS, recommendForDrivers, type Evidence } from "@/lib/verdicts";
import { loadEvidence } from "@/lib/verdicts/load";
import { answersQuery } from "./answers";
import { driversOf, type WizardAnswers } from "./questions";

export interface WizardClaimLink {
  slug: string;
  statement: string;
  status: PublicClaimStatus;
}

export interface WizardReason {
  text: string;
  technologySlug: string;
  useCase: { slug: string; name: string; href: string | null };
  claims: WizardClaimLink[];
}

export interface WizardResult {
  answers: WizardAnswers;
  query: string;
  drivers: { key: string; label: string }[];
  recommendation: { label: string; technologies: { slug: string; name: string }[]; confidence: number } | null;
  ranking: { slug: string; name: string; score: number }[];
  useCases: { slug: string; name: string; weight: number; href: string | null }[];
  reasons: WizardReason[];
}

const MAX_REASONS = 6;

export async function loadPublicEvidence(db: Db): Promise<Evidence> {
  const [evidence, publicDecisions] = await Promise.all([loadEvidence(db), db.decision.findMany({ where: publicDecisionWhere(), select: { id: true } })]);
  const allowed = new Set(publicDecisions.map((d) => d.id));
  return { ...evidence, decisions: evidence.decisions.filter((d) => allowed.has(d.id)) };
}

export async function recommend(answers: WizardAnswers, db: Db = getDb()): Promise<WizardResult> {
  const drivers = driversOf(answers);
  const evidence = await loadPublicEvidence(db);
  const result = recommendForDrivers(drivers, evidence);
  const names = evidence.technologyNames ?? {};
  const nameOf = (slug: string) => names[slug] ?? slug;

  const useCaseRows = await db.useCase.findMany({
    where: { deletedAt: null, slug: { in: result.useCases.map((u) => u.slug) } },
    select: { slug: true, name: true, verdicts: { where: publishedVerdictWhere(), select: { id: true }, take: 1 } },
  });
  const useCaseOf = new Map(useCaseRows.map((u) => [u.slug, { slug: u.slug, name: u.name, href: u.verdicts.length ? `/use-cases/${u.slug}` : null }]));
  const useCase = (slug: string) => useCaseOf.get(slug) ?? { slug, name: slug, href: null };

  // Reasons for the recommended technologies, heaviest use case first, each claim once.
  const picked = new Set(result.recommended);
  const candidates = result.useCases.flatMap((u) =>
    u.verdict.reasons.filter((r) => picked.has(r.technologySlug)).map((r) => ({ reason: r, useCase: u.slug, weight: u.weight * Math.abs(r.weight) })),
  );
  candidates.sort((a, b) => b.weight - a.weight);
  const claimIds = [...new Set(candidates.flatMap((c) => c.reason.claimIds))];
  const claims = await db.claim.findMany({ where: { AND: [publicClaimWhere(), { id: { in: claimIds } }] }, select: { id: true, slug: true, statement: true, status: true } });
  const claimOf = new Map(claims.map((c) => [c.id, c]));

  const seen = new Set<string>();
  const reasons: WizardReason[] = [];
  for (const { reason, useCase: slug } of candidates) {
    // A claim counts once; a team-decision summary ("1 team … chose Django") once, whichever use case it came from.
    const key = reason.claimIds.length ? reason.claimIds.join(",") : reason.text;
    if (seen.has(key)) continue;
    const linked = reason.claimIds.flatMap((id) => {
      const c = claimOf.get(id);
      return c && isPublicClaimStatus(c.status) ? [{ slug: c.slug, statement: c.statement, status: c.status }] : [];
    });
    // A claim reason whose claim is not public is not shown at all (its text quotes the claim).
    if (reason.claimIds.length > 0 && linked.length === 0) continue;
    seen.add(key);
    reasons.push({ text: reason.text, technologySlug: reason.technologySlug, useCase: useCase(slug), claims: linked });
    if (reasons.length === MAX_REASONS) break;
  }

  const driverLabels = new Map<string, string>(DRIVERS.map((d) => [d.key, d.label]));
  return {
    answers,
    query: answersQuery(answers),
    drivers: drivers.map((key) => ({ key, label: driverLabels.get(key) ?? key })),
    recommendation: result.recommended.length
      ? { label: result.label, technologies: result.recommended.map((slug) => ({ slug, name: nameOf(slug) })), confidence: result.confidence }
      : null,
    ranking: result.ranking.map((r) => ({ slug: r.technologySlug, name: nameOf(r.technologySlug), score: r.score })),
    useCases: result.useCases.map((u) => ({ ...useCase(u.slug), weight: u.weight })),
    reasons,
  };
}
