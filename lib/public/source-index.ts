// Read side of /sources: one page of the articles public claims quote, by title (the title index),
// each with its byline and how many public claims quote it. The count stops at COUNT_CAP as the
// admin lists' does; only the page's articles' citations are read.
import { getDb, type Db } from "@/lib/db/client";
import { COUNT_CAP } from "@/lib/services/list-sql";
import { publicArticleWhere, publicCitationInArticleWhere } from "@/lib/resources/visibility";

export const SOURCE_INDEX_PER_PAGE = 25;
export const SOURCE_INDEX_MAX_PAGE = 400;

export interface SourceIndexRow {
  slug: string;
  title: string;
  domain: string | null;
  author: string | null;
  publishedAt: Date | null;
  houseSource: boolean;
  /** Distinct public claims quoting it (the claims its page lists). */
  claims: number;
}

export interface SourceIndexPage {
  rows: SourceIndexRow[];
  total: number;
  capped: boolean;
  pages: number;
  page: number;
}

export function readSourceIndexPage(params: Record<string, string | string[] | undefined>): number {
  const raw = Array.isArray(params.page) ? params.page[0] : params.page;
  return Math.min(Math.max(1, Number.parseInt(raw ?? "", 10) || 1), SOURCE_INDEX_MAX_PAGE);
}

export async function sourceIndexPage(page: number, db: Db = getDb()): Promise<SourceIndexPage> {
  const where = publicArticleWhere();
  const [counted, articles] = await Promise.all([
    db.article.count({ where, take: COUNT_CAP + 1 }),
    db.article.findMany({
      where,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      skip: (page - 1) * SOURCE_INDEX_PER_PAGE,
      take: SOURCE_INDEX_PER_PAGE,
      select: {
        slug: true,
        title: true,
        domain: true,
        author: true,
        publishedAt: true,
        houseSource: true,
        citations: { where: publicCitationInArticleWhere(), select: { claimId: true } },
      },
    }),
  ]);
  const total = Math.min(counted, COUNT_CAP);
  return {
    rows: articles.map(({ citations, ...a }) => ({ ...a, claims: new Set(citations.map((c) => c.claimId)).size })),
    total,
    capped: counted > COUNT_CAP,
    pages: Math.min(Math.max(1, Math.ceil(total / SOURCE_INDEX_PER_PAGE)), SOURCE_INDEX_MAX_PAGE),
    page,
  };
}
