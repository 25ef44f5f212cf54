// What placed one ranked option where it stands, worked out from the ranking's parts: the counts of
// the evidence for and against it (the use case's and the ticked needs') and the strongest piece each
// way, the use case's first, as its verdict would show them. Pure; split from rank.ts.
import type { VerdictEngine } from "@/lib/verdicts/engine";
import type { Reason } from "@/lib/verdicts/types";
import { decisionCount, lowerFirst, tally, type DriverEvidence, type Sides } from "./common";
import type { Quotable } from "./driver-evidence";
import type { Standing, StandingPiece } from "./standing";

/**
 * One option's standing: the counts of tally() and the strongest piece each way, the use case's
 * first (as its verdict would show them, with their "counts because"), then the ticked answers'.
 */
export function standingOf(
  slug: string,
  sides: Sides,
  drivers: DriverEvidence[],
  engine: VerdictEngine,
  useCase: string,
  quotable: Quotable,
): Standing {
  const explained = engine.explain(useCase, [slug]);
  const decisions = decisionCount(explained?.reasons ?? [], slug);
  const t = tally(slug, sides.claims, drivers, sides.signOf, decisions);
  const pieceOf = (r: Reason): StandingPiece => {
    const claim = r.claimIds.length ? sides.claims.find((c) => c.id === r.claimIds[0]) : undefined;
    return claim
      ? { quote: claim.statement, claim: true, because: r.countsBecause ?? "", claimIds: [claim.id] }
      : { quote: r.text, claim: false, because: r.countsBecause ?? "", claimIds: [] };
  };
  const driverPiece = (sign: number): StandingPiece | null => {
    const found = drivers
      .flatMap((d) =>
        d.claims.filter((c) => Math.sign(c.signs.get(slug) ?? 0) === sign && quotable(c.claim)).map((c) => ({ d, c })),
      )
      .sort(
        (a, b) =>
          b.c.strength - a.c.strength ||
          a.c.claim.statement.localeCompare(b.c.claim.statement) ||
          (a.c.claim.id < b.c.claim.id ? -1 : 1),
      )[0];
    return found
      ? {
          quote: found.c.claim.statement,
          claim: true,
          because: lowerFirst(found.d.driver.label),
          claimIds: [found.c.claim.id],
        }
      : null;
  };
  const ownFor = explained?.reasons.find(
    (r) =>
      r.technologySlug === slug &&
      r.direction !== "against" &&
      r.weight > 0 &&
      r.claimIds.every((id) => !engine.recommendsElsewhere(id, useCase)),
  );
  const counter = explained?.counterEvidence;
  const ownAgainst =
    counter && counter.technologySlug === slug && counter.direction === "against" ? counter : undefined;
  return {
    slug,
    claimsFor: t.claims.length,
    decisionsFor: t.decisions,
    against: t.against,
    best: ownFor ? pieceOf(ownFor) : driverPiece(1),
    worst: ownAgainst ? pieceOf(ownAgainst) : driverPiece(-1),
  };
}

export const standingClaims = (s: Standing) => [...(s.best?.claimIds ?? []), ...(s.worst?.claimIds ?? [])];
