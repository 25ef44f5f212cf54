// Batched writes for one imported document, inside its one transaction. Each kind of record goes in
// as complete rows through one multi-row insert (lib/db/rows), so a document costs a handful of
// statements whatever its size, and each created record's CREATE revision snapshots exactly what was
// stored (the same snapshot and changes recordRevision would write), all inserted in one statement.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";
import { insertRows } from "@/lib/db/rows";
import {
  Prisma,
  type Article,
  type Citation,
  type Claim,
  type Contradiction,
  type Technology,
} from "@/lib/generated/sqlite/client";
import type { ResourceDef } from "@/lib/resources/define";
import { articles, citations, claims, contradictions, technologies } from "@/lib/resources";
import { serializeRow } from "@/lib/revisions/serialize";
import { newRowId, recordRevisions, type RevisionEntry } from "@/lib/revisions/service";
import { normalizeStatement } from "@/lib/text/normalize";
import { cutAtWord, slugify } from "@/lib/text/slug";

/** The fields of a new article the importer decides; ids, timestamps and version are the writer's. */
export type NewArticle = Omit<Article, "id" | "createdAt" | "updatedAt" | "version" | "deletedAt">;

export interface NewClaim {
  statement: string;
  kind: string;
  topic: string | null;
  metric: string | null;
  value: number | null;
  unit: string | null;
  conditions: Record<string, unknown>;
  technologyIds: string[];
  /** What the claim says about each technology, by slug (lib/extract/direction.ts). */
  directions: Record<string, string>;
}

export interface NewTechnology {
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
  homepage: string | null;
}

export interface NewCitation {
  claimId: string;
  quote: string;
  start: number;
  end: number;
  stance: string;
  /** A table row's header, kept beside the row it says the columns of (exact text at its own offsets). */
  header?: { quote: string; start: number; end: number } | null;
}
export interface NewContradiction {
  claimAId: string;
  claimBId: string;
  kind: string;
  status: string;
  reason: string;
}

/**
 * Slugs for many statements with one query: the plain slug when it is free (and not used earlier in
 * the batch), otherwise the slug with a random suffix.
 */
export async function uniqueSlugs(tx: Tx, statements: string[]): Promise<string[]> {
  const roots = statements.map((s) => slugify(s));
  const taken = new Set(
    (await tx.claim.findMany({ where: { slug: { in: [...new Set(roots)] } }, select: { slug: true } })).map(
      (r) => r.slug,
    ),
  );
  const out: string[] = [];
  for (const root of roots) {
    if (!taken.has(root)) {
      taken.add(root);
      out.push(root);
      continue;
    }
    out.push(`${cutAtWord(root, 68)}-${randomBytes(5).toString("hex")}`);
  }
  // 40 random bits: a clash is practically impossible, and the unique index would roll the document back.
  if (new Set(out).size !== out.length) throw new Error("Could not find free claim slugs; try the import again.");
  return out;
}

/** Writes one document's records in its transaction and collects their CREATE revisions for one insert at the end. */
export class DocumentWriter {
  private readonly revisions: RevisionEntry[] = [];
  /** One time for every row of the document: it lands in one transaction. */
  private readonly now = new Date();

  constructor(
    private readonly tx: Tx,
    private readonly actor: Actor,
  ) {}

  private fresh(): { createdAt: Date; updatedAt: Date; version: number; deletedAt: null } {
    return { createdAt: this.now, updatedAt: this.now, version: 1, deletedAt: null };
  }

  private created(def: ResourceDef, row: object, reason?: string): void {
    this.revisions.push({
      def,
      action: "CREATE",
      actor: this.actor,
      before: null,
      after: serializeRow(def, row as Record<string, unknown>),
      reason,
    });
  }

  async article(data: NewArticle, reason: string): Promise<Article> {
    const row: Article = { id: newRowId(), ...data, ...this.fresh() };
    await insertRows(this.tx, "Article", [row], ["tags", "comments", "warnings"]);
    this.created(articles, row, reason);
    return row;
  }

  /** Inserts technologies an article named that the catalogue lacks, as PROPOSED (hidden until an editor confirms). */
  async proposedTechnologies(items: NewTechnology[], reason: string): Promise<Technology[]> {
    if (!items.length) return [];
    const rows: Technology[] = items.map((t) => ({
      id: newRowId(),
      slug: t.slug,
      name: t.name,
      kind: t.kind,
      language: "",
      aliases: t.aliases as Prisma.JsonArray,
      homepage: t.homepage,
      description: "",
      status: "PROPOSED",
      ...this.fresh(),
    }));
    await insertRows(this.tx, "Technology", rows, ["aliases"]);
    for (const r of rows) this.created(technologies, r, reason);
    return rows;
  }

  /** Inserts the claims (+ technology links); returns them in order. */
  async claims(items: NewClaim[], reason: string): Promise<Claim[]> {
    if (!items.length) return [];
    const slugs = await uniqueSlugs(
      this.tx,
      items.map((c) => c.statement),
    );
    const rows: Claim[] = items.map((c, i) => ({
      id: newRowId(),
      slug: slugs[i],
      statement: c.statement,
      normalized: normalizeStatement(c.statement),
      kind: c.kind.toUpperCase() as Claim["kind"],
      topic: c.topic,
      metric: c.metric,
      value: c.value,
      unit: c.unit,
      conditions: c.conditions as Prisma.JsonObject,
      directions: c.directions,
      status: "CANDIDATE",
      rating: null,
      ratingExplanation: null,
      editorWeight: 1,
      reviewerId: null,
      reviewedAt: null,
      mergedIntoId: null,
      ...this.fresh(),
    }));
    await insertRows(this.tx, "Claim", rows, ["conditions", "directions"]);
    const techIds = items.map((c) => [...new Set(c.technologyIds)]);
    const links = rows.flatMap((r, i) => techIds[i].map((t) => Prisma.sql`(${r.id}, ${t})`));
    // Implicit many-to-many join table (A = Claim, B = Technology): one parameterized insert.
    if (links.length)
      await this.tx.$executeRaw`INSERT INTO "_ClaimToTechnology" ("A", "B") VALUES ${Prisma.join(links)}`;
    rows.forEach((r, i) => this.created(claims, { ...r, technologies: techIds[i].map((id) => ({ id })) }, reason));
    return rows;
  }

  /** Inserts the citations (once per claim and span) of an article created in this transaction. */
  async citations(articleId: string, items: NewCitation[]): Promise<Citation[]> {
    const seen = new Set<string>();
    // The article is new in this transaction: the only possible duplicates are within this batch.
    const unique = items.filter((c) => {
      const key = `${c.claimId}|${c.start}|${c.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const rows: Citation[] = unique.map((c) => ({
      id: newRowId(),
      claimId: c.claimId,
      articleId,
      quote: c.quote,
      start: c.start,
      end: c.end,
      headerQuote: c.header?.quote ?? null,
      headerStart: c.header?.start ?? null,
      headerEnd: c.header?.end ?? null,
      stance: c.stance as Citation["stance"],
      ...this.fresh(),
    }));
    await insertRows(this.tx, "Citation", rows);
    for (const r of rows) this.created(citations, r);
    return rows;
  }

  /**
   * Inserts the contradictions not already recorded (either direction); returns the ones inserted.
   * `freshIds`: claims created in this transaction, which cannot have any yet.
   */
  async contradictions<T extends NewContradiction>(items: T[], freshIds: Set<string>): Promise<T[]> {
    const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const ids = [...new Set(items.flatMap((x) => [x.claimAId, x.claimBId]))];
    const mayExist = items.some((x) => !freshIds.has(x.claimAId) && !freshIds.has(x.claimBId));
    const existing = mayExist
      ? await this.tx.contradiction.findMany({
          where: { claimAId: { in: ids }, claimBId: { in: ids } },
          select: { claimAId: true, claimBId: true },
        })
      : [];
    const seen = new Set(existing.map((x) => pairKey(x.claimAId, x.claimBId)));
    const fresh = items.filter((x) => {
      const key = pairKey(x.claimAId, x.claimBId);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const rows: Contradiction[] = fresh.map((x) => ({
      id: newRowId(),
      claimAId: x.claimAId,
      claimBId: x.claimBId,
      kind: x.kind as Contradiction["kind"],
      status: x.status as Contradiction["status"],
      reason: x.reason.slice(0, 2000),
      resolutionNote: null,
      resolvedById: null,
      resolvedAt: null,
      ...this.fresh(),
    }));
    await insertRows(this.tx, "Contradiction", rows);
    for (const r of rows) this.created(contradictions, r);
    return fresh;
  }

  /** Every created record's CREATE revision, in one insert; call last, in the same transaction. */
  async recordRevisions(): Promise<number> {
    return recordRevisions(this.tx, this.revisions, this.now);
  }
}
