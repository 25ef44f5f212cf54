// The few public things a visitor names: technologies, use cases with a published verdict, and
// comparisons (pairs of technologies with claims from the same article, as lib/public lists them).
// There are hundreds of them, not hundreds of thousands, so search matches them in memory, and
// their words are the typo vocabulary. Loaded once per database and public generation (dropped on
// this process's writes, and after PUBLIC_CACHE_SECONDS for other processes' writes, like lib/cache/data.ts).
import type { Db } from "@/lib/db/client";
import { PUBLIC_CACHE_SECONDS, publicGeneration } from "@/lib/cache/tags";
import { comparisonSlug } from "@/lib/public/home";
import { PUBLIC_CLAIM_STATUSES, liveTechnologyWhere, publishedVerdictWhere } from "@/lib/resources/visibility";
import { fold, wordsOf } from "./query";
import { METRIC_SYNONYMS } from "./synonyms";

export type CatalogueKind = "technology" | "comparison" | "use-case";

export interface CatalogueEntry {
  kind: CatalogueKind;
  slug: string;
  title: string;
  /** Other names (technology aliases): matched like the title. */
  names: string[];
  /** Shown as the snippet: what the page adds to its title. */
  body: string;
  url: string;
  /** Technologies the page is about (facets, the technology filter). */
  technologySlugs: string[];
  /** Folded words of each name, and of names and body together: matched without cutting text per search. */
  nameWords: string[][];
  allWords: string[];
}

export interface Catalogue {
  entries: CatalogueEntry[];
  /** Technologies by every folded name, alias and slug (for "X vs Y"). */
  technologyByName: Map<string, { slug: string; name: string }>;
  /** Comparisons by their canonical slug. */
  comparisonBySlug: Map<string, CatalogueEntry>;
  /** Folded word → how names write it ("fastapi" → "FastAPI"): the typo vocabulary. */
  vocabulary: Map<string, string>;
  /** Folded word → the positions in `entries` of the entries whose words hold it (ascending). */
  entriesByWord: Map<string, number[]>;
  /** Technology slug → name (facet labels). */
  technologyNames: Map<string, string>;
}

// Every pair of 100 technologies fits: resolving "X vs Y" must not depend on how often X meets Y.
const COMPARISONS_KEPT = 5_000;

interface Pair {
  slug: string;
  technologies: { slug: string; name: string }[];
  /** Sources in which both technologies have public claims. */
  sources: number;
}

/**
 * The comparisons lib/public lists (listComparisons): pairs of live technologies with public
 * claims cited by the same live source. Here in one SQL pass over (source, technology) pairs,
 * so the catalogue stays cheap to reload at 100,000 claims; the conditions are those of
 * lib/resources/visibility (publicClaimWhere, publicCitationInArticleWhere, liveTechnologyWhere).
 */
async function comparisonPairs(db: Db, technologies: { id: string; slug: string; name: string }[]): Promise<Pair[]> {
  const statuses = PUBLIC_CLAIM_STATUSES.map((s) => `'${s}'`).join(", ");
  const rows = await db.$queryRawUnsafe<{ articleId: string; technologyId: string }[]>(
    `SELECT DISTINCT ci."articleId" AS "articleId", ct."B" AS "technologyId"
       FROM "Citation" ci
       JOIN "Claim" c ON c."id" = ci."claimId"
       JOIN "Article" a ON a."id" = ci."articleId"
       JOIN "_ClaimToTechnology" ct ON ct."A" = c."id"
      WHERE ci."deletedAt" IS NULL AND a."deletedAt" IS NULL
        AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN (${statuses})`,
  );
  // Technologies by position, and pairs counted under a number: an article citing 40 technologies
  // makes 780 pairs, and a thousand such articles would otherwise build and sort strings by the million.
  const position = new Map(technologies.map((t, i) => [t.id, i]));
  const byArticle = new Map<string, number[]>();
  for (const row of rows) {
    const at = position.get(row.technologyId);
    if (at === undefined) continue;
    const list = byArticle.get(row.articleId);
    if (list) list.push(at);
    else byArticle.set(row.articleId, [at]);
  }
  const count = technologies.length;
  const sources = new Map<number, number>();
  for (const list of byArticle.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = Math.min(list[i], list[j]) * count + Math.max(list[i], list[j]);
        sources.set(key, (sources.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs = new Map<string, Pair>();
  for (const [key, n] of sources) {
    const pair = [technologies[Math.floor(key / count)], technologies[key % count]].sort((a, b) =>
      a.slug.localeCompare(b.slug),
    );
    const slug = comparisonSlug([pair[0].slug, pair[1].slug]);
    pairs.set(slug, { slug, technologies: pair.map((t) => ({ slug: t.slug, name: t.name })), sources: n });
  }
  return [...pairs.values()]
    .sort((a, b) => b.sources - a.sources || a.slug.localeCompare(b.slug))
    .slice(0, COMPARISONS_KEPT);
}

const aliasesOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((a): a is string => typeof a === "string") : [];

function loadRows(db: Db) {
  return Promise.all([
    db.technology.findMany({
      where: liveTechnologyWhere(),
      select: { id: true, slug: true, name: true, aliases: true, description: true, kind: true },
      orderBy: { name: "asc" },
    }),
    db.useCase.findMany({
      where: { deletedAt: null, verdicts: { some: publishedVerdictWhere() } },
      select: { slug: true, name: true, description: true },
      orderBy: { name: "asc" },
    }),
  ]);
}

type Rows = Awaited<ReturnType<typeof loadRows>>;
type TechnologyRow = Rows[0][number];
type UseCaseRow = Rows[1][number];

async function loadCatalogue(db: Db): Promise<Catalogue> {
  const [technologies, useCases] = await loadRows(db);
  const comparisons = await comparisonPairs(db, technologies);
  const entries = catalogueEntries(technologies, comparisons, useCases);
  return {
    entries,
    technologyByName: technologiesByName(technologies),
    comparisonBySlug: new Map(entries.filter((e) => e.kind === "comparison").map((e) => [e.slug, e])),
    vocabulary: vocabularyOf(technologies, useCases),
    entriesByWord: entriesByWordOf(entries),
    technologyNames: new Map(technologies.map((t) => [t.slug, t.name])),
  };
}

function catalogueEntries(
  technologies: TechnologyRow[],
  comparisons: Awaited<ReturnType<typeof comparisonPairs>>,
  useCases: UseCaseRow[],
): CatalogueEntry[] {
  return (
    [
      ...technologies.map((t) => ({
        kind: "technology" as const,
        slug: t.slug,
        title: t.name,
        names: aliasesOf(t.aliases),
        url: `/technologies/${t.slug}`,
        technologySlugs: [t.slug],
        body:
          [t.description, aliasesOf(t.aliases).length ? `Also called ${aliasesOf(t.aliases).join(", ")}.` : ""]
            .filter(Boolean)
            .join(" ") || `A ${t.kind}: its checked claims, verdicts and comparisons.`,
      })),
      ...comparisons.map((c) => ({
        kind: "comparison" as const,
        slug: c.slug,
        title: c.technologies.map((t) => t.name).join(" vs "),
        names: [],
        url: `/compare/${c.slug}`,
        technologySlugs: c.technologies.map((t) => t.slug),
        body: `${c.technologies[0].name} and ${c.technologies[1].name} side by side: figures, features and verdicts from their public claims, with the sources.`,
      })),
      ...useCases.map((u) => ({
        kind: "use-case" as const,
        slug: u.slug,
        title: u.name,
        names: [],
        url: `/use-cases/${u.slug}`,
        technologySlugs: [],
        body: u.description || "The published verdict for this use case and the evidence behind it.",
      })),
    ] as Array<Omit<CatalogueEntry, "nameWords" | "allWords">>
  ).map((e) => ({
    ...e,
    nameWords: [e.title, ...e.names].map(wordsOf),
    allWords: wordsOf(`${[e.title, ...e.names].join(" ")} ${e.body}`),
  }));
}

/** Each technology by every name it goes by (name, slug, aliases), as words; the first technology wins a shared name. */
function technologiesByName(technologies: TechnologyRow[]): Map<string, { slug: string; name: string }> {
  const technologyByName = new Map<string, { slug: string; name: string }>();
  for (const t of technologies) {
    for (const name of [t.name, t.slug, ...aliasesOf(t.aliases)]) {
      const key = wordsOf(name).join(" ");
      if (key && !technologyByName.has(key)) technologyByName.set(key, { slug: t.slug, name: t.name });
    }
  }
  return technologyByName;
}

/** The words typo correction may propose: names, use cases and metric synonyms, folded → as written. */
function vocabularyOf(technologies: TechnologyRow[], useCases: UseCaseRow[]): Map<string, string> {
  const vocabulary = new Map<string, string>();
  const addWords = (text: string) => {
    for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu))
      if (!vocabulary.has(fold(m[0]))) vocabulary.set(fold(m[0]), m[0]);
  };
  for (const t of technologies) for (const name of [t.name, ...aliasesOf(t.aliases)]) addWords(name);
  for (const u of useCases) addWords(u.name);
  for (const set of METRIC_SYNONYMS) for (const entry of set) addWords(entry);
  return vocabulary;
}

function entriesByWordOf(entries: CatalogueEntry[]): Map<string, number[]> {
  const entriesByWord = new Map<string, number[]>();
  entries.forEach((entry, at) => {
    for (const word of new Set(entry.allWords)) {
      const list = entriesByWord.get(word);
      if (list) list.push(at);
      else entriesByWord.set(word, [at]);
    }
  });
  return entriesByWord;
}

interface Kept {
  generation: number;
  /** When the catalogue was last loaded or found current. */
  checkedAt: number;
  value: Promise<Catalogue>;
  /** What the tables looked like when `value` began loading (see fingerprint). */
  fingerprint: Promise<string | null>;
}

const kept = new WeakMap<Db, Kept>();

/**
 * A cheap summary of what the catalogue is made of: the latest change and the row count of each
 * table it reads (index lookups and counts, a few milliseconds at 100,000 claims). Another
 * process's write changes it; then, and only then, is the catalogue loaded again (~1 s at 100,000
 * claims, which every search would otherwise pay for in turn every PUBLIC_CACHE_SECONDS).
 */
async function fingerprint(db: Db): Promise<string | null> {
  const tables = ["Technology", "UseCase", "Verdict", "Article", "Claim", "Citation"];
  try {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT ${tables.map((t, i) => `(SELECT max("updatedAt") FROM "${t}") AS "m${i}", (SELECT count(*) FROM "${t}") AS "n${i}"`).join(", ")}`,
    );
    return Object.values(rows[0] ?? {})
      .map((v) => (v instanceof Date ? v.toISOString() : String(v)))
      .join("|");
  } catch {
    return null; // unknown: load again, as without a fingerprint
  }
}

/**
 * The catalogue of `db`, loaded once per public generation. After PUBLIC_CACHE_SECONDS it is
 * checked in the background (reloaded when another process changed its tables) while searches go
 * on with the current one (as lib/cache/data.ts does).
 */
export function catalogueOf(db: Db): Promise<Catalogue> {
  const entry = kept.get(db);
  const generation = publicGeneration();
  if (entry && entry.generation === generation) {
    if (Date.now() - entry.checkedAt >= PUBLIC_CACHE_SECONDS * 1000) void recheck(db, entry);
    return entry.value;
  }
  return reload(db, generation, null);
}

async function recheck(db: Db, entry: Kept): Promise<void> {
  const checking: Kept = { ...entry, checkedAt: Date.now() };
  kept.set(db, checking); // one check at a time
  const [before, now] = await Promise.all([entry.fingerprint, fingerprint(db)]);
  if (kept.get(db) !== checking) return; // a write of this process replaced it meanwhile
  if (before === null || now === null || before !== now) reload(db, entry.generation, entry.value);
}

function reload(db: Db, generation: number, previous: Promise<Catalogue> | null): Promise<Catalogue> {
  const print = fingerprint(db);
  // Taken before the load begins: a write during the load shows at the next check.
  const value = print.then(() => loadCatalogue(db));
  const next: Kept = { generation, checkedAt: Date.now(), value: previous ?? value, fingerprint: print };
  kept.set(db, next);
  value.then(
    () => {
      if (kept.get(db) === next) kept.set(db, { ...next, value });
    },
    (error: unknown) => {
      if (kept.get(db) !== next) return;
      if (previous) console.error("Reloading the search catalogue failed; searching with the previous one", error);
      else kept.delete(db);
    },
  );
  return value;
}

/** Forgets the catalogue of `db` (tests that write around the service layer). */
export const forgetCatalogue = (db: Db): void => void kept.delete(db);
