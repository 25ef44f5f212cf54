// The public explanation of a published verdict, from the engine proposal it was published with:
// the reasons, the strongest counter-evidence and what would change it, each linked to the claims
// and decisions behind it. Only public material is linked or quoted: a reason resting on a claim
// that is no longer public is left out, and team-only decisions are counted, never named.
import type { Db } from "@/lib/db/client";
import type { Reason, Verdict as EngineVerdict } from "@/lib/verdicts";
import { changeSentence } from "@/lib/verdicts/editorial/wording";
import { liveTechnologyWhere, publicClaimWhere, publicDecisionWhere } from "./visibility";

export interface PublicReason {
  text: string;
  claims: Array<{ slug: string; statement: string; status: string }>;
  decisions: Array<{ slug: string; title: string }>;
  /** Decisions counted in this reason that their teams keep private. */
  privateDecisions: number;
}

export interface VerdictExplanation {
  label: string;
  confidence: number;
  reasons: PublicReason[];
  counterEvidence: PublicReason | null;
  whatWouldChange: { text: string; claim: { slug: string; statement: string } | null } | null;
}

const isEngineVerdict = (value: unknown): value is EngineVerdict =>
  !!value && typeof value === "object" && Array.isArray((value as EngineVerdict).reasons) && typeof (value as EngineVerdict).confidence === "number";

/** Explanations by verdict id, for the verdicts that were published from an engine proposal. */
export async function explainVerdicts(db: Db, snapshots: Array<{ id: string; engineSnapshot: unknown }>): Promise<Record<string, VerdictExplanation>> {
  const engine = snapshots.filter((s) => isEngineVerdict(s.engineSnapshot)).map((s) => ({ id: s.id, verdict: s.engineSnapshot as EngineVerdict }));
  const reasons = engine.flatMap(({ verdict }) => [...verdict.reasons, ...(verdict.counterEvidence ? [verdict.counterEvidence] : [])]);
  const claimIds = [...new Set([...reasons.flatMap((r) => r.claimIds), ...engine.flatMap(({ verdict }) => (verdict.whatWouldChange ? [verdict.whatWouldChange.change.claimId] : []))])];
  const decisionIds = [...new Set(reasons.flatMap((r) => r.decisionIds))];
  const slugs = [...new Set(engine.flatMap(({ verdict }) => verdict.scores.map((s) => s.technologySlug)))];
  const [claims, decisions, technologies] = await Promise.all([
    db.claim.findMany({ where: { AND: [publicClaimWhere(), { id: { in: claimIds } }] }, select: { id: true, slug: true, statement: true, status: true } }),
    db.decision.findMany({ where: { AND: [publicDecisionWhere(), { id: { in: decisionIds } }] }, select: { id: true, slug: true, title: true } }),
    db.technology.findMany({ where: { AND: [liveTechnologyWhere(), { slug: { in: slugs } }] }, select: { slug: true, name: true } }),
  ]);
  const claimById = new Map(claims.map((c) => [c.id, { slug: c.slug, statement: c.statement, status: c.status }]));
  const decisionById = new Map(decisions.map((d) => [d.id, { slug: d.slug, title: d.title }]));
  const names = new Map(technologies.map((t) => [t.slug, t.name]));

  const present = (r: Reason): PublicReason | null => {
    if (!r.claimIds.every((id) => claimById.has(id))) return null;
    const shown = r.decisionIds.flatMap((id) => decisionById.get(id) ?? []);
    return { text: r.text, claims: r.claimIds.map((id) => claimById.get(id)!), decisions: shown, privateDecisions: r.decisionIds.length - shown.length };
  };
  const out: Record<string, VerdictExplanation> = {};
  for (const { id, verdict } of engine) {
    const change = verdict.whatWouldChange;
    const claim = change ? claimById.get(change.change.claimId) ?? null : null;
    out[id] = {
      label: verdict.label,
      confidence: verdict.confidence,
      reasons: verdict.reasons.map(present).filter((r): r is PublicReason => !!r),
      counterEvidence: verdict.counterEvidence ? present(verdict.counterEvidence) : null,
      // A change that hinges on a claim readers cannot see is not explained at all.
      whatWouldChange: change && claim ? { text: changeSentence(change, claim.statement, (s) => names.get(s) ?? s), claim: { slug: claim.slug, statement: claim.statement } } : null,
    };
  }
  return out;
}
