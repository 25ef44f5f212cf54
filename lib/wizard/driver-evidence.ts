// The verified claims each ticked need counts, with their direction for each candidate, and the
// scaling the wizard applies to every score (the strongest candidate ±1). Pure; split from rank.ts.
import { isSyntheticWorkload } from "@/lib/verdicts/needs";
import { PhraseIndex, tokensOf } from "@/lib/verdicts/text";
import { claimStrength } from "@/lib/verdicts/weights";
import type { EvidenceSigns } from "@/lib/verdicts/common-ground";
import type { Evidence, EvidenceClaim } from "@/lib/verdicts/types";
import type { DriverEvidence, Scores } from "./common";
import type { WizardNeed } from "./drivers";

/** A claim a ranking may count and quote for its use case: not advice made for another use case. */
export type Quotable = (claim: Pick<EvidenceClaim, "id">) => boolean;

/** Scaled so the strongest candidate is ±1 (all zero stays zero). */
export function normalized(raw: Scores, candidates: string[]): Scores {
  const top = Math.max(0, ...candidates.map((s) => Math.abs(raw.get(s) ?? 0)));
  return new Map(candidates.map((s) => [s, top === 0 ? 0 : (raw.get(s) ?? 0) / top]));
}

/**
 * The verified claims that speak to each driver, with their direction for each candidate (advice made
 * for another use case aside). Which claims speak to a need is `needKeysOf`'s answer, the verdict
 * engine's own (VerdictEngine.needKeysOf): a need's claims are the same on its use case's page and here (H7).
 */
export function driverEvidence(
  drivers: WizardNeed[],
  evidence: Evidence,
  candidates: string[],
  reader: EvidenceSigns,
  asOfMs: number,
  quotable: Quotable,
  needKeysOf: (claim: EvidenceClaim) => string[],
): DriverEvidence[] {
  const out = drivers.map((driver): DriverEvidence => ({ driver, raw: new Map(), claims: [], uncounted: [] }));
  if (drivers.length === 0) return out;
  const at = new Map(drivers.map((d, i) => [d.key, i]));
  // Figures on an empty endpoint count for no need; they are named, with why, under the needs they would measure.
  const metrics = new PhraseIndex<number>();
  drivers.forEach((d, i) => (d.metrics ?? []).forEach((metric) => metrics.add(metric, i)));
  const inCategory = new Set(candidates);
  for (const claim of evidence.claims) {
    const techs = [...new Set(claim.technologySlugs)];
    if (!techs.some((t) => inCategory.has(t)) || !quotable(claim)) continue;
    const strength = claimStrength(claim, asOfMs);
    if (strength === 0) continue;
    // As for verdicts (lib/verdicts/relevance.ts): a figure counts for the needs its metric
    // measures, whatever else its sentence mentions, and one taken on an empty endpoint for none.
    const figure = claim.kind === "PERFORMANCE" ? claim.figure : undefined;
    if (figure && isSyntheticWorkload(figure)) {
      for (const i of metrics.match(tokensOf(`${figure.metric} ${figure.unit}`)).keys())
        out[i].uncounted.push({ claim, why: "synthetic" });
      continue;
    }
    const hits = new Set(needKeysOf(claim).flatMap((key) => (at.has(key) ? [at.get(key)!] : [])));
    if (hits.size === 0) continue;
    const signs = reader.signs(claim, techs);
    const bySlug = new Map(
      techs.map((t, i) => [t, signs[i]] as [string, number]).filter(([t, sign]) => inCategory.has(t) && sign !== 0),
    );
    if (bySlug.size === 0) {
      // A figure ranks only against figures in the same setup: alone in it, it says nothing either way.
      // A capability its source gives to every technology it compares sets none apart (common ground).
      const why = figure ? "alone" : reader.isCommonGround(claim) ? "common" : null;
      if (why) for (const i of hits) out[i].uncounted.push({ claim, why });
      continue;
    }
    for (const i of hits) {
      out[i].claims.push({ claim, strength, signs: bySlug });
      for (const [t, sign] of bySlug) out[i].raw.set(t, (out[i].raw.get(t) ?? 0) + strength * sign);
    }
  }
  return out;
}
