// One chunk of documents in one transaction, each document inside its own savepoint: one commit (one
// disk sync on SQLite) per chunk instead of per document, and a failing document still rolls back
// alone while the others of its chunk land.
import type { Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import type { IndexedClaim } from "@/lib/match/index";
import { slugify } from "@/lib/text/slug";
import { learnTechnologies, type ImportContext } from "./context";
import {
  baseReport,
  current,
  findImported,
  keysOf,
  planDocument,
  preview,
  repeated,
  type DocumentPlan,
  type ImportedArticle,
  type ReadDocument,
} from "./plan";
import { failureMessage } from "./read";
import type { ArticleReport, ContradictionReport } from "./report";
import { articleSlug, imported, writeDocument, type WrittenDocument } from "./write-document";

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

export type ChunkResult =
  { article: ArticleReport; contradictions: ContradictionReport[] } | { file: string; message: string };
/** A document written in the chunk's transaction: reported as imported once that commits. */
type Uncommitted = { plan: DocumentPlan; written: WrittenDocument };

/** What a chunk's transaction knows as it goes: article slugs in use, articles imported, claims the index learned. */
interface ChunkState {
  taken: Set<string>;
  checked: Set<string>;
  known: ImportedArticle[];
  learned: IndexedClaim[];
  technologies: string[];
}

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
export function outcomeOf(r: ChunkResult | Uncommitted): Omit<DocumentOutcome, "at"> {
  if ("written" in r)
    return { status: "imported", articleSlug: r.written.slug, claims: r.plan.pending.length, message: null };
  if ("message" in r) return { status: "failed", articleSlug: null, claims: 0, message: r.message };
  return {
    status: r.article.status === "imported" ? "imported" : "already-imported",
    articleSlug: r.article.articleSlug,
    claims: r.article.status === "imported" ? r.article.claims.length : 0,
    message: null,
  };
}

export async function importChunk(
  db: Db,
  actor: Actor,
  parsed: ReadDocument[],
  ctx: ImportContext,
  { dryRun, budgetMs, readBudgetMs, progress, previewed, onCommit }: ChunkOptions,
): Promise<{ results: ChunkResult[]; committed: boolean }> {
  const keyed = parsed.map((read) => ({ ...read, report: baseReport(read.file, read.doc), ...keysOf(read.doc) }));
  const stored = await findImported(db, keyed);
  if (dryRun) {
    return {
      committed: false,
      results: keyed.map((k) => {
        if (repeated(k, stored)) {
          progress(k.file);
          return { article: k.report, contradictions: [] };
        }
        const plan = planDocument(k, ctx);
        // Later documents of the preview are matched against this one's claims, as the real import would.
        for (const p of plan.pending)
          if (!p.same) {
            ctx.index.add(p.indexed);
            previewed.push(p.indexed);
          }
        progress(k.file);
        return preview(plan);
      }),
    };
  }
  const state: ChunkState = { taken: new Set(), checked: new Set(), known: [...stored], learned: [], technologies: [] };
  const outcomes: Array<ChunkResult | Uncommitted> = [];
  try {
    await db.$transaction(
      async (tx) => {
        const started = performance.now();
        const roots = [...new Set(keyed.map((k) => slugify(k.doc.title)))];
        for (const a of await tx.article.findMany({ where: { slug: { in: roots } }, select: { slug: true } }))
          state.taken.add(a.slug);
        for (const root of roots) state.checked.add(root);
        for (const k of keyed) {
          if (outcomes.length && performance.now() - started > budgetMs) break;
          outcomes.push(
            repeated(k, state.known)
              ? { article: k.report, contradictions: [] }
              : await importInSavepoint(tx, actor, k, ctx, state, readBudgetMs),
          );
          progress(k.file);
        }
        await onCommit?.(tx, outcomes.map(outcomeOf));
      },
      { timeout: 60_000 + 10_000 * keyed.length },
    );
  } catch (error) {
    // The transaction failed: nothing of the chunk landed, so the index forgets what it learned from it.
    // Documents that failed on their own and repeats of articles stored before keep their reports.
    for (const claim of state.learned) ctx.index.remove(claim);
    for (const slug of state.technologies) ctx.techIds.delete(slug);
    if (error instanceof ImportStopped) throw error;
    const before = new Set(stored.map((a) => a.slug));
    return {
      committed: false,
      results: keyed.slice(0, Math.max(outcomes.length, 1)).map((k, i) => {
        const o = outcomes[i];
        const keep = o && ("message" in o || ("article" in o && before.has(o.article.articleSlug ?? "")));
        return keep ? (o as ChunkResult) : { file: k.file, message: failureMessage(error) };
      }),
    };
  }
  return { committed: true, results: outcomes.map((o) => ("written" in o ? imported(o.plan, o.written) : o)) };
}

/** One document of a chunk: written whole inside a savepoint, or rolled back to it and reported as failed. */
async function importInSavepoint(
  tx: Tx,
  actor: Actor,
  k: ReadDocument,
  ctx: ImportContext,
  state: ChunkState,
  readBudgetMs?: number,
): Promise<ChunkResult | Uncommitted> {
  await tx.$executeRawUnsafe("SAVEPOINT import_document");
  try {
    const plan = planDocument(await current(k, ctx, readBudgetMs), ctx);
    const written = await writeDocument(
      tx,
      actor,
      plan,
      ctx,
      await articleSlug(tx, k.doc.title, state.taken, state.checked),
    );
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_document");
    // Later documents of the chunk match against these claims and skip a repeat of this one; undone if the commit fails.
    for (const claim of written.learned) {
      ctx.index.add(claim);
      state.learned.push(claim);
    }
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
