// The DB side of importing: each document lands whole or not at all (article, claims, citations,
// contradictions, and a Revision for each), deduplicated by content hash and canonical URL. Staff only.
// Many files go CHUNK documents per transaction, each document inside its own savepoint: one commit
// (one disk sync on SQLite) per chunk instead of per document, and a failing document still rolls back
// alone while the others of its chunk land.
// Parsing and extraction, the steps that run third-party text through regexes and parsers, happen in
// the reader pool's worker threads (reader-pool.ts), each document within a time budget, while this
// module (matching and writing) stays on the event loop: the next chunk is read while one is written.
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { TechResolver, type CandidateClaim, type Extraction, type TechRef } from "@/lib/extract";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { matchCandidate, type CandidateMatch } from "@/lib/match/candidate";
import { ClaimIndex, type IndexedClaim } from "@/lib/match/index";
import { articles, claims } from "@/lib/resources";
import { authorize } from "@/lib/services/records";
import { slugify, uniqueSlug } from "@/lib/text/slug";
import type { ParsedDocument } from "./document";
import { ImportError } from "./errors";
import { failureMessage, type Catalogue, type ImportInput, type ReadInput } from "./read";
import { readerPool } from "./reader-pool";
import { afterImport } from "./after-import";
import { DocumentWriter } from "./write";
import type { ArticleReport, ClaimReport, ContradictionReport, ImportReport } from "./report";
import { deriveDirections } from "@/lib/extract/direction";
import type { Model } from "@/lib/extract/learn";
import { candidateInput, headingIndex } from "@/lib/extract/learn-features";
import { judge, learnedModel } from "./learned";

export type { ImportInput } from "./read";

export interface ImportContext {
  /** What the reader threads build their resolver from; always the same technologies as `resolver`. */
  catalogue: Catalogue;
  resolver: TechResolver;
  techIds: Map<string, string>;
  /** Slugs of technologies editors deleted (rejected or merged away): never proposed again. */
  rejected: Set<string>;
  index: ClaimIndex;
  /** What editors' decisions taught (lib/import/learned.ts): each candidate's keep score, and which are hidden. */
  model: Model;
}

const stringsOf = (json: unknown): string[] => (Array.isArray(json) ? json.filter((a): a is string => typeof a === "string") : []);

export async function loadImportContext(db: Db | Tx): Promise<ImportContext> {
  const all = await db.technology.findMany({ select: { id: true, slug: true, name: true, aliases: true, status: true, deletedAt: true } });
  const techs = all.filter((t) => !t.deletedAt);
  const refs = techs.map((t) => ({ slug: t.slug, name: t.name, aliases: stringsOf(t.aliases), proposed: t.status === "PROPOSED" }));
  const index = new ClaimIndex();
  const rows = await db.claim.findMany({
    where: { deletedAt: null, mergedIntoId: null, status: { notIn: ["RETRACTED", "REFUTED"] } },
    select: { id: true, slug: true, kind: true, topic: true, metric: true, value: true, unit: true, conditions: true, statement: true, technologies: { select: { slug: true } } },
  });
  for (const r of rows) index.add({ ...r, technologies: r.technologies.map((t) => t.slug), conditions: (r.conditions ?? {}) as Record<string, unknown> });
  return { catalogue: { techs: refs, learned: [] }, resolver: new TechResolver(refs), techIds: new Map(techs.map((t) => [t.slug, t.id])), rejected: new Set(all.filter((t) => t.deletedAt).map((t) => t.slug)), index, model: await learnedModel(db) };
}

const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

function baseReport(file: string, doc: ParsedDocument): ArticleReport {
  return {
    file, format: doc.format, status: "preview", articleSlug: null, title: doc.title, url: doc.canonicalUrl ?? doc.url, author: doc.author,
    publishedAt: doc.publishedAt, tags: doc.tags, warnings: [...doc.warnings], note: doc.note, noteAuthor: doc.noteAuthor, comments: doc.comments.length, text: doc.text, claims: [], newTechnologies: [],
  };
}

/** What a document will write: its report, keys, and each candidate's match against the index. */
interface DocumentPlan {
  file: string;
  doc: ParsedDocument;
  report: ArticleReport;
  contentHash: string;
  url: string | null;
  pending: Array<{ claim: ClaimReport; indexed: IndexedClaim } & CandidateMatch>;
  /** Technologies its claims name that are not stored yet: written as PROPOSED with the document. */
  newTechnologies: TechRef[];
}

/** What a written document taught the index, and what it reports once committed. */
interface WrittenDocument { slug: string; learned: IndexedClaim[]; raised: ContradictionReport[]; technologies: Array<{ ref: TechRef; id: string }> }

type ImportedArticle = { slug: string; contentHash: string; url: string | null };

function keysOf(doc: ParsedDocument): { contentHash: string; url: string | null } {
  return { contentHash: sha256(doc.text), url: doc.canonicalUrl ?? doc.url };
}

/** Articles already imported with any of these hashes or URLs, in one query. */
async function findImported(db: Db | Tx, keys: Array<{ contentHash: string; url: string | null }>): Promise<ImportedArticle[]> {
  if (!keys.length) return [];
  const urls = keys.flatMap((k) => (k.url ? [k.url] : []));
  return db.article.findMany({ where: { OR: [{ contentHash: { in: keys.map((k) => k.contentHash) } }, ...(urls.length ? [{ url: { in: urls } }] : [])] }, select: { slug: true, contentHash: true, url: true } });
}

/** The article a document repeats (same content first, then same URL), marking its report; null when new. */
function repeated(plan: Pick<DocumentPlan, "report" | "contentHash" | "url">, imported: Iterable<ImportedArticle>): ImportedArticle | null {
  const all = [...imported];
  const existing = all.find((a) => a.contentHash === plan.contentHash) ?? (plan.url ? all.find((a) => a.url === plan.url) : undefined);
  if (!existing) return null;
  plan.report.status = "already-imported";
  plan.report.articleSlug = existing.slug;
  plan.report.warnings.push(`Already imported as "${existing.slug}" (same ${existing.contentHash === plan.contentHash ? "content" : "URL"}); nothing changed.`);
  return existing;
}

/**
 * A document read in the pool: parsed, its claims extracted with the catalogue as it was then (`learned`
 * technologies learned from earlier documents of the run; see current()).
 */
interface ReadDocument { file: string; doc: ParsedDocument; extraction: Extraction; learned: number }

/** Matches each extracted candidate against the index (which holds every claim written before). */
function planDocument({ file, doc, extraction }: ReadDocument, ctx: ImportContext): DocumentPlan {
  const report = baseReport(file, doc);
  const candidates = withoutRejected(extraction.claims, ctx.rejected);
  const named = new Set(candidates.flatMap((c) => c.technologies));
  const newTechnologies = extraction.proposed.filter((t) => named.has(t.slug) && !ctx.techIds.has(t.slug) && !ctx.rejected.has(t.slug));
  report.newTechnologies = newTechnologies.map((t) => ({ slug: t.slug, name: t.name, category: t.category ?? null }));
  const matchStart = performance.now();
  const fileKey = slugify(file.replace(/^.*\//, ""), 40);
  const judged = judgeCandidates(candidates, extraction, doc, ctx);
  report.hiddenCandidates = judged.filter((j) => j.hidden).length;
  const pending = candidates.map((c, n) => {
    const indexed: IndexedClaim = { id: `${fileKey}#${n + 1}`, slug: `${fileKey}#${n + 1}`, kind: c.kind, technologies: c.technologies, topic: c.topic, metric: c.metric, value: c.value, unit: c.unit, conditions: c.conditions, statement: c.statement };
    const match = matchCandidate(ctx.index, indexed);
    return { claim: { ...c, key: indexed.slug, matches: match.same?.slug ?? null, keepScore: judged[n].score, hidden: judged[n].hidden }, indexed, ...match };
  });
  ctx.index.matchMs += performance.now() - matchStart;
  report.claims = pending.map((p) => p.claim);
  return { file, doc, report, ...keysOf(doc), pending, newTechnologies };
}

/** Each candidate's keep score from the learned model, and whether it falls under the threshold (hidden in the review queue). */
function judgeCandidates(candidates: CandidateClaim[], extraction: Extraction, doc: ParsedDocument, ctx: ImportContext): Array<{ score: number; hidden: boolean }> {
  const found = new Map(extraction.proposed.map((t) => [t.slug, t]));
  const names = (slug: string): string[] => { const ref = ctx.resolver.ref(slug) ?? found.get(slug); return ref ? [ref.name, ...ref.aliases] : [slug]; };
  const where = { names, format: doc.format, heading: headingIndex(doc.text) };
  return candidates.map((c) => judge(ctx.model, candidateInput(c, where)));
}

/** Claims lose the technologies editors deleted; a claim left about nothing is dropped. */
function withoutRejected(claims: CandidateClaim[], rejected: Set<string>): CandidateClaim[] {
  if (!rejected.size) return claims;
  return claims.map((c) => ({ ...c, technologies: c.technologies.filter((t) => !rejected.has(t)) })).filter((c) => c.technologies.length > 0);
}

// The lexicon's categories, as the catalogue's coarser kinds.
const KIND_OF_CATEGORY: Record<string, string> = {
  language: "language", database: "database", cache: "database", "search-engine": "database", "vector-database": "database",
  "web-framework": "framework", "frontend-framework": "framework", "mobile-framework": "framework", "css-framework": "framework", "test-framework": "framework",
  orm: "library", "data-processing": "library", "ml-framework": "library", "stream-processing": "platform", "message-broker": "platform",
  runtime: "platform", "cloud-service": "platform", orchestration: "platform", container: "platform", os: "platform", "web-server": "platform", proxy: "platform",
};

/** Stores a document's new technologies as PROPOSED and returns their ids (registered once the document commits). */
async function writeProposed(write: DocumentWriter, plan: DocumentPlan, ctx: ImportContext): Promise<Array<{ ref: TechRef; id: string }>> {
  const fresh = plan.newTechnologies.filter((t) => !ctx.techIds.has(t.slug));
  const rows = await write.proposedTechnologies(fresh.map((t) => ({ slug: t.slug, name: t.name.slice(0, 120), kind: KIND_OF_CATEGORY[t.category ?? ""] ?? "tool", aliases: t.aliases.slice(0, 30), homepage: t.homepage ?? null })), `Named in ${plan.file}`);
  return rows.map((r, i) => ({ ref: fresh[i], id: r.id }));
}

/** Once a document has committed, later documents resolve its new technologies to the stored rows. */
function learnTechnologies(ctx: ImportContext, written: Array<{ ref: TechRef; id: string }>): void {
  if (!written.length) return;
  for (const t of written) ctx.techIds.set(t.ref.slug, t.id);
  const learned = written.map((t) => ({ ...t.ref, proposed: true }));
  ctx.resolver = ctx.resolver.extendedWith(learned);
  ctx.catalogue.learned.push(...learned);
}

const proposalsOf = (plan: DocumentPlan) => plan.pending.flatMap((p) => p.proposals);

function preview(plan: DocumentPlan): { article: ArticleReport; contradictions: ContradictionReport[] } {
  return { article: plan.report, contradictions: proposalsOf(plan).map((x) => ({ a: x.a.slug, b: x.b.slug, kind: x.kind, status: x.status, reason: x.reason })) };
}

/** A free article slug: `taken` holds slugs known to be used; those in `checked` were looked up already. */
async function articleSlug(tx: Tx, title: string, taken: Set<string>, checked: Set<string>): Promise<string> {
  const slug = await uniqueSlug(title, async (s) => taken.has(s) || (!checked.has(s) && (await tx.article.findFirst({ where: { slug: s }, select: { id: true } })) !== null));
  taken.add(slug);
  return slug;
}

/** Writes a planned document in the transaction. The index learns its claims only once they are committed. */
async function writeDocument(tx: Tx, actor: Actor, plan: DocumentPlan, ctx: ImportContext, slug: string): Promise<WrittenDocument> {
  const { doc, file, pending } = plan;
  const write = new DocumentWriter(tx, actor);
  const article = await write.article({
    slug, title: doc.title.slice(0, 300), url: plan.url, domain: doc.domain, author: doc.author?.slice(0, 200) ?? null, publishedAt: doc.publishedAt ? new Date(doc.publishedAt) : null,
    format: doc.format, rawContent: doc.rawContent, text: doc.text, excerpt: doc.excerpt.slice(0, 5000), tags: doc.tags, note: doc.note, noteAuthor: doc.noteAuthor,
    comments: doc.comments as unknown as Prisma.JsonArray, readTime: doc.readTime?.slice(0, 40) ?? null, warnings: doc.warnings, contentHash: plan.contentHash, status: "IMPORTED", importedById: actor.id || null, houseSource: false,
  }, `Imported from ${file}`);
  const proposed = await writeProposed(write, plan, ctx);
  const idOf = (slug: string) => ctx.techIds.get(slug) ?? proposed.find((t) => t.ref.slug === slug)?.id ?? "";
  const fresh = pending.filter((p) => !p.same);
  const inserted = await write.claims(fresh.map((p) => ({ ...p.claim, technologyIds: p.claim.technologies.map(idOf).filter(Boolean), directions: deriveDirections(p.claim) })), `Extracted from ${file}`);
  // The candidates' stand-ins in the index become the stored claims.
  const stored = new Map<IndexedClaim, IndexedClaim>();
  fresh.forEach((p, i) => stored.set(p.indexed, { ...p.indexed, id: inserted[i].id, slug: inserted[i].slug }));
  if (inserted.length) await tx.claimScore.createMany({ data: fresh.map((p, i) => ({ claimId: inserted[i].id, score: p.claim.keepScore ?? 0.5, hidden: p.claim.hidden ?? false })) });
  const claimIdOf = (p: (typeof pending)[number]): string => p.same?.id ?? (stored.get(p.indexed) as IndexedClaim).id;
  await write.citations(article.id, pending.map((p) => ({ claimId: claimIdOf(p), quote: p.claim.quote, start: p.claim.start, end: p.claim.end, stance: p.claim.stance })));
  const added = await write.contradictions(proposalsOf(plan).map((x) => {
    const b = stored.get(x.b) ?? x.b;
    return { claimAId: x.a.id, claimBId: b.id, kind: x.kind, status: x.status, reason: x.reason, report: { a: x.a.slug, b: b.slug, kind: x.kind, status: x.status, reason: x.reason } };
  }), new Set(inserted.map((c) => c.id)));
  await write.recordRevisions();
  return { slug, learned: [...stored.values()], raised: added.map((x) => x.report), technologies: proposed };
}

/** The report of a committed document (its new claims' keys are their slugs now). */
function imported(plan: DocumentPlan, written: WrittenDocument): { article: ArticleReport; contradictions: ContradictionReport[] } {
  plan.pending.filter((p) => !p.same).forEach((p, i) => { p.claim.key = written.learned[i].slug; });
  plan.report.status = "imported";
  plan.report.articleSlug = written.slug;
  return { article: plan.report, contradictions: written.raised };
}

/** Reads documents in the pool with the context's catalogue as it is now; results in order, failures as messages. */
async function readAll(inputs: ReadInput[], ctx: ImportContext, budgetMs?: number): Promise<Array<ReadDocument | { file: string; message: string }>> {
  const learned = ctx.catalogue.learned.length;
  const results = await readerPool().read(inputs, { techs: ctx.catalogue.techs, learned: ctx.catalogue.learned.slice() }, budgetMs);
  return results.map((r) => ("message" in r ? r : { ...r, learned }));
}

/**
 * The document's extraction with every technology learned so far. Documents are read ahead, but one
 * that lands may teach the run new technologies (proposed ones) that a later document's claims should
 * name, as if each were read just before it is written: such a document is extracted again.
 */
async function current(read: ReadDocument, ctx: ImportContext, budgetMs?: number): Promise<ReadDocument> {
  if (read.learned === ctx.catalogue.learned.length) return read;
  const [again] = await readAll([{ file: read.file, parsed: read.doc }], ctx, budgetMs);
  if ("message" in again) throw new ImportError(again.message);
  return again;
}

/** Imports one already-parsed document in its own transaction. Returns its report and the contradictions it raised. */
export async function importParsed(db: Db, actor: Actor, file: string, doc: ParsedDocument, ctx: ImportContext, dryRun: boolean): Promise<{ article: ArticleReport; contradictions: ContradictionReport[] }> {
  const keys = { report: baseReport(file, doc), ...keysOf(doc) };
  if (repeated(keys, await findImported(db, [keys]))) return { article: keys.report, contradictions: [] };
  const [read] = await readAll([{ file, parsed: doc }], ctx);
  if ("message" in read) throw new ImportError(read.message);
  const plan = planDocument(read, ctx);
  if (dryRun) return preview(plan);
  const written = await db.$transaction(async (tx) => writeDocument(tx, actor, plan, ctx, await articleSlug(tx, doc.title, new Set(), new Set())), { timeout: 60_000 });
  for (const claim of written.learned) ctx.index.add(claim);
  learnTechnologies(ctx, written.technologies);
  return imported(plan, written);
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  /** A context (technologies + claim index) already loaded, e.g. by a caller that times it; built here otherwise. */
  context?: ImportContext;
  /** How long one transaction of documents may run before it commits (default CHUNK_MS). */
  transactionMs?: number;
  /** CPU time one document may take to parse and extract (default readBudgetMs(): IMPORT_READ_BUDGET_S or 10 s); over it, the document fails alone. */
  readBudgetMs?: number;
  /**
   * Called inside each chunk's transaction, just before it commits, with what became of the documents it
   * handled (by position in `files`): a durable job records its progress here, so the record and the
   * writes land together or not at all. Documents that failed outside a transaction (unreadable, or a
   * chunk whose transaction failed) come in the next chunk's call, or in a transaction of their own.
   * Throwing ImportStopped rolls the chunk back and ends the import (no report).
   */
  onCommit?: (tx: Tx, outcomes: DocumentOutcome[]) => Promise<void>;
  /** Asked before each chunk: true ends the import there (the documents not reached are left alone). */
  stop?: () => boolean;
}

/** What became of one document, as a durable job records it. */
export interface DocumentOutcome {
  /** Its position in the files imported. */
  at: number;
  status: "imported" | "already-imported" | "failed";
  articleSlug: string | null;
  /** Claims found in it (new or citing existing ones); 0 for a repeat or a failure. */
  claims: number;
  message: string | null;
}

/** Thrown by an onCommit hook to roll the chunk back and end the import: a runner lost its job, or was stopped. */
export class ImportStopped extends Error {}

/** At most this many documents per transaction: below PostgreSQL's 64 cached subtransactions (one savepoint each). */
export const CHUNK = 32;
/**
 * And a chunk's transaction closes once it has run this long: on SQLite it holds the write lock
 * (and the process's one connection) that editors' saves wait for, at most 10 s (lib/services).
 */
export const CHUNK_MS = 250;

/** Imports many files; each lands whole or not at all; a failing file does not stop the others. */
export async function importFiles(db: Db, actor: Actor | null, files: ImportInput[], options: ImportOptions = {}): Promise<ImportReport> {
  const who = authorize(articles, actor, "create");
  authorize(claims, who, "create");
  // Built once per run, then updated as each document lands (never rebuilt per document).
  const ctx = options.context ?? (await loadImportContext(db));
  const report: ImportReport = { articles: [], contradictions: [], errors: [] };
  let done = 0;
  const progress = (file: string) => options.onProgress?.(++done, files.length, file);
  // A preview's candidates join the index while the run lasts (so it reports the contradictions between
  // its documents), and leave it at the end: a preview writes nothing, in the database or in memory.
  const previewed: IndexedClaim[] = [];
  try {
    await importAll(db, who, files, ctx, options, report, progress, previewed);
  } finally {
    for (const claim of previewed) ctx.index.remove(claim);
  }
  if (!options.dryRun && report.articles.length) await afterImport(db, report);
  return report;
}


/** What the reader is given for an input: a page fetched by URL is turned into a document in the reader too. */
const readInput = (f: ImportInput): ReadInput => ("page" in f ? { file: f.filename, page: f.page } : { file: f.filename, raw: { filename: f.filename, bytes: f.bytes, text: f.text } });

async function importAll(db: Db, who: Actor, files: ImportInput[], ctx: ImportContext, options: ImportOptions, report: ImportReport, progress: (file: string) => void, previewed: IndexedClaim[]): Promise<void> {
  const readChunk = (from: number) => readAll(files.slice(from, from + CHUNK).map(readInput), ctx, options.readBudgetMs);
  // Failures no transaction recorded yet (see ImportOptions.onCommit).
  const unrecorded: DocumentOutcome[] = [];
  const failed = (at: number, r: { file: string; message: string }) => { report.errors.push(r); if (options.onCommit) unrecorded.push({ at, ...outcomeOf(r) }); };
  let reading = readChunk(0);
  for (let from = 0; from < files.length && !options.stop?.(); from += CHUNK) {
    const results = await reading;
    // The workers read the next chunk while this one is matched and written.
    if (from + CHUNK < files.length) reading = readChunk(from + CHUNK);
    const parsed: ReadDocument[] = [];
    const positions: number[] = [];
    results.forEach((result, i) => {
      if ("message" in result) { failed(from + i, result); progress(result.file); }
      else { parsed.push(result); positions.push(from + i); }
    });
    for (let next = 0; next < parsed.length && !options.stop?.();) {
      const at = positions.slice(next);
      const onCommit = options.onCommit && (async (tx: Tx, outcomes: Array<Omit<DocumentOutcome, "at">>) => options.onCommit?.(tx, [...unrecorded, ...outcomes.map((o, i) => ({ ...o, at: at[i] }))]));
      const { results, committed } = await importChunk(db, who, parsed.slice(next), ctx, { dryRun: options.dryRun ?? false, budgetMs: options.transactionMs ?? CHUNK_MS, readBudgetMs: options.readBudgetMs, progress, previewed, onCommit });
      if (committed) unrecorded.length = 0;
      results.forEach((r, i) => {
        if ("message" in r) report.errors.push(r);
        else { report.articles.push(r.article); report.contradictions.push(...r.contradictions); }
        // A failed transaction recorded nothing: its documents' outcomes go with the next commit.
        if (!committed && options.onCommit) unrecorded.push({ at: at[i], ...outcomeOf(r) });
      });
      next += results.length;
    }
    if (unrecorded.length && options.onCommit) {
      const record = options.onCommit;
      await db.$transaction((tx) => record(tx, unrecorded), { timeout: 60_000 });
      unrecorded.length = 0;
    }
  }
  if (reading) await reading.catch(() => undefined);
}

type ChunkResult = { article: ArticleReport; contradictions: ContradictionReport[] } | { file: string; message: string };
/** A document written in the chunk's transaction: reported as imported once that commits. */
type Uncommitted = { plan: DocumentPlan; written: WrittenDocument };

/** What a chunk's transaction knows as it goes: article slugs in use, articles imported, claims the index learned. */
interface ChunkState { taken: Set<string>; checked: Set<string>; known: ImportedArticle[]; learned: IndexedClaim[]; technologies: string[] }

/**
 * Parsed documents from the first on: one lookup of those already imported, then one transaction in
 * which each document is planned against everything written before it and written inside a savepoint,
 * until all are done or its time budget has passed. Returns the results of the documents it handled (at least one).
 */
interface ChunkOptions {
  dryRun: boolean;
  budgetMs: number;
  readBudgetMs?: number;
  progress: (file: string) => void;
  previewed: IndexedClaim[];
  onCommit?: (tx: Tx, outcomes: Array<Omit<DocumentOutcome, "at">>) => Promise<void>;
}

/** A document's outcome as a job records it (see ImportOptions.onCommit). */
function outcomeOf(r: ChunkResult | Uncommitted): Omit<DocumentOutcome, "at"> {
  if ("written" in r) return { status: "imported", articleSlug: r.written.slug, claims: r.plan.pending.length, message: null };
  if ("message" in r) return { status: "failed", articleSlug: null, claims: 0, message: r.message };
  return { status: r.article.status === "imported" ? "imported" : "already-imported", articleSlug: r.article.articleSlug, claims: r.article.status === "imported" ? r.article.claims.length : 0, message: null };
}

async function importChunk(db: Db, actor: Actor, parsed: ReadDocument[], ctx: ImportContext, { dryRun, budgetMs, readBudgetMs, progress, previewed, onCommit }: ChunkOptions): Promise<{ results: ChunkResult[]; committed: boolean }> {
  const keyed = parsed.map((read) => ({ ...read, report: baseReport(read.file, read.doc), ...keysOf(read.doc) }));
  const stored = await findImported(db, keyed);
  if (dryRun) {
    return { committed: false, results: keyed.map((k) => {
      if (repeated(k, stored)) { progress(k.file); return { article: k.report, contradictions: [] }; }
      const plan = planDocument(k, ctx);
      // Later documents of the preview are matched against this one's claims, as the real import would.
      for (const p of plan.pending) if (!p.same) { ctx.index.add(p.indexed); previewed.push(p.indexed); }
      progress(k.file);
      return preview(plan);
    }) };
  }
  const state: ChunkState = { taken: new Set(), checked: new Set(), known: [...stored], learned: [], technologies: [] };
  const outcomes: Array<ChunkResult | Uncommitted> = [];
  try {
    await db.$transaction(async (tx) => {
      const started = performance.now();
      const roots = [...new Set(keyed.map((k) => slugify(k.doc.title)))];
      for (const a of await tx.article.findMany({ where: { slug: { in: roots } }, select: { slug: true } })) state.taken.add(a.slug);
      for (const root of roots) state.checked.add(root);
      for (const k of keyed) {
        if (outcomes.length && performance.now() - started > budgetMs) break;
        outcomes.push(repeated(k, state.known) ? { article: k.report, contradictions: [] } : await importInSavepoint(tx, actor, k, ctx, state, readBudgetMs));
        progress(k.file);
      }
      await onCommit?.(tx, outcomes.map(outcomeOf));
    }, { timeout: 60_000 + 10_000 * keyed.length });
  } catch (error) {
    // The transaction failed: nothing of the chunk landed, so the index forgets what it learned from it.
    // Documents that failed on their own and repeats of articles stored before keep their reports.
    for (const claim of state.learned) ctx.index.remove(claim);
    for (const slug of state.technologies) ctx.techIds.delete(slug);
    if (error instanceof ImportStopped) throw error;
    const before = new Set(stored.map((a) => a.slug));
    return { committed: false, results: keyed.slice(0, Math.max(outcomes.length, 1)).map((k, i) => {
      const o = outcomes[i];
      const keep = o && ("message" in o || ("article" in o && before.has(o.article.articleSlug ?? "")));
      return keep ? (o as ChunkResult) : { file: k.file, message: failureMessage(error) };
    }) };
  }
  return { committed: true, results: outcomes.map((o) => ("written" in o ? imported(o.plan, o.written) : o)) };
}

/** One document of a chunk: written whole inside a savepoint, or rolled back to it and reported as failed. */
async function importInSavepoint(tx: Tx, actor: Actor, k: ReadDocument, ctx: ImportContext, state: ChunkState, readBudgetMs?: number): Promise<ChunkResult | Uncommitted> {
  await tx.$executeRawUnsafe("SAVEPOINT import_document");
  try {
    const plan = planDocument(await current(k, ctx, readBudgetMs), ctx);
    const written = await writeDocument(tx, actor, plan, ctx, await articleSlug(tx, k.doc.title, state.taken, state.checked));
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_document");
    // Later documents of the chunk match against these claims and skip a repeat of this one; undone if the commit fails.
    for (const claim of written.learned) { ctx.index.add(claim); state.learned.push(claim); }
    learnTechnologies(ctx, written.technologies);
    state.technologies.push(...written.technologies.map((t) => t.ref.slug));
    state.known.push({ slug: written.slug, contentHash: plan.contentHash, url: plan.url });
    return { plan, written };
  } catch (error) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_document");
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_document");
    return { file: k.file, message: failureMessage(error) };
  }
}
