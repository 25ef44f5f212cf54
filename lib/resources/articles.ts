import { publicArticleWhere } from "@/lib/resources/visibility";
import { createHash } from "node:crypto";
import { tagsSchema } from "./fields";
import { editorial } from "./access";
import { defineResource } from "./define";
import { ensureSlug } from "./slugs";

export const ARTICLE_FORMATS = [
  "BOOKMARK",
  "NUXT_PAYLOAD",
  "WEB_PAGE",
  "SOCIAL_POST",
  "HTML",
  "MARKDOWN",
  "TEXT",
] as const;

export const articles = defineResource({
  name: "articles",
  model: "article",
  label: "Articles",
  titleField: "title",
  fields: {
    title: { type: "string", required: true, max: 300, list: true, sortable: true, search: true },
    slug: { type: "slug", search: true },
    url: { type: "url", search: true },
    domain: { type: "string", max: 255, list: true, filter: true, sortable: true },
    author: { type: "string", max: 200, list: true, search: true, sortable: true },
    publishedAt: { type: "datetime", list: true, sortable: true, filter: true },
    format: { type: "enum", choices: ARTICLE_FORMATS, required: true, list: true, filter: true },
    status: { type: "enum", choices: ["IMPORTED", "PUBLISHED", "ARCHIVED"], list: true, filter: true, sortable: true },
    excerpt: { type: "text", max: 5000 },
    text: {
      type: "text",
      required: true,
      max: 2_000_000,
      search: true,
      help: "Citations point into this text by character offsets.",
    },
    rawContent: { type: "text", max: 25_000_000, help: "The document as imported. Defaults to the text." },
    tags: { type: "tags", schema: tagsSchema, default: [] },
    note: { type: "text", max: 10_000, help: "The saver's own note, attributed separately from the article." },
    noteAuthor: { type: "string", max: 200 },
    houseSource: {
      type: "boolean",
      label: "House source",
      help: 'Written by our own editors. Its claims still count, but never as an independent source: verdict pages call it "our own write-up".',
    },
    readTime: { type: "string", max: 40 },
    contentHash: { type: "string", editable: false },
    createdAt: { type: "datetime", editable: false, sortable: true, filter: true },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true, filter: true },
  },
  site: { where: publicArticleWhere, select: { slug: true }, path: (a) => `/sources/${String(a.slug)}` },
  list: { defaultSort: { field: "updatedAt", order: "DESC" } },
  access: editorial(),
  softDelete: true,
  publicFacing: true,
  async prepare(data, ctx) {
    await ensureSlug("article", data, ctx, "title");
    if (typeof data.text === "string") {
      data.contentHash = createHash("sha256").update(data.text).digest("hex");
      if (!ctx.existing && !data.rawContent) data.rawContent = data.text;
    }
    if (typeof data.url === "string" && !data.domain) data.domain = new URL(data.url).hostname;
    if (!ctx.existing) {
      if (ctx.actor.id) data.importedById = ctx.actor.id;
      // Importer-only JSON columns: an article written by hand has no reader comments or warnings.
      data.comments ??= [];
      data.warnings ??= [];
    }
  },
});
