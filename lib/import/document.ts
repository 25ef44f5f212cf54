// What every format parser produces: one normalized document, ready for extraction and storage.
export const ARTICLE_FORMAT_VALUES = [
  "BOOKMARK",
  "NUXT_PAYLOAD",
  "WEB_PAGE",
  "SOCIAL_POST",
  "HTML",
  "MARKDOWN",
  "TEXT",
] as const;
export type ArticleFormat = (typeof ARTICLE_FORMAT_VALUES)[number];

export interface ReaderComment {
  author: string | null;
  text: string;
}

export interface ParsedDocument {
  title: string;
  url: string | null;
  canonicalUrl: string | null;
  domain: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  publishedAt: string | null;
  format: ArticleFormat;
  /** Normalized text, structure kept as markdown-ish lines ("# h", "- item", "| a | b |"). Quotes point into it. */
  text: string;
  excerpt: string;
  tags: string[];
  /** The saver's own words (bookmark notes): a separate voice, never the article's claims. */
  note: string | null;
  noteAuthor: string | null;
  /** Reader comments and reactions under a post: never the author's claims. */
  comments: ReaderComment[];
  readTime: string | null;
  warnings: string[];
  rawContent: string;
}

export function emptyDocument(format: ArticleFormat, rawContent: string): ParsedDocument {
  return {
    title: "",
    url: null,
    canonicalUrl: null,
    domain: null,
    author: null,
    publishedAt: null,
    format,
    text: "",
    excerpt: "",
    tags: [],
    note: null,
    noteAuthor: null,
    comments: [],
    readTime: null,
    warnings: [],
    rawContent,
  };
}
