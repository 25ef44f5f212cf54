// "What would raise it" when the team's skills put first an option the evidence alone ranks below
// another (issue 11, N4): the plausible changes the verdicts' what-if rule knows (lib/verdicts/what-if.ts:
// up to MAX_SOURCES more independent sources behind one claim, or one claim refuted), each tried by
// ranking again with the change applied, never estimated from a ratio of scores. Said in plain words,
// naming the claim and what it counts through; or, when none would do, which were tried.
import type { VerdictEngine } from "@/lib/verdicts/engine";
import { MAX_SOURCES, applyChange } from "@/lib/verdicts/what-if";
import type { Evidence, EvidenceChange, EvidenceClaim } from "@/lib/verdicts/types";
import { lowerFirst } from "./common";
import type { Ranked } from "./rank";

/** How many of each side's strongest claims are tried (each try is one incremental re-ranking). */
const TRIED = 3;

interface Tried {
  claim: EvidenceClaim;
  basis: string;
}

/** The verified claims counted for an option (the use case's and the ticked needs'), strongest first, with what each counts through. */
function claimsFor(r: Ranked, slug: string): Tried[] {
  const ids = new Map<string, string>();
  for (const reason of r.engine.explain(r.useCase.slug, [slug])?.reasons ?? [])
    if (reason.technologySlug === slug && reason.direction !== "against" && reason.weight > 0)
      for (const id of reason.claimIds) if (!ids.has(id)) ids.set(id, r.engine.countsBecause(id, r.useCase.slug));
  for (const d of r.drivers)
    for (const c of d.claims)
      if ((c.signs.get(slug) ?? 0) > 0 && !ids.has(c.claim.id)) ids.set(c.claim.id, lowerFirst(d.driver.label));
  const strength = new Map(r.drivers.flatMap((d) => d.claims.map((c) => [c.claim.id, c.strength] as const)));
  return r.evidence.claims
    .filter((c) => ids.has(c.id) && c.status === "VERIFIED")
    .map((claim) => ({ claim, basis: ids.get(claim.id) || r.useCase.name }))
    .sort(
      (a, b) => (strength.get(b.claim.id) ?? 0) - (strength.get(a.claim.id) ?? 0) || (a.claim.id < b.claim.id ? -1 : 1),
    )
    .slice(0, TRIED);
}

/** The first option on the evidence alone with one change applied (the engine is restored after). */
function leaderWith(
  r: Ranked,
  change: EvidenceChange,
  rerank: (evidence: Evidence, engine: VerdictEngine) => string | undefined,
): string | undefined {
  const changed = applyChange(r.evidence, change);
  const before = r.evidence.claims.find((c) => c.id === change.claimId)!;
  const after = changed.claims.find((c) => c.id === change.claimId)!;
  r.engine.upsertClaim(after);
  try {
    return rerank(changed, r.engine);
  } finally {
    r.engine.upsertClaim(before);
  }
}

/**
 * The "What would raise it" sentence for a pick the team's skills put ahead of `leader`, the first on
 * the evidence: the first plausible change that would put the pick first on the evidence too, or
 * that none of those tried would. `rerank`: the first option on the evidence for changed evidence.
 */
export function whatWouldPutFirst(
  r: Ranked,
  pick: string,
  leader: string,
  rerank: (evidence: Evidence, engine: VerdictEngine) => string | undefined,
): string {
  const name = r.ctx.nameOf;
  const own = claimsFor(r, pick);
  const theirs = claimsFor(r, leader);
  const quote = (t: Tried) => `“${t.claim.statement}”, counted through ${t.basis}`;
  for (const t of own) {
    const change: EvidenceChange = {
      type: "add-sources",
      claimId: t.claim.id,
      technologySlug: pick,
      count: MAX_SOURCES,
    };
    if (leaderWith(r, change, rerank) === pick)
      return `What would raise it: ${MAX_SOURCES} more independent sources behind ${quote(t)} would put ${name(pick)} ahead of ${name(leader)} on the evidence too.`;
  }
  for (const t of theirs) {
    const change: EvidenceChange = { type: "set-status", claimId: t.claim.id, status: "REFUTED" };
    if (leaderWith(r, change, rerank) === pick)
      return `What would raise it: if ${quote(t)}, for ${name(leader)}, were refuted, ${name(pick)} would lead on the evidence too.`;
  }
  const tried = [
    own.length
      ? `${MAX_SOURCES} more independent sources behind ${own.length === 1 ? "the one claim" : `any one of the ${own.length} strongest claims`} for ${name(pick)} (such as ${quote(own[0])})`
      : `more sources for ${name(pick)} (no checked claim for it to back)`,
    theirs.length
      ? `refuting ${theirs.length === 1 ? "the one claim" : `any one of the ${theirs.length} strongest claims`} for ${name(leader)} (such as ${quote(theirs[0])})`
      : "",
  ].filter(Boolean);
  const neither = tried.length === 1 ? tried[0] : `neither ${tried.join(" nor ")}`;
  return `What would raise it: no single plausible change to the checked evidence: ${neither} would put ${name(pick)} ahead of ${name(leader)} on the evidence; ${name(pick)} comes first because the team knows it.`;
}
