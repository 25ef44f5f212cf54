// The public explanation of a published verdict: the reasons for the technologies actually
// published (worked out when it was published, lib/verdicts RecommendationExplanation), the
// strongest evidence against them, the confidence in one line and what would change it, each linked
// to the claims and decisions behind it. When editors chose otherwise than the evidence alone, the
// explanation says so and gives their reason. Only public material is linked or quoted: a reason
// resting on a claim that is no longer public is left out, and team-only decisions are counted,
// never named.
import type { Db } from "@/lib/db/client";
import type { Reason, RecommendationExplanation, Verdict as EngineVerdict, WhatWouldChange } from "@/lib/verdicts";
import { changeSentence } from "@/lib/editorial/wording";
import { nextOptionHeading } from "@/lib/verdicts/explain";
import type { CountedClaim, NextOptionStanding } from "@/lib/verdicts/types";
import { conditionsOf } from "./claims";
import type { BalanceEvidence } from "./evidence-balance";
import { publicClaimWhere } from "@/lib/resources/visibility";
import { decisionLinks, type DecisionLink } from "./decision-links";
import { recommendedSelect } from "./verdict-picks";
import { naturalStatement, withNaturalStatements } from "./statements";
import { confidenceParts, noChangeSentence, type ChangeSentence } from "./verdict-change";

export interface PublicReason {
  text: string;
  /** Why it counts for this use case ("needs an admin UI"); null for explanations stored before there was one. */
  countsBecause: string | null;
  claims: Array<{ slug: string; statement: string; status: string }>;
  /**
   * `outcomeNote`: what the team wrote when it last reviewed how the decision turned out (null: no
   * words recorded), shown where the decision is counted, not only on its own page (review 5, R16).
   */
  decisions: DecisionLink[];
  /** Decisions counted in this reason that their teams keep private. */
  privateDecisions: number;
}

export interface VerdictExplanation {
  /** The published recommendation, by name. */
  label: string;
  confidence: number;
  /** Why that confidence, in one line (independent sources, counter-evidence, recency); null for old verdicts. */
  confidenceLine: string | null;
  /** How the figure was got, one sentence each (the band on the one scale): the page folds them under the line. */
  confidenceDetails: string[];
  reasons: PublicReason[];
  counterEvidence: PublicReason | null;
  /** Set when nothing speaks against the pick and the counter-evidence is the runner-up's best case: its name. */
  counterEvidenceFor: string | null;
  /** The sentence the page shows under "What would change this" (verdict-change.ts). */
  whatWouldChange: ChangeSentence;
  /** Set when editors published something other than what the evidence alone points to. */
  editorial: { engineLabel: string; reason: string; text: string } | null;
  /**
   * Set when editors published no pick: what the checked evidence alone leans to, by name. `label` is
   * then "No single pick", and the reasons, confidence and counter-evidence are the lean's.
   */
  leansTo: string | null;
  /**
   * The claims the confidence line counts, for the evidence-balance chart (so the chart and the line
   * agree); null for explanations stored before they were recorded (the chart then shows the cited claims).
   */
  balanceEvidence: BalanceEvidence[] | null;
  /**
   * The next option the confidence line names, with every claim it counts for and against it, so the
   * page lists each piece the line counts (G4); null when it counts none (or the explanation predates them).
   */
  nextOptionEvidence: { name: string; heading: string; evidence: BalanceEvidence[] } | null;
}

/** The label of a verdict published with no pick (as its "→" line says). */
export const NO_PICK = "No single pick";

const isEngineVerdict = (value: unknown): value is EngineVerdict =>
  !!value &&
  typeof value === "object" &&
  Array.isArray((value as EngineVerdict).reasons) &&
  typeof (value as EngineVerdict).confidence === "number";
const isExplanation = (value: unknown): value is RecommendationExplanation =>
  !!value &&
  typeof value === "object" &&
  Array.isArray((value as RecommendationExplanation).reasons) &&
  Array.isArray((value as RecommendationExplanation).engineRecommended);
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((s) => b.includes(s));

interface Source {
  id: string;
  recommended: string[];
  reason: string;
  label: string;
  engineLabel: string;
  engineRecommended: string[];
  /** The technologies the stored explanation is about (what was published, or the engine's pick when none was). */
  explainedFor: string[];
  confidence: number;
  confidenceLine: string | null;
  reasons: Reason[];
  counterEvidence: Reason | null;
  change: WhatWouldChange | null;
  counted: CountedClaim[] | null;
  /** The option the confidence line names after the pick, as it words it (null: not stored). */
  nextOption: NextOptionStanding | null;
}

/**
 * What to explain for one verdict: its stored explanation, or — for verdicts published before there
 * was one — the engine snapshot, keeping only reasons that speak for what was actually published.
 */
function sourceOf(
  id: string,
  snapshot: unknown,
  row: { explanation: unknown; editorReason: string; recommended: Array<{ slug: string; name: string }> } | undefined,
): Source | null {
  const recommended = row?.recommended.map((t) => t.slug) ?? [];
  const reason = row?.editorReason ?? "";
  if (row && isExplanation(row.explanation)) {
    const e = row.explanation;
    return {
      id,
      recommended,
      reason,
      label: e.label,
      engineLabel: e.engineLabel,
      engineRecommended: e.engineRecommended,
      explainedFor: e.recommended,
      confidence: e.confidence,
      confidenceLine: e.confidenceExplanation || null,
      reasons: e.reasons,
      counterEvidence: e.counterEvidence,
      change: e.whatWouldChange,
      counted: Array.isArray(e.evidence) ? e.evidence : null,
      nextOption: e.nextOption ?? null,
    };
  }
  if (!isEngineVerdict(snapshot)) return null;
  // A verdict row with no pick published none: the snapshot explains the engine's own pick, its lean.
  const published = row ? recommended : snapshot.recommended;
  const about = published.length ? published : snapshot.recommended;
  const agrees = sameSet(about, snapshot.recommended);
  return {
    id,
    recommended: published,
    reason,
    label: agrees ? snapshot.label : (row?.recommended.map((t) => t.name).join(" + ") ?? snapshot.label),
    engineLabel: snapshot.label,
    engineRecommended: snapshot.recommended,
    explainedFor: about,
    confidence: agrees ? snapshot.confidence : 0,
    confidenceLine: agrees ? (snapshot.confidenceExplanation ?? null) : null,
    reasons: snapshot.reasons.filter((r) => about.includes(r.technologySlug)),
    counterEvidence: agrees ? snapshot.counterEvidence : null,
    change: agrees ? snapshot.whatWouldChange : null,
    counted: null,
    nextOption: null,
  };
}

/**
 * With no pick published: what the evidence alone leans to (the engine's recommendation stored with
 * the verdict), and whether the stored explanation is about that lean (so its reasons and confidence
 * are the lean's); null when the evidence names no pick either.
 */
function leanOf(s: Source): { slugs: string[]; label: string; explained: boolean } | null {
  if (s.engineRecommended.length === 0) return null;
  return { slugs: s.engineRecommended, label: s.engineLabel, explained: sameSet(s.explainedFor, s.engineRecommended) };
}

/** The editors' part, when it differs from the evidence alone: their pick and reason, or that they picked none. */
function editorialOf(s: Source, lean: { label: string } | null): VerdictExplanation["editorial"] {
  const because = s.reason ? ` because: ${s.reason}` : " (no reason recorded)";
  if (s.recommended.length === 0) {
    // Never "editors chose …": the stored explanation's pick is the engine's when editors name none.
    const note = s.reason ? ` Their note: ${s.reason}` : "";
    const text = lean
      ? `Editors have not picked one; the checked evidence leans to ${lean.label}.${note}`
      : `Editors have not picked one, and the checked evidence alone names no pick yet.${note}`;
    return { engineLabel: s.engineLabel, reason: s.reason, text };
  }
  if (s.engineRecommended.length === 0 || sameSet(s.recommended, s.engineRecommended)) return null;
  return {
    engineLabel: s.engineLabel,
    reason: s.reason,
    text: `The evidence alone points to ${s.engineLabel}; editors chose ${s.label}${because}`,
  };
}

/** The citations the engine counts as sources (lib/editorial/load.ts): live, supporting, of a live article. */
const COUNTED_CITATION = { deletedAt: null, stance: "SUPPORTS", article: { deletedAt: null } } as const;

/** Whether our own write-up (a house source) cites the claim, and whether anything else does. */
function ourOwn(citations: Array<{ article: { houseSource: boolean } }>): { ourOwn?: "only" | "also" } {
  const house = citations.filter((c) => c.article.houseSource).length;
  if (house === 0) return {};
  return { ourOwn: house === citations.length ? "only" : "also" };
}

/** The public records the explanations name: claims (with what the balance chart needs), decisions, technology names. */
async function loadNamed(db: Db, sources: Source[]) {
  const reasons = sources.flatMap((s) => [...s.reasons, ...(s.counterEvidence ? [s.counterEvidence] : [])]);
  const claimIds = [
    ...new Set([
      ...reasons.flatMap((r) => r.claimIds),
      ...sources.flatMap((s) => (s.change ? [s.change.change.claimId] : [])),
      ...sources.flatMap((s) => (s.counted ?? []).map((c) => c.claimId)),
    ]),
  ];
  const decisionIds = [...new Set(reasons.flatMap((r) => r.decisionIds))];
  const slugs = [
    ...new Set(
      sources.flatMap((s) => [
        ...s.engineRecommended,
        ...s.recommended,
        ...(s.counterEvidence ? [s.counterEvidence.technologySlug] : []),
        ...(s.change ? [s.change.newWinner, s.change.technologySlug ?? ""] : []),
        ...(s.counted ?? []).flatMap((c) => (c.nextOption ? [c.nextOption] : [])),
      ]),
    ),
  ];
  const [claims, decisions, technologies] = await Promise.all([
    db.claim.findMany({
      where: { AND: [publicClaimWhere(), { id: { in: claimIds } }] },
      select: {
        id: true,
        slug: true,
        statement: true,
        status: true,
        kind: true,
        conditions: true,
        citations: { where: COUNTED_CITATION, select: { article: { select: { houseSource: true } } } },
      },
    }),
    decisionLinks(db, decisionIds),
    // Named even without a public page (proposed, archived): a published verdict says what it weighed.
    db.technology.findMany({ where: { deletedAt: null, slug: { in: slugs } }, select: { slug: true, name: true } }),
  ]);
  return {
    // Statements as every page words them (naturalStatement), for the pages and the API alike; the stored
    // wording is kept only to find where an engine-written text quotes it.
    claimById: new Map(
      claims.map((c) => [c.id, { slug: c.slug, statement: naturalStatement(c.statement), status: c.status }]),
    ),
    storedStatement: new Map(claims.map((c) => [c.id, c.statement])),
    balanceClaim: new Map(
      claims.map((c) => [
        c.id,
        {
          slug: c.slug,
          statement: naturalStatement(c.statement),
          status: c.status,
          kind: c.kind,
          conditions: conditionsOf(c.conditions),
          ...ourOwn(c.citations),
        },
      ]),
    ),
    decisionById: decisions,
    names: new Map(technologies.map((t) => [t.slug, t.name])),
  };
}

/** One verdict's explanation as the public site shows it, from its engine snapshot and the public records it names. */
function explanationOf(s: Source, named: Awaited<ReturnType<typeof loadNamed>>): VerdictExplanation {
  const { claimById, balanceClaim, decisionById, names, storedStatement } = named;
  // An engine-written text quotes claims in their stored wording: quoted as the pages word them.
  const worded = (text: string, ids: string[]) =>
    withNaturalStatements(
      text,
      ids.map((id) => ({ statement: storedStatement.get(id) ?? "" })),
    );
  const present = (r: Reason): PublicReason | null => {
    if (!r.claimIds.every((id) => claimById.has(id))) return null;
    const shown = r.decisionIds.flatMap((id) => decisionById.get(id) ?? []);
    const claims = r.claimIds.map((id) => claimById.get(id)!);
    return {
      // Quoted statements as every page words them ("… for a staff back office."), for the pages and the API alike.
      text: worded(r.text, r.claimIds),
      countsBecause: r.countsBecause ?? null,
      claims,
      decisions: shown,
      privateDecisions: r.decisionIds.length - shown.length,
    };
  };
  const change = s.change;
  const claim = change ? (claimById.get(change.change.claimId) ?? null) : null;
  const lean = s.recommended.length === 0 ? leanOf(s) : null;
  // What the reasons speak for: what was published, or with no pick, what the evidence leans to.
  const explained = lean ? lean.slugs : s.recommended;
  const counterEvidence = s.counterEvidence && (!lean || lean.explained) ? present(s.counterEvidence) : null;
  const editorial = editorialOf(s, lean);
  return {
    label: s.recommended.length === 0 ? NO_PICK : s.label,
    confidence: lean && !lean.explained ? 0 : s.confidence,
    ...confidenceParts(lean && !lean.explained ? null : s.confidenceLine),
    // A reason is shown only when it speaks for what was published (or, with no pick, for the lean).
    reasons: s.reasons
      .filter((r) => r.weight > 0 && r.direction !== "against" && explained.includes(r.technologySlug))
      .map(present)
      .filter((r): r is PublicReason => !!r),
    counterEvidence,
    // Evidence for another technology is not evidence against this one: say whose case it is.
    counterEvidenceFor:
      s.counterEvidence &&
      (!lean || lean.explained) &&
      s.counterEvidence.direction !== "against" &&
      !explained.includes(s.counterEvidence.technologySlug)
        ? (names.get(s.counterEvidence.technologySlug) ?? s.counterEvidence.technologySlug)
        : null,
    // A change that hinges on a claim readers cannot see is not explained at all.
    whatWouldChange:
      change && claim
        ? {
            text: worded(
              changeSentence(change, storedStatement.get(change.change.claimId)!, (slug) => names.get(slug) ?? slug),
              [change.change.claimId],
            ),
            claim: { slug: claim.slug, statement: claim.statement },
          }
        : noChangeSentence(!!editorial && !lean, !!counterEvidence),
    editorial,
    leansTo: lean?.label ?? null,
    ...countedEvidence(s, balanceClaim, names),
  };
}

type Named = Awaited<ReturnType<typeof loadNamed>>;

/**
 * The counted claims as the page lists them: the recommendation's for the balance chart, and the
 * next option's apart (G4). Counted claims are verified, so public unless deleted since: those are left out.
 */
function countedEvidence(
  { counted, nextOption }: Pick<Source, "counted" | "nextOption">,
  balanceClaim: Named["balanceClaim"],
  names: Named["names"],
): Pick<VerdictExplanation, "balanceEvidence" | "nextOptionEvidence"> {
  if (!counted) return { balanceEvidence: null, nextOptionEvidence: null };
  const shown = (items: CountedClaim[]): BalanceEvidence[] =>
    items.flatMap((c) => {
      const claim = balanceClaim.get(c.claimId);
      return claim
        ? [
            {
              role: c.side === "against" ? "OPPOSES" : "SUPPORTS",
              weight: c.weight,
              countsBecause: c.countsBecause ?? null,
              claim,
            },
          ]
        : [];
    });
  const next = counted.find((c) => c.nextOption)?.nextOption;
  const nextEvidence = shown(counted.filter((c) => c.nextOption));
  const name = next ? (names.get(next) ?? next) : "";
  return {
    balanceEvidence: shown(counted.filter((c) => !c.nextOption)),
    nextOptionEvidence:
      next && nextEvidence.length
        ? {
            name,
            // Worded as the confidence line words it (one phrase, H4), never "the next option" below nought.
            heading: nextOptionHeading({ ...(nextOption ?? standingOf(counted, next)), name }),
            evidence: nextEvidence,
          }
        : null,
  };
}

/**
 * The next option's standing from its counted claims, for explanations stored before it was: its
 * score is what those claims add up to (team decisions, not listed, aside).
 */
function standingOf(counted: CountedClaim[], slug: string): NextOptionStanding {
  const mine = counted.filter((c) => c.nextOption === slug);
  const sum = (side: CountedClaim["side"]) =>
    mine.filter((c) => c.side === side).reduce((total, c) => total + c.weight, 0);
  return {
    name: slug,
    claims: mine.filter((c) => c.side === "supports").length,
    teams: 0,
    against: mine.filter((c) => c.side === "against").length,
    score: sum("supports") - sum("against"),
    ahead: false,
  };
}

/** Explanations by verdict id, for the verdicts that were published from an engine proposal. */
export async function explainVerdicts(
  db: Db,
  snapshots: Array<{ id: string; engineSnapshot: unknown }>,
): Promise<Record<string, VerdictExplanation>> {
  const rows = await db.verdict.findMany({
    where: { id: { in: snapshots.map((s) => s.id) } },
    select: { id: true, explanation: true, editorReason: true, recommended: recommendedSelect },
  });
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const sources = snapshots
    .map((s) => sourceOf(s.id, s.engineSnapshot, rowById.get(s.id)))
    .filter((s): s is Source => !!s);
  const named = await loadNamed(db, sources);
  const out: Record<string, VerdictExplanation> = {};
  for (const s of sources) out[s.id] = explanationOf(s, named);
  return out;
}
