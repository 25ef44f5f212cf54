// Where a label lives in a document: the units (lib/extract/units.ts) that name its technologies (in
// the unit, its heading or its table's header) and carry its value (a figure, unit conversion as the
// eval's matching does) or one of its keywords. Used by eval:ceiling (where recall is lost) and
// eval:train (the learned unit classifier's training data). Pure.
import { quantitiesIn } from "@/lib/extract/quantities";
import type { TechResolver } from "@/lib/extract/technologies";
import type { Unit } from "@/lib/extract/units";
import type { CandidateClaim } from "@/lib/extract";
import type { LabelClaim } from "./eval/labels";
import { matchesLabel, mentions, near, scaled, techKey, type TechNames } from "./eval/score";

/** True when the text holds the label's number (as written, or converted within its dimension). */
export function carriesValue(text: string, label: LabelClaim): boolean {
  if (label.value == null) return false;
  if (typeof label.value === "string") return text.toLowerCase().includes(label.value.toLowerCase());
  const [ld, lv] = scaled(label.value, label.unit);
  for (const q of quantitiesIn(text.slice(0, 2000), 60)) {
    for (const v of q.upTo != null ? [q.value, q.upTo] : [q.value]) {
      const [qd, qv] = scaled(v, q.unit);
      if (near(v, label.value) || (ld && ld === qd && near(lv, qv))) return true;
    }
  }
  return false;
}

/** How many of the label's keywords (and, for a recommendation, use-case words) the text says. */
export function keywordHits(text: string, label: LabelClaim): number {
  const words = [
    ...label.keywords,
    ...(label.kind === "recommendation" && label.useCase ? label.useCase.split(/\s+/).filter((w) => w.length > 3) : []),
  ];
  return words.filter((k) => mentions(text, k)).length;
}

/** Every name key the text's technologies go by (through the resolver), plus the text's own words. */
function namesIn(text: string, resolver: TechResolver, names: TechNames): Set<string> {
  return new Set(resolver.findAll(text).flatMap((m) => names(m.slug).map(techKey)));
}

function techsIn(text: string, label: LabelClaim, resolver: TechResolver, names: TechNames): boolean {
  const have = namesIn(text, resolver, names);
  return label.technologies.every((t) => have.has(techKey(t)) || mentions(text, t));
}

export interface Located {
  unit: number;
  score: number;
}

/**
 * The units that could hold the label, best first: names its technologies (directly scores higher than
 * through the heading or header) and carries its value or, for a label without a number, a keyword.
 */
export function locate(label: LabelClaim, units: Unit[], resolver: TechResolver, names: TechNames): Located[] {
  const numeric = typeof label.value === "number" || (label.kind === "performance" && label.value != null);
  const out: Located[] = [];
  units.forEach((u, i) => {
    const context = `${u.text} ${u.heading} ${u.headerText}`;
    if (!techsIn(context, label, resolver, names)) return;
    const direct = techsIn(u.text, label, resolver, names);
    const value = numeric && carriesValue(u.text, label);
    const hits = keywordHits(context, label);
    const hasWords = label.keywords.length > 0 || (label.kind === "recommendation" && Boolean(label.useCase));
    if (numeric ? !value : hasWords && !hits) return;
    out.push({ unit: i, score: (direct ? 2 : 0) + (value ? 3 : 0) + hits });
  });
  return out.sort((a, b) => b.score - a.score || a.unit - b.unit);
}

export type Cause =
  | "matched"
  | "no-unit"
  | "not-extracted"
  | "wrong-kind"
  | "wrong-technology"
  | "wrong-value"
  | "wrong-support"
  | "wrong-direction"
  | "wrong-keyword";
export const CAUSES: Cause[] = [
  "matched",
  "no-unit",
  "not-extracted",
  "wrong-kind",
  "wrong-technology",
  "wrong-value",
  "wrong-support",
  "wrong-direction",
  "wrong-keyword",
];

/** Why one claim does not match the label: the first check (kind, technology, then the kind's own) it fails. */
function whyNot(label: LabelClaim, c: CandidateClaim, names: TechNames): Cause {
  const against = label.kind === "recommendation" && label.direction === "against";
  if (c.kind !== label.kind && !(against && c.kind === "opinion")) return "wrong-kind";
  const have = new Set(c.technologies.flatMap((s) => names(s).map(techKey)));
  if (!label.technologies.every((t) => have.has(techKey(t)))) return "wrong-technology";
  if (label.kind === "performance" || (label.kind === "fact" && label.value != null)) return "wrong-value";
  if (label.kind === "feature")
    return mentions(`${c.statement} ${c.quote} ${c.topic ?? ""}`.replace(/[-_]/g, " "), label.keywords[0] ?? "")
      ? "wrong-support"
      : "wrong-keyword";
  if (label.kind === "recommendation") {
    const cAgainst = c.stance === "CONTRADICTS" || c.conditions.direction === "against";
    if (against !== cAgainst) return "wrong-direction";
  }
  return "wrong-keyword";
}

const RANK: Cause[] = [
  "wrong-keyword",
  "wrong-support",
  "wrong-direction",
  "wrong-value",
  "wrong-technology",
  "wrong-kind",
];

/** Why a label was missed: no unit holds it, none of its units got a claim, or the claims there say something else. */
export function missCause(
  label: LabelClaim,
  units: Unit[],
  located: Located[],
  claims: CandidateClaim[],
  names: TechNames,
): Cause {
  if (claims.some((c) => matchesLabel(label, c, names))) return "matched";
  if (!located.length) return "no-unit";
  const spans = located.map((l) => units[l.unit]);
  const there = claims.filter((c) => spans.some((u) => c.start < u.end && c.end > u.start));
  if (!there.length) return "not-extracted";
  // The claim that came closest says what went wrong.
  return there.map((c) => whyNot(label, c, names)).sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b))[0];
}
