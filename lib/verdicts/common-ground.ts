// A feature every compared technology has tells them apart on nothing. When a source compares
// several technologies on one capability ("Authentication: ✅ built-in · ✅ built-in · ✅ built-in")
// and every one of them has it, "Laravel has authentication built in" is common ground, not a
// reason to pick Laravel over Django or Rails: its support is neutral wherever it would count.
//
// A source's comparison on a capability is the feature claims citing it (by source key, so a
// syndicated copy is the same source) with the same topic, whatever editors made of each: what the
// source compares is a fact about the source, and a change of status then never moves another
// claim's weight behind the what-if's back (verifying or refuting one cell would otherwise flip the
// others). A capability some technology lacks or half-has in that source still sets them apart.
import { FigureGroups, signsOf, statedDirections } from "./directions";
import type { EvidenceClaim } from "./types";

/** The groups a feature claim sits in: one per source it cites, for its topic (none without a topic). */
export function commonGroupsOf(claim: EvidenceClaim): string[] {
  if (claim.kind !== "FEATURE" || !claim.topic) return [];
  const topic = claim.topic.trim().toLowerCase();
  if (!topic) return [];
  return [...new Set(claim.citations.map((c) => `${c.sourceKey}\u0000${topic}`))];
}

const uniqueSlugs = (slugs: string[]): string[] => [...new Set(slugs)];

/** Feature claims by source and topic, so a claim's common-ground test reads only its own sources. */
export class CommonGround {
  private readonly groups = new Map<string, Map<string, EvidenceClaim>>();

  add(claim: EvidenceClaim): void {
    for (const key of commonGroupsOf(claim)) {
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = new Map()));
      group.set(claim.id, claim);
    }
  }

  remove(claim: EvidenceClaim): void {
    for (const key of commonGroupsOf(claim)) {
      const group = this.groups.get(key);
      group?.delete(claim.id);
      if (group && group.size === 0) this.groups.delete(key);
    }
  }

  members(key: string): EvidenceClaim[] {
    return [...(this.groups.get(key)?.values() ?? [])];
  }

  /**
   * Whether one of the claim's sources says every technology it compares on this capability has it:
   * at least two technologies, each supported, none lacking it or partial.
   */
  isCommon(claim: EvidenceClaim, names: Record<string, string>): boolean {
    return commonGroupsOf(claim).some((key) => this.everyoneHasIt(key, names));
  }

  private everyoneHasIt(key: string, names: Record<string, string>): boolean {
    const covered = new Set<string>();
    for (const member of this.groups.get(key)?.values() ?? []) {
      const techs = uniqueSlugs(member.technologySlugs);
      const directions = statedDirections(member, techs, names);
      if (directions.some((d) => d !== "supports")) return false;
      for (const t of techs) covered.add(t);
    }
    return covered.size >= 2;
  }
}

/**
 * Whether the claim would be common ground in a new source of its own: a feature naming two or more
 * technologies, each with the capability ("Django and Express both ship an admin"). The what-if never
 * suggests more sources behind such a claim, as each new one would make it tell them apart on nothing.
 */
export function commonInANewSource(claim: EvidenceClaim, names: Record<string, string>): boolean {
  const probe: EvidenceClaim = {
    ...claim,
    citations: [{ articleId: "\u0000new", sourceKey: "\u0000new", publishedAt: null }],
  };
  const alone = new CommonGround();
  alone.add(probe);
  return alone.isCommon(probe, names);
}

/** A claim's signs with support for a common-ground feature taken out (what it says against still counts). */
export function withoutCommonGround(
  claim: EvidenceClaim,
  signs: number[],
  common: CommonGround,
  names: Record<string, string>,
): number[] {
  if (!signs.some((s) => s > 0) || !common.isCommon(claim, names)) return signs;
  return signs.map((s) => (s > 0 ? 0 : s));
}

/**
 * Signs read outside the engine (the wizard), the engine's way: figures ranked in their comparable
 * group, and support for common ground taken out.
 */
export class EvidenceSigns {
  readonly figures = new FigureGroups();
  private readonly common = new CommonGround();

  constructor(
    claims: EvidenceClaim[],
    private readonly names: Record<string, string>,
  ) {
    for (const claim of claims) {
      this.figures.add(claim);
      this.common.add(claim);
    }
  }

  signs(claim: EvidenceClaim, techs: string[]): number[] {
    return withoutCommonGround(claim, signsOf(claim, techs, this.names, this.figures).signs, this.common, this.names);
  }

  /** Whether a source compares the claim's technologies on its capability and gives it to each: it sets none apart. */
  isCommonGround(claim: EvidenceClaim): boolean {
    return this.common.isCommon(claim, this.names);
  }
}
