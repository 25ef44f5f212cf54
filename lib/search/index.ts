// Full-text search over the public site: one interface, two engines (SQLite FTS5, PostgreSQL
// full-text search). The engine ranks matches; the public visibility rules (lib/public/visibility)
// decide which of them a visitor may see, so search can never show a draft the pages would hide.
import { currentProvider, getDb, type Db } from "@/lib/db/client";
import type { Provider } from "@/lib/db/provider";
import { publicArticleWhere, publicClaimWhere, publishedVerdictWhere } from "@/lib/public/visibility";
import { postgresEngine, SEARCH_KINDS, sqliteEngine, type Engine, type Match, type SearchKind } from "./engines";
import { searchTerms } from "./query";
import { snippet, type SnippetPart } from "./snippet";

export { SEARCH_KINDS, type SearchKind } from "./engines";
export { MAX_QUERY_LENGTH, searchTerms } from "./query";
export type { SnippetPart } from "./snippet";

/** Ranked matches considered per search: plenty for people paging through results. */
export const MAX_MATCHES = 1000;

export interface SearchRequest {
  q: string;
  kinds?: readonly SearchKind[];
  page?: number;
  perPage?: number;
}

export interface SearchHit {
  kind: SearchKind;
  slug: string;
  title: string;
  /** The public page of the hit. */
  url: string;
  /** Claim status; null for articles and verdicts. */
  status: string | null;
  snippet: SnippetPart[];
  score: number;
}

export interface SearchResult {
  terms: string[];
  total: number;
  hits: SearchHit[];
}

const ENGINES: Record<Provider, Engine> = { sqlite: sqliteEngine, postgresql: postgresEngine };

interface Visible {
  slug: string;
  title: string;
  url: string;
  status: string | null;
  /** The text the snippet is cut from. */
  text: string;
}

/** The public rows among the matches of one kind, with what a result shows. */
async function visibleRows(db: Db, kind: SearchKind, ids: string[]): Promise<Map<string, Visible>> {
  const rows = new Map<string, Visible>();
  if (ids.length === 0) return rows;
  if (kind === "claim") {
    const found = await db.claim.findMany({ where: { AND: [{ id: { in: ids } }, publicClaimWhere()] }, select: { id: true, slug: true, statement: true, status: true, topic: true } });
    for (const c of found) rows.set(c.id, { slug: c.slug, title: c.statement, url: `/claims/${c.slug}`, status: c.status, text: c.topic ? `${c.statement} (${c.topic})` : c.statement });
  } else if (kind === "article") {
    const found = await db.article.findMany({ where: { AND: [{ id: { in: ids } }, publicArticleWhere()] }, select: { id: true, slug: true, title: true, text: true } });
    for (const a of found) rows.set(a.id, { slug: a.slug, title: a.title, url: `/sources/${a.slug}`, status: null, text: a.text });
  } else {
    const found = await db.verdict.findMany({
      where: { AND: [{ id: { in: ids } }, publishedVerdictWhere()] },
      select: { id: true, slug: true, title: true, summary: true, rationale: true, useCase: { select: { slug: true } } },
    });
    for (const v of found) rows.set(v.id, { slug: v.slug, title: v.title, url: `/use-cases/${v.useCase.slug}`, status: null, text: `${v.summary} ${v.rationale}` });
  }
  return rows;
}

export async function search(request: SearchRequest, db: Db = getDb(), provider: Provider = currentProvider()): Promise<SearchResult> {
  const terms = searchTerms(request.q);
  const kinds = SEARCH_KINDS.filter((k) => !request.kinds?.length || request.kinds.includes(k));
  if (terms.length === 0 || kinds.length === 0) return { terms, total: 0, hits: [] };
  const matches = await ENGINES[provider](db, terms, kinds, MAX_MATCHES);
  const byKind = new Map<SearchKind, string[]>(kinds.map((k) => [k, []]));
  for (const m of matches) byKind.get(m.kind)?.push(m.id);
  const visible = new Map<SearchKind, Map<string, Visible>>();
  await Promise.all(kinds.map(async (k) => visible.set(k, await visibleRows(db, k, byKind.get(k) ?? []))));
  const shown = matches.filter((m: Match) => visible.get(m.kind)?.has(m.id));
  const perPage = request.perPage ?? 20;
  const start = ((request.page ?? 1) - 1) * perPage;
  const hits = shown.slice(start, start + perPage).map((m) => {
    const row = visible.get(m.kind)?.get(m.id) as Visible;
    return { kind: m.kind, slug: row.slug, title: row.title, url: row.url, status: row.status, snippet: snippet(row.text, terms), score: m.score };
  });
  return { terms, total: shown.length, hits };
}
