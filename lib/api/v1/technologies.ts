// /technologies: the technologies StackVerdict compares.
import { shownRecords } from "@/lib/cache/shows";
import { claimsOfTechnology } from "@/lib/cache/tags";
import { z } from "zod";
import { liveTechnologyWhere } from "@/lib/resources/visibility";
import { getTechnologyPage, listTechnologies } from "@/lib/public/technologies";
import { NotFound } from "@/lib/errors";
import { defineEndpoint } from "../define";
import { pageOf, paginate, paginationQuery, skipTake } from "../pagination";
import { claimKind, claimStatus, pageUrl, slugParam, useCaseRef } from "../schemas";

const technologyItem = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.string().describe("framework, language, database…"),
  description: z.string(),
  verifiedClaims: z.number().int().describe("How many verified claims are about it."),
  url: pageUrl,
});

export const listTechnologiesEndpoint = defineEndpoint({
  id: "listTechnologies",
  path: "/technologies",
  tag: "Technologies",
  summary: "List technologies",
  query: z.object({
    ...paginationQuery,
    kind: z.string().max(50).optional().describe("Only technologies of this kind."),
  }),
  response: pageOf(technologyItem),
  tags: shownRecords,
  handler: async ({ query, url, db }) => {
    const where = { AND: [liveTechnologyWhere(), query.kind ? { kind: query.kind } : {}] };
    // The same list and count as the /technologies page, one page of it.
    const [rows, total] = await Promise.all([
      listTechnologies(db, { kind: query.kind, page: skipTake(query) }),
      db.technology.count({ where }),
    ]);
    const items = rows.map((t) => ({ ...t, url: `/technologies/${t.slug}` }));
    return paginate(url, query, items, total);
  },
});

const claimSummary = z.object({
  slug: z.string(),
  statement: z.string(),
  status: claimStatus,
  kind: claimKind,
  citationCount: z.number().int(),
});

export const getTechnologyEndpoint = defineEndpoint({
  id: "getTechnology",
  path: "/technologies/{slug}",
  tag: "Technologies",
  summary: "A technology with its public claims and the verdicts recommending it",
  params: slugParam,
  query: z.object({}),
  notFound: true,
  response: z.object({
    slug: z.string(),
    name: z.string(),
    kind: z.string(),
    description: z.string(),
    homepage: z.string().nullable(),
    url: pageUrl,
    claims: z
      .array(claimSummary)
      .describe(
        "Verified claims, grouped by kind in the order performance, features, recommendations, facts, opinions.",
      ),
    challenged: z.array(claimSummary).describe("Disputed and refuted claims."),
    verdicts: z.array(z.object({ slug: z.string(), title: z.string(), summary: z.string(), useCase: useCaseRef })),
  }),
  // Its claims are cut at 200, newest first with updatedAt breaking ties: an edit of one may reorder them.
  // It weighs only the claims it lists (the technology's page does the same).
  tags: (page) => shownRecords(page, { lists: [claimsOfTechnology(page.slug)], aggregates: false }),
  handler: async ({ params, db }) => {
    const page = await getTechnologyPage(params.slug, db);
    if (!page) throw new NotFound("The technology");
    const { id: _id, ...technology } = page.technology;
    return {
      ...technology,
      url: `/technologies/${technology.slug}`,
      claims: page.groups.flatMap((g) => g.claims).map(narrowSummary),
      challenged: page.challenged.map(narrowSummary),
      verdicts: page.verdicts,
    };
  },
});

// lib/public types kind/status as plain strings; the database's enums guarantee the values.
const narrowSummary = (c: {
  slug: string;
  statement: string;
  status: string;
  kind: string;
  citationCount: number;
}) => ({
  ...c,
  status: c.status as z.infer<typeof claimStatus>,
  kind: c.kind as z.infer<typeof claimKind>,
});
