// The review queue's data: candidate claims as an editor judges them, one card each, with what the
// judgement needs on the card itself (technologies, the figure, conditions, the quote in its
// context, the source's title and date, and a possible duplicate or an open contradiction with the
// other claim). Read-only; the decisions go through the claims' own actions (setStatus, merge).
// Editors and admins only: the queue exists to change claims, so it asks the claims' `update` rule.
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { jaccard, SAME_ASSERTION_THRESHOLD, tokens } from "@/lib/match/similarity";
import { articles, claims } from "@/lib/resources";
import { readableWhere } from "@/lib/resources/access";
import { authorize } from "@/lib/services/records";
import { reasons, score, type Model } from "@/lib/extract/learn";
import { featuresOf, headingIndex } from "@/lib/extract/learn-features";
import { learnedModel } from "@/lib/import/learned";

/** Characters of the article shown on each side of the quote. */
export const QUOTE_CONTEXT = 160;
export const REVIEW_PAGE_SIZE = 50;
/** Claims compared for duplicates per queue page: enough for a page's technologies, bounded. */
const COMPARISON_POOL = 2000;

export interface ReviewHint {
  kind: "duplicate" | "contradiction";
  /** Why the other claim is shown: the contradiction's reason, or how alike the statements are. */
  reason: string;
  claim: { id: string; statement: string; status: string };
}

export interface ReviewCard {
  id: string;
  slug: string;
  version: number;
  statement: string;
  kind: string;
  status: string;
  metric: string | null;
  value: number | null;
  unit: string | null;
  conditions: Array<{ key: string; value: string }>;
  technologies: Array<{ id: string; name: string; proposed: boolean }>;
  source: {
    articleId: string;
    title: string;
    publishedAt: string | null;
    url: string | null;
    before: string;
    quote: string;
    after: string;
  } | null;
  hints: ReviewHint[];
  /**
   * What editors' earlier decisions say about it (lib/extract/learn.ts): the keep score now, the one the
   * importer gave it (null for a claim written by hand), and the strongest reasons ("rejected 7 of 8
   * times: pattern 'feature: T has … built in'").
   */
  learned: { score: number; importScore: number | null; hidden: boolean; reasons: string[] };
  createdAt: string;
}

export interface ReviewQueuePage {
  cards: ReviewCard[];
  /** Candidates waiting in this view (all of them, or those of the chosen articles). */
  total: number;
  /** The articles the view is limited to, by title, when it is. */
  articles: Array<{ id: string; slug: string; title: string }>;
  /** Low-confidence candidates (under the learned threshold) in this view: hidden unless asked for. */
  hidden: number;
  /** Whether this page shows only the low-confidence candidates. */
  lowConfidence: boolean;
  /** The decisions the scores were learned from, and the threshold (null: too few yet, nothing is hidden). */
  model: { examples: number; threshold: number | null };
}

export interface ReviewQueueQuery {
  /** Article slugs (as the import report names them): only their candidates. */
  articleSlugs?: string[];
  limit?: number;
  /** Only the candidates the importer hid as low-confidence. */
  lowConfidence?: boolean;
}

/** What waits in the queue: candidates nobody has decided on (also counted in the app bar's notifications). */
export const QUEUE_WHERE = { status: "CANDIDATE", deletedAt: null, mergedIntoId: null } as const;

export async function getReviewQueue(
  actor: Actor | null,
  query: ReviewQueueQuery = {},
  db: Db = getDb(),
): Promise<ReviewQueuePage> {
  const editor = authorize(claims, actor, "update");
  const slugs = (query.articleSlugs ?? []).filter(Boolean).slice(0, 50);
  const limited = slugs.length
    ? await db.article.findMany({
        where: await readableWhere(articles, editor, { slug: { in: slugs }, deletedAt: null }, db),
        select: { id: true, slug: true, title: true },
      })
    : [];
  const base = slugs.length
    ? { ...QUEUE_WHERE, citations: { some: { deletedAt: null, articleId: { in: limited.map((a) => a.id) } } } }
    : QUEUE_WHERE;
  const lowConfidence = query.lowConfidence === true;
  const where = await readableWhere(
    claims,
    editor,
    {
      ...base,
      ...(lowConfidence ? { keepScore: { is: { hidden: true } } } : { NOT: { keepScore: { is: { hidden: true } } } }),
    },
    db,
  );
  const hiddenWhere = await readableWhere(claims, editor, { ...base, keepScore: { is: { hidden: true } } }, db);
  const [rows, total, hidden, model] = await Promise.all([
    queueRows(db, where, Math.min(Math.max(query.limit ?? REVIEW_PAGE_SIZE, 1), REVIEW_PAGE_SIZE)),
    db.claim.count({ where }),
    db.claim.count({ where: hiddenWhere }),
    learnedModel(db),
  ]);
  const texts = await articleTexts(
    db,
    rows.flatMap((r) => r.citations.map((c) => c.articleId)),
  );
  const duplicates = await likelyDuplicates(db, rows);
  const cards = rows.map((row) => reviewCard(row, texts, duplicates.get(row.id), model));
  return {
    cards,
    total,
    articles: limited,
    hidden,
    lowConfidence,
    model: { examples: model.examples, threshold: model.threshold },
  };
}

/** One page of the queue, with what a card shows: technologies, score, first citation, open contradictions. */
function queueRows(db: Db, where: Prisma.ClaimWhereInput, take: number) {
  return db.claim.findMany({
    where,
    // The likeliest to be kept first (as scored at import). Candidates without a score (imported before
    // scores were stored) sort as the database puts NULLs: last on SQLite, first on PostgreSQL.
    orderBy: [{ keepScore: { score: "desc" } }, { createdAt: "asc" }, { id: "asc" }],
    take,
    include: {
      technologies: { select: { id: true, name: true, status: true, aliases: true }, orderBy: { name: "asc" } },
      keepScore: true,
      citations: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, take: 1 },
      contradictionsAsA: {
        where: { deletedAt: null, status: "OPEN" },
        include: { claimB: { select: { id: true, statement: true, status: true } } },
        take: 2,
      },
      contradictionsAsB: {
        where: { deletedAt: null, status: "OPEN" },
        include: { claimA: { select: { id: true, statement: true, status: true } } },
        take: 2,
      },
    },
  });
}

type QueueRow = Awaited<ReturnType<typeof queueRows>>[number];

function reviewCard(
  row: QueueRow,
  texts: Awaited<ReturnType<typeof articleTexts>>,
  duplicate: ReviewHint | undefined,
  model: Awaited<ReturnType<typeof learnedModel>>,
): ReviewCard {
  const citation = row.citations[0];
  const article = citation ? texts.get(citation.articleId) : undefined;
  const contradictions: ReviewHint[] = [
    ...row.contradictionsAsA.map((c) => ({ kind: "contradiction" as const, reason: c.reason, claim: c.claimB })),
    ...row.contradictionsAsB.map((c) => ({ kind: "contradiction" as const, reason: c.reason, claim: c.claimA })),
  ];
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    statement: row.statement,
    kind: row.kind,
    status: row.status,
    metric: row.metric,
    value: row.value,
    unit: row.unit,
    conditions: conditionRows(row.conditions),
    technologies: row.technologies.map((t) => ({ id: t.id, name: t.name, proposed: t.status === "PROPOSED" })),
    source:
      citation && article
        ? {
            articleId: citation.articleId,
            title: article.title,
            publishedAt: article.publishedAt?.toISOString() ?? null,
            url: article.url,
            ...quoteInContext(article.text, citation),
          }
        : null,
    hints: duplicate ? [duplicate, ...contradictions] : contradictions,
    learned: learnedOf(model, row, citation, article),
    createdAt: row.createdAt.toISOString(),
  };
}

type ScoredRow = {
  statement: string;
  kind: string;
  topic: string | null;
  metric: string | null;
  unit: string | null;
  value: number | null;
  conditions: unknown;
  technologies: Array<{ name: string; aliases: unknown }>;
  keepScore: { score: number; hidden: boolean } | null;
};

/** The card's keep score under the model as it is now, with the reasons behind it. */
function learnedOf(
  model: Model,
  row: ScoredRow,
  citation: { quote: string; start: number } | undefined,
  article: ArticleText | undefined,
): ReviewCard["learned"] {
  const features = featuresOf({
    kind: row.kind.toLowerCase(),
    statement: row.statement,
    quote: citation?.quote ?? row.statement,
    topic: row.topic,
    metric: row.metric,
    unit: row.unit,
    hasValue: row.value != null,
    technologies: row.technologies.length,
    names: row.technologies.flatMap((t) => [
      t.name,
      ...(Array.isArray(t.aliases) ? t.aliases.filter((a): a is string => typeof a === "string") : []),
    ]),
    format: article?.format ?? null,
    heading: citation && article ? headingIndex(article.text)(citation.start) : null,
    conditions:
      row.conditions && typeof row.conditions === "object" && !Array.isArray(row.conditions)
        ? (row.conditions as Record<string, unknown>)
        : {},
  });
  return {
    score: score(model, features),
    importScore: row.keepScore?.score ?? null,
    hidden: row.keepScore?.hidden ?? false,
    reasons: reasons(model, features).map((r) => r.text),
  };
}

type ArticleText = { title: string; text: string; url: string | null; publishedAt: Date | null; format: string };

async function articleTexts(db: Db, ids: string[]): Promise<Map<string, ArticleText>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.article.findMany({
    where: { id: { in: unique } },
    select: { id: true, title: true, text: true, url: true, publishedAt: true, format: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

/** The quote with some of the article around it, cut at word boundaries where there are some. */
export function quoteInContext(
  text: string,
  at: { quote: string; start: number; end: number },
): { before: string; quote: string; after: string } {
  const quote = text.slice(at.start, at.end) || at.quote;
  let before = text.slice(Math.max(0, at.start - QUOTE_CONTEXT), at.start);
  let after = text.slice(at.end, at.end + QUOTE_CONTEXT);
  if (at.start > QUOTE_CONTEXT) before = `…${before.replace(/^\S*\s/, "")}`;
  if (at.end + QUOTE_CONTEXT < text.length) after = `${after.replace(/\s\S*$/, "")}…`;
  return { before, quote, after };
}

/** A claim's conditions ({"dataset": "10k rows"}) as labelled rows, in a stable order. */
export function conditionRows(conditions: unknown): Array<{ key: string; value: string }> {
  if (!conditions || typeof conditions !== "object" || Array.isArray(conditions)) return [];
  return Object.entries(conditions as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([key, v]) => ({ key, value: typeof v === "string" ? v : JSON.stringify(v) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

type CandidateRow = { id: string; statement: string; kind: string; technologies: Array<{ id: string }> };

/**
 * For each candidate, the most alike live claim of the same kind about one of its technologies, when
 * the statements are as alike as the importer's own "same assertion" threshold (lib/match): the
 * importer did not merge them (different wording, figure or conditions), so an editor decides.
 */
async function likelyDuplicates(db: Db, rows: CandidateRow[]): Promise<Map<string, ReviewHint>> {
  const technologyIds = [...new Set(rows.flatMap((r) => r.technologies.map((t) => t.id)))];
  const found = new Map<string, ReviewHint>();
  if (!technologyIds.length) return found;
  const pool = await db.claim.findMany({
    where: {
      deletedAt: null,
      mergedIntoId: null,
      status: { not: "RETRACTED" },
      technologies: { some: { id: { in: technologyIds } } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: COMPARISON_POOL,
    select: { id: true, statement: true, status: true, kind: true, technologies: { select: { id: true } } },
  });
  for (const row of rows) {
    const mine = new Set(row.technologies.map((t) => t.id));
    const words = tokens(row.statement);
    let best: { score: number; other: (typeof pool)[number] } | null = null;
    for (const other of pool) {
      if (other.id === row.id || other.kind !== row.kind || !other.technologies.some((t) => mine.has(t.id))) continue;
      const score = jaccard(words, tokens(other.statement));
      // Ties go to a claim already past review: merging into it keeps the verified one.
      if (
        score >= SAME_ASSERTION_THRESHOLD &&
        (!best ||
          score > best.score ||
          (score === best.score && other.status !== "CANDIDATE" && best.other.status === "CANDIDATE"))
      )
        best = { score, other };
    }
    if (best) {
      found.set(row.id, {
        kind: "duplicate",
        reason: `${Math.round(best.score * 100)}% of the words in common`,
        claim: { id: best.other.id, statement: best.other.statement, status: best.other.status },
      });
    }
  }
  return found;
}
