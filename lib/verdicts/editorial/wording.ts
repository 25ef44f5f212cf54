// Sentences for "what would change this", worded for readers: the claim by its statement, the
// technologies by name (the engine's own description names the claim by id, for editors' logs).
import type { WhatWouldChange } from "@/lib/verdicts";

export function changeSentence(change: WhatWouldChange, statement: string | null, nameOf: (slug: string) => string): string {
  const claim = statement ? `the claim “${statement}”` : "one of the claims";
  const winner = nameOf(change.newWinner);
  if (change.change.type === "add-sources") {
    const n = change.change.count;
    return `${n} more independent source${n === 1 ? "" : "s"} backing ${claim} for ${nameOf(change.change.technologySlug)} would make ${winner} the top choice.`;
  }
  const what = change.change.status === "REFUTED" ? "refuted" : change.change.status === "VERIFIED" ? "verified" : change.change.status.toLowerCase();
  return `If ${claim} were ${what}, ${winner} would become the top choice.`;
}
