// Document text -> candidate claims. Deterministic: rules over sentences, lists, tables and headings
// (see walk.ts for the line walk), no network; technologies the catalogue lacks are discovered from
// the lexicon and the document, and proposed rather than created.
import { discoverTechnologies } from "./discover";
import { foldShortForms } from "./short-forms";
import { migrationOf } from "./layout";
import { comparedObjects } from "./stated-names";
import { forgetReadings } from "./language";
import { TechResolver } from "./technologies";
import type { CandidateClaim, TechRef } from "./types";
import { namedSubject, readableStatement } from "./statement-text";
import { refineWithUnits } from "./unit-claims";
import type { UnitModel } from "./unit-model";
import shippedModel from "./unit-model.json";
import { extractWith } from "./walk";

/** The learned unit classifier shipped with the importer (npm run eval:train writes it). */
export const SHIPPED_UNIT_MODEL: UnitModel = shippedModel as UnitModel;

export interface ExtractOptions {
  /** The unit classifier to refine the rules' output with; null reads with the rules alone. */
  unitModel?: UnitModel | null;
  /** The document's title when its text does not open with it (front matter, a page's <title>): what it is about. */
  title?: string | null;
}

export type { CandidateClaim, TechRef } from "./types";
export { TechResolver } from "./technologies";
export { signature } from "./walk";

export interface Extraction {
  claims: CandidateClaim[];
  /** Technologies the claims name that the catalogue lacks (from the lexicon or the document): for an editor to confirm. */
  proposed: TechRef[];
}

/**
 * The names a document's claims are read with: the catalogue's, and (when open) what the document introduces;
 * the technologies its title names (or the move it reports) are its subjects, never the setting of another.
 */
export function documentResolver(text: string, techs: TechRef[] | TechResolver): TechResolver {
  const known = techs instanceof TechResolver ? techs : new TechResolver(techs);
  const found = known.open ? discoverTechnologies(text, known) : [];
  const spellings = found.filter((t) => known.has(t.slug)).map((t) => ({ slug: t.slug, alias: t.name }));
  const { shortForms, others } = foldShortForms(
    found.filter((t) => !known.has(t.slug)),
    known,
    text,
  );
  const resolver = (others.length ? known.extendedWith(others) : known).withAliases([...spellings, ...shortForms]);
  return resolver.about(titleSubjects(text, resolver));
}

/** The technologies the document's title heading names, both sides of a move it reports, and what it measures against. */
function titleSubjects(text: string, resolver: TechResolver): string[] {
  const opening = text.slice(0, 20_000).split("\n", 60);
  const title = opening.find((l) => /^#\s/.test(l) && l.length <= 200) ?? "";
  const move = migrationOf(opening, resolver);
  // "compared to Cython", twice: a language measured against is a compared thing here, not where something runs.
  const measuredAgainst = comparedObjects(text.slice(0, 200_000).split("\n")).flatMap(
    (n) => resolver.wholeName(n)?.slug ?? [],
  );
  return [
    ...new Set([
      ...resolver.findAll(title).map((m) => m.slug),
      ...(move ? [move.from, move.to] : []),
      ...measuredAgainst,
    ]),
  ];
}

/**
 * The text read with its title as its first heading when it does not already open with it (a title kept in
 * front matter or a page's <title>): headings are where the walk learns what a page compares and is about.
 * `shift` is the length of what was put in front, taken off every offset afterwards.
 */
function titled(text: string, title: string | null | undefined): { text: string; shift: number } {
  const t = title?.replace(/\s+/g, " ").trim() ?? "";
  if (!t || t.length > 200 || text.slice(0, 3000).includes(t)) return { text, shift: 0 };
  const prefix = `# ${t}\n\n`;
  return { text: prefix + text, shift: prefix.length };
}

const plainQuotes = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** Claims back on the document's own offsets; one whose quote is the added title line is not in the document. */
function unshifted(claims: CandidateClaim[], shift: number): CandidateClaim[] {
  if (!shift) return claims;
  return claims
    .filter((c) => c.start >= shift)
    .map(({ header, ...c }) => ({
      ...c,
      start: c.start - shift,
      end: c.end - shift,
      ...(header && header.start >= shift
        ? { header: { ...header, start: header.start - shift, end: header.end - shift } }
        : {}),
    }));
}

/** Candidate claims of a document, and the technologies it names that are not in the catalogue yet. */
export function extractDocument(
  text: string,
  techs: TechRef[] | TechResolver,
  options: ExtractOptions = {},
): Extraction {
  forgetReadings();
  // Typographic quotes read as the plain ones every rule is written with ("doesn’t" is "doesn't"): one character
  // for one, so every offset holds; each quote is then cut from the document as written.
  const plain = plainQuotes(text);
  const { text: read, shift } = titled(plain, options.title ? plainQuotes(options.title) : options.title);
  const resolver = documentResolver(read, techs);
  const model = options.unitModel === undefined ? SHIPPED_UNIT_MODEL : options.unitModel;
  const rules = extractWith(read, resolver);
  const refined = model ? refineWithUnits(read, resolver, rules, model) : rules;
  const claims = unshifted(refined, shift).map((c) => ({
    ...c,
    quote: c.quote === plain.slice(c.start, c.end) ? text.slice(c.start, c.end) : c.quote,
    statement: namedSubject(
      readableStatement(c.statement),
      c.technologies.map((t) => resolver.nameOf(t)),
    ),
  }));
  return { claims, proposed: resolver.proposed(claims.flatMap((c) => c.technologies)) };
}

export function extractClaims(
  text: string,
  techs: TechRef[] | TechResolver,
  options: ExtractOptions = {},
): CandidateClaim[] {
  return extractDocument(text, techs, options).claims;
}
