// How sure a published pick is, said wherever the pick is shown (home, /use-cases, a verdict's page,
// the API's list, the feed): a 9% verdict is not shown as a plain "→ FastAPI" on a card a visitor
// skims. The figure is the one the verdict's page explains (its published explanation, or the
// engine's confidence for verdicts published before there was one), worded on the one scale of
// lib/verdicts/confidence.ts; a low one is called a weak pick. Only the band is said beside a pick:
// a percentage stands only in the one-line explanation that says what it weighs (the verdict's page).
import { confidenceBand, type ConfidenceBand } from "@/lib/verdicts/confidence";

/** What a verdict row needs selected for its confidence. */
export const confidenceSelect = { explanation: true, engineConfidence: true } as const;

export interface PickConfidence {
  /** 0–1, as on the verdict's page. */
  value: number;
  band: ConfidenceBand;
  /** "a weak pick: low confidence", "moderate confidence": the band, never a bare percentage. */
  text: string;
}

const storedConfidence = (explanation: unknown): number | null => {
  const value =
    explanation && typeof explanation === "object" ? (explanation as { confidence?: unknown }).confidence : undefined;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
};

/** The confidence a published verdict states, or null when none was ever worked out. */
export function pickConfidence(row: { explanation: unknown; engineConfidence: number | null }): PickConfidence | null {
  const value = storedConfidence(row.explanation) ?? row.engineConfidence;
  return value === null ? null : confidenceOf(value);
}

export function confidenceOf(value: number): PickConfidence {
  const band = confidenceBand(value);
  return { value, band, text: band === "low" ? "a weak pick: low confidence" : `${band} confidence` };
}
