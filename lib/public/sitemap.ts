// Every public page's address for sitemap.xml, read through the same visibility rules as the pages.
import { getDb, type Db } from "@/lib/db/client";
import { listComparisons } from "./home";
import { absoluteUrl } from "./site";
import {
  liveTechnologyWhere,
  publicArticleWhere,
  publicClaimWhere,
  publicDecisionWhere,
  publishedVerdictWhere,
} from "@/lib/resources/visibility";

export interface SitemapEntry {
  url: string;
  lastModified?: Date;
}

export async function sitemapEntries(db: Db = getDb()): Promise<SitemapEntry[]> {
  const [technologies, claims, articles, useCases, comparisons, decisions] = await Promise.all([
    db.technology.findMany({
      where: liveTechnologyWhere(),
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    db.claim.findMany({ where: publicClaimWhere(), select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.article.findMany({
      where: publicArticleWhere(),
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    db.useCase.findMany({
      where: { deletedAt: null, verdicts: { some: publishedVerdictWhere() } },
      select: {
        slug: true,
        verdicts: {
          where: publishedVerdictWhere(),
          select: { updatedAt: true },
          orderBy: { updatedAt: "desc" },
          take: 1,
        },
      },
      orderBy: { slug: "asc" },
    }),
    listComparisons(db, 500),
    db.decision.findMany({
      where: publicDecisionWhere(),
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
  ]);
  const page = (path: string, lastModified?: Date): SitemapEntry => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  });
  return [
    page("/"),
    page("/compare"),
    page("/technologies"),
    page("/wizard"),
    page("/decisions"),
    page("/use-cases"),
    page("/claims"),
    page("/sources"),
    ...comparisons.map((c) => page(`/compare/${c.slug}`)),
    ...useCases.map((u) => page(`/use-cases/${u.slug}`, u.verdicts[0]?.updatedAt)),
    ...technologies.map((t) => page(`/technologies/${t.slug}`, t.updatedAt)),
    ...claims.map((c) => page(`/claims/${c.slug}`, c.updatedAt)),
    ...articles.map((a) => page(`/sources/${a.slug}`, a.updatedAt)),
    ...decisions.map((d) => page(`/decisions/${d.slug}`, d.updatedAt)),
  ];
}
