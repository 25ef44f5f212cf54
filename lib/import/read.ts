// Reading one document: bytes, text or a fetched page -> parsed document -> candidate claims. Pure,
// and the only part of an import that runs third-party text through our regexes and parsers (and
// Readability's), so it runs in the reader pool's worker threads (lib/import/reader-pool.ts), never on
// the server's event loop. Failures come back as values (a message an editor can act on), because
// they cross a thread.
import { extractDocument, TechResolver, type Extraction, type TechRef } from "@/lib/extract";
import { AppError } from "@/lib/errors";
import type { ParsedDocument } from "./document";
import { parseDocument, type RawInput } from "./index";
import { pageToImport, type Page } from "./readable";

/** What the importer is given: an uploaded or pasted document, or a page fetched by URL (not yet read). */
export type ImportInput = (RawInput & { filename: string }) | { filename: string; page: Page };

/** A document to read: raw or fetched (parse, then extract) or already parsed (extract only). */
export type ReadInput =
  { file: string; raw: RawInput } | { file: string; page: Page } | { file: string; parsed: ParsedDocument };

export type ReadResult =
  { file: string; doc: ParsedDocument; extraction: Extraction } | { file: string; message: string };

/**
 * The technologies extraction knows, as plain data that crosses to a worker: the catalogue, and the
 * proposed technologies documents of this run taught it since (in that order of precedence).
 */
export interface Catalogue {
  techs: TechRef[];
  learned: TechRef[];
  /**
   * Names one import context's catalogue (lib/import/context.ts): under one id the techs never change
   * and learned only grows, so a reader thread builds the resolver once per id and number learned.
   */
  id?: string;
}

export function resolverFor(catalogue: Catalogue): TechResolver {
  const resolver = new TechResolver(catalogue.techs);
  return catalogue.learned.length ? resolver.extendedWith(catalogue.learned) : resolver;
}

/** Resolvers a reader thread built, by catalogue id and number learned (the last few: one import runs at a time). */
const resolvers = new Map<string, TechResolver>();
const KEPT_RESOLVERS = 4;

/**
 * resolverFor, built once per catalogue: building one registers the whole lexicon (≈ 10 ms, measured),
 * which cost every message to a reader (up to 8 documents) and every document read again.
 */
export function cachedResolverFor(catalogue: Catalogue): TechResolver {
  if (catalogue.id === undefined) return resolverFor(catalogue);
  const key = `${catalogue.id}:${catalogue.learned.length}:${catalogue.learned.at(-1)?.slug ?? ""}`;
  let resolver = resolvers.get(key);
  if (!resolver) {
    resolver = resolverFor(catalogue);
    resolvers.set(key, resolver);
    if (resolvers.size > KEPT_RESOLVERS) resolvers.delete(resolvers.keys().next().value as string);
  }
  return resolver;
}

/** What an import reports for a document that failed: our own errors as written, anything else marked as a failure. */
export function failureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return `Import failed: ${error instanceof Error ? error.message.split("\n").slice(-1)[0] : String(error)}`;
}

function parsed(input: ReadInput): ParsedDocument {
  if ("raw" in input) return parseDocument(input.raw);
  if ("page" in input) return parseDocument(pageToImport(input.page));
  return input.parsed;
}

export function readDocument(input: ReadInput, resolver: TechResolver): ReadResult {
  try {
    const doc = parsed(input);
    return { file: input.file, doc, extraction: extractDocument(doc.text, resolver, { title: doc.title }) };
  } catch (error) {
    return { file: input.file, message: failureMessage(error) };
  }
}
