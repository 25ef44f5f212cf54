// Document text -> candidate claims. Deterministic: rules over sentences, lists, tables and headings
// (see walk.ts for the line walk), no network; technologies the catalogue lacks are discovered from
// the lexicon and the document, and proposed rather than created.
import { discoverTechnologies } from "./discover";
import { forgetReadings } from "./language";
import { TechResolver } from "./technologies";
import type { CandidateClaim, TechRef } from "./types";
import { readableStatement } from "./statement-text";
import { refineWithUnits } from "./unit-claims";
import type { UnitModel } from "./unit-model";
import shippedModel from "./unit-model.json";
import { extractWith } from "./walk";

/** The learned unit classifier shipped with the importer (npm run eval:train writes it). */
export const SHIPPED_UNIT_MODEL: UnitModel = shippedModel as UnitModel;

export interface ExtractOptions {
  /** The unit classifier to refine the rules' output with; null reads with the rules alone. */
  unitModel?: UnitModel | null;
}

export type { CandidateClaim, TechRef } from "./types";
export { TechResolver } from "./technologies";
export { signature } from "./walk";

export interface Extraction {
  claims: CandidateClaim[];
  /** Technologies the claims name that the catalogue lacks (from the lexicon or the document): for an editor to confirm. */
  proposed: TechRef[];
}

/** The names a document's claims are read with: the catalogue's, and (when open) what the document introduces. */
export function documentResolver(text: string, techs: TechRef[] | TechResolver): TechResolver {
  const known = techs instanceof TechResolver ? techs : new TechResolver(techs);
  const found = known.open ? discoverTechnologies(text, known) : [];
  return found.length ? known.extendedWith(found) : known;
}

/** Candidate claims of a document, and the technologies it names that are not in the catalogue yet. */
export function extractDocument(
  text: string,
  techs: TechRef[] | TechResolver,
  options: ExtractOptions = {},
): Extraction {
  forgetReadings();
  const resolver = documentResolver(text, techs);
  const model = options.unitModel === undefined ? SHIPPED_UNIT_MODEL : options.unitModel;
  const rules = extractWith(text, resolver);
  const refined = model ? refineWithUnits(text, resolver, rules, model) : rules;
  const claims = refined.map((c) => ({ ...c, statement: readableStatement(c.statement) }));
  return { claims, proposed: resolver.proposed(claims.flatMap((c) => c.technologies)) };
}

export function extractClaims(
  text: string,
  techs: TechRef[] | TechResolver,
  options: ExtractOptions = {},
): CandidateClaim[] {
  return extractDocument(text, techs, options).claims;
}
