// The DB side of importing: one transaction per document (article, claims, citations, contradictions,
// and a Revision for each), deduplicated by content hash and canonical URL. Staff only.
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { extractClaims, TechResolver } from "@/lib/extract";
import { classifyContradiction, detectContradiction } from "@/lib/match/contradictions";
import { ClaimIndex, type IndexedClaim } from "@/lib/match/index";
import { articles, claims } from "@/lib/resources";
import { authorize } from "@/lib/services/records";
import { slugify, uniqueSlug } from "@/lib/text/slug";
import { parseDocument, type RawInput } from "./index";
import type { ParsedDocument } from "./document";
import { createRevision, insertCitations, insertClaims, insertContradictions, type RevisionRow } from "./write";
import type { ArticleReport, ClaimReport, ContradictionReport, ImportReport } from "./report";

export interface ImportContext {
  resolver: TechResolver;
  techIds: Map<string, string>;
  index: ClaimIndex;
}

export async function loadImportContext(db: Db | Tx): Promise<ImportContext> {
  const techs = await db.technology.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, name: true, aliases: true } });
  const resolver = new TechResolver(techs.map((t) => ({ slug: t.slug, name: t.name, aliases: Array.isArray(t.aliases) ? t.aliases.filter((a): a is string => typeof a === "string") : [] })));
  const index = new ClaimIndex();
  const rows = await db.claim.findMany({
    where: { deletedAt: null, mergedIntoId: null, status: { notIn: ["RETRACTED", "REFUTED"] } },
    select: { id: true, slug: true, kind: true, topic: true, metric: true, value: true, unit: true, conditions: true, statement: true, technologies: { select: { slug: true } } },
  });
  for (const r of rows) index.add({ ...r, technologies: r.technologies.map((t) => t.slug), conditions: (r.conditions ?? {}) as Record<string, unknown> });
  return { resolver, techIds: new Map(techs.map((t) => [t.slug, t.id])), index };
}

const MAX_CONTRADICTIONS_PER_CLAIM = 3;

const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

function baseReport(file: string, doc: ParsedDocument): ArticleReport {
  return {
    file, format: doc.format, status: "preview", articleSlug: null, title: doc.title, url: doc.canonicalUrl ?? doc.url, author: doc.author,
    publishedAt: doc.publishedAt, tags: doc.tags, warnings: [...doc.warnings], note: doc.note, noteAuthor: doc.noteAuthor, comments: doc.comments.length, text: doc.text, claims: [],
  };
}

/** Imports one already-parsed document. Returns its report and the contradictions it raised. */
export async function importParsed(db: Db, actor: Actor, file: string, doc: ParsedDocument, ctx: ImportContext, dryRun: boolean): Promise<{ article: ArticleReport; contradictions: ContradictionReport[] }> {
  const report = baseReport(file, doc);
  const contentHash = sha256(doc.text);
  const url = doc.canonicalUrl ?? doc.url;
  const existing = await db.article.findFirst({ where: { OR: [{ contentHash }, ...(url ? [{ url }] : [])] }, select: { slug: true, contentHash: true } });
  if (existing) {
    report.status = "already-imported";
    report.articleSlug = existing.slug;
    report.warnings.push(`Already imported as "${existing.slug}" (same ${existing.contentHash === contentHash ? "content" : "URL"}); nothing changed.`);
    return { article: report, contradictions: [] };
  }
  const candidates = extractClaims(doc.text, ctx.resolver);
  const matchStart = performance.now();
  const fileKey = slugify(file.replace(/^.*\//, ""), 40);
  const pending: Array<{ claim: ClaimReport; indexed: IndexedClaim; same: IndexedClaim | null }> = candidates.map((c, n) => {
    const indexed: IndexedClaim = { id: `${fileKey}#${n + 1}`, slug: `${fileKey}#${n + 1}`, kind: c.kind, technologies: c.technologies, topic: c.topic, metric: c.metric, value: c.value, unit: c.unit, conditions: c.conditions, statement: c.statement };
    const same = ctx.index.findSame(indexed);
    return { claim: { ...c, key: indexed.slug, matches: same?.slug ?? null }, indexed, same };
  });
  const proposals: Array<{ a: IndexedClaim; b: IndexedClaim; kind: string; status: string; reason: string }> = [];
  for (const p of pending) {
    if (p.same) continue;
    // At most a few per candidate (comparable ones first, each group in block order): a queue of
    // hundreds helps no editor. Counted, not re-filtered per comparison: blocks can hold thousands.
    const open: typeof proposals = [];
    const other: typeof proposals = [];
    for (const candidate of ctx.index.related(p.indexed)) {
      const found = classifyContradiction(candidate, p.indexed);
      if (!found) continue;
      const into = found.status === "OPEN" ? open : other;
      const full = into.length < MAX_CONTRADICTIONS_PER_CLAIM ? detectContradiction(candidate, p.indexed) : null;
      if (full) into.push({ a: candidate, b: p.indexed, ...full });
      if (open.length >= MAX_CONTRADICTIONS_PER_CLAIM) break;
    }
    proposals.push(...[...open, ...other].slice(0, MAX_CONTRADICTIONS_PER_CLAIM));
  }
  ctx.index.matchMs += performance.now() - matchStart;
  if (dryRun) {
    report.claims = pending.map((p) => p.claim);
    return { article: report, contradictions: proposals.map((x) => ({ a: x.a.slug, b: x.b.slug, kind: x.kind, status: x.status, reason: x.reason })) };
  }
  const created = await db.$transaction(async (tx) => {
    const slug = await uniqueSlug(doc.title, async (s) => (await tx.article.findFirst({ where: { slug: s }, select: { id: true } })) !== null);
    const article = await tx.article.create({
      data: {
        slug, title: doc.title.slice(0, 300), url, domain: doc.domain, author: doc.author?.slice(0, 200) ?? null, publishedAt: doc.publishedAt ? new Date(doc.publishedAt) : null,
        format: doc.format, rawContent: doc.rawContent, text: doc.text, excerpt: doc.excerpt.slice(0, 5000), tags: doc.tags, note: doc.note, noteAuthor: doc.noteAuthor,
        comments: doc.comments as unknown as object, readTime: doc.readTime?.slice(0, 40) ?? null, warnings: doc.warnings, contentHash, status: "IMPORTED", importedById: actor.id || null,
      },
    });
    const revisions: RevisionRow[] = [createRevision(articles, article, actor, `Imported from ${file}`)];
    const fresh = pending.filter((p) => !p.same);
    const { created: inserted, revisions: claimRevisions } = await insertClaims(tx, actor, fresh.map((p) => ({ ...p.claim, technologyIds: p.claim.technologies.map((t) => ctx.techIds.get(t) ?? "").filter(Boolean) })), `Extracted from ${file}`);
    const ids = new Map<IndexedClaim, IndexedClaim>();
    fresh.forEach((p, i) => {
      p.claim.key = inserted[i].slug;
      ids.set(p.indexed, { ...p.indexed, ...inserted[i] });
    });
    revisions.push(...claimRevisions);
    const claimIdOf = (p: (typeof pending)[number]): string => p.same?.id ?? (ids.get(p.indexed) as IndexedClaim).id;
    revisions.push(...await insertCitations(tx, actor, article.id, pending.map((p) => ({ claimId: claimIdOf(p), quote: p.claim.quote, start: p.claim.start, end: p.claim.end, stance: p.claim.stance }))));
    const { added, revisions: contradictionRevisions } = await insertContradictions(tx, actor, proposals.map((x) => {
      const b = ids.get(x.b) ?? x.b;
      return { claimAId: x.a.id, claimBId: b.id, kind: x.kind, status: x.status, reason: x.reason, report: { a: x.a.slug, b: b.slug, kind: x.kind, status: x.status, reason: x.reason } };
    }), new Set(inserted.map((c) => c.id)));
    // Every created record's CREATE revision (audit), in one insert at the end of the same transaction.
    await tx.revision.createMany({ data: [...revisions, ...contradictionRevisions] });
    const raised: ContradictionReport[] = added.map((x) => x.report);
    return { slug, ids, raised };
  }, { timeout: 60_000 });
  for (const indexed of created.ids.values()) ctx.index.add(indexed);
  report.status = "imported";
  report.articleSlug = created.slug;
  report.claims = pending.map((p) => p.claim);
  return { article: report, contradictions: created.raised };
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  /** A context (technologies + claim index) already loaded, e.g. by a caller that times it; built here otherwise. */
  context?: ImportContext;
}

/** Imports many files; each lands whole or not at all; a failing file does not stop the others. */
export async function importFiles(db: Db, actor: Actor | null, files: Array<RawInput & { filename: string }>, options: ImportOptions = {}): Promise<ImportReport> {
  const who = authorize(articles, actor, "create");
  authorize(claims, who, "create");
  // Built once per run, then updated as each document lands (never rebuilt per document).
  const ctx = options.context ?? (await loadImportContext(db));
  const report: ImportReport = { articles: [], contradictions: [], errors: [] };
  for (const [i, file] of files.entries()) {
    try {
      const doc = parseDocument(file);
      const result = await importParsed(db, who, file.filename, doc, ctx, options.dryRun ?? false);
      report.articles.push(result.article);
      report.contradictions.push(...result.contradictions);
    } catch (error) {
      const message = error instanceof AppError ? error.message : `Import failed: ${error instanceof Error ? error.message.split("\n").slice(-1)[0] : String(error)}`;
      report.errors.push({ file: file.filename, message });
    }
    options.onProgress?.(i + 1, files.length, file.filename);
  }
  return report;
}
