// A published verdict's summary as readers see it (verdict pages, lists, feeds, the API): worked
// out from the explanation stored when it was published (lib/verdicts RecommendationExplanation),
// never from the words an editor typed. Editors' own wording (Verdict.summary and rationale) is
// shown only as an editors' note, labelled as such.
import { confidenceBand } from "@/lib/verdicts/confidence";
import type { RecommendationExplanation } from "@/lib/verdicts/types";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((s) => b.includes(s));

function storedExplanation(value: unknown): RecommendationExplanation | null {
  if (!value || typeof value !== "object") return null;
  const e = value as Partial<RecommendationExplanation>;
  return typeof e.label === "string" &&
    typeof e.confidence === "number" &&
    Array.isArray(e.recommended) &&
    Array.isArray(e.engineRecommended)
    ? (e as RecommendationExplanation)
    : null;
}

/** "4 verified claims for it, 1 against it", from the claims the confidence line counted (null when not recorded). */
function claimBalance(e: RecommendationExplanation): string | null {
  if (!Array.isArray(e.evidence)) return null;
  // The pick's own: the next option's counted claims are listed apart (G4).
  const own = e.evidence.filter((c) => !c.nextOption);
  const forIt = own.filter((c) => c.side === "supports").length;
  const against = own.length - forIt;
  return `${plural(forIt, "verified claim")} for it, ${against === 0 ? "none" : against} against it`;
}

/** What a verdict recommends, by name ("FastAPI + Django"). */
export const pickLabel = (recommended: Array<{ name: string }>): string => recommended.map((t) => t.name).join(" + ");

/**
 * One sentence on what a published verdict recommends and how firmly the evidence backs it: the
 * pick, the verified claims for and against it and the confidence band (its figure stands only in
 * the confidence line that explains it); after an override, that
 * editors chose it and what the evidence alone points to. `pick` names what was published (used
 * when the verdict predates stored explanations, which then says only that). `bandShown`: the page
 * shows the pick's confidence beside it (VerdictPicks), so the sentence leaves the band out.
 */
export function evidenceSummary(explanation: unknown, pick: string, { bandShown = false } = {}): string {
  const e = storedExplanation(explanation);
  if (!e) return `${pick || "No single pick"}: published before verdicts were explained from the evidence.`;
  // Beside a pick that says its confidence ("→ FastAPI — a weak pick: low confidence") it is said once.
  const band = bandShown ? "" : `, with ${confidenceBand(e.confidence)} confidence`;
  // "→ No single pick" states no confidence: the lean's band stays in the sentence.
  if (!pick) return noPickSummary(e, `, with ${confidenceBand(e.confidence)} confidence`);
  const balance = claimBalance(e);
  const counted = balance ? ` (${balance})` : "";
  if (e.engineRecommended.length === 0)
    return `Editors chose ${e.label}${counted}; the checked evidence alone names no pick.`;
  if (!sameSet(e.recommended, e.engineRecommended))
    return `Editors chose ${e.label}${counted}; the checked evidence alone points to ${e.engineLabel}.`;
  // The band, not the figure: a percentage is shown only in the line that explains it.
  return `${e.label} leads on the checked evidence${counted}${band}.`;
}

/**
 * A verdict published with no pick: editors have not picked one, whatever the stored explanation
 * explains (a publication stores the engine's proposal of the moment, whose pick is the engine's,
 * never the editors'). What the evidence leans to is said as a lean, with its own counts and band
 * when the explanation is about that lean.
 */
function noPickSummary(e: RecommendationExplanation, band: string): string {
  if (e.engineRecommended.length === 0)
    return "Editors have not picked one, and the checked evidence alone names no pick yet.";
  if (!sameSet(e.recommended, e.engineRecommended))
    return `Editors have not picked one; the checked evidence leans to ${e.engineLabel}.`;
  const balance = claimBalance(e);
  return `Editors have not picked one; the checked evidence leans to ${e.engineLabel}${balance ? ` (${balance})` : ""}${band}.`;
}
