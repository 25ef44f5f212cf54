// The article fields every public view of a source shows beside a claim or in a list: one select,
// so the claim page and the public API's sources read the same byline.
import type { Prisma } from "@/lib/generated/sqlite/client";

export const SOURCE_BYLINE_SELECT = {
  slug: true,
  title: true,
  url: true,
  domain: true,
  author: true,
  publishedAt: true,
} as const satisfies Prisma.ArticleSelect;
