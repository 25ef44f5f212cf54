import { ValidationError } from "@/lib/errors";
import { editorial } from "./access";
import { defineResource } from "./define";

export const STANCES = ["SUPPORTS", "CONTRADICTS", "MENTIONS"] as const;

export const citations = defineResource({
  name: "citations",
  model: "citation",
  label: "Citations",
  titleField: "quote",
  fields: {
    claimId: { type: "reference", reference: "claims", relation: "claim", required: true, list: true, filter: true },
    articleId: {
      type: "reference",
      reference: "articles",
      relation: "article",
      required: true,
      list: true,
      filter: true,
    },
    quote: { type: "text", required: true, max: 5000, list: true, search: true },
    start: { type: "number", int: true, min: 0, help: "Leave empty: found from the quote." },
    end: { type: "number", int: true, min: 0 },
    // Whether the quote bears the claim out, not which way the claim leans on a technology (an editor read
    // "Supports" beside "AVA: no support for nested tests" as a word for AVA).
    stance: {
      type: "enum",
      choices: STANCES,
      label: "Quote vs claim",
      help: "Does this quote support the claim as worded, contradict it, or only mention it? For or against a technology is the claim's direction, not this.",
      list: true,
      filter: true,
    },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true },
  },
  list: { defaultSort: { field: "updatedAt", order: "DESC" } },
  access: editorial(),
  softDelete: true,
  publicFacing: true,
  // Offsets must point at the quote in the article's stored text; when they are missing or wrong,
  // the quote is looked up, and a quote the article does not contain is refused.
  async prepare(data, { tx, existing }) {
    const articleId = (data.articleId ?? existing?.articleId) as string | undefined;
    const quote = (data.quote ?? existing?.quote) as string | undefined;
    if (!articleId || !quote) return;
    const article = await tx.article.findFirst({ where: { id: articleId }, select: { text: true } });
    if (!article) throw new ValidationError({ articleId: ["The article does not exist."] });
    const start = (data.start ?? existing?.start) as number | null | undefined;
    const end = (data.end ?? existing?.end) as number | null | undefined;
    if (start != null && end != null && article.text.slice(start, end) === quote) return;
    const found = article.text.indexOf(quote);
    if (found < 0) throw new ValidationError({ quote: ["The article's text does not contain this quote."] });
    data.start = found;
    data.end = found + quote.length;
  },
});
