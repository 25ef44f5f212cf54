// Plain-data inputs and outputs of the verdict engine. Nothing here knows about Prisma: the
// engine is pure, and lib/editorial/load.ts is the one place that turns database rows into these.
import type { Direction } from "@/lib/extract/direction";
import type { Need } from "./needs";

export type { Direction } from "@/lib/extract/direction";

export type ClaimKind = "PERFORMANCE" | "FEATURE" | "RECOMMENDATION" | "FACT" | "OPINION";
export type ClaimStatus = "CANDIDATE" | "DRAFT" | "IN_REVIEW" | "VERIFIED" | "DISPUTED" | "REFUTED" | "RETRACTED";
export type OutcomeResult = "WORKED" | "MIXED" | "REGRETTED";

export interface EvidenceCitation {
  articleId: string;
  /** Syndicated copies of one article share this key, so they count as one source (see load.ts). */
  sourceKey: string;
  /** ISO date-time, or null when the article carries no date. */
  publishedAt: string | null;
  /**
   * The site's own editors wrote the article (Article.houseSource): it is evidence, but not an
   * independent source, so it never raises a source count or how many sources agree (weights.ts).
   */
  house?: boolean;
}

export interface EvidenceClaim {
  id: string;
  kind: ClaimKind;
  status: ClaimStatus;
  rating: string | null;
  editorWeight: number;
  technologySlugs: string[];
  topic: string | null;
  statement: string;
  /** Use case slugs an editor tied this claim to explicitly: it weighs fully there when it counts there by meaning. */
  useCaseHints?: string[];
  /**
   * What the claim says about each technology it names (by slug). A technology missing here gets
   * the direction lib/extract/direction.ts reads in the statement.
   */
  directions?: Partial<Record<string, Direction>>;
  /** A figure's measurement: figures with the same metric, unit and setup are ranked against each other. */
  figure?: EvidenceFigure;
  citations: EvidenceCitation[];
  updatedAt: string;
}

export interface EvidenceFigure {
  metric: string;
  unit: string;
  value: number;
  /** The conditions it was measured under, as one comparable key ("" when none were recorded). */
  setup: string;
  /** The conditions as recorded (names and values as written), for titles only: never compared. */
  conditions?: Record<string, string | number | boolean>;
  higherIsBetter: boolean;
}

export interface OutcomeEvidence {
  result: OutcomeResult;
  wouldChooseAgain: boolean;
  date: string;
}

export interface DecisionEvidence {
  id: string;
  drivers: string[];
  chosenTechnologySlugs: string[];
  outcomes: OutcomeEvidence[];
}

export interface UseCaseInfo {
  slug: string;
  /** Words that name the use case itself ("back office"): a recommendation naming them is made for it. */
  keywords: string[];
  drivers: string[];
  /**
   * What the use case needs (editors keep these on the use case): a claim counts for it when its
   * topic, capability, context or measured metric matches one. Absent: the defaults of `drivers`.
   */
  needs?: Need[];
}

export interface Evidence {
  useCases: UseCaseInfo[];
  claims: EvidenceClaim[];
  decisions: DecisionEvidence[];
  /** The "now" recency is measured against (ISO). Explicit, so results never depend on the clock. */
  asOf: string;
  /** Display names by slug; slugs are shown where a name is missing. */
  technologyNames?: Record<string, string>;
  /**
   * The programming language each technology is used from, by slug ("" or missing: any, or not
   * known). Two technologies make a combination without a source saying so only when they share one.
   */
  technologyLanguages?: Record<string, string>;
}

/** One scored piece of evidence about one technology for one use case. */
export interface Reason {
  technologySlug: string;
  text: string;
  weight: number;
  claimIds: string[];
  decisionIds: string[];
  /** Whether this evidence speaks for or against `technologySlug`. */
  direction?: "supports" | "against";
  /** Why it counts for this use case, completing "counts because: …" ("needs an admin UI"). */
  countsBecause?: string;
}

export type EvidenceChange =
  | { type: "add-sources"; claimId: string; technologySlug: string; count: number }
  | { type: "set-status"; claimId: string; status: ClaimStatus };

export interface WhatWouldChange {
  description: string;
  change: EvidenceChange;
  /** The technology that would score highest after the change. */
  newWinner: string;
  /** The claim's technology the change moves most, which way the claim speaks about it, and by how much its score moves. */
  technologySlug?: string;
  direction?: "supports" | "against";
  scoreChange?: number;
}

export interface TechnologyScore {
  technologySlug: string;
  score: number;
  evidenceCount: number;
}

export interface Verdict {
  useCaseSlug: string;
  /** The highest-scoring technology, or null when nothing scores above zero. */
  winner: string | null;
  /** The winner alone, or the winner plus a complement when the evidence supports a hybrid. */
  recommended: string[];
  label: string;
  hybridBasis: string | null;
  confidence: number;
  /** One line: how many independent sources, how much counter-evidence, how recent. */
  confidenceExplanation?: string;
  scores: TechnologyScore[];
  reasons: Reason[];
  counterEvidence: Reason | null;
  whatWouldChange: WhatWouldChange | null;
}

/**
 * Why a use case's published recommendation — the engine's own, or the one editors chose — stands
 * where it stands: the reasons for the technologies actually recommended, never the engine's reasons
 * for a technology editors passed over.
 */
export interface RecommendationExplanation {
  useCaseSlug: string;
  recommended: string[];
  label: string;
  confidence: number;
  confidenceExplanation: string;
  reasons: Reason[];
  counterEvidence: Reason | null;
  /** What the evidence alone recommends (equal to `recommended` unless editors chose otherwise). */
  engineRecommended: string[];
  engineLabel: string;
  /** Only when the recommendation is the engine's own: then it is what would flip it. */
  whatWouldChange: WhatWouldChange | null;
  /**
   * Every claim the confidence line counts, once, with its side and weight: the evidence-balance
   * chart is drawn from these, so its counts are the line's (absent in explanations stored before).
   */
  evidence?: CountedClaim[];
  /**
   * The option the confidence line names after the pick, with the counts and score it is worded by
   * (nextOptionPhrase), so the page's heading over its claims says the same (absent in explanations
   * stored before; null when there is none).
   */
  nextOption?: NextOptionStanding | null;
}

/** An option after the pick as a confidence line words it (lib/verdicts/explain.ts NextOption). */
export interface NextOptionStanding {
  name: string;
  /** Verified claims and team decisions for it. */
  claims: number;
  teams: number;
  /** Pieces of evidence (claims, team decisions) against it. */
  against: number;
  /** Its score on the evidence: above 0 it is a scoring alternative. */
  score: number;
  /** It scores higher than the pick (an editor's pick, or one the team's skills put first). */
  ahead: boolean;
  /** How the line calls it when it does not score: "the next option" unless said otherwise. */
  role?: string;
}

/** One claim a verdict page counts, as the evidence-balance chart draws it. */
export interface CountedClaim {
  claimId: string;
  kind: string;
  side: "supports" | "against";
  /** How much it moves the recommendation's score (always > 0; its side says which way). */
  weight: number;
  /** Why it counts for this use case ("needs an admin UI"), so a counted claim never stands without it. */
  countsBecause?: string;
  /**
   * The next option's slug, for a claim counted for or against it: the confidence line counts the
   * next option's evidence too, so the page lists it (G4). Absent: the recommendation's own.
   */
  nextOption?: string;
}
