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
  status: z.string().nullable().describe("The claim's status; null for sources and verdicts."),
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })).describe("The text around the first match; `match` parts are the matched words."),
  score: z.number().describe("Relevance, higher first; only comparable within one search."),
});

export const searchEndpoint = defineEndpoint({
  id: "search",
  path: "/search",
  tag: "Search",
  summary: "Full-text search over public claims, sources and verdicts",
  description:
    "Every word must match (as a word prefix, in any case). Punctuation and search operators are ignored: the text is only ever searched for its words.",
  query: z.object({
    q: z.string({ error: "q is required." }).trim().min(1, { error: "q must not be empty." }).max(MAX_QUERY_LENGTH, { error: `q must be ${MAX_QUERY_LENGTH} characters or fewer.` }).describe("What to search for."),
    type: z.enum(SEARCH_KINDS).optional().describe("Only results of this kind."),
    ...paginationQuery,
  }),
  exampleQuery: "q=django",
  maxAge: 30,
  response: pageOf(hit).extend({ terms: z.array(z.string()).describe("The words searched for, as the index compares them.") }),
  handler: async ({ query, url, db }) => {
    const result = await search({ q: query.q, kinds: query.type ? [query.type] : undefined, page: query.page, perPage: query.perPage }, db);
    return { ...paginate(url, query, result.hits, result.total), terms: result.terms };
  },
});
