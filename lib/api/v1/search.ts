// /search: full-text search over public claims, sources and verdicts (lib/search).
import { z } from "zod";
import { MAX_QUERY_LENGTH, search, SEARCH_KINDS } from "@/lib/search";
import { defineEndpoint } from "../define";
import { pageOf, paginate, paginationQuery } from "../pagination";
import { pageUrl } from "../schemas";

const hit = z.object({
  kind: z.enum(SEARCH_KINDS),
  slug: z.string(),
  title: z.string(),
  url: pageUrl,
  status: z.string().nullable().describe("The claim's status; null for other kinds."),
  snippet: z
    .array(z.object({ text: z.string(), match: z.boolean() }))
    .describe(
      "What the result adds to its title, around the first match; `match` parts are the matched words. Empty when it would only repeat the title.",
    ),
  score: z.number().describe("Relevance, higher first; only comparable within one search."),
  technologies: z.array(z.string()).describe("Slugs of the technologies the result is about."),
});

const facet = <T extends z.ZodType>(value: T) => z.object({ value, label: z.string(), count: z.number().int() });

export const searchEndpoint = defineEndpoint({
  id: "search",
  path: "/search",
  tag: "Search",
  summary: "Search over public technologies, comparisons, use cases, verdicts, claims, decisions and sources",
  description:
    'The same search as the site\'s /search page. Every word must match (as a word prefix, in any case); "quoted words" must appear together, in order; a metric matches its other names (throughput, requests per second, req/s, rps…); "X vs Y" puts the comparison page of X and Y first. A misspelt name is corrected: `suggestion` is the corrected query, and when nothing matched what was typed, the results are those of the suggestion and `correctedFrom` is what was typed. Other punctuation and search operators are ignored.',
  query: z.object({
    q: z
      .string({ error: "q is required." })
      .trim()
      .min(1, { error: "q must not be empty." })
      .max(MAX_QUERY_LENGTH, { error: `q must be ${MAX_QUERY_LENGTH} characters or fewer.` })
      .describe("What to search for."),
    type: z.enum(SEARCH_KINDS).optional().describe("Only results of this kind."),
    tech: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: "tech must be a technology slug." })
      .optional()
      .describe("Only results about this technology (its slug)."),
    ...paginationQuery,
  }),
  exampleQuery: "q=django",
  maxAge: 30,
  response: pageOf(hit).extend({
    terms: z.array(z.string()).describe("The words searched for, as the index compares them."),
    capped: z
      .boolean()
      .describe("Whether `total` is a lower bound: only the best 200 full-text matches are considered."),
    suggestion: z.string().nullable().describe('"Did you mean": the query with misspelt names corrected, or null.'),
    correctedFrom: z
      .string()
      .nullable()
      .describe(
        "When nothing matched the query as typed and these are the results of `suggestion`: the query as typed; otherwise null.",
      ),
    facets: z
      .object({ kinds: z.array(facet(z.enum(SEARCH_KINDS))), technologies: z.array(facet(z.string())) })
      .describe("Result counts by type (within the technology filter) and by technology (within the type filter)."),
  }),
  handler: async ({ query, url, db }) => {
    const result = await search(
      {
        q: query.q,
        kinds: query.type ? [query.type] : undefined,
        technology: query.tech ?? null,
        page: query.page,
        perPage: query.perPage,
      },
      db,
    );
    return {
      ...paginate(url, query, result.hits, result.total),
      terms: result.terms,
      capped: result.capped,
      suggestion: result.suggestion,
      correctedFrom: result.correctedFrom,
      facets: result.facets,
    };
  },
});
