// Pure shaping for a verdict's "evidence balance" bar: the public evidence it cites, supporting vs
// speaking against, by claim kind, each claim one segment as wide as its weight in the verdict.
// Both bars share one scale, so a short "against" bar reads as little counter-evidence.
import {
  claimTitle,
  countLabel,
  formatNumber,
  KIND_GROUP_NAMES,
  KIND_NAMES,
  kindName,
  type Conditions,
} from "./format";

export interface BalanceEvidence {
  role: string;
  weight: number;
  /** Why the engine counts it for this use case (absent for the claims editors cited, shown before there was a count). */
  countsBecause?: string | null;
  claim: {
    slug: string;
    statement: string;
    status: string;
    kind: string;
    conditions: Conditions;
    /** Cited by our own write-up (a house source, never an independent one): "only" when nothing else cites it. */
    ourOwn?: "only" | "also";
  };
}

const OUR_OWN: Record<"only" | "also", string> = {
  only: " — from our own write-up only, no independent source",
  also: " — also in our own write-up, not counted as a source",
};

export type BalanceSide = "supports" | "against";

export interface BalanceSegment {
  claimSlug: string;
  kind: string;
  /** Percentages of the chart's width. */
  start: number;
  width: number;
  /** The segment's accessible name and tooltip. */
  label: string;
  /** Why it counts here ("needs an admin UI"), shown next to it in the list of every claim counted. */
  countsBecause: string | null;
}

export interface BalanceRow {
  side: BalanceSide;
  /** "Supports: 3 claims, weight 4" / "Speaks against: nothing". */
  label: string;
  segments: BalanceSegment[];
}

export interface BalanceKindRow {
  kind: string;
  label: string;
  supports: string;
  against: string;
}

export interface EvidenceBalance {
  /** One line for the chart's accessible name. */
  summary: string;
  rows: BalanceRow[];
  /** The kinds present, in the site's kind order: the legend and the table fallback. */
  kinds: BalanceKindRow[];
}

const KIND_ORDER = Object.keys(KIND_NAMES);
const SIDE_NAMES: Record<BalanceSide, string> = { supports: "Supports", against: "Speaks against" };
const sideOf = (role: string): BalanceSide => (role === "OPPOSES" ? "against" : "supports");
// A weight of 0 or less would draw nothing and hide that the claim is cited: each counts at least a sliver.
const widthOf = (weight: number): number => (Number.isFinite(weight) && weight > 0 ? weight : 0.25);
const kindRank = (kind: string): number => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);

function tally(items: BalanceEvidence[]): string {
  if (items.length === 0) return "nothing";
  const weight = items.reduce((sum, e) => sum + widthOf(e.weight), 0);
  return `${countLabel(items.length, "claim", "claims")}, weight ${formatNumber(weight)}`;
}

/** The balance of a verdict's evidence, or null when it cites no public claim. */
export function evidenceBalance(evidence: BalanceEvidence[]): EvidenceBalance | null {
  if (evidence.length === 0) return null;
  const sides: Record<BalanceSide, BalanceEvidence[]> = { supports: [], against: [] };
  for (const e of evidence) sides[sideOf(e.role)].push(e);
  for (const side of Object.values(sides))
    side.sort(
      (a, b) =>
        kindRank(a.claim.kind) - kindRank(b.claim.kind) ||
        widthOf(b.weight) - widthOf(a.weight) ||
        a.claim.slug.localeCompare(b.claim.slug),
    );
  const total = (items: BalanceEvidence[]) => items.reduce((sum, e) => sum + widthOf(e.weight), 0);
  const scale = Math.max(total(sides.supports), total(sides.against));
  const rows = (["supports", "against"] as const).map((side): BalanceRow => {
    let start = 0;
    const segments = sides[side].map((e) => {
      const width = (widthOf(e.weight) / scale) * 100;
      const segment = {
        claimSlug: e.claim.slug,
        kind: e.claim.kind,
        start,
        width,
        label: `${SIDE_NAMES[side]}, ${kindName(e.claim.kind).toLowerCase()}: ${claimTitle(e.claim.statement, e.claim.conditions)}${e.claim.ourOwn ? OUR_OWN[e.claim.ourOwn] : ""} (weight ${formatNumber(widthOf(e.weight))})`,
        countsBecause: e.countsBecause ?? null,
      };
      start += width;
      return segment;
    });
    return { side, label: `${SIDE_NAMES[side]}: ${tally(sides[side])}`, segments };
  });
  const kinds = [...new Set(evidence.map((e) => e.claim.kind))]
    .sort((a, b) => kindRank(a) - kindRank(b))
    .map((kind) => {
      const of = (side: BalanceSide) => sides[side].filter((e) => e.claim.kind === kind);
      return {
        kind,
        label: KIND_GROUP_NAMES[kind] ?? kindName(kind),
        supports: of("supports").length ? tally(of("supports")) : "–",
        against: of("against").length ? tally(of("against")) : "–",
      };
    });
  return { summary: `Evidence balance: ${rows.map((r) => r.label.toLowerCase()).join("; ")}`, rows, kinds };
}
