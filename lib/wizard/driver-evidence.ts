// The verified claims each ticked need counts, with their direction for each candidate, and the
// scaling the wizard applies to every score (the strongest candidate ±1). Pure; split from rank.ts.
import { isSyntheticWorkload } from "@/lib/verdicts/needs";
import { PhraseIndex, tokensOf } from "@/lib/verdicts/text";
import { claimStrength } from "@/lib/verdicts/weights";
import type { EvidenceSigns } from "@/lib/verdicts/common-ground";
import type { Evidence, EvidenceClaim } from "@/lib/verdicts/types";
import type { DriverEvidence, Scores, UncountedWhy } from "./common";
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
  readMetrics: (need: WizardNeed) => string[] = (need) => need.metrics ?? [],
): DriverEvidence[] {
  const out = drivers.map((driver): DriverEvidence => ({ driver, raw: new Map(), claims: [], uncounted: [] }));
  if (drivers.length === 0) return out;
  const at = new Map(drivers.map((d, i) => [d.key, i]));
  // The figures read for a need: those on any metric it is measured by, in this use case or another
  // of the category (issue 11, N5). Those not counted are what is left of them after counting, so
  // the list of figures read but not counted cannot disagree with what counts.
  const metrics = new PhraseIndex<number>();
  drivers.forEach((d, i) => [...(d.metrics ?? []), ...readMetrics(d)].forEach((metric) => metrics.add(metric, i)));
  const inCategory = new Set(candidates);
  const figures: { claim: EvidenceClaim; read: number[]; keys: string[] }[] = [];
  for (const claim of evidence.claims) {
    const techs = [...new Set(claim.technologySlugs)];
    if (!techs.some((t) => inCategory.has(t)) || !quotable(claim)) continue;
    const strength = claimStrength(claim, asOfMs);
    if (strength === 0) continue;
    // As for verdicts (lib/verdicts/relevance.ts): a figure counts for the needs its metric
    // measures (needKeysOf: none for one taken on an empty endpoint).
    const figure = claim.kind === "PERFORMANCE" ? claim.figure : undefined;
    const keys = needKeysOf(claim);
    if (figure)
      figures.push({ claim, read: [...metrics.match(tokensOf(`${figure.metric} ${figure.unit}`)).keys()], keys });
    const hits = new Set(keys.flatMap((key) => (at.has(key) ? [at.get(key)!] : [])));
    if (hits.size === 0) continue;
    const signs = reader.signs(claim, techs);
    const bySlug = new Map(
      techs.map((t, i) => [t, signs[i]] as [string, number]).filter(([t, sign]) => inCategory.has(t) && sign !== 0),
    );
    if (bySlug.size === 0) {
      // A capability its source gives to every technology it compares sets none apart (common ground).
      if (!figure && reader.isCommonGround(claim))
        for (const i of hits) out[i].uncounted.push({ claim, why: "common" });
      continue;
    }
    for (const i of hits) {
      out[i].claims.push({ claim, strength, signs: bySlug });
      for (const [t, sign] of bySlug) out[i].raw.set(t, (out[i].raw.get(t) ?? 0) + strength * sign);
    }
  }
  for (const { claim, read, keys } of figures)
    for (const i of read) {
      if (out[i].claims.some((c) => c.claim === claim)) continue;
      out[i].uncounted.push({ claim, why: uncountedWhy(claim, keys.includes(drivers[i].key)) });
    }
  return out;
}

/**
 * Why a figure read for a need did not count for it: taken on an empty endpoint; on a metric this
 * use case does not measure the need by; or measured by it, but alone in its setup (nothing to rank it against).
 */
function uncountedWhy(claim: EvidenceClaim, measures: boolean): UncountedWhy {
  if (claim.figure && isSyntheticWorkload(claim.figure)) return "synthetic";
  return measures ? "alone" : "metric";
}
