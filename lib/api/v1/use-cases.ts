// /use-cases: the use cases that have a published verdict, each with its verdicts and their public evidence.
import { shownRecords } from "@/lib/cache/shows";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { NotFound } from "@/lib/errors";
import { getUseCasePage } from "@/lib/public/use-cases";
import { publishedVerdictWhere } from "@/lib/resources/visibility";
import { defineEndpoint } from "../define";
import { pageOf, paginate, paginationQuery, skipTake } from "../pagination";
import { isoOrNull, pageUrl, slugParam } from "../schemas";
import { apiExplanation, toEvidence, verdictDetail } from "./verdicts";

const useCaseItem = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  verdicts: z.number().int().describe("Published verdicts."),
  url: pageUrl,
});

export const listUseCasesEndpoint = defineEndpoint({
  id: "listUseCases",
  path: "/use-cases",
  tag: "Use cases",
  summary: "List use cases that have a published verdict",
  query: z.object({ ...paginationQuery }),
  response: pageOf(useCaseItem),
  tags: shownRecords,
  handler: async ({ query, url, db }) => {
    const where: Prisma.UseCaseWhereInput = { deletedAt: null, verdicts: { some: publishedVerdictWhere() } };
    const [rows, total] = await Promise.all([
      db.useCase.findMany({
        where,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        ...skipTake(query),
        select: {
          slug: true,
          name: true,
          description: true,
          _count: { select: { verdicts: { where: publishedVerdictWhere() } } },
        },
      }),
      db.useCase.count({ where }),
    ]);
    return paginate(
      url,
      query,
      rows.map(({ _count, ...u }) => ({ ...u, verdicts: _count.verdicts, url: `/use-cases/${u.slug}` })),
      total,
    );
  },
});

export const getUseCaseEndpoint = defineEndpoint({
  id: "getUseCase",
  path: "/use-cases/{slug}",
  tag: "Use cases",
  summary: "One use case with its published verdicts and their evidence",
  params: slugParam,
  query: z.object({}),
  notFound: true,
  response: useCaseItem.omit({ verdicts: true }).extend({ verdicts: z.array(verdictDetail.omit({ useCase: true })) }),
  tags: shownRecords,
  handler: async ({ params, db }) => {
    const page = await getUseCasePage(params.slug, db);
    if (!page) throw new NotFound("The use case");
    const { id: _id, ...useCase } = page.useCase;
    return {
      ...useCase,
      url: `/use-cases/${useCase.slug}`,
      verdicts: page.verdicts.map(({ evidence: rows, balance: _balance, editorsNote, ...v }) => ({
        ...v,
        editorsNote: editorsNote.summary,
        rationale: editorsNote.rationale,
        publishedAt: isoOrNull(v.publishedAt),
        url: `/use-cases/${useCase.slug}`,
        evidence: toEvidence(rows),
        explanation: apiExplanation(v.explanation),
      })),
    };
  },
});
