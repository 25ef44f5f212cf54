// Dated facts in one sentence: first-release years ("first released in June 2011", "around since 2004",
// "Laravel: 2011", "Django (July 2005)", "… and FastAPI in 2018") and "<feature> since version N".
import type { Mention } from "./technologies";

export interface DatedFact {
  slug: string;
  metric: string;
  value: number;
  /** What the fact is about, for the statement: "release" or the feature phrase ("async views"). */
  about: string;
}

export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = new RegExp(String.raw`\b(?:${MONTH} (?:\d{1,2},? )?)?((?:19[89]|20\d)\d)\b`, "g");
// Words that make the year after them a first release (within the few words before the year).
const RELEASE_CUE =
  /\b(?:(?:first|initial) (?:public |stable |official )?release|released|launched|created|introduced|appeared|came out|arrived|followed|debuted|shipped first|first shipped|(?:been )?around since|(?:been )?(?:under (?:active )?development|in (?:active )?development|in existence) since|existed since|dates? (?:back )?(?:from|to)|traces? back to|born in)\b/i;
const UNIT_AFTER = /^\s*(?:months?|years?|weeks?|days?|hours?|minutes?|users?|requests?|rows?|ms|s\b|%)/i;

/** First-release years: one per technology per sentence (a later "ancestor dates from 1986" is not its release). */
export function releaseYears(text: string, mentions: Mention[], subject: string[]): DatedFact[] {
  const out: DatedFact[] = [];
  const done = new Set<string>();
  let cueSeen = false;
  let prevEnd = 0;
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    const clauseStart = Math.max(prevEnd, text.lastIndexOf(";", start) + 1);
    const before = text.slice(Math.max(clauseStart, start - 50), start);
    prevEnd = end;
    if (/\bsince\s*$/i.test(before) && !/(?:around|development|existence|existed) since\s*$/i.test(before)) continue; // "grew every year since 2015"
    const cue = RELEASE_CUE.test(before);
    cueSeen ||= cue;
    const inClause = mentions.filter((x) => x.start >= clauseStart && x.end <= start);
    const last = inClause[inClause.length - 1];
    // "Polars 1.0 was released in 2024": a version's release, not the technology's first one.
    if (
      last &&
      /^\s{1,3}v?\d{1,4}(?:\.\d{1,4}){0,3}\s{1,3}(?:was|were|has|got|is)\b/.test(text.slice(last.end, last.end + 24))
    )
      continue;
    // "Laravel: 2011", "Django (July 2005)", "… and FastAPI in 2018" (after a release cue): the name sits right before the date.
    const gap = last ? text.slice(last.end, start) : "";
    const after = text.slice(end, end + 3);
    const labelled =
      last != null &&
      ((/^\s*:\s*$/.test(gap) && /^\s*(?:[,.;(]|$)/.test(after)) ||
        (/^\s*\(\s*(?:first released\s*)?(?:in\s*)?$/i.test(gap) && /^\s*\)/.test(after)));
    const elliptic = cueSeen && !cue && last != null && /^,?\s*(?:(?:in|from)\s*)?$/i.test(gap);
    if (!cue && !labelled && !elliptic) continue;
    // "Supabase vs Firebase (2026)": a year after a comparison is the article's year, not a release.
    if (labelled && !cue && /\s(?:vs\.?|versus)\s/i.test(text.slice(Math.max(0, start - 80), start))) continue;
    if (UNIT_AFTER.test(text.slice(end, end + 12))) continue;
    // "…; it was first released in 2011": "it" is the sentence's first name.
    const slug =
      (cue ? describedSubject(text, inClause, clauseStart, start) : undefined) ??
      last?.slug ??
      mentions.find((x) => x.end <= start)?.slug ??
      subject[0];
    if (!slug || done.has(slug)) continue;
    done.add(slug);
    // "around since 2011", "under active development since 2007": how long it has existed, said so.
    out.push({ slug, metric: "release_year", value: year, about: /\bsince\s*$/i.test(before) ? "since" : "release" });
  }
  return out;
}

// "Deno is a runtime for JavaScript": the clause's first name, then a copula and a noun phrase describing it.
const DESCRIBED = /^\s*(?:is|was|are|were|has been)\s+(?:an?|the|one of the)\s/i;
// "…, which was released in 2013", "Lucene, whose first release…": a relative pronoun hands the date to the name before it.
const RELATIVE = /\b(?:which|that|who|whose|whom)\b/i;

/**
 * "Deno is a runtime for JavaScript created by Ryan Dahl and released in 2018", "Solr is a subproject of Lucene,
 * created in 2004": a participle after the description of the clause's subject describes the subject, not the
 * name inside the description. A relative pronoun ("…Lucene, which was released…") keeps the nearest name.
 */
function describedSubject(text: string, inClause: Mention[], clauseStart: number, year: number): string | undefined {
  const first = inClause[0];
  if (!first || inClause.length < 2 || first.slug === inClause[inClause.length - 1].slug) return undefined;
  if (/[\p{L}\p{N}]/u.test(text.slice(clauseStart, first.start))) return undefined;
  if (!DESCRIBED.test(text.slice(first.end, first.end + 24))) return undefined;
  return RELATIVE.test(text.slice(inClause[inClause.length - 1].end, year)) ? undefined : first.slug;
}

const SINCE =
  /\bsince (?:version |v)?(?:([A-Z][\w.]*(?: [A-Z][\w.]*)?) )?(\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.x)(?![\d.]*\d)(?!\s*(?:months?|years?|weeks?|days?|hours?|minutes?|am|pm)\b)/g;
// Words between the subject and "since" that say nothing about what is supported.
const FILLER =
  /\b(?:it|its|has|have|had|been|is|are|was|were|supported|supports?|stable|available|built[- ]in|shipped|ships|with|can|could|there|the|a|an|also|only|natively|officially|generally|first[- ]class|default)\b/gi;
const GENERIC_TAIL = /(?<!\s)\s+(?:views?|queries|support|handlers?|functions?)$/i;

/** "async views since 3.1", "Server Actions stable since Next.js 14", "Reverb for WebSockets since Laravel 11". */
export function sinceVersions(
  text: string,
  mentions: Mention[],
  subject: string[],
  rowFeature: string | null,
): DatedFact[] {
  const out: DatedFact[] = [];
  for (const m of text.matchAll(SINCE)) {
    const clauseStart = Math.max(0, ...[";", ",", ":", "(", "→"].map((c) => text.lastIndexOf(c, m.index) + 1));
    // "server actions (stable since 14.0)": the feature is named before the parenthesis.
    const inParen =
      text[clauseStart - 1] === "(" &&
      !/[A-Za-z]{3}/.test(text.slice(clauseStart, m.index).replace(/\b(?:stable|available|supported|since)\b/gi, ""));
    const phraseStart = inParen
      ? Math.max(0, ...[";", ",", ":", "→"].map((c) => text.lastIndexOf(c, clauseStart - 2) + 1))
      : clauseStart;
    let phrase = text.slice(phraseStart, inParen ? clauseStart - 1 : m.index);
    // "Deno has had npm compatibility since 1.28": the technology opening the clause owns it; one named
    // later in the phrase is part of the capability's name.
    const lead = mentions.find((x) => {
      const gap = text.slice(phraseStart, x.start);
      return (
        x.start >= phraseStart &&
        x.end <= m.index &&
        gap.length <= 40 &&
        gap.replace(/[(]/g, " ").trim().split(/\s+/).filter(Boolean).length <= 2
      );
    });
    for (const x of mentions)
      if (x.start >= phraseStart && x.end <= m.index && (!lead || x === lead))
        phrase = phrase.replace(text.slice(x.start, x.end), " ");
    phrase = phrase.split(/\b(?:and|but|while|or)\b|\bsince \S+/i).pop() ?? "";
    const forPart = /\bfor ([^,;]+)$/i.exec(phrase);
    phrase = (forPart ? forPart[1] : phrase).replace(FILLER, " ").replace(/\s+/g, " ").trim();
    phrase = phrase.split(" ").slice(-3).join(" ").replace(GENERIC_TAIL, "").trim();
    // A table row or a "Label: …" item names the feature itself ("Async views: Supported since Flask 2.0").
    const label = /^([^:]{2,40}):/.exec(text)?.[1].replace(GENERIC_TAIL, "").trim() ?? null;
    if (rowFeature) phrase = rowFeature;
    else if ((!phrase || /^\d/.test(phrase)) && label && label.length < m.index) phrase = label;
    if (!phrase || phrase.length > 40) continue;
    const named = mentions.find((x) => x.start >= m.index && x.end <= m.index + m[0].length);
    const before = mentions.filter((x) => x.end <= m.index);
    const slug = named?.slug ?? lead?.slug ?? before[before.length - 1]?.slug ?? subject[0];
    if (!slug) continue;
    const metric = `${phrase
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "")}_since_version`;
    out.push({ slug, metric, value: Number(m[2].replace(/\.x$/, "")), about: phrase });
  }
  return out;
}
