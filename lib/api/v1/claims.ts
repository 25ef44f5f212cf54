// /claims: public claims (verified, disputed, refuted), filterable, and one claim with its evidence.
import { shownInPlace, shownRecords } from "@/lib/cache/shows";
import { z } from "zod";
import { NotFound } from "@/lib/errors";
import { conditionsOf, getClaimPage } from "@/lib/public/claims";
import { listPublicClaims } from "@/lib/public/claim-list";
import { claimTitle } from "@/lib/public/format";
import { ApiRedirect, defineEndpoint } from "../define";
import { pageOf, paginate, paginationQuery } from "../pagination";
import {
  claimKind,
  claimRef,
  claimStatus,
  conditions,
  iso,
  isoOrNull,
  pageUrl,
  slugFilter,
  slugParam,
  technologyRef,
  timestamp,
} from "../schemas";

const figure = {
  metric: z.string().nullable().describe("What a performance figure measures (throughput, latency…)."),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  conditions,
};

const claimItem = z.object({
  slug: z.string(),
  statement: z.string().describe("The claim as stored: the importer's or an editor's wording."),
  title: z
    .string()
    .describe(
      'The claim as the site titles it: its measuring conditions named and spelled as written ("hardware 2-vCPU VM, 8 workers, server PHP-FPM"), and any it holds but the statement omits.',
    ),
  kind: claimKind,
  status: claimStatus,
  topic: z.string().nullable(),
  rating: z.string().nullable().describe("The editors' rating (Accurate, Mostly accurate, Misleading…)."),
  ...figure,
  technologies: z.array(z.string()).describe("Slugs of the technologies the claim is about."),
  reviewedAt: timestamp.nullable(),
  updatedAt: timestamp,
  url: pageUrl,
});

export const listClaimsEndpoint = defineEndpoint({
  id: "listClaims",
  path: "/claims",
  tag: "Claims",
  summary: "List public claims",
  description: "Verified, disputed and refuted claims, most recently updated first.",
  query: z.object({
    ...paginationQuery,
    technology: slugFilter("technology"),
    kind: claimKind.optional(),
    status: claimStatus.optional(),
    topic: z.string().min(1).max(200).optional().describe("Only claims on this topic (exact)."),
  }),
  response: pageOf(claimItem),
  // Newest updated first: any claim edit reorders it.
  tags: (page) => shownRecords(page, { every: ["claims"] }),
  handler: async ({ query, url, db }) => {
    // One typed SQL statement (lib/public/claim-list.ts): this is the API's hottest uncached read.
    const { rows, total } = await listPublicClaims(db, query, query.page, query.perPage);
    const items = rows.map((c) => ({
      ...c,
      title: claimTitle(c.statement, conditionsOf(c.conditions)),
      kind: c.kind as z.infer<typeof claimKind>,
      status: c.status as z.infer<typeof claimStatus>,
      conditions: conditionsOf(c.conditions),
      reviewedAt: isoOrNull(c.reviewedAt),
      updatedAt: iso(c.updatedAt),
      url: `/claims/${c.slug}`,
    }));
    return paginate(url, query, items, total);
  },
});

const quoteContext = z.object({
  before: z.string(),
  quote: z.string(),
  after: z.string(),
  located: z.boolean().describe("Whether the quote was found at its recorded place in the source text."),
  tableHeader: z
    .string()
    .nullable()
    .describe(
      'When the quote is a row of a table: the table\'s header row, exact text of the source, which says what each cell of `quote` is ("| Framework | Requests/s |" over "| Django | 3,900 |"). null for any other quote, and for table rows imported before headers were kept.',
    ),
});

export const getClaimEndpoint = defineEndpoint({
  id: "getClaim",
  path: "/claims/{slug}",
  tag: "Claims",
  summary: "One public claim with its citations, contradictions and history",
  description: "A claim merged into another answers 301 with the surviving claim's address.",
  params: slugParam,
  query: z.object({}),
  notFound: true,
  redirects: true,
  response: claimItem.omit({ technologies: true }).extend({
    ratingExplanation: z.string().nullable(),
    technologies: z.array(technologyRef),
    citations: z.array(
      z.object({
        id: z.string(),
        stance: z.enum(["SUPPORTS", "CONTRADICTS", "MENTIONS"]),
        context: quoteContext,
        article: z.object({
          slug: z.string(),
          title: z.string(),
          url: z.string().nullable(),
          domain: z.string().nullable(),
          author: z.string().nullable(),
          publishedAt: timestamp.nullable(),
        }),
      }),
    ),
    contradictions: z.array(
      z.object({ id: z.string(), status: z.string(), kind: z.string(), reason: z.string(), other: claimRef }),
    ),
    history: z.array(z.object({ action: z.string(), createdAt: timestamp, fields: z.array(z.string()) })),
  }),
  // Standings only beside their records' keys, as on the claim's page.
  tags: shownInPlace,
  handler: async ({ params, db }) => {
    const result = await getClaimPage(params.slug, db);
    if (!result) throw new NotFound("The claim");
    if (result.kind === "redirect") return new ApiRedirect(`/api/v1/claims/${result.slug}`);
    const { claim } = result;
    const status = (s: string) => s as z.infer<typeof claimStatus>;
    return {
      slug: claim.slug,
      statement: claim.statement,
      title: claimTitle(claim.statement, claim.conditions, { technologies: claim.technologies }),
      kind: claim.kind as z.infer<typeof claimKind>,
      status: status(claim.status),
      topic: claim.topic,
      rating: claim.rating,
      ratingExplanation: claim.ratingExplanation,
      metric: claim.metric,
      value: claim.value,
      unit: claim.unit,
      conditions: claim.conditions,
      reviewedAt: isoOrNull(claim.reviewedAt),
      updatedAt: iso(claim.updatedAt),
      url: `/claims/${claim.slug}`,
      technologies: claim.technologies,
      citations: claim.citations.map((c) => ({
        id: c.id,
        stance: c.stance as "SUPPORTS" | "CONTRADICTS" | "MENTIONS",
        context: {
          before: c.context.before,
          quote: c.context.quote,
          after: c.context.after,
          located: c.context.located,
          tableHeader: c.tableHeader,
        },
        article: { ...c.article, publishedAt: isoOrNull(c.article.publishedAt) },
      })),
      contradictions: claim.contradictions.map((c) => ({
        ...c,
        other: { ...c.other, status: status(c.other.status) },
      })),
      history: claim.history.map((h) => ({ action: h.action, createdAt: iso(h.createdAt), fields: h.fields })),
    };
  },
});
