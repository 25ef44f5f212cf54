// Which way a claim counts for each technology it names: +1 (supports), −1 (against) or 0.
//  - The claim's own directions (stored, editor-editable) win; a technology without one gets what
//    lib/extract/direction.ts reads in the statement.
//  - "rank" (a figure without a comparison in its words) is resolved against the other VERIFIED
//    figures of its comparable group — same metric, unit and setup — measured for other
//    technologies: better than all of them supports, worse than all of them counts against,
//    anything else (or no comparable figure at all) is neutral. A figure never counts merely for
//    existing, and figures from different setups are never ranked against each other.
import { deriveDirections, type Direction } from "@/lib/extract/direction";
import { DIRECTION_SIGN } from "./weights";
import type { EvidenceClaim } from "./types";

const stated = new WeakMap<EvidenceClaim, Direction[]>();

/** The claim's direction for each of `techs` (its unique technology slugs, in that order). */
export function statedDirections(claim: EvidenceClaim, techs: string[], names: Record<string, string>): Direction[] {
  let out = stated.get(claim);
  if (!out) {
    const given = claim.directions ?? {};
    const missing = techs.some((t) => !given[t]);
    const derived = missing
      ? deriveDirections({
          kind: claim.kind,
          statement: claim.statement,
          technologies: techs.map((slug) => ({ slug, names: names[slug] ? [names[slug]] : [] })),
        })
      : {};
    out = techs.map((t) => given[t] ?? derived[t] ?? "neutral");
    stated.set(claim, out);
  }
  return out;
}

/** The comparable group of a figure: same metric, unit and setup (null for a claim without one). */
export function figureGroupOf(claim: EvidenceClaim): string | null {
  const f = claim.figure;
  return f ? `${f.metric.toLowerCase()}\u0000${f.unit.toLowerCase()}\u0000${f.setup}` : null;
}

/** Every figure by comparable group, so a figure's rank reads only its own group. */
export class FigureGroups {
  private readonly groups = new Map<string, Map<string, EvidenceClaim>>();

  add(claim: EvidenceClaim): void {
    const key = figureGroupOf(claim);
    if (key === null) return;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new Map()));
    group.set(claim.id, claim);
  }

  remove(claim: EvidenceClaim): void {
    const key = figureGroupOf(claim);
    if (key === null) return;
    const group = this.groups.get(key);
    group?.delete(claim.id);
    if (group && group.size === 0) this.groups.delete(key);
  }

  members(key: string): EvidenceClaim[] {
    return [...(this.groups.get(key)?.values() ?? [])];
  }

  /** +1 when the figure beats every verified figure of other technologies in its group, −1 when it trails them all, else 0. */
  rankSign(claim: EvidenceClaim, techs: string[]): number {
    const key = figureGroupOf(claim);
    const f = claim.figure;
    if (key === null || !f) return 0;
    let better = 0;
    let worse = 0;
    for (const other of this.groups.get(key)?.values() ?? []) {
      if (other.id === claim.id || other.status !== "VERIFIED" || !other.figure) continue;
      if (other.technologySlugs.every((t) => techs.includes(t))) continue;
      const diff = f.higherIsBetter ? f.value - other.figure.value : other.figure.value - f.value;
      if (diff > 0) better += 1;
      else if (diff < 0) worse += 1;
      else return 0;
    }
    if (better > 0 && worse === 0) return 1;
    if (worse > 0 && better === 0) return -1;
    return 0;
  }
}

/** The signs of a claim for each of `techs`, and whether any of them came from its rank. */
export function signsOf(
  claim: EvidenceClaim,
  techs: string[],
  names: Record<string, string>,
  figures: FigureGroups,
): { signs: number[]; ranked: boolean } {
  const directions = statedDirections(claim, techs, names);
  let ranked = false;
  const signs = directions.map((d) => {
    if (d !== "rank") return DIRECTION_SIGN[d] ?? 0;
    ranked = true;
    return figures.rankSign(claim, techs);
  });
  return { signs, ranked };
}
