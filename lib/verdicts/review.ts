// When a recomputed verdict must go back to an editor before it is shown as settled.
import type { Verdict } from "./types";

/** Confidence moving more than this is a significant change. */
export const CONFIDENCE_SHIFT = 0.15;

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

/** True when there was no verdict, the winner or the recommended set changed, or confidence moved > 0.15. */
export function needsReview(previous: Verdict | null | undefined, next: Verdict): boolean {
  if (!previous) return next.winner !== null;
  if (previous.winner !== next.winner || !sameSet(previous.recommended, next.recommended)) return true;
  return Math.abs(previous.confidence - next.confidence) > CONFIDENCE_SHIFT + 1e-9;
}
