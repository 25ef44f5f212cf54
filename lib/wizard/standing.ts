// Why each ranked option stands where it does, in one line: how much checked evidence speaks for
// and against it (the use case's own, and the ticked answers'), and the strongest piece each way
// with what it counts through. An option with none says so: "no evidence" is not "evidence against",
// and a reader can tell a runner-up placed by one claim from one placed by nothing. Pure.

/** One piece of evidence as a standing line quotes it. */
export interface StandingPiece {
  /** The claim's statement, or a team-decision summary. */
  quote: string;
  /** Whether `quote` is a claim's statement (quoted) or already a sentence about team decisions. */
  claim: boolean;
  /** What it counts through: a need of the use case or a ticked answer ("authenticates its clients"). */
  because: string;
  claimIds: string[];
}

export interface Standing {
  slug: string;
  /** Distinct verified claims speaking for it, and team decisions whose outcome does. */
  claimsFor: number;
  decisionsFor: number;
  /** Distinct claims (and team decisions) speaking against it. */
  against: number;
  best: StandingPiece | null;
  worst: StandingPiece | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Whether any checked evidence speaks to the option here, either way. */
export const hasEvidence = (s: Standing): boolean => s.claimsFor + s.decisionsFor + s.against > 0;

const pieceText = (p: StandingPiece) => `${p.claim ? `“${p.quote}”` : p.quote} (counts because: ${p.because})`;

/** How many of the counted pieces a quoted piece stands for: a claim is one, a decisions summary all of them. */
const covers = (p: StandingPiece, s: Standing) => (p.claim ? 1 : s.decisionsFor);

/**
 * One side's strongest piece, labelled, and how many more the counts hold ("strongest for: “…”
 * (counts because: …), and 1 more"): the counts and what is quoted come from one Standing, so they agree.
 */
function sidePhrase(label: "for" | "against", piece: StandingPiece | null, counted: number, s: Standing): string {
  if (!piece) return "";
  const more = counted - covers(piece, s);
  return `strongest ${label}: ${pieceText(piece)}${more > 0 ? `, and ${more} more` : ""}`;
}

/** "1 verified claim for it, nothing against; strongest for: “…” (counts because: …)." */
export function standingLine(s: Standing): string {
  if (!hasEvidence(s))
    return "No checked evidence about it on this use case's needs or your answers, for or against: it scores 0 for lack of evidence, not because of any.";
  const forParts = [
    s.claimsFor ? plural(s.claimsFor, "verified claim") : "",
    s.decisionsFor ? plural(s.decisionsFor, "team decision") : "",
  ].filter(Boolean);
  const pro = forParts.length ? `${forParts.join(" and ")} for it` : "nothing for it";
  const con = s.against ? `${s.against} against` : "nothing against";
  const head = `${pro}, ${con}`;
  // No piece to quote (the evidence counted is advice made for another use case, which is never
  // quoted as a reason): the counts end the sentence rather than a dangling "strongest".
  const pieces = [
    sidePhrase("for", s.best, s.claimsFor + s.decisionsFor, s),
    sidePhrase("against", s.worst, s.against, s),
  ].filter(Boolean);
  const tail = pieces.length ? `; ${pieces.join("; ")}` : "";
  return `${head.charAt(0).toUpperCase()}${head.slice(1)}${tail}.`;
}
