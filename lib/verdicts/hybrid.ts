// When the evidence supports a combination rather than one technology:
//  A. a verified RECOMMENDATION claim relevant to the use case names exactly two technologies, one
//     of them the winner and the other scoring above zero ("FastAPI for the API, Django for admin");
//  B. the runner-up scores within 20% of the winner and is complementary: its verified FEATURE
//     claims cover a driver of the use case that the winner's do not (the label names that feature).
import { DRIVER_TERMS, isDriverKey } from "./drivers";
import { PhraseIndex, tokensOf } from "./text";
import { ranking, type UseCaseInput } from "./scoring";
import type { EvidenceClaim } from "./types";

export interface Hybrid {
  recommended: string[];
  basis: string;
  /** The feature the complement brings (rule B), for the label: "FastAPI + Django admin". */
  feature: string | null;
}

const CLOSE = 0.8;

let driverTermIndex: PhraseIndex<string> | null = null;
function driverTerms(): PhraseIndex<string> {
  if (!driverTermIndex) {
    driverTermIndex = new PhraseIndex<string>();
    for (const [driver, terms] of Object.entries(DRIVER_TERMS)) for (const term of terms) driverTermIndex.add(term, driver);
  }
  return driverTermIndex;
}

function fromRecommendation(input: UseCaseInput, winner: string): Hybrid | null {
  let best: { id: string; micro: number; other: string } | null = null;
  for (const e of input.state.claimsOf(winner)) {
    if (e.claim.kind !== "RECOMMENDATION" || e.claim.status !== "VERIFIED" || e.micro <= 0 || e.techs.length !== 2) continue;
    const other = e.techs[0] === winner ? e.techs[1] : e.techs[0];
    if ((input.state.micro.get(other) ?? 0) <= 0) continue;
    if (!best || e.micro > best.micro || (e.micro === best.micro && e.claim.id < best.id)) best = { id: e.claim.id, micro: e.micro, other };
  }
  return best ? { recommended: [winner, best.other], basis: `claim ${best.id} recommends both for this use case`, feature: null } : null;
}

// Claims are immutable inputs, so their driver terms are worked out once per claim object.
const termCache = new WeakMap<EvidenceClaim, [string, string][]>();
/** The drivers a claim's text names, each with the alphabetically first matching term. */
function featureTermsOf(claim: EvidenceClaim): [string, string][] {
  let terms = termCache.get(claim);
  if (!terms) {
    const tokens = [...tokensOf(claim.statement), "", ...tokensOf(claim.topic ?? "")];
    terms = [...driverTerms().match(tokens)].map(([driver, phrases]) => [driver, [...phrases].sort()[0]] as [string, string]);
    termCache.set(claim, terms);
  }
  return terms;
}

/** Use case drivers covered by a technology's verified FEATURE claims, with the term that matched. */
function coveredDrivers(input: UseCaseInput, slug: string): Map<string, string> {
  const covered = new Map<string, string>();
  const wanted = new Set(input.state.drivers);
  for (const e of input.state.claimsOf(slug)) {
    if (e.claim.kind !== "FEATURE" || e.claim.status !== "VERIFIED" || e.micro <= 0) continue;
    for (const [driver, term] of featureTermsOf(e.claim)) {
      if (!isDriverKey(driver) || !wanted.has(driver)) continue;
      const known = covered.get(driver);
      if (known === undefined || term < known) covered.set(driver, term);
    }
  }
  return covered;
}

function fromComplement(input: UseCaseInput, winner: string): Hybrid | null {
  const [first, second] = ranking(input.state.micro);
  if (!first || !second || first[0] !== winner || second[1] <= 0 || second[1] < CLOSE * first[1]) return null;
  const mine = coveredDrivers(input, winner);
  const theirs = coveredDrivers(input, second[0]);
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
