// The wizard's reasons for its pick, and the other claims it counts for it: the claims listed are
// exactly those the confidence line counts (tally(), review 5, R4). Advice made for another use case
// counts only through a need the two share; it is listed apart, never as a reason (review 5, R7;
// the audit's F2), its basis saying the need. Pure; split from rank.ts.
import { KIND_PHRASE, sourcesPhrase } from "@/lib/verdicts/explain";
import { undatedNote } from "@/lib/verdicts/recency";
import type { EvidenceClaim, Reason } from "@/lib/verdicts/types";
import { claimStrength } from "@/lib/verdicts/weights";
import { lowerFirst, tally, type DriverEvidence } from "./common";
import type { Ranked, WizardReasonOf } from "./rank";

const DRIVER_REASONS = 2;
/**
 * Each list (reasons, also counted) holds at most this many: a use case with thousands of claims for
 * the pick would otherwise list every one on the page and ask the database for all of them. How
 * many more are counted is said (`notListed`), so the count still matches what the confidence reads.
 */
export const LISTED_MAX = 10;

/**
 * One claim given as a reason for the pick, in the one format every reason takes, whichever answer
 * counted it (the use case or a ticked need): its words, kind and sources, and "Counts for: <use
 * case> · counts because: <need>" (issue 11, N6: a ticked need no longer changes the line's format).
 * `because`: the engine's reason it counts, else the ticked need it was counted through.
 */
function claimReason(r: Ranked, claim: EvidenceClaim, pick: string, because: string): WizardReasonOf {
  return {
    text: `"${claim.statement}" — ${KIND_PHRASE[claim.kind] ?? "a claim"} for ${r.ctx.nameOf(pick)}, from ${sourcesPhrase(claim)}${undatedNote(claim)}`,
    technologySlug: pick,
    basis: reasonBasis(r.useCase.name, because),
    claimIds: [claim.id],
    decisionIds: [],
  };
}

/** What a reason counts for, in one format: the use case, and why the claim counts for it. */
const reasonBasis = (useCaseName: string, because: string) =>
  because ? `${useCaseName} · counts because: ${because}` : useCaseName;

/** Why a claim counts: the engine's reason for the use case, else the ticked need it was counted through. */
const becauseOf = (r: Ranked, claimId: string, need: string) =>
  r.engine.countsBecause(claimId, r.useCase.slug) || (need ? lowerFirst(need) : "");

function driverReason(r: Ranked, d: DriverEvidence, slug: string): WizardReasonOf[] {
  return d.claims
    .filter((c) => (c.signs.get(slug) ?? 0) > 0 && r.quotable(c.claim))
    .sort(
      (a, b) =>
        b.strength - a.strength ||
        a.claim.statement.localeCompare(b.claim.statement) ||
        (a.claim.id < b.claim.id ? -1 : 1),
    )
    .slice(0, DRIVER_REASONS)
    .map((c) => claimReason(r, c.claim, slug, becauseOf(r, c.claim.id, d.driver.label)));
}

/**
 * The reasons for the pick: the use case's own (relevant to it, for the pick), then each ticked
 * need's, then every other claim counted for it, each claim once; and apart, the advice made for
 * another use case that is counted for it.
 */
export function reasonsFor(
  r: Ranked,
  pick: string,
  own: Reason[],
): { reasons: WizardReasonOf[]; alsoCounted: WizardReasonOf[]; notListed: number } {
  const { useCase } = r;
  const reasons: WizardReasonOf[] = [];
  const alsoCounted: WizardReasonOf[] = [];
  const shown = new Set<string>();
  const add = (x: WizardReasonOf) => {
    const key = x.claimIds.length ? x.claimIds.join(",") : x.decisionIds.join(",") || x.text;
    if (shown.has(key) || x.claimIds.some((id) => shown.has(id))) return;
    shown.add(key);
    for (const id of x.claimIds) shown.add(id);
    (x.claimIds.every((id) => r.quotable({ id })) ? reasons : alsoCounted).push(x);
  };
  for (const x of own) {
    if (x.technologySlug !== pick || x.direction === "against" || x.weight <= 0) continue;
    add({
      text: x.text,
      technologySlug: pick,
      basis: reasonBasis(useCase.name, x.countsBecause ?? ""),
      claimIds: x.claimIds,
      decisionIds: x.decisionIds,
    });
  }
  for (const d of r.drivers) for (const x of driverReason(r, d, pick)) add(x);
  for (const claim of tally(pick, r.sides.claims, r.drivers, r.sides.signOf, 0).claims) {
    const driver = r.drivers.find((d) => d.claims.some((c) => c.claim.id === claim.id));
    const because = r.sides.claims.includes(claim) ? r.engine.countsBecause(claim.id, useCase.slug) : "";
    add(claimReason(r, claim, pick, because || (driver ? lowerFirst(driver.driver.label) : "")));
  }
  const beyond = (list: WizardReasonOf[]) => Math.max(0, list.length - LISTED_MAX);
  return {
    reasons: reasons.slice(0, LISTED_MAX),
    alsoCounted: alsoCounted.slice(0, LISTED_MAX),
    notListed: beyond(reasons) + beyond(alsoCounted),
  };
}

/**
 * Every claim the confidence line counts against the pick (tally(): the use case's own and the
 * ticked needs'), strongest first, each with its basis: one list feeds the count and the display
 * (review 12, R12-2), so "1 piece of evidence against it" is never said beside an empty list. Shown
 * wherever the pick stands first, also when the team's skills put it there (review 9, R10).
 */
export function againstCounted(r: Ranked, pick: string): WizardReasonOf[] {
  const claims = tally(pick, r.sides.claims, r.drivers, r.sides.signOf, 0).againstClaims;
  const strengthOf = (id: string) =>
    Math.max(0, ...r.drivers.flatMap((d) => d.claims.filter((c) => c.claim.id === id).map((c) => c.strength)));
  const entries = claims.map((claim) => {
    const driver = r.drivers.find((d) => d.claims.some((c) => c.claim.id === claim.id));
    const own = r.sides.claims.includes(claim);
    // What it counts against the pick on, in one form ticked or not: the need, as "Counts against it on:" reads it.
    const need = driver?.driver.label ?? (own ? r.engine.countsBecause(claim.id, r.useCase.slug) : "");
    const basis = need ? need.charAt(0).toUpperCase() + need.slice(1) : r.useCase.name;
    return { claim, basis, strength: own ? claimStrength(claim, Date.parse(r.evidence.asOf)) : strengthOf(claim.id) };
  });
  return entries
    .sort((a, b) => b.strength - a.strength || (a.claim.id < b.claim.id ? -1 : 1))
    .slice(0, LISTED_MAX)
    .map(({ claim, basis }) => ({
      text: `"${claim.statement}" — counts against ${r.ctx.nameOf(pick)}: ${KIND_PHRASE[claim.kind] ?? "a claim"}, from ${sourcesPhrase(claim)}${undatedNote(claim)}`,
      technologySlug: pick,
      basis,
      claimIds: [claim.id],
      decisionIds: [],
    }));
}
