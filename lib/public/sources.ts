// Read side of /sources/[slug]: a cited article with every public quote highlighted.
import { getDb, type Db } from "@/lib/db/client";
import { renderArticle } from "@/lib/text/sanitize";
import { conditionsOf } from "./claims";
import { claimTitle } from "./format";
import { highlightSegments, type Segment } from "./segments";
import { publicArticleWhere, publicCitationInArticleWhere } from "@/lib/resources/visibility";

export interface PublicSource {
  slug: string;
  title: string;
  url: string | null;
  domain: string | null;
  author: string | null;
  publishedAt: Date | null;
  format: string;
  readTime: string | null;
  tags: string[];
  note: string | null;
  noteAuthor: string | null;
  segments: Segment[];
  /** Claim slug -> statement and status, for the highlights' labels and the list under the text. */
  claims: { slug: string; statement: string; status: string }[];
}

/** What the source page shows beyond the API's answer (which must not change shape). */
export interface SourcePageView extends Omit<PublicSource, "claims"> {
  /** The article as sanitized HTML (headings, lists, tables, code), every cited passage marked and linked. */
  html: string;
  /** With each claim's title as the public pages write it (claimTitle). */
  claims: { slug: string; statement: string; status: string; title: string }[];
  /** Written by our own editors (Article.houseSource): the page says so, and verdicts never count it as a source. */
  houseSource: boolean;
}

/** The API's article answer (/api/v1/articles/:slug) reads this. */
export async function getSourcePage(slug: string, db: Db = getDb()): Promise<PublicSource | null> {
  const view = await getSourcePageView(slug, db);
  if (!view) return null;
  const { html: _html, claims, houseSource: _house, ...source } = view;
  return { ...source, claims: claims.map(({ title: _title, ...c }) => c) };
}

const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

export async function getSourcePageView(slug: string, db: Db = getDb()): Promise<SourcePageView | null> {
  const article = await db.article.findFirst({
    where: { AND: [{ slug }, publicArticleWhere()] },
    include: {
      citations: {
        where: publicCitationInArticleWhere(),
        include: { claim: { select: { slug: true, statement: true, status: true, conditions: true } } },
        // Ties (one passage, several claims) by statement: the same order on every render.
        orderBy: [{ start: "asc" }, { claim: { statement: "asc" } }, { id: "asc" }],
      },
    },
  });
  if (!article) return null;
  const claims = new Map<string, SourcePageView["claims"][number]>();
  for (const {
    claim: { conditions, ...c },
  } of article.citations)
    claims.set(c.slug, { ...c, title: claimTitle(c.statement, conditionsOf(conditions)) });
  const segments = highlightSegments(
    article.text,
    article.citations.map((c) => ({ start: c.start, end: c.end, target: c.claim.slug })),
  );
  const titleOf = (slug: string) => claims.get(slug)?.title ?? slug;
  // The page lists the claims in this order, numbered from 1: a passage's other claims are named by those numbers.
  const numberOf = new Map([...claims.keys()].map((slug, i) => [slug, i + 1]));
  const highlights = segments
    .filter((s) => s.targets.length > 0)
    .map((s) => ({
      start: s.start,
      end: s.end,
      href: `/claims/${s.targets[0]}`,
      title: titleOf(s.targets[0]),
      also: s.targets
        .slice(1)
        .map((target) => ({ href: `/claims/${target}`, label: `[${numberOf.get(target)}]`, title: titleOf(target) })),
    }));
  return {
    slug: article.slug,
    title: article.title,
    url: article.url,
    domain: article.domain,
    author: article.author,
    publishedAt: article.publishedAt,
    format: article.format,
    readTime: article.readTime,
    tags: stringsOf(article.tags),
    note: article.note,
    noteAuthor: article.noteAuthor,
    houseSource: article.houseSource,
    segments,
    html: renderArticle(article.text, highlights, { lineBreaks: article.format !== "MARKDOWN", title: article.title }),
    claims: [...claims.values()],
  };
}
