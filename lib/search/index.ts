// Search over the public site: one `search()` over claims, sources, verdicts and decisions (full
// text: SQLite FTS5 or PostgreSQL tsvector indexes) and technologies, comparisons and use cases (a
// small catalogue matched in memory). The visitor's text is read once (lib/search/query: phrases,
// metric synonyms, "X vs Y"); typos in names are corrected (lib/search/typo); the public visibility
// rules (lib/resources/visibility) decide what may be shown, so search never shows what pages hide.
import { currentProvider, getDb, type Db } from "@/lib/db/client";
import type { Provider } from "@/lib/db/provider";
import { catalogueOf, type Catalogue, type CatalogueEntry } from "./catalogue";
import { INDEXED_KINDS, postgresEngine, sqliteEngine } from "./engines";
import { parseQuery, wordsOf, type Group, type ParsedQuery } from "./query";
import { snippetTexts, visibleHits, visibleMatches, visibleVerdictsRecommending, type KindRow, type Row } from "./rows";
import {
  leadSnippet,
  matchesAllWords,
  snippet,
  withoutQuotedTitle,
  withoutTitle,
  type LeadText,
  type SnippetPart,
} from "./snippet";
import { allowedEdits, closestWord, correctGroups } from "./typo";
import { resolveVersus, type Versus } from "./versus";

export { MAX_QUERY_LENGTH, searchTerms } from "./query";
export type { SnippetPart } from "./snippet";

/** Every kind of result, in the order a tie shows them (pages about a thing before single claims). */
export const SEARCH_KINDS = [
  "comparison",
  "technology",
  "use-case",
  "verdict",
  "claim",
  "decision",
  "article",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Full-text matches considered per search, best first. Enough for 10 pages of 20; beyond it the
 * count says "200+" instead of counting every match of a common word.
 */
export const MAX_MATCHES = 200;

export interface SearchRequest {
  q: string;
  kinds?: readonly SearchKind[];
  /** Only results about this technology (its slug). */
  technology?: string | null;
  page?: number;
  perPage?: number;
}

export interface SearchHit {
  kind: SearchKind;
  slug: string;
  title: string;
  /** The public page of the hit. */
  url: string;
  /** Claim status; null for other kinds. */
  status: string | null;
  /** What the result adds to its title, matched words marked; empty when it would only repeat it. */
  snippet: SnippetPart[];
  score: number;
  /** Slugs of the technologies the result is about. */
  technologies: string[];
}

export interface Facet<K extends string> {
  value: K;
  label: string;
  count: number;
}

export interface SearchResult {
  terms: string[];
  /** Visible results; a lower bound when `capped`. */
  total: number;
  capped: boolean;
  hits: SearchHit[];
  facets: { kinds: Facet<SearchKind>[]; technologies: Facet<string>[] };
  /** "Did you mean": the query with names corrected, or null. */
  suggestion: string | null;
  /** When nothing matched what was typed and the suggestion was searched instead: what was typed. */
  correctedFrom: string | null;
}

const KIND_LABELS: Record<SearchKind, string> = {
  comparison: "Comparisons",
  technology: "Technologies",
  "use-case": "Use cases",
  verdict: "Verdicts",
  claim: "Claims",
  decision: "Decisions",
  article: "Sources",
};
const STATUS_RANK: Record<string, number> = { VERIFIED: 2, DISPUTED: 1, REFUTED: 0 };

/** A result before paging: enough to rank, filter and count it; its snippet text comes later. */
interface Candidate extends Row {
  kind: SearchKind;
  /** 3: the page the query names; 2: every word in the title; 1: elsewhere. */
  tier: number;
  engineScore: number;
  /** Snippet text, when already known (catalogue entries). */
  body?: string;
}

// One collator for every comparison: String#localeCompare builds its own per call, which is most
// of the cost of sorting a few hundred results.
const collator = new Intl.Collator();

const compareCandidates = (a: Candidate, b: Candidate): number =>
  b.tier - a.tier ||
  (STATUS_RANK[b.status ?? "VERIFIED"] ?? 0) - (STATUS_RANK[a.status ?? "VERIFIED"] ?? 0) ||
  SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) ||
  (b.leaning ?? 1) - (a.leaning ?? 1) ||
  b.engineScore - a.engineScore ||
  collator.compare(a.title, b.title);

/**
 * The entries that hold a word for every group (a phrase's first word; as a prefix when the phrase
 * is that one word), in catalogue order: the only ones worth matching word by word. Hundreds of
 * comparisons share most of their words, and a query names few of them.
 */
function possibleEntries(catalogue: Catalogue, groups: Group[]): CatalogueEntry[] {
  let possible: Set<number> | null = null;
  for (const group of groups) {
    const here = new Set<number>();
    for (const phrase of group.alternatives) {
      const first = phrase.words[0];
      const prefix = phrase.prefix && phrase.words.length === 1;
      for (const [word, positions] of catalogue.entriesByWord) {
        if (prefix ? word.startsWith(first) : word === first)
          for (const at of positions) if (!possible || possible.has(at)) here.add(at);
      }
    }
    possible = here;
    if (possible.size === 0) return [];
  }
  return [...(possible ?? [])].sort((a, b) => a - b).map((at) => catalogue.entries[at]);
}

function catalogueCandidates(catalogue: Catalogue, versus: Versus | null, groups: Group[]): Candidate[] {
  const asTyped = groups.map((g) => g.text).join(" ");
  const found: Candidate[] = [];
  for (const entry of possibleEntries(catalogue, groups)) {
    const inTitle =
      entry.nameWords.some((n) => matchesAllWords(n, groups)) || matchesAllWords(entry.nameWords.flat(), groups);
    if (!inTitle && !matchesAllWords(entry.allWords, groups)) continue;
    const named = entry.nameWords.some((n) => n.join(" ") === asTyped);
    found.push(fromEntry(entry, named ? 3 : inTitle ? 2 : 1));
  }
  // The page the query names first, then each side's page: above anything that merely holds the words.
  if (versus?.comparison) promote(found, versus.comparison, 4);
  for (const technology of versus?.technologies ?? []) promote(found, technology, 3);
  return found;
}

/** An entry at least at `tier`: raised when already found, added otherwise. */
function promote(found: Candidate[], entry: CatalogueEntry, tier: number): void {
  const existing = found.find((c) => c.kind === entry.kind && c.slug === entry.slug);
  if (existing) existing.tier = Math.max(existing.tier, tier);
  else found.push(fromEntry(entry, tier));
}

const fromEntry = (entry: CatalogueEntry, tier: number): Candidate => ({
  id: `${entry.kind}:${entry.slug}`,
  kind: entry.kind,
  slug: entry.slug,
  title: entry.title,
  url: entry.url,
  status: null,
  technologySlugs: entry.technologySlugs,
  tier,
  engineScore: 0,
  body: entry.body,
});

/**
 * "X vs Y": the published verdicts recommending either side (`recommending`), whatever their words,
 * beside the full-text matches (a verdict both found is listed once, at the higher tier).
 */
function withVersus(indexed: Candidate[], recommending: KindRow[]): Candidate[] {
  const ids = new Set(recommending.map((row) => row.id));
  for (const c of indexed) if (c.kind === "verdict" && ids.has(c.id)) c.tier = Math.max(c.tier, 3);
  const fresh = recommending.filter((row) => !indexed.some((c) => c.kind === "verdict" && c.id === row.id));
  return [...indexed, ...fresh.map((row) => ({ ...row, tier: 3, engineScore: 0 }))];
}

async function indexedCandidates(
  db: Db,
  provider: Provider,
  groups: Group[],
): Promise<{ candidates: Candidate[]; capped: boolean }> {
  const { rows, matched } =
    provider === "postgresql"
      ? await visibleHits(db, postgresEngine.hitsSql(groups, INDEXED_KINDS, MAX_MATCHES))
      : await visibleMatches(db, await sqliteEngine.find(db, groups, INDEXED_KINDS, MAX_MATCHES));
  // A verdict is a page about a need: matched in what it weighs (its evidence, its editors' note) it
  // answers the query as a page does, and ranks with results titled by the words (above single claims).
  const candidates = rows.map(({ score, ...row }) => ({
    ...row,
    tier: row.kind === "verdict" || matchesAllWords(wordsOf(row.title), groups) ? 2 : 1,
    engineScore: score,
  }));
  return { candidates, capped: matched === MAX_MATCHES };
}

async function candidatesFor(db: Db, provider: Provider, catalogue: Catalogue, parsed: ParsedQuery, groups: Group[]) {
  const versus = resolveVersus(catalogue, parsed);
  // Asked together: on PostgreSQL each goes out on its own pool connection, so a "vs" query waits
  // for one round trip, not two in turn.
  const [indexed, recommending] = await Promise.all([
    indexedCandidates(db, provider, groups),
    versus
      ? visibleVerdictsRecommending(
          db,
          versus.technologies.map((t) => t.slug),
        )
      : [],
  ]);
  return {
    candidates: [
      ...catalogueCandidates(catalogue, versus, groups),
      ...withVersus(indexed.candidates, recommending),
    ].sort(compareCandidates),
    capped: indexed.capped,
  };
}

/**
 * Corrections for the typed words that are no known name's beginning but a few edits from one, on
 * both databases from the catalogue's vocabulary (a few hundred words in memory: edit distance over
 * all of it takes microseconds, less than one round trip to a trigram index).
 */
function correctionsFor(catalogue: Catalogue, groups: Group[]): Map<string, string> {
  const corrections = new Map<string, string>();
  for (const group of groups) {
    if (!group.correctable || allowedEdits(group.text.length) === 0) continue;
    // closestWord gives null for a word that begins a known one (prefix search finds that already).
    const fix = closestWord(group.text, catalogue.vocabulary.keys());
    if (fix) corrections.set(group.text, fix);
  }
  return corrections;
}

/** The corrected query as a visitor would type it, names spelled as the catalogue spells them. */
const spelled = (catalogue: Catalogue, groups: Group[]): string =>
  groups.map((g) => catalogue.vocabulary.get(g.text) ?? g.text).join(" ");

function facets(candidates: Candidate[], request: SearchRequest, catalogue: Catalogue): SearchResult["facets"] {
  const byKind = new Map<SearchKind, number>();
  const byTechnology = new Map<string, number>();
  for (const c of candidates) {
    if (!request.technology || c.technologySlugs.includes(request.technology))
      byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
    if (!request.kinds?.length || request.kinds.includes(c.kind))
      for (const t of new Set(c.technologySlugs)) byTechnology.set(t, (byTechnology.get(t) ?? 0) + 1);
  }
  const names = catalogue.technologyNames;
  return {
    kinds: SEARCH_KINDS.filter((k) => byKind.has(k)).map((k) => ({
      value: k,
      label: KIND_LABELS[k],
      count: byKind.get(k) ?? 0,
    })),
    technologies: [...byTechnology.entries()]
      .filter(([slug]) => names.has(slug))
      .map(([slug, count]) => ({ value: slug, label: names.get(slug) ?? slug, count }))
      .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label))
      .slice(0, 12),
  };
}

/** What a result adds to its title, cut around the match; a verdict's always opens with its evidence's summary. */
function snippetOf(source: string | LeadText, title: string, groups: Group[]): SnippetPart[] {
  if (typeof source !== "string") return leadSnippet({ ...source, lead: withoutTitle(source.lead, title) }, groups);
  const body = withoutQuotedTitle(withoutTitle(source, title), title);
  return body ? snippet(body, groups) : [];
}

async function withSnippets(db: Db, shown: Candidate[], groups: Group[]): Promise<SearchHit[]> {
  const texts = new Map<string, string | LeadText>();
  await Promise.all(
    INDEXED_KINDS.map(async (kind) => {
      for (const [id, text] of await snippetTexts(
        db,
        kind,
        shown.filter((c) => c.kind === kind).map((c) => c.id),
      ))
        texts.set(`${kind}:${id}`, text);
    }),
  );
  return shown.map((c) => {
    const source = c.body ?? texts.get(`${c.kind}:${c.id}`) ?? "";
    return {
      kind: c.kind,
      slug: c.slug,
      title: c.title,
      url: c.url,
      status: c.status,
      snippet: snippetOf(source, c.title, groups),
      score: Number((c.tier * 1000 + c.engineScore).toFixed(4)),
      technologies: c.technologySlugs,
    };
  });
}

const EMPTY_FACETS: SearchResult["facets"] = { kinds: [], technologies: [] };

export async function search(
  request: SearchRequest,
  db: Db = getDb(),
  provider: Provider = currentProvider(),
): Promise<SearchResult> {
  const parsed = parseQuery(request.q);
  const empty: SearchResult = {
    terms: parsed.terms,
    total: 0,
    capped: false,
    hits: [],
    facets: EMPTY_FACETS,
    suggestion: null,
    correctedFrom: null,
  };
  if (parsed.groups.length === 0) return empty;
  const catalogue = await catalogueOf(db);
  const corrections = correctionsFor(catalogue, parsed.groups);
  const corrected = correctGroups(parsed.groups, corrections);
  let groups = parsed.groups;
  // On PostgreSQL what was meant is asked for beside what was typed, on another connection: a word no
  // name begins but one is a few edits from mostly matches nothing as typed, and waiting for that
  // answer before asking again took a second round trip. (SQLite answers in this process, one at a time.)
  const meant =
    corrected && provider === "postgresql" ? candidatesFor(db, provider, catalogue, parsed, corrected) : null;
  meant?.catch(() => undefined); // awaited below only when needed; a failure then still throws there
  let found = await candidatesFor(db, provider, catalogue, parsed, groups);
  let correctedFrom: string | null = null;
  if (found.candidates.length === 0 && corrected) {
    // Nothing matched what was typed: show what was meant, and say so.
    found = await (meant ?? candidatesFor(db, provider, catalogue, parsed, corrected));
    groups = corrected;
    correctedFrom = request.q.trim();
  }
  const wanted = found.candidates.filter(
    (c) =>
      (!request.kinds?.length || request.kinds.includes(c.kind)) &&
      (!request.technology || c.technologySlugs.includes(request.technology)),
  );
  const perPage = request.perPage ?? 20;
  const start = ((request.page ?? 1) - 1) * perPage;
  return {
    terms: parsed.terms,
    total: wanted.length,
    capped: found.capped,
    hits: await withSnippets(db, wanted.slice(start, start + perPage), groups),
    facets: facets(found.candidates, request, catalogue),
    suggestion: corrected ? spelled(catalogue, corrected) : null,
    correctedFrom,
  };
}

/** Names for the header's suggestions: technologies, comparisons and use cases, best known first. */
export async function suggestionNames(db: Db = getDb(), limit = 200): Promise<string[]> {
  const catalogue = await catalogueOf(db);
  return [...new Set(catalogue.entries.map((e) => e.title))].slice(0, limit);
}
