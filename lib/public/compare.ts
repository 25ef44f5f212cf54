// Read side of /compare/[pair]: two or three technologies side by side, from public claims only.
import { getDb, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { conditionsOf } from "./claims";
import {
  featureSupport,
  groupMeasurements,
  parsePair,
  situationOf,
  type Measurement,
  type Support,
} from "./compare-model";
import { citedSources, comparisonClaimCount } from "./counts";
import { comparisonTimelines } from "./figure-timeline";
import { comparisonSlug } from "./home";
import { labelledRow, plainLine } from "./plain-text";
import { KIND_ORDER, toSummary, type ClaimSummary } from "./technologies";
import { liveTechnologyWhere, publicClaimWhere, publishedVerdictWhere } from "@/lib/resources/visibility";

type Tech = { id: string; slug: string; name: string };

/**
 * The rest of a load in a later turn of the event loop. On SQLite every query is a synchronous call
 * resolved through promises only, so a load with no such turn held the loop from its first query to
 * its last (the compare page: ~60–200 ms, every PUBLIC_CACHE_SECONDS in every process); split, each
 * part holds it for one query and what follows, and requests waiting meanwhile are served between.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
export interface FeatureCell {
  claimSlug: string;
  statement: string;
  status: string;
  support: Support;
  replacement: string | null;
}
export interface FeatureRow {
  topic: string;
  cells: Record<string, FeatureCell[]>;
}

export type ComparePageResult = { kind: "redirect"; slug: string } | { kind: "page"; page: ComparePage };
export type ComparePage = Awaited<ReturnType<typeof buildPage>>;

export async function getComparePage(pair: string, db: Db = getDb()): Promise<ComparePageResult | null> {
  const slugs = parsePair(pair);
  if (!slugs) return null;
  const found = await db.technology.findMany({
    where: { AND: [{ slug: { in: slugs } }, liveTechnologyWhere()] },
    select: { id: true, slug: true, name: true },
  });
  if (found.length !== slugs.length) return null;
  const canonical = comparisonSlug(slugs);
  if (canonical !== pair) return { kind: "redirect", slug: canonical };
  const techs = slugs.map((s) => found.find((t) => t.slug === s) as Tech);
  const page = await buildPage(db, techs);
  return page.claimCount > 0 ? { kind: "page", page } : null;
}

/** Claim ids narrowed first, at most this many; beyond, the relation filter alone (a query's parameters are bounded). */
const MAX_NARROWED_IDS = 5_000;

/**
 * The claims naming any of the technologies, as a filter the database answers from the join table's
 * index: the relation filter alone is a correlated EXISTS tried on every claim (10,000 generated
 * claims: ~13 ms a page load, against ~2.7 ms with the ids listed, one synchronous SQLite call
 * holding the event loop either way). The ids come from the technologies' side of the join; the
 * relation filter stays, so the result is the same whichever the database starts from.
 */
async function namingAny(db: Db, ids: string[]): Promise<Prisma.ClaimWhereInput> {
  const naming: Prisma.ClaimWhereInput = { technologies: { some: { id: { in: ids } } } };
  const techs = await db.technology.findMany({
    where: { id: { in: ids } },
    select: { claims: { select: { id: true } } },
  });
  const claimIds = [...new Set(techs.flatMap((t) => t.claims.map((c) => c.id)))];
  return claimIds.length > MAX_NARROWED_IDS ? naming : { AND: [{ id: { in: claimIds } }, naming] };
}

/** The public claims naming any of the technologies, each with which of them it names and its citations. */
function compareClaims(db: Db, ids: string[], naming: Prisma.ClaimWhereInput) {
  return db.claim.findMany({
    where: { AND: [publicClaimWhere(), naming] },
    orderBy: [{ topic: "asc" }, { statement: "asc" }],
    select: {
      id: true,
      slug: true,
      statement: true,
      status: true,
      kind: true,
      topic: true,
      metric: true,
      value: true,
      unit: true,
      conditions: true,
      technologies: { where: { id: { in: ids } }, select: { slug: true } },
      citations: {
        where: { deletedAt: null, article: { deletedAt: null } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          articleId: true,
          quote: true,
          headerQuote: true,
          article: { select: { houseSource: true, slug: true, title: true } },
        },
      },
    },
  });
}

type CompareClaim = Awaited<ReturnType<typeof compareClaims>>[number];

export interface RecommendationRow {
  claimSlug: string;
  statement: string;
  status: string;
  /** The situation it is made for, in the statement's words ("the team already writes PHP"). */
  situation: string | null;
  technologies: string[];
  /**
   * Its first source's passage as plain words, and that source. A table row (`tableRow`) is shown
   * as its cells after their headers: our rendering, so without quotation marks (issue 13, R10).
   */
  quote: { text: string; tableRow: boolean; source: { slug: string; title: string } } | null;
}

/** The longest quote shown beside a recommendation; its claim page has the whole passage. */
const QUOTE_CHARS = 280;

function firstQuote(claim: CompareClaim): RecommendationRow["quote"] {
  const first = claim.citations[0];
  if (!first) return null;
  const labelled = first.headerQuote ? labelledRow(first.headerQuote, first.quote) : null;
  const text = labelled ?? first.quote.split("\n").map(plainLine).filter(Boolean).join(" ").trim();
  const short = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : text;
  const tableRow = labelled !== null || /^\s*\|/.test(first.quote);
  return { text: short, tableRow, source: { slug: first.article.slug, title: first.article.title } };
}

/**
 * The claims no table shows, so the page lists every claim it counts: recommendations (with their
 * situation and quote), then facts, opinions and refuted features and figures, by kind.
 */
function listedClaims(claims: CompareClaim[], tabled: ReadonlySet<string>, order: string[]) {
  const recommendations: RecommendationRow[] = claims
    .filter((c) => c.kind === "RECOMMENDATION")
    .map((c) => ({
      claimSlug: c.slug,
      statement: c.statement,
      status: c.status,
      situation: situationOf(c.statement, c.topic),
      technologies: order.filter((slug) => c.technologies.some((t) => t.slug === slug)),
      quote: firstQuote(c),
    }))
    .sort((a, b) => order.indexOf(a.technologies[0]) - order.indexOf(b.technologies[0]));
  const rest = claims.filter((c) => c.kind !== "RECOMMENDATION" && !tabled.has(c.slug));
  const others: { kind: string; claims: ClaimSummary[] }[] = KIND_ORDER.map((kind) => ({
    kind: kind as string,
    claims: rest.filter((c) => c.kind === kind).map(toSummary),
  })).filter((g) => g.claims.length > 0);
  return { recommendations, others };
}

/** Feature claims as rows by topic (a cell per technology) and figures as measurements; refuted claims are left out. */
function featuresAndMeasurements(claims: Awaited<ReturnType<typeof compareClaims>>) {
  const features = new Map<string, FeatureRow>();
  const measurements: Measurement[] = [];
  for (const claim of claims) {
    const conditions = conditionsOf(claim.conditions);
    if (claim.kind === "FEATURE" && claim.status !== "REFUTED") {
      const topic = claim.topic ?? claim.statement;
      const row = features.get(topic) ?? { topic, cells: {} };
      features.set(topic, row);
      for (const t of claim.technologies) {
        row.cells[t.slug] = [
          ...(row.cells[t.slug] ?? []),
          {
            claimSlug: claim.slug,
            statement: claim.statement,
            status: claim.status,
            ...featureSupport(claim.statement, conditions),
          },
        ];
      }
    }
    if (claim.kind === "PERFORMANCE" && claim.status !== "REFUTED" && claim.value != null && claim.metric) {
      for (const t of claim.technologies) {
        measurements.push({
          claimSlug: claim.slug,
          statement: claim.statement,
          status: claim.status,
          technology: t.slug,
          metric: claim.metric,
          unit: claim.unit ?? "",
          value: claim.value,
          conditions,
        });
      }
    }
  }
  return { features: [...features.values()], measurements };
}

/** Published verdicts, each with which of the technologies it recommends. */
function verdictsOf(db: Db, ids: string[]) {
  return db.verdict.findMany({
    where: publishedVerdictWhere(),
    orderBy: { useCase: { name: "asc" } },
    select: {
      slug: true,
      title: true,
      useCase: { select: { slug: true, name: true } },
      recommended: { where: { id: { in: ids } }, select: { slug: true } },
    },
  });
}

/** Open contradictions between public claims, one of them among `claims`. */
function openContradictions(db: Db, claims: CompareClaim[]) {
  return db.contradiction.findMany({
    where: {
      deletedAt: null,
      status: "OPEN",
      claimA: publicClaimWhere(),
      claimB: publicClaimWhere(),
      OR: [{ claimAId: { in: claims.map((c) => c.id) } }, { claimBId: { in: claims.map((c) => c.id) } }],
    },
    select: {
      id: true,
      kind: true,
      reason: true,
      claimA: { select: { slug: true, statement: true, status: true, conditions: true } },
      claimB: { select: { slug: true, statement: true, status: true, conditions: true } },
    },
  });
}

// One query after another, each in its own turn of the event loop (nextTurn).
async function buildPage(db: Db, techs: Tech[]) {
  const ids = techs.map((t) => t.id);
  const naming = await namingAny(db, ids);
  await nextTurn();
  const claims = await compareClaims(db, ids, naming);
  await nextTurn();
  const verdicts = await verdictsOf(db, ids);
  await nextTurn();
  const contradictions = await openContradictions(db, claims);
  await nextTurn();
  const timelines = await comparisonTimelines(db, techs, naming);
  await nextTurn();
  const { features, measurements } = featuresAndMeasurements(claims);
  const tabled = new Set([
    ...features.flatMap((row) => Object.values(row.cells).flatMap((cells) => cells.map((c) => c.claimSlug))),
    ...measurements.map((m) => m.claimSlug),
  ]);
  const { recommendations, others } = listedClaims(
    claims,
    tabled,
    techs.map((t) => t.slug),
  );
  return {
    technologies: techs.map(({ slug, name }) => ({ slug, name })),
    claimCount: comparisonClaimCount(
      claims,
      techs.map((t) => t.slug),
    ),
    verdicts: verdicts
      .filter((v) => v.recommended.length > 0)
      .map((v) => ({
        slug: v.slug,
        title: v.title,
        useCase: v.useCase,
        recommended: v.recommended.map((r) => r.slug),
      })),
    features,
    performance: groupMeasurements(measurements),
    recommendations,
    otherClaims: others,
    timelines,
    contradictions: contradictions.map(({ claimA, claimB, ...c }) => ({
      ...c,
      claimA: { ...claimA, conditions: conditionsOf(claimA.conditions) },
      claimB: { ...claimB, conditions: conditionsOf(claimB.conditions) },
    })),
    // Two different outside sources agreeing: our own write-up is not one of them.
    consensus: claims
      .map((c) => ({ c, cited: citedSources(c.citations) }))
      .filter(({ cited }) => cited.sources >= 2)
      .map(({ c, cited }) => ({
        slug: c.slug,
        statement: c.statement,
        conditions: conditionsOf(c.conditions),
        status: c.status,
        sources: cited.sources,
        ourOwn: cited.ourOwn,
      })),
  };
}
