// A decision cites claims in its drivers and pros/cons. When one of them has since been disputed,
// refuted or retracted, whoever reads the decision should be told: the reasoning may not hold.
export const WARNING_STATUSES = ["DISPUTED", "REFUTED", "RETRACTED"] as const;

export interface CitedClaimStatus {
  statement: string;
  status: string;
}

export const isWeakened = (status: string): boolean => (WARNING_STATUSES as readonly string[]).includes(status);

/** One sentence for the banner, or null when every cited claim still stands. */
export function citedClaimWarning(claims: CitedClaimStatus[]): string | null {
  const weakened = claims.filter((c) => isWeakened(c.status));
  if (weakened.length === 0) return null;
  const states = [...new Set(weakened.map((c) => c.status.toLowerCase()))].join(" or ");
  return weakened.length === 1
    ? `A claim this decision relies on has since been ${states}: “${weakened[0].statement}”.`
    : `${weakened.length} claims this decision relies on have since been ${states}.`;
}
