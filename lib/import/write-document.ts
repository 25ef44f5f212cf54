// Writing a planned document inside its transaction (through DocumentWriter's multi-row inserts):
// the article, the technologies it names that the catalogue lacks, its new claims, citations and
// contradictions, and a CREATE revision for each.
import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";
import type { TechRef } from "@/lib/extract";
import { deriveDirections } from "@/lib/extract/direction";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { IndexedClaim } from "@/lib/match/index";
import { uniqueSlug } from "@/lib/text/slug";
import type { ImportContext } from "./context";
import { proposalsOf, type DocumentPlan } from "./plan";
import type { ArticleReport, ContradictionReport } from "./report";
import { DocumentWriter } from "./write";

/** What a written document taught the index, and what it reports once committed. */
export interface WrittenDocument {
  slug: string;
  learned: IndexedClaim[];
  raised: ContradictionReport[];
  technologies: Array<{ ref: TechRef; id: string }>;
}

// The lexicon's categories, as the catalogue's coarser kinds.
const KIND_OF_CATEGORY: Record<string, string> = {
  language: "language",
  database: "database",
  cache: "database",
  "search-engine": "database",
  "vector-database": "database",
  "web-framework": "framework",
  "frontend-framework": "framework",
  "mobile-framework": "framework",
  "css-framework": "framework",
  "test-framework": "framework",
  orm: "library",
  "data-processing": "library",
  "ml-framework": "library",
  "stream-processing": "platform",
  "message-broker": "platform",
  runtime: "platform",
  "cloud-service": "platform",
  orchestration: "platform",
  container: "platform",
  os: "platform",
  "web-server": "platform",
  proxy: "platform",
  "desktop-framework": "framework",
  "database-driver": "library",
  "http-client": "library",
  serialization: "library",
  logging: "library",
  library: "library",
};

/** Stores a document's new technologies as PROPOSED and returns their ids (registered once the document commits). */
async function writeProposed(
  write: DocumentWriter,
  plan: DocumentPlan,
  ctx: ImportContext,
): Promise<Array<{ ref: TechRef; id: string }>> {
  const fresh = plan.newTechnologies.filter((t) => !ctx.techIds.has(t.slug));
  const rows = await write.proposedTechnologies(
    fresh.map((t) => ({
      slug: t.slug,
      name: t.name.slice(0, 120),
      kind: KIND_OF_CATEGORY[t.category ?? ""] ?? "tool",
      aliases: t.aliases.slice(0, 30),
      homepage: t.homepage ?? null,
    })),
    `Named in ${plan.file}`,
  );
  return rows.map((r, i) => ({ ref: fresh[i], id: r.id }));
}

/** A free article slug: `taken` holds slugs known to be used; those in `checked` were looked up already. */
export async function articleSlug(tx: Tx, title: string, taken: Set<string>, checked: Set<string>): Promise<string> {
  const slug = await uniqueSlug(
    title,
    async (s) =>
      taken.has(s) ||
      (!checked.has(s) && (await tx.article.findFirst({ where: { slug: s }, select: { id: true } })) !== null),
  );
  taken.add(slug);
  return slug;
}

/** Writes a planned document in the transaction. The index learns its claims only once they are committed. */
/** The document as an imported article: its metadata cut to the columns' sizes, its text and raw content kept whole. */
function writeArticle(write: DocumentWriter, actor: Actor, plan: DocumentPlan, slug: string) {
  const { doc, file } = plan;
  return write.article(
    {
      slug,
      title: doc.title.slice(0, 300),
      url: plan.url,
      domain: doc.domain,
      author: doc.author?.slice(0, 200) ?? null,
      publishedAt: doc.publishedAt ? new Date(doc.publishedAt) : null,
      format: doc.format,
      rawContent: doc.rawContent,
      text: doc.text,
      excerpt: doc.excerpt.slice(0, 5000),
      tags: doc.tags,
      note: doc.note,
      noteAuthor: doc.noteAuthor,
      comments: doc.comments as unknown as Prisma.JsonArray,
      readTime: doc.readTime?.slice(0, 40) ?? null,
      warnings: doc.warnings,
      contentHash: plan.contentHash,
      status: "IMPORTED",
      importedById: actor.id || null,
      houseSource: false,
    },
    `Imported from ${file}`,
  );
}

export async function writeDocument(
  tx: Tx,
  actor: Actor,
  plan: DocumentPlan,
  ctx: ImportContext,
  slug: string,
): Promise<WrittenDocument> {
  const { file, pending } = plan;
  const write = new DocumentWriter(tx, actor);
  const article = await writeArticle(write, actor, plan, slug);
  const proposed = await writeProposed(write, plan, ctx);
  const idOf = (slug: string) => ctx.techIds.get(slug) ?? proposed.find((t) => t.ref.slug === slug)?.id ?? "";
  const fresh = pending.filter((p) => !p.same);
  const inserted = await write.claims(
    fresh.map((p) => ({
      ...p.claim,
      technologyIds: p.claim.technologies.map(idOf).filter(Boolean),
      directions: deriveDirections(p.claim),
    })),
    `Extracted from ${file}`,
  );
  // The candidates' stand-ins in the index become the stored claims.
  const stored = new Map<IndexedClaim, IndexedClaim>();
  fresh.forEach((p, i) => stored.set(p.indexed, { ...p.indexed, id: inserted[i].id, slug: inserted[i].slug }));
  if (inserted.length)
    await tx.claimScore.createMany({
      data: fresh.map((p, i) => ({
        claimId: inserted[i].id,
        score: p.claim.keepScore ?? 0.5,
        hidden: p.claim.hidden ?? false,
      })),
    });
  const claimIdOf = (p: (typeof pending)[number]): string => p.same?.id ?? (stored.get(p.indexed) as IndexedClaim).id;
  await write.citations(
    article.id,
    pending.map((p) => ({
      claimId: claimIdOf(p),
      quote: p.claim.quote,
      start: p.claim.start,
      end: p.claim.end,
      header: p.claim.header ?? null,
      stance: p.claim.stance,
    })),
  );
  const added = await write.contradictions(
    proposalsOf(plan).map((x) => {
      const b = stored.get(x.b) ?? x.b;
      return {
        claimAId: x.a.id,
        claimBId: b.id,
        kind: x.kind,
        status: x.status,
        reason: x.reason,
        report: { a: x.a.slug, b: b.slug, kind: x.kind, status: x.status, reason: x.reason },
      };
    }),
    new Set(inserted.map((c) => c.id)),
  );
  await write.recordRevisions();
  return { slug, learned: [...stored.values()], raised: added.map((x) => x.report), technologies: proposed };
}

/** The report of a committed document (its new claims' keys are their slugs now). */
export function imported(
  plan: DocumentPlan,
  written: WrittenDocument,
): { article: ArticleReport; contradictions: ContradictionReport[] } {
  plan.pending
    .filter((p) => !p.same)
    .forEach((p, i) => {
      p.claim.key = written.learned[i].slug;
    });
  plan.report.status = "imported";
  plan.report.articleSlug = written.slug;
  return { article: plan.report, contradictions: written.raised };
}
