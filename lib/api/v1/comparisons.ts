// /comparisons: technology pairs (or triples) side by side, as the /compare pages show them.
import { shownInPlace, shownRecords } from "@/lib/cache/shows";
import { z } from "zod";
import { NotFound } from "@/lib/errors";
import { getComparePage } from "@/lib/public/compare";
import { listComparisons } from "@/lib/public/home";
import { ApiRedirect, defineEndpoint } from "../define";
import { pageOf, paginate, paginationQuery } from "../pagination";
import { claimRef, claimStatus, conditions, pageUrl, technologyRef, useCaseRef } from "../schemas";

/** Comparisons are derived from every public claim; a few hundred at most are worth listing. */
const MAX_COMPARISONS = 500;

const comparisonItem = z.object({
  slug: z.string(),
  technologies: z.array(technologyRef),
  claimCount: z.number().int(),
  url: pageUrl,
});

export const listComparisonsEndpoint = defineEndpoint({
  id: "listComparisons",
  path: "/comparisons",
  tag: "Comparisons",
  summary: "List comparisons: technology pairs quoted together by public claims' sources",
  query: z.object({ ...paginationQuery }),
  response: pageOf(comparisonItem),
  tags: shownRecords,
  handler: async ({ query, url, db }) => {
    const all = await listComparisons(db, MAX_COMPARISONS);
    const start = (query.page - 1) * query.perPage;
    const items = all.slice(start, start + query.perPage).map((c) => ({ ...c, url: `/compare/${c.slug}` }));
    return paginate(url, query, items, all.length);
  },
});

const cell = z.object({
  claimSlug: z.string(),
  statement: z.string(),
  status: claimStatus,
  support: z.enum(["yes", "partial", "no"]),
  replacement: z.string().nullable(),
});
const measurement = z.object({
  claimSlug: z.string(),
  statement: z.string(),
  status: claimStatus,
  technology: z.string(),
  metric: z.string(),
  unit: z.string(),
  value: z.number(),
  conditions,
});

const comparison = z.object({
  slug: z.string(),
  url: pageUrl,
  technologies: z.array(technologyRef),
  claimCount: z.number().int(),
  verdicts: z.array(
    z.object({ slug: z.string(), title: z.string(), useCase: useCaseRef, recommended: z.array(z.string()) }),
  ),
  features: z.array(
    z.object({
      topic: z.string(),
      cells: z
        .record(z.string(), z.array(cell))
        .describe("Technology slug → the claims answering this feature for it."),
    }),
  ),
  performance: z
    .array(
      z.object({
        metric: z.string(),
        unit: z.string(),
        groups: z.array(z.object({ conditions, measurements: z.array(measurement) })),
      }),
    )
    .describe(
      "Figures by metric, then by comparable setup (the verdict engine's groups: the same conditions, each technology's own server or runtime aside; `conditions` is what a group's figures share, each figure keeps its own): figures in different groups were measured differently and are not comparable.",
    ),
  contradictions: z.array(
    z.object({ id: z.string(), kind: z.string(), reason: z.string(), claimA: claimRef, claimB: claimRef }),
  ),
  consensus: z.array(
    z.object({ slug: z.string(), statement: z.string(), status: claimStatus, sources: z.number().int() }),
  ),
});

export const getComparisonEndpoint = defineEndpoint({
  id: "getComparison",
  path: "/comparisons/{pair}",
  tag: "Comparisons",
  summary: "Two or three technologies side by side: verdicts, features, performance, contradictions, consensus",
  description:
    "`pair` is technology slugs joined by `-vs-`; a non-canonical order answers 301 with the canonical (alphabetical) address.",
  params: z.object({ pair: z.string().min(3).max(300).describe("e.g. django-vs-fastapi") }),
  query: z.object({}),
  notFound: true,
  redirects: true,
  response: comparison,
  // Every claim it counts or weighs is listed by its slug, as on the comparison's page.
  tags: shownInPlace,
  handler: async ({ params, db }) => {
    const result = await getComparePage(params.pair, db);
    if (!result) throw new NotFound("The comparison");
    if (result.kind === "redirect") return new ApiRedirect(`/api/v1/comparisons/${result.slug}`);
    const slug = result.page.technologies.map((t) => t.slug).join("-vs-");
    // lib/public types statuses as plain strings: parsing narrows them (and fails loudly on a surprise).
    return comparison.parse({ slug, url: `/compare/${slug}`, ...result.page });
  },
});
