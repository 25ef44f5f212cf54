// When the evidence supports a combination rather than one technology:
//  A. a verified RECOMMENDATION claim made for this use case (naming it, or cited for it by editors)
//     names exactly two technologies, one of them the winner and the other scoring above zero
//     ("FastAPI for the API, Django for admin"). A pair advised for another use case that shares a
//     need ("a chat bot with an admin → FastAPI + Django") is no reason to split a back office in two;
//  B. the runner-up scores within 20% of the winner and is complementary: its verified FEATURE
//     claims cover a driver of the use case that the winner's do not (the label names that feature:
//     "FastAPI + Django for admin"), and the two can be used together: both are used from the same
//     programming language. Without a source naming both, a Python framework and a PHP one are
//     alternatives, never a pair ("FastAPI + Laravel authentication" was no advice anyone gave).
import type { ClaimEntry, UseCaseInput } from "./scoring";

export interface Hybrid {
  recommended: string[];
  basis: string;
  /** The feature the complement brings (rule B), for the label: "FastAPI + Django for admin". */
  feature: string | null;
}

const CLOSE = 0.8;

/** The strongest such recommendation (equal strength: by claim id) whose other half scores above zero. */
function fromRecommendation(input: UseCaseInput, winner: string): Hybrid | null {
  const otherOf = (e: ClaimEntry) => (e.techs[0] === winner ? e.techs[1] : e.techs[0]);
  // The pairs are kept strongest first: the first whose other half scores is the one.
  const [best] = input.state
    .bucket(winner)
    .pairs.first(1, (e) => (input.madeFor?.(e.claim) ?? false) && input.state.scoreOf(otherOf(e)) > 0);
  return best
    ? {
        recommended: [winner, otherOf(best)],
        basis: `claim ${best.claim.id} recommends both for this use case`,
        feature: null,
      }
    : null;
}

/** Used from one programming language, both known: what lets an unnamed pair work in one code base. */
function usedTogether(input: UseCaseInput, a: string, b: string): boolean {
  const [la, lb] = [input.languages?.[a], input.languages?.[b]];
  return !!la && !!lb && la.toLowerCase() === lb.toLowerCase();
}

function fromComplement(input: UseCaseInput, winner: string): Hybrid | null {
  const [first, second] = input.state.ranking();
  if (!first || !second || first[0] !== winner || second[1] <= 0 || second[1] < CLOSE * first[1]) return null;
  if (!usedTogether(input, winner, second[0])) return null;
  const mine = input.state.bucket(winner).coveredDrivers();
  const theirs = input.state.bucket(second[0]).coveredDrivers();
  const extra = [...theirs].filter(([driver]) => !mine.has(driver)).sort((a, b) => (a[0] < b[0] ? -1 : 1))[0];
  if (!extra) return null;
  return {
    recommended: [winner, second[0]],
    basis: `${second[0]} scores within ${Math.round((1 - CLOSE) * 100)}% of ${winner} and covers ${extra[0]}, which ${winner} does not`,
    feature: extra[1],
  };
}

export function hybridOf(input: UseCaseInput, winner: string): Hybrid | null {
  return fromRecommendation(input, winner) ?? fromComplement(input, winner);
}
