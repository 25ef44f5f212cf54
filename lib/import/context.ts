// What an import run knows about the catalogue and the claims already stored: built once per run
// (loadImportContext), then updated as each document commits (never rebuilt per document).
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { TechResolver, type TechRef } from "@/lib/extract";
import type { Model } from "@/lib/extract/learn";
import { ClaimIndex } from "@/lib/match/index";
import type { Catalogue } from "./read";
import { learnedModel } from "./learned";

export interface ImportContext {
  /** What the reader threads build their resolver from; always the same technologies as `resolver`. */
  catalogue: Catalogue;
  resolver: TechResolver;
  /**
   * The resolver as loaded, before the run learned anything: the slugs it has (the catalogue's and the
   * lexicon's) are the technologies a learned one may repeat without changing any extraction.
   */
  loaded: TechResolver;
  techIds: Map<string, string>;
  /** Slugs of technologies editors deleted (rejected or merged away): never proposed again. */
  rejected: Set<string>;
  index: ClaimIndex;
  /** What editors' decisions taught (lib/import/learned.ts): each candidate's keep score, and which are hidden. */
  model: Model;
}

const stringsOf = (json: unknown): string[] =>
  Array.isArray(json) ? json.filter((a): a is string => typeof a === "string") : [];

export async function loadImportContext(db: Db | Tx): Promise<ImportContext> {
  const all = await db.technology.findMany({
    select: { id: true, slug: true, name: true, aliases: true, status: true, deletedAt: true },
  });
  const techs = all.filter((t) => !t.deletedAt);
  const refs = techs.map((t) => ({
    slug: t.slug,
    name: t.name,
    aliases: stringsOf(t.aliases),
    proposed: t.status === "PROPOSED",
  }));
  const index = new ClaimIndex();
  const rows = await db.claim.findMany({
    where: { deletedAt: null, mergedIntoId: null, status: { notIn: ["RETRACTED", "REFUTED"] } },
    select: {
      id: true,
      slug: true,
      kind: true,
      topic: true,
      metric: true,
      value: true,
      unit: true,
      conditions: true,
      statement: true,
      technologies: { select: { slug: true } },
    },
  });
  for (const r of rows)
    index.add({
      ...r,
      technologies: r.technologies.map((t) => t.slug),
      conditions: (r.conditions ?? {}) as Record<string, unknown>,
    });
  const resolver = new TechResolver(refs);
  return {
    catalogue: { techs: refs, learned: [], id: randomUUID() },
    resolver,
    loaded: resolver,
    techIds: new Map(techs.map((t) => [t.slug, t.id])),
    rejected: new Set(all.filter((t) => t.deletedAt).map((t) => t.slug)),
    index,
    model: await learnedModel(db),
  };
}

/** Once a document has committed, later documents resolve its new technologies to the stored rows. */
export function learnTechnologies(ctx: ImportContext, written: Array<{ ref: TechRef; id: string }>): void {
  if (!written.length) return;
  for (const t of written) ctx.techIds.set(t.ref.slug, t.id);
  const learned = written.map((t) => ({ ...t.ref, proposed: true }));
  ctx.resolver = ctx.resolver.extendedWith(learned);
  ctx.catalogue.learned.push(...learned);
}
