// The public rows among full-text matches (lib/public/visibility decides, as for the pages), in
// two steps: what ranking, filters and facets need for every match, then the snippet text for the
// one page of results shown (a source's text is large: it is read for twenty rows, not five hundred).
import type { Db } from "@/lib/db/client";
import { liveTechnologyWhere, publicArticleWhere, publicClaimWhere, publicDecisionWhere, publishedVerdictWhere } from "@/lib/public/visibility";
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
      return (await db.claim.findMany({ where: { AND: [where, publicClaimWhere()] }, select: { id: true, slug: true, statement: true, status: true, technologies: live } }))
        .map((c) => ({ id: c.id, slug: c.slug, title: c.statement, url: `/claims/${c.slug}`, status: c.status, technologySlugs: slugs(c.technologies) }));
    case "article":
      return (await db.article.findMany({ where: { AND: [where, publicArticleWhere()] }, select: { id: true, slug: true, title: true } }))
        .map((a) => ({ id: a.id, slug: a.slug, title: a.title, url: `/sources/${a.slug}`, status: null, technologySlugs: [] }));
    case "verdict":
      return (await db.verdict.findMany({ where: { AND: [where, publishedVerdictWhere()] }, select: { id: true, slug: true, title: true, useCase: { select: { slug: true } }, recommended: live } }))
        .map((v) => ({ id: v.id, slug: v.slug, title: v.title, url: `/use-cases/${v.useCase.slug}`, status: null, technologySlugs: slugs(v.recommended) }));
    case "decision":
      return (await db.decision.findMany({ where: { AND: [where, publicDecisionWhere()] }, select: { id: true, slug: true, title: true, chosenTechnologies: live } }))
        .map((d) => ({ id: d.id, slug: d.slug, title: d.title, url: `/decisions/${d.slug}`, status: null, technologySlugs: slugs(d.chosenTechnologies) }));
  }
}

/** What each shown row adds to its title, by id: the text its snippet is cut from. */
export async function snippetTexts(db: Db, kind: IndexedKind, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const where = { id: { in: ids } };
  switch (kind) {
    case "claim": {
      const rows = await db.claim.findMany({
        where,
        select: {
          id: true, topic: true, metric: true, unit: true,
          citations: { where: { deletedAt: null, article: { deletedAt: null } }, orderBy: { createdAt: "asc" }, take: 1, select: { quote: true, article: { select: { title: true } } } },
        },
      });
      return new Map(rows.map((c) => {
        const cited = c.citations[0];
        const measures = [c.metric && `Measures ${c.metric}${c.unit ? ` (${c.unit})` : ""}.`, c.topic && `Topic: ${c.topic}.`].filter(Boolean).join(" ");
        return [c.id, cited ? `“${cited.quote}” (${cited.article.title}) ${measures}` : measures];
      }));
    }
    case "article":
      return new Map((await db.article.findMany({ where, select: { id: true, title: true, text: true } })).map((a) => [a.id, a.text.slice(0, 100_000)]));
    case "verdict":
      return new Map((await db.verdict.findMany({ where, select: { id: true, summary: true, rationale: true } })).map((v) => [v.id, `${v.summary} ${v.rationale}`]));
    case "decision":
      return new Map((await db.decision.findMany({ where, select: { id: true, chosenOption: true, context: true, rationale: true } })).map((d) => [d.id, `Chosen: ${d.chosenOption}. ${d.context} ${d.rationale}`]));
  }
}
