// What a confidence figure means, defined once for verdict pages and the wizard: how clearly the
// pick leads the next option, times how much checked evidence the two stand on. Both pages compute
// it here and word it with the same scale, so one percentage means the same thing everywhere.
//
//   confidence = √margin × (1 − e^(−pieces / 8))
//   margin     = (pick's score − the next option's score) / pick's score   (0 when it does not lead)
//   pieces     = the non-zero pieces of evidence (claims, team decisions) behind the pick and that option
//
// A clear lead on eight pieces of evidence gives about 63%; the same lead on two gives about 22%.

/** The scale in words: under 40% low, 40–69% moderate, 70% and up strong. */
export const CONFIDENCE_BANDS = [
  { band: "low", below: 0.4 },
  { band: "moderate", below: 0.7 },
  { band: "strong", below: Number.POSITIVE_INFINITY },
] as const;
export type ConfidenceBand = (typeof CONFIDENCE_BANDS)[number]["band"];

/** Pieces of evidence at which the amount factor reaches 1 − 1/e (about 63%). */
const EVIDENCE_SCALE = 8;

export function confidenceFrom(pick: number, next: number, pieces: number): number {
  if (pick <= 0) return 0;
  const margin = Math.max(0, (pick - Math.max(0, next)) / pick);
  const amount = 1 - Math.exp(-Math.max(0, pieces) / EVIDENCE_SCALE);
  return Math.round(Math.sqrt(margin) * amount * 1000) / 1000;
}

/** The band of a figure, by the rounded percentage a reader sees (39.6% reads 40%: moderate). */
export function confidenceBand(confidence: number): ConfidenceBand {
  const shown = Math.round(confidence * 100) / 100;
  return CONFIDENCE_BANDS.find((b) => shown < b.below)!.band;
}

/**
 * The sentence every confidence line ends with: the band, the scale and what the figure weighs, so
 * "53%" never stands without saying whether that is much.
 */
export function confidenceScale(confidence: number): string {
  const band = confidenceBand(confidence);
  return `${band.charAt(0).toUpperCase()}${band.slice(1)} confidence on our scale (under 40% low, 70% and up strong), which weighs how clearly it leads the next option and how much checked evidence there is.`;
}

/**
 * A stored confidence line as a page shows it (G3): the one line (sources, evidence against, the next
 * option, recency) and the sentences from the scale on, which the page folds under "How we got this
 * figure". A line without the scale sentence is all line.
 */
export function splitConfidenceLine(text: string): { line: string; details: string[] } {
  for (const { band } of CONFIDENCE_BANDS) {
    const at = text.indexOf(` ${band.charAt(0).toUpperCase()}${band.slice(1)} confidence on our scale`);
    if (at > 0) return { line: text.slice(0, at), details: [text.slice(at + 1)] };
  }
  return { line: text, details: [] };
}
