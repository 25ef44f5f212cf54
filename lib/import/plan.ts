// Planning a read document: its keys (content hash, URL) and whether it repeats an article already
// imported, then each extracted candidate matched against the claim index and judged by the learned
// model. Pure apart from the one lookup of imported articles; nothing here writes.
import { createHash } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import type { CandidateClaim, Extraction, TechRef } from "@/lib/extract";
import { candidateInput, headingIndex } from "@/lib/extract/learn-features";
import { matchCandidate, type CandidateMatch } from "@/lib/match/candidate";
import type { IndexedClaim } from "@/lib/match/index";
import { slugify } from "@/lib/text/slug";
import type { ImportContext } from "./context";
import type { ParsedDocument } from "./document";
import { ImportError } from "./errors";
import { judge } from "./learned";
import type { ReadInput } from "./read";
import { readerPool } from "./reader-pool";
import type { ArticleReport, ClaimReport, ContradictionReport } from "./report";

const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

export function baseReport(file: string, doc: ParsedDocument): ArticleReport {
  return {
    file,
    format: doc.format,
    status: "preview",
    articleSlug: null,
    title: doc.title,
    url: doc.canonicalUrl ?? doc.url,
    author: doc.author,
    publishedAt: doc.publishedAt,
    tags: doc.tags,
    warnings: [...doc.warnings],
    note: doc.note,
    noteAuthor: doc.noteAuthor,
    comments: doc.comments.length,
    text: doc.text,
    claims: [],
    newTechnologies: [],
  };
}

/** What a document will write: its report, keys, and each candidate's match against the index. */
export interface DocumentPlan {
  file: string;
  doc: ParsedDocument;
  report: ArticleReport;
  contentHash: string;
  url: string | null;
  pending: Array<{ claim: ClaimReport; indexed: IndexedClaim } & CandidateMatch>;
  /** Technologies its claims name that are not stored yet: written as PROPOSED with the document. */
  newTechnologies: TechRef[];
}

export type ImportedArticle = { slug: string; contentHash: string; url: string | null };

export function keysOf(doc: ParsedDocument): { contentHash: string; url: string | null } {
  return { contentHash: sha256(doc.text), url: doc.canonicalUrl ?? doc.url };
}

/** Articles already imported with any of these hashes or URLs, in one query. */
export async function findImported(
  db: Db | Tx,
  keys: Array<{ contentHash: string; url: string | null }>,
): Promise<ImportedArticle[]> {
  if (!keys.length) return [];
  const urls = keys.flatMap((k) => (k.url ? [k.url] : []));
  return db.article.findMany({
    where: {
      OR: [{ contentHash: { in: keys.map((k) => k.contentHash) } }, ...(urls.length ? [{ url: { in: urls } }] : [])],
    },
    select: { slug: true, contentHash: true, url: true },
  });
}

/** The article a document repeats (same content first, then same URL), marking its report; null when new. */
export function repeated(
  plan: Pick<DocumentPlan, "report" | "contentHash" | "url">,
  imported: Iterable<ImportedArticle>,
): ImportedArticle | null {
  const all = [...imported];
  const existing =
    all.find((a) => a.contentHash === plan.contentHash) ?? (plan.url ? all.find((a) => a.url === plan.url) : undefined);
  if (!existing) return null;
  plan.report.status = "already-imported";
  plan.report.articleSlug = existing.slug;
  plan.report.warnings.push(
    `Already imported as "${existing.slug}" (same ${existing.contentHash === plan.contentHash ? "content" : "URL"}); nothing changed.`,
  );
  return existing;
}

/**
 * A document read in the pool: parsed, its claims extracted with the catalogue as it was then (`learned`
 * technologies learned from earlier documents of the run; see current()).
 */
export interface ReadDocument {
  file: string;
  doc: ParsedDocument;
  extraction: Extraction;
  learned: number;
}

/** Matches each extracted candidate against the index (which holds every claim written before). */
export function planDocument({ file, doc, extraction }: ReadDocument, ctx: ImportContext): DocumentPlan {
  const report = baseReport(file, doc);
  const candidates = withoutRejected(extraction.claims, ctx.rejected);
  const named = new Set(candidates.flatMap((c) => c.technologies));
  const newTechnologies = extraction.proposed.filter(
    (t) => named.has(t.slug) && !ctx.techIds.has(t.slug) && !ctx.rejected.has(t.slug),
  );
  report.newTechnologies = newTechnologies.map((t) => ({ slug: t.slug, name: t.name, category: t.category ?? null }));
  const matchStart = performance.now();
  const fileKey = slugify(file.replace(/^.*\//, ""), 40);
  const judged = judgeCandidates(candidates, extraction, doc, ctx);
  report.hiddenCandidates = judged.filter((j) => j.hidden).length;
  const pending = candidates.map((c, n) => {
    const indexed: IndexedClaim = {
      id: `${fileKey}#${n + 1}`,
      slug: `${fileKey}#${n + 1}`,
      kind: c.kind,
      technologies: c.technologies,
      topic: c.topic,
      metric: c.metric,
      value: c.value,
      unit: c.unit,
      conditions: c.conditions,
      statement: c.statement,
    };
    const match = matchCandidate(ctx.index, indexed);
    return {
      claim: {
        ...c,
        key: indexed.slug,
        matches: match.same?.slug ?? null,
        keepScore: judged[n].score,
        hidden: judged[n].hidden,
      },
      indexed,
      ...match,
    };
  });
  ctx.index.matchMs += performance.now() - matchStart;
  report.claims = pending.map((p) => p.claim);
  return { file, doc, report, ...keysOf(doc), pending, newTechnologies };
}

/** Each candidate's keep score from the learned model, and whether it falls under the threshold (hidden in the review queue). */
function judgeCandidates(
  candidates: CandidateClaim[],
  extraction: Extraction,
  doc: ParsedDocument,
  ctx: ImportContext,
): Array<{ score: number; hidden: boolean }> {
  const found = new Map(extraction.proposed.map((t) => [t.slug, t]));
  const names = (slug: string): string[] => {
    const ref = ctx.resolver.ref(slug) ?? found.get(slug);
    return ref ? [ref.name, ...ref.aliases] : [slug];
  };
  const where = { names, format: doc.format, heading: headingIndex(doc.text) };
  return candidates.map((c) => judge(ctx.model, candidateInput(c, where)));
}

/** Claims lose the technologies editors deleted; a claim left about nothing is dropped. */
function withoutRejected(claims: CandidateClaim[], rejected: Set<string>): CandidateClaim[] {
  if (!rejected.size) return claims;
  return claims
    .map((c) => ({ ...c, technologies: c.technologies.filter((t) => !rejected.has(t)) }))
    .filter((c) => c.technologies.length > 0);
}

export const proposalsOf = (plan: DocumentPlan) => plan.pending.flatMap((p) => p.proposals);

export function preview(plan: DocumentPlan): { article: ArticleReport; contradictions: ContradictionReport[] } {
  return {
    article: plan.report,
    contradictions: proposalsOf(plan).map((x) => ({
      a: x.a.slug,
      b: x.b.slug,
      kind: x.kind,
      status: x.status,
      reason: x.reason,
    })),
  };
}

/** Reads documents in the pool with the context's catalogue as it is now; results in order, failures as messages. */
export async function readAll(
  inputs: ReadInput[],
  ctx: ImportContext,
  budgetMs?: number,
): Promise<Array<ReadDocument | { file: string; message: string }>> {
  const learned = ctx.catalogue.learned.length;
  const results = await readerPool().read(
    inputs,
    { techs: ctx.catalogue.techs, learned: ctx.catalogue.learned.slice(), id: ctx.catalogue.id },
    budgetMs,
  );
  return results.map((r) => ("message" in r ? r : { ...r, learned }));
}

/**
 * Whether a technology learned since the document was read is one its resolver did not know. A
 * learned technology the resolver already had by slug (one of the lexicon's, stored as proposed by an
 * earlier document, or one learned before) leaves that resolver as it was (TechResolver.extendedWith
 * skips known slugs), so reading again would give the same extraction.
 */
function learnedUnknown(read: ReadDocument, ctx: ImportContext): boolean {
  const learned = ctx.catalogue.learned;
  const before = new Set(learned.slice(0, read.learned).map((t) => t.slug));
  return learned.slice(read.learned).some((t) => !ctx.loaded.has(t.slug) && !before.has(t.slug));
}

/**
 * The document's extraction with every technology learned so far. Documents are read ahead, but one
 * that lands may teach the run new technologies (proposed ones) that a later document's claims should
 * name, as if each were read just before it is written: such a document is extracted again.
 */
export async function current(read: ReadDocument, ctx: ImportContext, budgetMs?: number): Promise<ReadDocument> {
  if (read.learned === ctx.catalogue.learned.length || !learnedUnknown(read, ctx)) return read;
  const [again] = await readAll([{ file: read.file, parsed: read.doc }], ctx, budgetMs);
  if ("message" in again) throw new ImportError(again.message);
  return again;
}
