// Entry point of the pure importer: bytes or text -> one ParsedDocument, format auto-detected.
import { finishArticleText } from "./article-text";
import { parseBookmark } from "./bookmark";
import { assertReadable, detectFormat } from "./detect";
import type { ArticleFormat, ParsedDocument } from "./document";
import { ImportError } from "./errors";
import { parseHtml } from "./html";
import { checkText, decodeDocument } from "./limits";
import { parseMarkdown } from "./markdown";
import { parseNuxtPayload } from "./nuxt";
import { parseSocialPost } from "./social";
import { parseWebPage } from "./webpage";

export type { ParsedDocument, ArticleFormat } from "./document";
export { ImportError } from "./errors";

const PARSERS: Record<ArticleFormat, (raw: string) => ParsedDocument> = {
  BOOKMARK: parseBookmark,
  NUXT_PAYLOAD: parseNuxtPayload,
  WEB_PAGE: parseWebPage,
  SOCIAL_POST: parseSocialPost,
  HTML: parseHtml,
  MARKDOWN: (raw) => parseMarkdown(raw, "MARKDOWN"),
  TEXT: (raw) => parseMarkdown(raw, "TEXT"),
};

export interface RawInput {
  filename?: string;
  bytes?: Uint8Array;
  text?: string;
}

export function parseDocument(input: RawInput): ParsedDocument {
  const raw = input.bytes ? decodeDocument(input.bytes) : checkText(input.text ?? "");
  const format = detectFormat(raw, input.filename);
  assertReadable(format, raw);
  const doc = PARSERS[format](raw);
  // One shared last step, whatever the format: repeated text stored once, hard-wrapped prose joined.
  doc.text = finishArticleText(doc.text, doc.title, doc.warnings);
  if (!doc.text.trim())
    throw new ImportError(`No article text found in this ${format.toLowerCase().replace("_", " ")} document.`);
  return doc;
}
