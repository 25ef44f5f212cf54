// How much one piece of evidence counts. Scores are sums of contributions quantized to integer
// millionths, so a sum is exact and the same in any order (full and incremental runs agree).
import type { ClaimStatus, DecisionEvidence, EvidenceChange, EvidenceClaim } from "./types";

/** A recommendation says the most about "which one for this use case"; an opinion the least. */
export const KIND_WEIGHT: Record<string, number> = {
  RECOMMENDATION: 1.5,
  PERFORMANCE: 1,
  FEATURE: 1,
  FACT: 0.6,
  OPINION: 0.3,
};

/**
 * Only verified evidence counts. A claim disputed or refuted stops counting at once — it does not
 * count "against" its technology either: which way a claim speaks is its direction (see
 * lib/extract/direction.ts), never its status.
 */
export const STATUS_WEIGHT: Record<ClaimStatus, number> = {
  VERIFIED: 1,
  DISPUTED: 0,
  REFUTED: 0,
  RETRACTED: 0,
  CANDIDATE: 0,
  DRAFT: 0,
  IN_REVIEW: 0,
};

/** supports +1, against −1, neutral 0 (a figure's "rank" is resolved to one of these by the engine). */
export const DIRECTION_SIGN: Record<string, number> = { supports: 1, against: -1, neutral: 0 };

/** Statuses one review could turn into VERIFIED: what-if looks at them for "verify this claim". */
export const UNVERIFIED: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>([
  "CANDIDATE",
  "DRAFT",
  "IN_REVIEW",
  "DISPUTED",
]);

/** The editors' fact-check rating of a verified claim. Unrated verified claims count a bit less. */
export const RATING_FACTOR: Record<string, number> = {
  Accurate: 1,
  "Mostly accurate": 0.85,
  "Needs context": 0.6,
  Unproven: 0.4,
  Misleading: 0.25,
  Inaccurate: 0.1,
};
const UNRATED = 0.7;

export const DECISION_WEIGHT = 0.8;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
/** Evidence loses half of its recency bonus every three years, and never drops below half weight. */
const RECENCY_HALF_LIFE_YEARS = 3;

interface ClaimFacts {
  sources: number;
  latestMs: number;
}
// Claims are immutable inputs: their source count and latest date are worked out once per object.
const factCache = new WeakMap<EvidenceClaim, ClaimFacts>();
function factsOf(claim: EvidenceClaim): ClaimFacts {
  let facts = factCache.get(claim);
  if (!facts) {
    facts = { sources: sourcesOfOne(claim), latestMs: latestDate(claim) };
    factCache.set(claim, facts);
  }
  return facts;
}

/**
 * How many independent sources stand behind some claims: the one count every page shows, for one
 * claim or for a verdict's evidence, so "4 independent sources" means the same thing everywhere.
 * Two citations are one source when they cite the same article (a second quote from it is not a
 * second source) or share a source key (syndicated copies of one article, see load.ts). The
 * editors' own write-ups (house citations) are not independent of the verdict they feed, so they
 * are never counted: a claim only our own article backs has no independent source.
 */
export function countSources(claims: Iterable<EvidenceClaim>): number {
  const parent = new Map<string, string>();
  // Union-find with path halving, so a long run of citations never makes a long chain.
  const find = (x: string): string => {
    let node = x;
    for (let up = parent.get(node)!; up !== node; up = parent.get(node)!) {
      const grand = parent.get(up)!;
      parent.set(node, grand);
      node = grand;
    }
    return node;
  };
  const articles: string[] = [];
  for (const claim of claims) {
    for (const c of claim.citations) {
      if (c.house) continue;
      const a = `a\u0000${c.articleId}`;
      const k = `k\u0000${c.sourceKey}`;
      if (!parent.has(a)) {
        parent.set(a, a);
        articles.push(a);
      }
      if (!parent.has(k)) parent.set(k, k);
      const ra = find(a);
      const rk = find(k);
      if (ra !== rk) parent.set(ra, rk);
    }
  }
  return new Set(articles.map(find)).size;
}

/**
 * countSources([claim]) without its maps and strings (a claim cites a handful of articles): the
 * components of its citations, two of them one source when they share the article or the key.
 */
function sourcesOfOne(claim: EvidenceClaim): number {
  const citations = claim.citations;
  if (citations.length > 32) return countSources([claim]);
  const parent: number[] = [];
  const root = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  let sources = 0;
  for (let i = 0; i < citations.length; i++) {
    parent.push(i);
    const c = citations[i];
    if (c.house) continue;
    sources += 1;
    for (let j = 0; j < i; j++) {
      const other = citations[j];
      if (other.house || (other.articleId !== c.articleId && other.sourceKey !== c.sourceKey)) continue;
      const [a, b] = [root(i), root(j)];
      if (a !== b) {
        parent[a] = b;
        sources -= 1;
      }
    }
  }
  return sources;
}

export function independentSources(claim: EvidenceClaim): number {
  return factsOf(claim).sources;
}

/** More independent sources help with diminishing returns; an uncited verified claim counts half. */
export function sourceFactor(sources: number): number {
  return sources === 0 ? 0.5 : 1 + Math.log2(sources);
}

/**
 * The newest source date of a claim. A claim whose sources carry no date counts as old (the floor
 * of recencyFactor): an undated post must not escape the age discount a dated blog takes. Only a
 * claim citing nothing falls back to when it was last edited.
 */
function latestDate(claim: EvidenceClaim): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const c of claim.citations) if (c.publishedAt) latest = Math.max(latest, Date.parse(c.publishedAt));
  if (Number.isFinite(latest) || claim.citations.length > 0) return latest;
  return Date.parse(claim.updatedAt);
}

/** True when the claim cites sources and none of them is dated: its reason says "undated". */
export function isUndated(claim: EvidenceClaim): boolean {
  return claim.citations.length > 0 && !claim.citations.some((c) => c.publishedAt);
}

export function recencyFactor(dateMs: number, asOfMs: number): number {
  if (!Number.isFinite(dateMs)) return 0.5;
  const years = Math.max(0, (asOfMs - dateMs) / YEAR_MS);
  return 0.5 + 0.5 * 2 ** (-years / RECENCY_HALF_LIFE_YEARS);
}

/**
 * A claim's strength before relevance and direction: kind × status × rating × sources × recency ×
 * editor weight (never negative; the engine multiplies it by the claim's direction per technology).
 */
export function claimStrength(claim: EvidenceClaim, asOfMs: number): number {
  return strengthVariant(claim, asOfMs, claim.status, 0);
}

/**
 * The strength the claim would have with another status and `extraSources` fresh independent
 * sources (dated asOf): exactly claimStrength(changedClaim(...)), without building the claim.
 */
export function strengthVariant(
  claim: EvidenceClaim,
  asOfMs: number,
  status: ClaimStatus,
  extraSources: number,
): number {
  const weight = STATUS_WEIGHT[status] ?? 0;
  if (weight === 0) return 0;
  const facts = factsOf(claim);
  const latest = extraSources > 0 ? Math.max(facts.latestMs, asOfMs) : facts.latestMs;
  const base =
    (KIND_WEIGHT[claim.kind] ?? 0) * weight * Math.max(0, claim.editorWeight) * recencyFactor(latest, asOfMs);
  const rating = claim.rating == null ? UNRATED : (RATING_FACTOR[claim.rating] ?? UNRATED);
  return base * rating * sourceFactor(facts.sources + extraSources);
}

/** The latest outcome review speaks for the decision (teams revisit); ties go to the worse result. */
export function latestOutcome(decision: DecisionEvidence): DecisionEvidence["outcomes"][number] | null {
  // Decisions are immutable inputs, and every verdict naming one words its outcome: sorted once per object.
  let latest = latestCache.get(decision);
  if (latest === undefined) latestCache.set(decision, (latest = findLatestOutcome(decision)));
  return latest;
}
const latestCache = new WeakMap<DecisionEvidence, DecisionEvidence["outcomes"][number] | null>();

function findLatestOutcome(decision: DecisionEvidence): DecisionEvidence["outcomes"][number] | null {
  const order = { REGRETTED: 0, MIXED: 1, WORKED: 2 };
  const sorted = [...decision.outcomes].sort(
    (a, b) =>
      Date.parse(b.date) - Date.parse(a.date) ||
      order[a.result] - order[b.result] ||
      Number(a.wouldChooseAgain) - Number(b.wouldChooseAgain),
  );
  return sorted[0] ?? null;
}

/** WORKED +1, REGRETTED −1, MIXED 0; would choose again ±0.5. */
export function decisionStrength(decision: DecisionEvidence): number {
  const outcome = latestOutcome(decision);
  if (!outcome) return 0;
  const result = outcome.result === "WORKED" ? 1 : outcome.result === "REGRETTED" ? -1 : 0;
  return DECISION_WEIGHT * (result + (outcome.wouldChooseAgain ? 0.5 : -0.5));
}

export const toMicro = (value: number): number => Math.round(value * 1e6);

/** The claim as it would be after a what-if change (added sources are dated `asOf`: fresh). */
export function changedClaim(claim: EvidenceClaim, change: EvidenceChange, asOf: string): EvidenceClaim {
  if (change.type === "set-status") return { ...claim, status: change.status };
  const added = Array.from({ length: change.count }, (_, i) => ({
    articleId: `what-if:${claim.id}:${i + 1}`,
    sourceKey: `what-if:${claim.id}:${i + 1}`,
    publishedAt: asOf,
  }));
  return { ...claim, citations: [...claim.citations, ...added] };
}

/** A weight as a reader reads it: at most two decimals, no trailing zeros ("1.5", "0.6"). */
const shown = (value: number) => String(Math.round(value * 100) / 100);

/**
 * How the evidence is weighed, in one line for a reader, worked out from the weights above (never
 * restated by hand, so the line follows any change to them): a kind's weight relative to a figure,
 * what more sources add, how recency fades, and what a team's decision counts (review 9, R7).
 */
export function weighingLine(): string {
  const figure = KIND_WEIGHT.PERFORMANCE;
  const best = DECISION_WEIGHT * 1.5;
  return (
    `How evidence is weighed: a verified recommendation counts ${shown(KIND_WEIGHT.RECOMMENDATION / figure)} times a figure or a feature, ` +
    `as it answers "which one for this use case" directly (a fact ${shown(KIND_WEIGHT.FACT / figure)}, an opinion ${shown(KIND_WEIGHT.OPINION / figure)}); ` +
    `each doubling of a claim's independent sources adds its single-source weight again; ` +
    `a claim loses half of its recency bonus every ${RECENCY_HALF_LIFE_YEARS} years and never falls below half weight; ` +
    `a team's decision counts by its outcome, at most ${shown(best)} times a figure (worked, would choose it again).`
  );
}
