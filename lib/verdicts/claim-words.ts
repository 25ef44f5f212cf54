// A claim's words as relevance reads them: its statement and topic normalized and split once
// (each word in its singular), and the drivers those words name. Pure; split from relevance.ts.
import { DRIVER_TERMS } from "./drivers";
import { PhraseIndex, singulars, tokensOf } from "./text";
import type { EvidenceClaim } from "./types";

let driverTermIndex: PhraseIndex<string> | null = null;
function driverTermIndexOf(): PhraseIndex<string> {
  if (!driverTermIndex) {
    driverTermIndex = new PhraseIndex<string>();
    for (const [driver, terms] of Object.entries(DRIVER_TERMS))
      for (const term of terms) driverTermIndex.add(term, driver);
  }
  return driverTermIndex;
}

/** A claim's words as the phrase indexes compare them (each in its singular). */
export interface ClaimWords {
  /** The statement's, an empty token (so no phrase spans both), then the topic's. */
  all: string[];
  topic: string[];
}

/**
 * A claim's text normalized and split once, for every index it is matched against (needs, keywords,
 * metrics, driver terms). Not kept: a full build reads each claim's words once or twice.
 */
export function claimWords(claim: EvidenceClaim): ClaimWords {
  const topic = claim.topic ? singulars(tokensOf(claim.topic)) : [];
  return { all: [...singulars(tokensOf(claim.statement)), "", ...topic], topic };
}

// Claims are immutable inputs, so the driver terms they name are worked out once per claim object.
const termCache = new WeakMap<EvidenceClaim, [string, string][]>();
/** The drivers a claim's statement or topic names, each with the alphabetically first matching term (hybrid rule B). */
export function driverTermsOf(claim: EvidenceClaim, words?: ClaimWords): [string, string][] {
  let terms = termCache.get(claim);
  if (!terms) {
    terms = [...driverTermIndexOf().matchSingulars((words ?? claimWords(claim)).all)].map(
      ([driver, phrases]) => [driver, [...phrases].sort()[0]] as [string, string],
    );
    termCache.set(claim, terms);
  }
  return terms;
}
