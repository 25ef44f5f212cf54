// Document text -> candidate claims. Deterministic: rules over sentences, lists, tables and headings
// (see walk.ts for the line walk), no network; technologies the catalogue lacks are discovered from
// the lexicon and the document, and proposed rather than created.
import { discoverTechnologies } from "./discover";
import { TechResolver } from "./technologies";
import type { CandidateClaim, TechRef } from "./types";
import { extractWith } from "./walk";

export type { CandidateClaim, TechRef } from "./types";
export { TechResolver } from "./technologies";
export { signature } from "./walk";

export interface Extraction {
  claims: CandidateClaim[];
  /** Technologies the claims name that the catalogue lacks (from the lexicon or the document): for an editor to confirm. */
  proposed: TechRef[];
}

/** Candidate claims of a document, and the technologies it names that are not in the catalogue yet. */
export function extractDocument(text: string, techs: TechRef[] | TechResolver): Extraction {
  const known = techs instanceof TechResolver ? techs : new TechResolver(techs);
  const found = known.open ? discoverTechnologies(text, known) : [];
  const resolver = found.length ? known.extendedWith(found) : known;
  const claims = extractWith(text, resolver);
  return { claims, proposed: resolver.proposed(claims.flatMap((c) => c.technologies)) };
}

export function extractClaims(text: string, techs: TechRef[] | TechResolver): CandidateClaim[] {
  return extractDocument(text, techs).claims;
}
