// Read side of /sources/[slug]: a cited article with every public quote highlighted.
import { getDb, type Db } from "@/lib/db/client";
import { highlightSegments, type Segment } from "./segments";
import { publicArticleWhere, publicCitationInArticleWhere } from "./visibility";

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

const stringsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

export async function getSourcePage(slug: string, db: Db = getDb()): Promise<PublicSource | null> {
  const article = await db.article.findFirst({
    where: { AND: [{ slug }, publicArticleWhere()] },
    include: {
      citations: {
        where: publicCitationInArticleWhere(),
        include: { claim: { select: { slug: true, statement: true, status: true } } },
        orderBy: [{ start: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!article) return null;
  const claims = new Map<string, { slug: string; statement: string; status: string }>();
  for (const c of article.citations) claims.set(c.claim.slug, c.claim);
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
    segments: highlightSegments(article.text, article.citations.map((c) => ({ start: c.start, end: c.end, target: c.claim.slug }))),
    claims: [...claims.values()],
  };
}
