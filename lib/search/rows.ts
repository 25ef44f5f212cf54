// The public rows among full-text matches (lib/resources/visibility decides, as for the pages), in
// two steps: what ranking, filters and facets need for every match, then the snippet text for the
// one page of results shown (a source's text is large: it is read for twenty rows, not five hundred).
import { providerOfClient, type Db } from "@/lib/db/client";
import { leanQuery } from "@/lib/db/lean";
import { Prisma } from "@/lib/generated/sqlite/client";
import { conditionsOf } from "@/lib/public/claims";
import { evidenceSummary, pickLabel } from "@/lib/public/verdict-summary";
import { claimTitle, featureName, measuresText } from "@/lib/public/format";
import { labelledRow } from "@/lib/public/plain-text";
import { storedDirections } from "@/lib/editorial/load";
import { deriveDirections } from "@/lib/extract/direction";
import { plainText } from "./plain-text";
import type { LeadText } from "./snippet";
import { PUBLIC_CLAIM_STATUSES } from "@/lib/resources/visibility";
import { INDEXED_KINDS, type IndexedKind, type Match } from "./engines";

export interface Row {
  id: string;
  slug: string;
  title: string;
  url: string;
  status: string | null;
  technologySlugs: string[];
  /**
   * A claim's leaning on what it names: 2 when it says a technology has or does it (supports), 0 when
   * it only says they lack it (against), 1 otherwise. Among equal matches a searcher for a capability
   * wants who has it first ("admin panel": Django's admin before "FastAPI has no admin").
   */
  leaning?: number;
}

/**
 * `"column" IN (ids)`: on PostgreSQL one array parameter, so each query is one prepared statement
 * whatever the number of ids (an IN list of 1 to 200 parameters would be 200 statements per connection).
 */
function inIds(db: Db, column: Prisma.Sql, ids: string[]): Prisma.Sql {
  return providerOfClient(db) === "postgresql"
    ? Prisma.sql`${column} = ANY(CAST(${ids} AS text[]))`
    : Prisma.sql`${column} IN (${Prisma.join(ids)})`;
}

/**
 * A row's live technologies' slugs (or names) as one value, through a join table: `owner` is the join
 * table's column naming the row, `row` the row's id; in slug order. Read with listOf.
 */
function technologiesSql(
  db: Db,
  join: string,
  owner: "A" | "B",
  row: Prisma.Sql,
  field: "slug" | "name",
  live = true,
): Prisma.Sql {
  const other = owner === "A" ? "B" : "A";
  const from = Prisma.sql`FROM ${Prisma.raw(`"${join}"`)} j JOIN "Technology" t ON t."id" = j.${Prisma.raw(`"${other}"`)}
    WHERE j.${Prisma.raw(`"${owner}"`)} = ${row} AND t."deletedAt" IS NULL${live ? Prisma.sql` AND t."status" = 'ACTIVE'` : Prisma.empty}`;
  const column = Prisma.raw(`t."${field}"`);
  return providerOfClient(db) === "postgresql"
    ? Prisma.sql`(SELECT coalesce(array_agg(${column} ORDER BY ${column}), ARRAY[]::text[]) ${from})`
    : Prisma.sql`(SELECT json_group_array(${column} ORDER BY ${column}) ${from})`;
}

/** The slugs of the joined live technologies `t` of a grouped row, in slug order (read with listOf). */
const slugsOf = (db: Db): Prisma.Sql =>
  providerOfClient(db) === "postgresql"
    ? Prisma.sql`coalesce(array_agg(t."slug" ORDER BY t."slug") FILTER (WHERE t."id" IS NOT NULL), ARRAY[]::text[])`
    : Prisma.sql`json_group_array(t."slug" ORDER BY t."slug") FILTER (WHERE t."id" IS NOT NULL)`;

/** A list technologiesSql or slugsOf made (SQLite hands it over as JSON text), or a JSON column's value. */
const listOf = (value: unknown): string[] => {
  const list: unknown = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(list) ? list.map(String) : [];
};
const jsonOf = (value: unknown): unknown => (typeof value === "string" ? (JSON.parse(value) as unknown) : value);

/** A visible row and its kind. */
export interface KindRow extends Row {
  kind: IndexedKind;
}

interface RawRow {
  kind: IndexedKind;
  id: string;
  slug: string;
  title: string;
  status: string | null;
  conditions: unknown;
  page: string | null;
  technologies: unknown;
  claimKind: string | null;
  directions: unknown;
}

const URLS: Record<IndexedKind, (r: RawRow) => string> = {
  claim: (r) => `/claims/${r.slug}`,
  article: (r) => `/sources/${r.slug}`,
  verdict: (r) => `/use-cases/${r.page}`,
  decision: (r) => `/decisions/${r.slug}`,
};

/** A visible match: its row, and its score from the engine. */
export interface ScoredRow extends KindRow {
  score: number;
}

/**
 * The visible rows among PostgreSQL's matches (`hits`: postgresEngine.hitsSql), read in the statement
 * that finds them (one round trip: on a busy machine each round trip to PostgreSQL waited as long as
 * the search's own work took), plain SQL on the lean reader (lib/db/lean): a Prisma query cost more
 * to compile than the SQL took to run. The conditions are lib/resources/visibility's
 * (publicClaimWhere, publicArticleWhere, publishedVerdictWhere, publicDecisionWhere;
 * liveTechnologyWhere for their technologies). A claim is titled as every public page titles it
 * (claimTitle: its conditions named). `matched`: how many matches the engine gave, visible or not.
 */
export async function visibleHits(db: Db, hits: Prisma.Sql): Promise<{ rows: ScoredRow[]; matched: number }> {
  const branches = INDEXED_KINDS.map((kind) =>
    VISIBLE[kind](
      db,
      (column) => Prisma.sql`${column} IN (SELECT "id" FROM "hits" WHERE "kind" = ${Prisma.raw(`'${kind}'`)})`,
    ),
  );
  // In a fixed order (kinds as listed, each by id): the ranking's stable sort leaves rows that tie on
  // everything in this order, so the same search shows the same page. The count comes on every row,
  // and alone on one row of nulls when no match is visible.
  const rows = await leanQuery<RawRow & { matched: number | string; score: number | null }>(
    db,
    Prisma.sql`WITH "hits" AS MATERIALIZED (${hits})
    SELECT "m"."matched", "visible".*, "h"."score"
      FROM (SELECT count(*) AS "matched" FROM "hits") AS "m"
      LEFT JOIN ((${Prisma.join(branches, " UNION ALL ")}) AS "visible"
                 JOIN "hits" AS "h" ON "h"."kind" = "visible"."kind" AND "h"."id" = "visible"."id") ON 1 = 1
     ORDER BY ${KIND_ORDER}, "visible"."id"`,
  );
  return {
    matched: rows.length ? Number(rows[0].matched) : 0,
    rows: rows.filter((r) => r.id !== null).map((r) => ({ ...kindRow(r), score: Number(r.score) })),
  };
}

/**
 * The visible rows among matches already found (SQLite's, found in this process: no round trip to
 * save by joining them in one statement), in the order visibleHits gives them; the ids of each kind
 * as one JSON array parameter, so the statement is the same whatever the number of matches.
 */
export async function visibleMatches(db: Db, matches: Match[]): Promise<{ rows: ScoredRow[]; matched: number }> {
  const branches = INDEXED_KINDS.map((kind) => {
    const ids = JSON.stringify(matches.filter((m) => m.kind === kind).map((m) => m.id));
    return VISIBLE[kind](db, (column) => Prisma.sql`${column} IN (SELECT "value" FROM json_each(${ids}))`);
  });
  const rows = await leanQuery<RawRow>(
    db,
    Prisma.sql`SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) AS "visible" ORDER BY ${KIND_ORDER}, "visible"."id"`,
  );
  const scores = new Map(matches.map((m) => [`${m.kind}:${m.id}`, m.score]));
  return {
    matched: matches.length,
    rows: rows.map((r) => ({ ...kindRow(r), score: scores.get(`${r.kind}:${r.id}`) ?? 0 })),
  };
}

/**
 * The published verdicts recommending any of the technologies (by slug; "X vs Y" answers with them,
 * whatever their words), visible as VISIBLE.verdict says, in id order: one statement on the lean
 * reader (through Prisma, the relation filter's compile cost more than the search's own SQL).
 */
export async function visibleVerdictsRecommending(db: Db, slugs: string[]): Promise<KindRow[]> {
  if (slugs.length === 0) return [];
  const recommending = (column: Prisma.Sql) => Prisma.sql`${column} IN (
    SELECT j."B" FROM "_VerdictRecommendation" j JOIN "Technology" t ON t."id" = j."A"
     WHERE ${inIds(db, Prisma.sql`t."slug"`, slugs)} AND t."deletedAt" IS NULL)`;
  const rows = await leanQuery<RawRow>(
    db,
    Prisma.sql`SELECT * FROM (${VISIBLE.verdict(db, recommending)}) AS "visible" ORDER BY "visible"."id"`,
  );
  return rows.map(kindRow);
}

const KIND_ORDER = Prisma.raw(
  `CASE "visible"."kind" ${INDEXED_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(" ")} END`,
);

/** A claim's leaning (Row.leaning): its stored directions, else those its statement says (lib/extract/direction). */
function leaningOf(r: RawRow, slugs: string[]): number {
  const stored = storedDirections(jsonOf(r.directions));
  const said = Object.values(
    stored ?? deriveDirections({ kind: String(r.claimKind ?? ""), statement: r.title, technologies: slugs }),
  );
  if (said.includes("supports")) return 2;
  return said.length > 0 && said.every((d) => d === "against") ? 0 : 1;
}

function kindRow(r: RawRow): KindRow {
  const technologySlugs = listOf(r.technologies);
  return {
    ...(r.kind === "claim" ? { leaning: leaningOf(r, technologySlugs) } : {}),
    kind: r.kind,
    id: r.id,
    slug: r.slug,
    url: URLS[r.kind](r),
    status: r.status === null ? null : String(r.status),
    technologySlugs,
    title: r.kind === "claim" ? claimTitle(r.title, conditionsOf(jsonOf(r.conditions))) : r.title,
  };
}

/** Each kind's visible rows among those whose id `idIn` admits, as RawRow columns. */
const VISIBLE: Record<IndexedKind, (db: Db, idIn: (column: Prisma.Sql) => Prisma.Sql) => Prisma.Sql> = {
  // Hundreds of claims: their technologies joined and grouped in one pass (a subquery per claim cost twice as much on PostgreSQL).
  claim: (db, idIn) => Prisma.sql`
    SELECT 'claim' AS "kind", c."id", c."slug", c."statement" AS "title", c."status", c."conditions", NULL AS "page", ${slugsOf(db)} AS "technologies",
           c."kind" AS "claimKind", c."directions"
      FROM "Claim" c
      LEFT JOIN "_ClaimToTechnology" j ON j."A" = c."id"
      LEFT JOIN "Technology" t ON t."id" = j."B" AND t."deletedAt" IS NULL AND t."status" = 'ACTIVE'
     WHERE ${idIn(Prisma.sql`c."id"`)} AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN (${publicStatuses()})
     GROUP BY c."id"`,
  // publicArticleWhere as a correlated EXISTS: Prisma's `some` is an uncorrelated IN over every citation (~100 ms at 100,000 claims).
  article: (db, idIn) => Prisma.sql`
    SELECT 'article' AS "kind", a."id", a."slug", a."title", NULL AS "status", NULL AS "conditions", NULL AS "page", NULL AS "technologies",
           NULL AS "claimKind", NULL AS "directions"
      FROM "Article" a
     WHERE ${idIn(Prisma.sql`a."id"`)} AND a."deletedAt" IS NULL
       AND EXISTS (SELECT 1 FROM "Citation" ci JOIN "Claim" c ON c."id" = ci."claimId"
                    WHERE ci."articleId" = a."id" AND ci."deletedAt" IS NULL
                      AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN (${publicStatuses()}))`,
  verdict: (db, idIn) => Prisma.sql`
    SELECT 'verdict' AS "kind", v."id", v."slug", v."title", NULL AS "status", NULL AS "conditions", u."slug" AS "page",
           ${technologiesSql(db, "_VerdictRecommendation", "B", Prisma.sql`v."id"`, "slug")} AS "technologies",
           NULL AS "claimKind", NULL AS "directions"
      FROM "Verdict" v JOIN "UseCase" u ON u."id" = v."useCaseId"
     WHERE ${idIn(Prisma.sql`v."id"`)} AND v."deletedAt" IS NULL AND v."status" = 'PUBLISHED' AND u."deletedAt" IS NULL`,
  decision: (db, idIn) => Prisma.sql`
    SELECT 'decision' AS "kind", d."id", d."slug", d."title", NULL AS "status", NULL AS "conditions", NULL AS "page",
           ${technologiesSql(db, "_DecisionChosen", "A", Prisma.sql`d."id"`, "slug")} AS "technologies",
           NULL AS "claimKind", NULL AS "directions"
      FROM "Decision" d JOIN "Team" tm ON tm."id" = d."teamId"
     WHERE ${idIn(Prisma.sql`d."id"`)} AND d."deletedAt" IS NULL AND d."visibility" = 'PUBLIC' AND tm."deletedAt" IS NULL`,
};

const publicStatuses = (): Prisma.Sql => Prisma.join([...PUBLIC_CLAIM_STATUSES]);

const ADVICE_KINDS: ReadonlySet<string> = new Set(["RECOMMENDATION", "OPINION"]);

/** A claim's first live citation, with its source's title: what a claim result adds to its statement. */
function claimQuotes(db: Db, ids: string[]) {
  return leanQuery<{
    id: string;
    kind: string;
    topic: string | null;
    metric: string | null;
    unit: string | null;
    quote: string | null;
    header: string | null;
    source: string | null;
  }>(
    db,
    Prisma.sql`
    SELECT c."id", c."kind", c."topic", c."metric", c."unit", ci."quote" AS "quote", ci."headerQuote" AS "header", a."title" AS "source" FROM "Claim" c
      LEFT JOIN "Citation" ci ON ci."id" = (
        SELECT x."id" FROM "Citation" x JOIN "Article" y ON y."id" = x."articleId"
         WHERE x."claimId" = c."id" AND x."deletedAt" IS NULL AND y."deletedAt" IS NULL ORDER BY x."createdAt" ASC, x."id" ASC LIMIT 1)
      LEFT JOIN "Article" a ON a."id" = ci."articleId"
     WHERE ${inIds(db, Prisma.sql`c."id"`, ids)}`,
  );
}

/**
 * A table row as a snippet shows it: its cells, each after its column's header when the header was
 * kept ("Framework: Django · Requests/s: 3,900"), so each figure says what it is. Null for a quote
 * that is not a table row.
 */
function tableRowText(quote: string, header: string | null): string | null {
  const labelled = header ? labelledRow(header, quote) : null;
  if (labelled !== null) return labelled;
  return /^\s*\|/.test(quote) ? plainText(quote) : null;
}

/**
 * What a claim's citation adds, with its source's title. Quotation marks only around the source's
 * own words: a table row joined into a line (cells and their headers with " · " between them) is our
 * rendering, not a quote, so it reads as "Table row in …" (issue 13, R10). A quote is made plain first
 * and trimmed (a quote that starts a paragraph with a space read "“ Django has …" inside its marks).
 */
function citedText(quote: string, header: string | null, source: string | null): string {
  const row = tableRowText(quote, header);
  // The closing full stop keeps the source's title apart from the sentence after it ("(Source). Measures …").
  // (A title that ends a sentence itself needs no second stop: "(Why pick Django?)".)
  const stop = /[.!?]["”]?$/.test(source ?? "") ? "" : ".";
  if (row !== null) return `${row} (table row in ${source})${stop}`;
  return `“${plainText(quote).trim()}” (${source})${stop}`;
}

/**
 * A verdict result reads as its page does: first what the evidence says (worked out from the stored
 * explanation), then the editors' own words, labelled as theirs, which the index also searches. The
 * pick is named by every recommended technology not deleted (as the verdict page names it), by name.
 */
async function verdictSnippetTexts(db: Db, ids: string[]): Promise<Array<[string, LeadText]>> {
  const verdicts = await leanQuery<{
    id: string;
    summary: string | null;
    rationale: string | null;
    explanation: unknown;
    recommended: unknown;
  }>(
    db,
    Prisma.sql`
    SELECT v."id", v."summary", v."rationale", v."explanation", ${technologiesSql(db, "_VerdictRecommendation", "B", Prisma.sql`v."id"`, "name", false)} AS "recommended"
      FROM "Verdict" v WHERE ${inIds(db, Prisma.sql`v."id"`, ids)}`,
  );
  return verdicts.map((v) => {
    const note = [v.summary, v.rationale].filter(Boolean).join(" ");
    const pick = pickLabel(listOf(v.recommended).map((name) => ({ name })));
    return [
      v.id,
      {
        lead: evidenceSummary(jsonOf(v.explanation), pick),
        rest: note ? { label: "Editors' note:", text: note } : null,
      },
    ];
  });
}

function claimSnippetTexts(db: Db, ids: string[]): Promise<Array<[string, string]>> {
  return claimQuotes(db, ids).then((quotes) =>
    quotes.map((c) => {
      // Advice's topic is its own clause ("need a back office by friday"): "About …" would only repeat the title, lower-cased.
      const about = c.topic && !ADVICE_KINDS.has(String(c.kind)) ? `About ${featureName(c.topic)}.` : "";
      const measures = c.metric ? measuresText(c.metric, c.unit) : about;
      return [c.id, c.quote ? `${citedText(c.quote, c.header, c.source)} ${measures}` : measures];
    }),
  );
}

/** What each shown row adds to its title, by id: the text its snippet is cut from (a verdict's in two parts). */
export async function snippetTexts(db: Db, kind: IndexedKind, ids: string[]): Promise<Map<string, string | LeadText>> {
  if (ids.length === 0) return new Map();
  switch (kind) {
    case "claim":
      return new Map(await claimSnippetTexts(db, ids));
    case "article": {
      const articles = await leanQuery<{ id: string; text: string }>(
        db,
        Prisma.sql`SELECT a."id", a."text" FROM "Article" a WHERE ${inIds(db, Prisma.sql`a."id"`, ids)}`,
      );
      return new Map(articles.map((a) => [a.id, a.text.slice(0, 100_000)]));
    }
    case "verdict":
      return new Map(await verdictSnippetTexts(db, ids));
    case "decision": {
      const decisions = await leanQuery<{ id: string; chosenOption: string; context: string; rationale: string }>(
        db,
        Prisma.sql`
        SELECT d."id", d."chosenOption", d."context", d."rationale" FROM "Decision" d WHERE ${inIds(db, Prisma.sql`d."id"`, ids)}`,
      );
      return new Map(decisions.map((d) => [d.id, `Chosen: ${d.chosenOption}. ${d.context} ${d.rationale}`]));
    }
  }
}
