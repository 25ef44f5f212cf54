// The one database-touching file of the verdict engine: reads the evidence as plain data.
//  - Claims: not soft-deleted and not merged into another claim. Only SUPPORTS citations that are
//    not deleted and whose article is not deleted count as sources.
//  - Syndication rule (sourceKey): a citation's source is its article's normalized title plus the
//    normalized quote. Syndicated copies repeat both (whatever the domain or URL), so they collapse
//    into one source; identical content is already one Article row (Article.contentHash is unique).
//    Two different articles that merely share a title still count twice unless they quote the same words.
//  - Decisions: every team's, public or not, but only ACCEPTED / DEPRECATED / SUPERSEDED ones that
//    have at least one (non-deleted) outcome review: a decision without an outcome proves nothing yet.
//  - Use cases: keywords and drivers of the known slugs from drivers.ts; other use cases get their
//    name as keywords and the drivers whose terms their name or description mentions. Needs: the
//    ones editors keep on the use case (UseCase.needs) when valid and non-empty, else the drivers'
//    defaults (needs.ts); a need whose key is a driver makes that driver one of the use case's.
//  - House sources: a citation of an article the editors wrote (Article.houseSource) is marked
//    `house`; it is evidence but never an independent source (lib/verdicts/weights.ts countSources).
//  - useCaseHints: the use cases of verdicts that already cite the claim.
//  - directions: the stored ones (valid entries only); technologies without one are read from the
//    statement by the engine. A figure (PERFORMANCE with metric, value and unit) carries its
//    comparable group: metric, unit and its conditions as one key.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { DIRECTIONS, higherIsBetter, type Direction } from "@/lib/extract/direction";
import { normalizeStatement } from "@/lib/text/normalize";
import { DRIVER_TERMS, driversOfUseCase, isDriverKey, USE_CASE_KEYWORDS } from "@/lib/verdicts/drivers";
import { storedNeeds } from "@/lib/verdicts/needs";
import { PhraseIndex, tokensOf } from "@/lib/verdicts/text";
import type {
  ClaimKind,
  ClaimStatus,
  DecisionEvidence,
  Evidence,
  EvidenceClaim,
  EvidenceFigure,
  OutcomeResult,
  UseCaseInfo,
} from "@/lib/verdicts/types";

const COUNTED_DECISIONS = ["ACCEPTED", "DEPRECATED", "SUPERSEDED"] as const;
const STOP_WORDS = new Set(["and", "for", "the", "with", "tool", "site", "service", "a", "an", "of", "to"]);

export function sourceKeyOf(articleTitle: string, quote: string): string {
  return `${normalizeStatement(articleTitle)}|${normalizeStatement(quote)}`;
}

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

export function useCaseInfo(slug: string, name: string, description: string, needs: unknown = null): UseCaseInfo {
  const stored = storedNeeds(needs);
  const base = defaultUseCaseInfo(slug, name, description);
  if (!stored) return base;
  const drivers = [...new Set(stored.map((n) => n.key).filter(isDriverKey))].sort();
  return { ...base, drivers, needs: stored };
}

function defaultUseCaseInfo(slug: string, name: string, description: string): UseCaseInfo {
  // Editors name use cases: a slug such as "constructor" must not find Object's own member.
  const known = Object.hasOwn(USE_CASE_KEYWORDS, slug) ? USE_CASE_KEYWORDS[slug] : undefined;
  if (known) return { slug, keywords: known, drivers: driversOfUseCase(slug) };
  const terms = new PhraseIndex<string>();
  for (const [driver, list] of Object.entries(DRIVER_TERMS)) for (const term of list) terms.add(term, driver);
  const drivers = [...terms.match(tokensOf(`${name} ${description}`)).keys()].sort();
  const words = tokensOf(name).filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
  return { slug, keywords: [...new Set([normalizeStatement(name), ...words])], drivers };
}

// What counts as evidence, and how a row becomes it: shared by the full load below and by the
// editorial layer's per-record reloads (lib/editorial/evidence.ts).
export const LIVE_CLAIM = { deletedAt: null, mergedIntoId: null } as const;
export const COUNTED_DECISION = {
  deletedAt: null,
  status: { in: [...COUNTED_DECISIONS] },
  outcomeReviews: { some: { deletedAt: null } },
};

export const CLAIM_EVIDENCE_SELECT = {
  id: true,
  kind: true,
  status: true,
  rating: true,
  editorWeight: true,
  topic: true,
  statement: true,
  updatedAt: true,
  directions: true,
  metric: true,
  value: true,
  unit: true,
  conditions: true,
  technologies: { where: { deletedAt: null }, select: { slug: true } },
  citations: {
    where: { deletedAt: null, stance: "SUPPORTS", article: { deletedAt: null } },
    select: {
      articleId: true,
      quote: true,
      article: { select: { title: true, publishedAt: true, houseSource: true } },
    },
  },
  verdictEvidence: {
    where: { verdict: { deletedAt: null } },
    select: { verdict: { select: { useCase: { select: { slug: true } } } } },
  },
} satisfies Prisma.ClaimSelect;

export const DECISION_EVIDENCE_SELECT = {
  id: true,
  drivers: true,
  chosenTechnologies: { where: { deletedAt: null }, select: { slug: true } },
  outcomeReviews: { where: { deletedAt: null }, select: { result: true, wouldChooseAgain: true, date: true } },
} satisfies Prisma.DecisionSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof CLAIM_EVIDENCE_SELECT }>;
type DecisionRow = Prisma.DecisionGetPayload<{ select: typeof DECISION_EVIDENCE_SELECT }>;

const isDirection = (value: unknown): value is Direction =>
  typeof value === "string" && (DIRECTIONS as readonly string[]).includes(value);

/** The stored directions an editor or the importer set (anything malformed is left to the engine). */
export function storedDirections(value: unknown): Partial<Record<string, Direction>> | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const entries = Object.entries(value).filter((e): e is [string, Direction] => isDirection(e[1]));
  return entries.length ? Object.fromEntries(entries) : null;
}

/**
 * Conditions that belong to the measured technology's own stack rather than to the benchmark: each
 * framework runs on its own server or runtime ("FastAPI on Uvicorn" vs "Django on Gunicorn" is the
 * comparison readers want), so they do not split a comparable group.
 */
const STACK_CONDITIONS = new Set(["server", "runtime", "interpreter", "language", "version"]);

/**
 * Conditions as one comparable key: the same benchmark conditions (hardware, workers, database,
 * endpoint…) in any order, case or spacing are one setup; the stack's own conditions are left out.
 */
export function setupKey(conditions: unknown): string {
  if (!conditions || typeof conditions !== "object" || Array.isArray(conditions)) return "";
  return Object.entries(conditions)
    .filter(([k]) => !STACK_CONDITIONS.has(normalizeStatement(k)))
    .map(([k, v]) => `${normalizeStatement(k)}=${normalizeStatement(String(v))}`)
    .sort()
    .join(";");
}

export function figureOf(c: {
  kind: string;
  metric: string | null;
  value: number | null;
  unit: string | null;
  conditions: unknown;
}): EvidenceFigure | undefined {
  if (c.kind !== "PERFORMANCE" || !c.metric || c.value == null || !Number.isFinite(c.value)) return undefined;
  const unit = c.unit ?? "";
  const recorded = recordedConditions(c.conditions);
  return {
    metric: normalizeStatement(c.metric),
    unit: unit.trim().toLowerCase(),
    value: c.value,
    setup: setupKey(c.conditions),
    higherIsBetter: higherIsBetter(c.metric, unit),
    ...(recorded ? { conditions: recorded } : {}),
  };
}

/** A figure's conditions as recorded, for its title where the wizard quotes it ("hardware 2-vCPU VM"); null when none. */
function recordedConditions(conditions: unknown): Record<string, string | number | boolean> | null {
  if (!conditions || typeof conditions !== "object" || Array.isArray(conditions)) return null;
  const kept = Object.entries(conditions).filter((e): e is [string, string | number | boolean] =>
    ["string", "number", "boolean"].includes(typeof e[1]),
  );
  return kept.length ? Object.fromEntries(kept) : null;
}

export function toEvidenceClaim(c: ClaimRow): EvidenceClaim {
  const directions = storedDirections(c.directions);
  const figure = figureOf(c);
  const hints = [...new Set(c.verdictEvidence.map((v) => v.verdict.useCase.slug))].sort();
  return {
    id: c.id,
    kind: c.kind as ClaimKind,
    status: c.status as ClaimStatus,
    rating: c.rating,
    editorWeight: c.editorWeight,
    technologySlugs: c.technologies.map((t) => t.slug).sort(),
    topic: c.topic,
    statement: c.statement,
    ...(hints.length ? { useCaseHints: hints } : {}),
    ...(directions ? { directions } : {}),
    ...(figure ? { figure } : {}),
    citations: c.citations.map((cite) => ({
      articleId: cite.articleId,
      sourceKey: sourceKeyOf(cite.article.title, cite.quote),
      publishedAt: iso(cite.article.publishedAt),
      ...(cite.article.houseSource ? { house: true } : {}),
    })),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function toDecisionEvidence(d: DecisionRow): DecisionEvidence {
  return {
    id: d.id,
    drivers: strings(d.drivers),
    chosenTechnologySlugs: d.chosenTechnologies.map((t) => t.slug).sort(),
    outcomes: d.outcomeReviews.map((o) => ({
      result: o.result as OutcomeResult,
      wouldChooseAgain: o.wouldChooseAgain,
      date: o.date.toISOString(),
    })),
  };
}

export async function loadEvidence(db: Db, asOf: Date = new Date()): Promise<Evidence> {
  const [technologies, useCases, claims, decisions] = await Promise.all([
    db.technology.findMany({
      where: { deletedAt: null, status: "ACTIVE" },
      select: { slug: true, name: true, language: true },
    }),
    db.useCase.findMany({
      where: { deletedAt: null },
      select: { slug: true, name: true, description: true, needs: true },
    }),
    db.claim.findMany({ where: LIVE_CLAIM, select: CLAIM_EVIDENCE_SELECT }),
    db.decision.findMany({ where: COUNTED_DECISION, select: DECISION_EVIDENCE_SELECT }),
  ]);
  return {
    asOf: asOf.toISOString(),
    technologyNames: Object.fromEntries(technologies.map((t) => [t.slug, t.name])),
    technologyLanguages: Object.fromEntries(technologies.filter((t) => t.language).map((t) => [t.slug, t.language])),
    useCases: useCases.map((u) => useCaseInfo(u.slug, u.name, u.description, u.needs)),
    claims: claims.map(toEvidenceClaim),
    decisions: decisions.map(toDecisionEvidence),
  };
}
