// /articles: the sources public claims quote (an article nobody has verified anything from stays private).
import { shownRecords } from "@/lib/cache/shows";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { NotFound } from "@/lib/errors";
import { getSourcePage } from "@/lib/public/sources";
import { SOURCE_BYLINE_SELECT } from "@/lib/public/source-select";
import { publicArticleWhere, publicCitationInArticleWhere } from "@/lib/resources/visibility";
import { defineEndpoint } from "../define";
import { pageOf, paginate, paginationQuery, skipTake } from "../pagination";
import { claimRef, claimStatus, iso, isoOrNull, pageUrl, slugParam, timestamp } from "../schemas";

const articleFields = {
  slug: z.string(),
  title: z.string(),
  url: z.string().nullable().describe("Where the article was published."),
  domain: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: timestamp.nullable(),
  format: z.string().describe("What the article was imported from (HTML, MARKDOWN, SOCIAL_POST…)."),
  tags: z.array(z.string()),
  page: pageUrl,
};
const articleItem = z.object({
  ...articleFields,
  publicClaims: z.number().int().describe("How many public claims quote it."),
  updatedAt: timestamp,
});

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

export const listArticlesEndpoint = defineEndpoint({
  id: "listArticles",
  path: "/articles",
  tag: "Sources",
  summary: "List sources quoted by public claims",
  query: z.object({
    ...paginationQuery,
    domain: z.string().min(1).max(253).optional().describe("Only articles from this domain."),
  }),
  response: pageOf(articleItem),
  tags: shownRecords,
  handler: async ({ query, url, db }) => {
    const where: Prisma.ArticleWhereInput = {
      AND: [publicArticleWhere(), query.domain ? { domain: query.domain } : {}],
    };
    const [rows, total] = await Promise.all([
      db.article.findMany({
        where,
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        ...skipTake(query),
        select: {
          ...SOURCE_BYLINE_SELECT,
          format: true,
          tags: true,
          updatedAt: true,
          _count: { select: { citations: { where: publicCitationInArticleWhere() } } },
        },
      }),
      db.article.count({ where }),
    ]);
    const items = rows.map(({ _count, ...a }) => ({
      ...a,
      tags: strings(a.tags),
      publishedAt: isoOrNull(a.publishedAt),
      updatedAt: iso(a.updatedAt),
      page: `/sources/${a.slug}`,
      publicClaims: _count.citations,
    }));
    return paginate(url, query, items, total);
  },
});

export const getArticleEndpoint = defineEndpoint({
  id: "getArticle",
  path: "/articles/{slug}",
  tag: "Sources",
  summary: "One source: its text and where each public claim quotes it",
  params: slugParam,
  query: z.object({}),
  notFound: true,
  response: z.object({
    ...articleFields,
    readTime: z.string().nullable(),
    note: z.string().nullable().describe("The saver's own note, not the article author's words."),
    noteAuthor: z.string().nullable(),
    text: z.string(),
    quotes: z
      .array(z.object({ start: z.number().int(), end: z.number().int(), claims: z.array(z.string()) }))
      .describe("Character ranges of `text` quoted by public claims (claim slugs)."),
    claims: z.array(claimRef),
  }),
  tags: shownRecords,
  handler: async ({ params, db }) => {
    const source = await getSourcePage(params.slug, db);
    if (!source) throw new NotFound("The article");
    const { segments, claims, ...meta } = source;
    return {
      ...meta,
      publishedAt: isoOrNull(meta.publishedAt),
      page: `/sources/${meta.slug}`,
      text: segments.map((s) => s.text).join(""),
      quotes: segments
        .filter((s) => s.targets.length > 0)
        .map((s) => ({ start: s.start, end: s.end, claims: s.targets })),
      claims: claims.map((c) => ({ ...c, status: c.status as z.infer<typeof claimStatus> })),
    };
  },
});
