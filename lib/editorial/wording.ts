// Sentences for "what would change this", worded for readers: the claim by its statement, the
// technologies by name (the engine's own description names the claim by id, for editors' logs).
// Each names the claim, which way it speaks and how far the change would move the score.
import type { WhatWouldChange } from "@/lib/verdicts";

function sizeOf(change: WhatWouldChange, nameOf: (slug: string) => string): string {
  if (change.scoreChange === undefined || !change.technologySlug) return "";
  const sign = change.scoreChange > 0 ? "+" : "−";
  return ` (${nameOf(change.technologySlug)}'s score ${sign}${Math.abs(change.scoreChange).toFixed(2)})`;
}

export function changeSentence(
  change: WhatWouldChange,
  statement: string | null,
  nameOf: (slug: string) => string,
): string {
  const about =
    change.technologySlug && change.direction
      ? `, which speaks ${change.direction === "supports" ? "for" : "against"} ${nameOf(change.technologySlug)},`
      : "";
  const claim = statement ? `the claim “${statement}”${about}` : "one of the claims";
  const winner = nameOf(change.newWinner);
  const size = sizeOf(change, nameOf);
  if (change.change.type === "add-sources") {
    const n = change.change.count;
    return `${n} more independent source${n === 1 ? "" : "s"} backing ${claim} would make ${winner} the top choice${size}.`;
  }
  const what =
    change.change.status === "REFUTED"
      ? "refuted"
      : change.change.status === "VERIFIED"
        ? "verified"
        : change.change.status.toLowerCase();
  return `If ${claim} were ${what}, ${winner} would become the top choice${size}.`;
}
