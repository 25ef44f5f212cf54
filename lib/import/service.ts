// The DB side of importing: each document lands whole or not at all (article, claims, citations,
// contradictions, and a Revision for each), deduplicated by content hash and canonical URL. Staff only.
// Many files go CHUNK documents per transaction, each document inside its own savepoint: one commit
// (one disk sync on SQLite) per chunk instead of per document, and a failing document still rolls back
// alone while the others of its chunk land.
// Parsing and extraction, the steps that run third-party text through regexes and parsers, happen in
// the reader pool's worker threads (reader-pool.ts), each document within a time budget, while this
// module (matching and writing) stays on the event loop: the next chunk is read while one is written.
// The steps live in their own modules: context.ts (what a run knows), plan.ts (reading and matching),
// write-document.ts (one document's writes), chunk.ts (one transaction of documents).
import type { Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import type { IndexedClaim } from "@/lib/match/index";
import { articles, claims } from "@/lib/resources";
import { authorize } from "@/lib/services/records";
import { afterImport } from "./after-import";
import { importChunk, outcomeOf, type DocumentOutcome } from "./chunk";
import { learnTechnologies, loadImportContext, type ImportContext } from "./context";
import type { ParsedDocument } from "./document";
import { ImportError } from "./errors";
import { baseReport, findImported, keysOf, planDocument, preview, readAll, repeated, type ReadDocument } from "./plan";
import type { ImportInput, ReadInput } from "./read";
import type { ArticleReport, ContradictionReport, ImportReport } from "./report";
import { articleSlug, imported, writeDocument } from "./write-document";

export type { ImportInput } from "./read";
export { loadImportContext, type ImportContext } from "./context";
export { ImportStopped, type DocumentOutcome } from "./chunk";

/** Imports one already-parsed document in its own transaction. Returns its report and the contradictions it raised. */
export async function importParsed(
  db: Db,
  actor: Actor,
  file: string,
  doc: ParsedDocument,
  ctx: ImportContext,
  dryRun: boolean,
): Promise<{ article: ArticleReport; contradictions: ContradictionReport[] }> {
  const keys = { report: baseReport(file, doc), ...keysOf(doc) };
  if (repeated(keys, await findImported(db, [keys]))) return { article: keys.report, contradictions: [] };
  const [read] = await readAll([{ file, parsed: doc }], ctx);
  if ("message" in read) throw new ImportError(read.message);
  const plan = planDocument(read, ctx);
  if (dryRun) return preview(plan);
  const written = await db.$transaction(
    async (tx) => writeDocument(tx, actor, plan, ctx, await articleSlug(tx, doc.title, new Set(), new Set())),
    { timeout: 60_000 },
  );
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
  /**
   * Keep no article's report (errors and contradictions only), and run afterImport every
   * AFTER_IMPORT_EVERY documents: memory stays flat however long the run (a durable job, whose
   * documents' rows hold each outcome).
   */
  summary?: boolean;
}

/** At most this many documents per transaction: below PostgreSQL's 64 cached subtransactions (one savepoint each). */
export const CHUNK = 32;
/**
 * And a chunk's transaction closes once it has run this long: on SQLite it holds the write lock
 * (and the process's one connection) that editors' saves wait for, at most 10 s (lib/services).
 */
export const CHUNK_MS = 250;

/** One input and its place in the import: its index in the files given, or a job document's position. */
export interface SourcedInput {
  at: number;
  input: ImportInput;
}
/**
 * Where an import's inputs come from, up to `size` at a time in order (none once exhausted). The next
 * chunk is asked for, and read in the pool, while the one before is matched and written.
 */
export type InputSource = (size: number) => Promise<SourcedInput[]>;

/** A source over inputs held in memory (an upload, the CLI's files). */
export function arraySource(files: ImportInput[]): InputSource {
  let from = 0;
  return async (size) => {
    const chunk = files.slice(from, from + size).map((input, i) => ({ at: from + i, input }));
    from += chunk.length;
    return chunk;
  };
}

/** Imports many files; each lands whole or not at all; a failing file does not stop the others. */
export async function importFiles(
  db: Db,
  actor: Actor | null,
  files: ImportInput[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  return importSource(db, actor, arraySource(files), files.length, options);
}

/** Documents between two runs of afterImport when the report is a summary (ImportOptions.summary). */
const AFTER_IMPORT_EVERY = 256;

/** importFiles over any source of inputs (`total`: how many it holds, for onProgress). */
export async function importSource(
  db: Db,
  actor: Actor | null,
  source: InputSource,
  total: number,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const who = authorize(articles, actor, "create");
  authorize(claims, who, "create");
  // Built once per run, then updated as each document lands (never rebuilt per document).
  const ctx = options.context ?? (await loadImportContext(db));
  const report: ImportReport = { articles: [], contradictions: [], errors: [] };
  let done = 0;
  const progress = (file: string) => options.onProgress?.(++done, total, file);
  // A summary hands what landed to afterImport as it goes and keeps no article's report.
  let flushed = 0;
  const flush = async (): Promise<void> => {
    if (report.articles.length)
      await afterImport(db, { ...report, contradictions: report.contradictions.slice(flushed) });
    flushed = report.contradictions.length;
    report.articles.length = 0;
  };
  const afterChunk =
    options.summary && !options.dryRun
      ? async () => {
          if (report.articles.length >= AFTER_IMPORT_EVERY) await flush();
        }
      : undefined;
  // A preview's candidates join the index while the run lasts (so it reports the contradictions between
  // its documents), and leave it at the end: a preview writes nothing, in the database or in memory.
  const previewed: IndexedClaim[] = [];
  try {
    await importAll(db, who, source, ctx, options, { report, progress, previewed, afterChunk });
  } finally {
    for (const claim of previewed) ctx.index.remove(claim);
  }
  if (afterChunk) await flush();
  else if (!options.dryRun && report.articles.length) await afterImport(db, report);
  return report;
}

/** What the reader is given for an input: a page fetched by URL is turned into a document in the reader too. */
const readInput = (f: ImportInput): ReadInput =>
  "page" in f
    ? { file: f.filename, page: f.page }
    : { file: f.filename, raw: { filename: f.filename, bytes: f.bytes, text: f.text } };

/** Where importAll puts what becomes of each document. */
interface RunState {
  report: ImportReport;
  progress: (file: string) => void;
  previewed: IndexedClaim[];
  /** Called after each chunk's transaction (a summary's upkeep). */
  afterChunk?: () => Promise<void>;
}

/** A chunk of the source, read in the pool. */
type ReadChunk = { items: SourcedInput[]; results: Array<ReadDocument | { file: string; message: string }> };

async function importAll(
  db: Db,
  who: Actor,
  source: InputSource,
  ctx: ImportContext,
  options: ImportOptions,
  run: RunState,
): Promise<void> {
  const { report, progress } = run;
  const readNext = async (): Promise<ReadChunk> => {
    const items = await source(CHUNK);
    return {
      items,
      results: items.length
        ? await readAll(
            items.map((s) => readInput(s.input)),
            ctx,
            options.readBudgetMs,
          )
        : [],
    };
  };
  // Failures no transaction recorded yet (see ImportOptions.onCommit).
  const unrecorded: DocumentOutcome[] = [];
  let reading = readNext();
  try {
    while (!options.stop?.()) {
      const { items, results } = await reading;
      if (!items.length) break;
      // The workers read the next chunk while this one is matched and written.
      reading = readNext();
      const parsed: ReadDocument[] = [];
      const positions: number[] = [];
      results.forEach((result, i) => {
        if (!("message" in result)) {
          parsed.push(result);
          positions.push(items[i].at);
          return;
        }
        report.errors.push(result);
        if (options.onCommit) unrecorded.push({ at: items[i].at, ...outcomeOf(result) });
        progress(result.file);
      });
      await importParsedChunk(db, who, parsed, positions, ctx, options, run, unrecorded);
      if (unrecorded.length && options.onCommit) {
        const record = options.onCommit;
        await db.$transaction((tx) => record(tx, unrecorded), { timeout: 60_000 });
        unrecorded.length = 0;
      }
      await run.afterChunk?.();
    }
  } finally {
    await reading.catch(() => undefined);
  }
}

/** A chunk's parsed documents, in as many transactions as their time budget needs. */
async function importParsedChunk(
  db: Db,
  who: Actor,
  parsed: ReadDocument[],
  positions: number[],
  ctx: ImportContext,
  options: ImportOptions,
  run: RunState,
  unrecorded: DocumentOutcome[],
): Promise<void> {
  for (let next = 0; next < parsed.length && !options.stop?.();) {
    const at = positions.slice(next);
    const onCommit =
      options.onCommit &&
      (async (tx: Tx, outcomes: Array<Omit<DocumentOutcome, "at">>) =>
        options.onCommit?.(tx, [...unrecorded, ...outcomes.map((o, i) => ({ ...o, at: at[i] }))]));
    const { results, committed } = await importChunk(db, who, parsed.slice(next), ctx, {
      dryRun: options.dryRun ?? false,
      budgetMs: options.transactionMs ?? CHUNK_MS,
      readBudgetMs: options.readBudgetMs,
      progress: run.progress,
      previewed: run.previewed,
      onCommit,
    });
    if (committed) unrecorded.length = 0;
    results.forEach((r, i) => {
      if ("message" in r) run.report.errors.push(r);
      else {
        run.report.articles.push(r.article);
        run.report.contradictions.push(...r.contradictions);
      }
      // A failed transaction recorded nothing: its documents' outcomes go with the next commit.
      if (!committed && options.onCommit) unrecorded.push({ at: at[i], ...outcomeOf(r) });
    });
    next += results.length;
  }
}
