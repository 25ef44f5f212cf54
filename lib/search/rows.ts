// The public rows among full-text matches (lib/resources/visibility decides, as for the pages), in
// two steps: what ranking, filters and facets need for every match, then the snippet text for the
// one page of results shown (a source's text is large: it is read for twenty rows, not five hundred).
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { conditionsOf } from "@/lib/public/claims";
import { evidenceSummary, pickLabel } from "@/lib/public/verdict-summary";
import { claimTitle, featureName, metricName } from "@/lib/public/format";
import { quoteTable } from "@/lib/public/plain-text";
import { plainText } from "./plain-text";
import type { LeadText } from "./snippet";
import { liveTechnologyWhere, PUBLIC_CLAIM_STATUSES, publishedVerdictWhere } from "@/lib/resources/visibility";
import type { IndexedKind } from "./engines";

export interface Row {
  id: string;
  slug: string;
  title: string;
  url: string;
  status: string | null;
  technologySlugs: string[];
}

const live = { where: liveTechnologyWhere(), select: { slug: true } } as const;
const slugs = (techs: { slug: string }[]): string[] => techs.map((t) => t.slug);

/** The visible rows of one kind among `ids`. */
export async function visibleRows(db: Db, kind: IndexedKind, ids: string[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const where = { id: { in: ids } };
  switch (kind) {
    case "claim":
      return visibleClaims(db, ids);
    case "article":
      return (await visibleArticles(db, ids)).map((a) => ({ id: a.id, slug: a.slug, title: a.title, url: `/sources/${a.slug}`, status: null, technologySlugs: [] }));
    case "verdict":
      return (await db.verdict.findMany({ where: { AND: [where, publishedVerdictWhere()] }, select: { id: true, slug: true, title: true, useCase: { select: { slug: true } }, recommended: live } }))
        .map((v) => ({ id: v.id, slug: v.slug, title: v.title, url: `/use-cases/${v.useCase.slug}`, status: null, technologySlugs: slugs(v.recommended) }));
    case "decision":
      return visibleDecisions(db, ids);
  }
}

/** Each row's live technologies through a join table ("A": the row, "B": the technology), by row id. */
async function liveTechnologies(db: Db, joinTable: "_ClaimToTechnology" | "_DecisionChosen", list: Prisma.Sql): Promise<Map<string, string[]>> {
  const links = await db.$queryRaw<{ ownerId: string; slug: string }[]>(Prisma.sql`
    SELECT j."A" AS "ownerId", t."slug" AS "slug" FROM ${Prisma.raw(`"${joinTable}"`)} j JOIN "Technology" t ON t."id" = j."B"
     WHERE j."A" IN (${list}) AND t."deletedAt" IS NULL AND t."status" = 'ACTIVE'`);
  const technologies = new Map<string, string[]>();
  for (const link of links) {
    const known = technologies.get(link.ownerId);
    if (known) known.push(link.slug);
    else technologies.set(link.ownerId, [link.slug]);
  }
  return technologies;
}

/**
 * Claims are most of the matches (hundreds per common word): two plain SQL statements instead of
 * a Prisma relation query, which costs several times more to compile than to run. The conditions
 * are publicClaimWhere's and liveTechnologyWhere's (lib/resources/visibility).
 */
async function visibleClaims(db: Db, ids: string[]): Promise<Row[]> {
  const list = Prisma.join(ids);
  const [claims, technologies] = await Promise.all([
    db.$queryRaw<{ id: string; slug: string; statement: string; status: string; conditions: unknown }[]>(Prisma.sql`
      SELECT "id", "slug", "statement", "status", "conditions" FROM "Claim"
       WHERE "id" IN (${list}) AND "deletedAt" IS NULL AND "mergedIntoId" IS NULL AND "status" IN (${publicStatuses()})`),
    liveTechnologies(db, "_ClaimToTechnology", list),
  ]);
  // Titled as every public page titles a claim (claimTitle: its conditions named). SQLite hands JSON over as text.
  const conditions = (value: unknown) => conditionsOf(typeof value === "string" ? (JSON.parse(value) as unknown) : value);
  return claims.map((c) => ({ id: c.id, slug: c.slug, title: claimTitle(c.statement, conditions(c.conditions)), url: `/claims/${c.slug}`, status: String(c.status), technologySlugs: technologies.get(c.id) ?? [] }));
}

/**
 * Decisions, like claims, in plain SQL (dozens per common word: the Prisma relation query cost
 * more than the search's full-text match). The conditions are publicDecisionWhere's.
 */
async function visibleDecisions(db: Db, ids: string[]): Promise<Row[]> {
  const list = Prisma.join(ids);
  const [decisions, technologies] = await Promise.all([
    db.$queryRaw<{ id: string; slug: string; title: string }[]>(Prisma.sql`
      SELECT d."id", d."slug", d."title" FROM "Decision" d JOIN "Team" tm ON tm."id" = d."teamId"
       WHERE d."id" IN (${list}) AND d."deletedAt" IS NULL AND d."visibility" = 'PUBLIC' AND tm."deletedAt" IS NULL`),
    liveTechnologies(db, "_DecisionChosen", list),
  ]);
  return decisions.map((d) => ({ id: d.id, slug: d.slug, title: d.title, url: `/decisions/${d.slug}`, status: null, technologySlugs: technologies.get(d.id) ?? [] }));
}

const publicStatuses = (): Prisma.Sql => Prisma.join([...PUBLIC_CLAIM_STATUSES]);

/**
 * publicArticleWhere (not deleted, cited by a public claim) as a correlated EXISTS: Prisma's
 * `some` becomes an uncorrelated IN over every citation, which costs ~100 ms at 100,000 claims.
 */
function visibleArticles(db: Db, ids: string[]) {
  return db.$queryRaw<{ id: string; slug: string; title: string }[]>(Prisma.sql`
    SELECT a."id", a."slug", a."title" FROM "Article" a
     WHERE a."id" IN (${Prisma.join(ids)}) AND a."deletedAt" IS NULL
       AND EXISTS (SELECT 1 FROM "Citation" ci JOIN "Claim" c ON c."id" = ci."claimId"
                    WHERE ci."articleId" = a."id" AND ci."deletedAt" IS NULL
                      AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN (${publicStatuses()}))`);
}

const ADVICE_KINDS: ReadonlySet<string> = new Set(["RECOMMENDATION", "OPINION"]);

/** A claim's first live citation, with its source's title: what a claim result adds to its statement. */
function claimQuotes(db: Db, ids: string[]) {
  return db.$queryRaw<{ id: string; kind: string; topic: string | null; metric: string | null; unit: string | null; quote: string | null; header: string | null; source: string | null }[]>(Prisma.sql`
    SELECT c."id", c."kind", c."topic", c."metric", c."unit", ci."quote" AS "quote", ci."headerQuote" AS "header", a."title" AS "source" FROM "Claim" c
      LEFT JOIN "Citation" ci ON ci."id" = (
        SELECT x."id" FROM "Citation" x JOIN "Article" y ON y."id" = x."articleId"
         WHERE x."claimId" = c."id" AND x."deletedAt" IS NULL AND y."deletedAt" IS NULL ORDER BY x."createdAt" ASC, x."id" ASC LIMIT 1)
      LEFT JOIN "Article" a ON a."id" = ci."articleId"
     WHERE c."id" IN (${Prisma.join(ids)})`);
}

/**
 * A quote as a snippet shows it: made plain first (a table row's cell bars would otherwise become
 * separators inside the quotation marks, "“ · Admin UI · ”"); a table row stored with its header reads
 * as "Header: value" pairs ("Framework: Django · Requests/s: 3,900"), so each figure says what it is.
 */
function quoteText(quote: string, header: string | null): string {
  const table = header ? quoteTable(header, quote) : null;
  // Trimmed: a quote that starts a paragraph with a space read "“ Django has …" inside its marks.
  if (!table) return plainText(quote).trim();
  return table.header.flatMap((h, i) => (table.row[i] ? [h ? `${h}: ${table.row[i]}` : table.row[i]] : [])).join(" · ");
}

const verdictSnippetSelect = {
  id: true, summary: true, rationale: true, explanation: true,
  recommended: { where: { deletedAt: null }, select: { name: true }, orderBy: { name: "asc" } },
} satisfies Prisma.VerdictSelect;

/**
 * A verdict result reads as its page does: first what the evidence says (worked out from the stored
 * explanation), then the editors' own words, labelled as theirs, which the index also searches.
 */
function verdictSnippetText(v: Prisma.VerdictGetPayload<{ select: typeof verdictSnippetSelect }>): LeadText {
  const note = [v.summary, v.rationale].filter(Boolean).join(" ");
  return { lead: evidenceSummary(v.explanation, pickLabel(v.recommended)), rest: note ? { label: "Editors' note:", text: note } : null };
}

/** What each shown row adds to its title, by id: the text its snippet is cut from (a verdict's in two parts). */
export async function snippetTexts(db: Db, kind: IndexedKind, ids: string[]): Promise<Map<string, string | LeadText>> {
  if (ids.length === 0) return new Map();
  const where = { id: { in: ids } };
  switch (kind) {
    case "claim": {
      return new Map((await claimQuotes(db, ids)).map((c) => {
        // Advice's topic is its own clause ("need a back office by friday"): "About …" would only repeat the title, lower-cased.
        const about = c.topic && !ADVICE_KINDS.has(String(c.kind)) ? `About ${featureName(c.topic)}.` : "";
        const measures = c.metric ? `Measures ${metricName(c.metric).toLowerCase()}${c.unit ? `, in ${c.unit}` : ""}.` : about;
        return [c.id, c.quote ? `“${quoteText(c.quote, c.header)}” (${c.source}) ${measures}` : measures];
      }));
    }
    case "article":
      return new Map((await db.article.findMany({ where, select: { id: true, title: true, text: true } })).map((a) => [a.id, a.text.slice(0, 100_000)]));
    case "verdict":
      return new Map((await db.verdict.findMany({ where, select: verdictSnippetSelect })).map((v) => [v.id, verdictSnippetText(v)]));
    case "decision":
      return new Map((await db.decision.findMany({ where, select: { id: true, chosenOption: true, context: true, rationale: true } })).map((d) => [d.id, `Chosen: ${d.chosenOption}. ${d.context} ${d.rationale}`]));
  }
}
