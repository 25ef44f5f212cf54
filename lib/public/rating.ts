// Editors rate claims with words; schema.org ClaimReview wants a number on a 1-5 scale too.
const RATING_SCORES: Record<string, number> = {
  Accurate: 5,
  "Mostly accurate": 4,
  "Needs context": 3,
  // Unproven says nothing either way: the middle of the scale, with its words as alternateName.
  Unproven: 3,
  Misleading: 2,
  Inaccurate: 1,
};

/** Without an editor's rating, the status stands in for it. */
const STATUS_RATINGS: Record<string, string> = {
  VERIFIED: "Accurate",
  DISPUTED: "Needs context",
  REFUTED: "Inaccurate",
};

export interface RatingScore {
  label: string;
  value: number;
}

export function ratingScore(rating: string | null, status: string): RatingScore {
  const label = rating && RATING_SCORES[rating] ? rating : (STATUS_RATINGS[status] ?? "Unproven");
  return { label, value: RATING_SCORES[label] ?? 3 };
}

export const STATUS_LABELS: Record<string, string> = {
  VERIFIED: "Verified",
  DISPUTED: "Disputed",
  REFUTED: "Refuted",
};
