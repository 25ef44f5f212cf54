// The wizard's database shell: loads the questionnaire (use cases with their needs and category,
// technologies with their kind and language) and the public evidence, runs the pure ranking
// (rank.ts), and turns its claim ids into links a visitor can check. Only public material leaves:
//  - the engine only counts verified claims, and every linked claim is re-checked against
//    publicClaimWhere;
//  - team decisions count only when PUBLIC: private ones are dropped from the evidence, so even
//    their number never shows.
import { renderMarkdown } from "@/lib/text/sanitize";
import { getDb, type Db } from "@/lib/db/client";
import { decisionLinks, type DecisionLink } from "@/lib/public/decision-links";
import { inReaderWords } from "@/lib/public/statements";
import {
  isPublicClaimStatus,
  publicClaimWhere,
  publicDecisionWhere,
  publishedVerdictWhere,
  type PublicClaimStatus,
} from "@/lib/resources/visibility";
import type { Evidence } from "@/lib/verdicts";
import { loadEvidence } from "@/lib/editorial/load";
import { buildEngine } from "@/lib/editorial/engine";
import { answersQuery, type WizardAnswers } from "./answers";
import { useCaseInfo } from "@/lib/editorial/load";
import { wizardNeedsOf } from "./drivers";
import { buildQuestionnaire, categoryOf, type Questionnaire } from "./questionnaire";
import { rankForAnswers, type WizardFactor } from "./rank";

export interface WizardClaimLink {
  slug: string;
  statement: string;
  status: PublicClaimStatus;
}

export interface WizardReason {
  text: string;
  technologySlug: string;
  /** What the evidence counts through: the use case or one of the drivers that matter. */
  basis: string;
  claims: WizardClaimLink[];
  /** The team decisions it counts, each with how it turned out, as verdict pages link them (review 9, R9). */
  decisions: DecisionLink[];
}

export interface WizardResult {
  answers: WizardAnswers;
  query: string;
  useCase: { slug: string; name: string; href: string | null; category: string; categoryLabel: string };
  /**
   * `caveat`: said plainly when the pick is one the team does not know while it knows other options.
   * `lean`: confidence so low (under LEAN_BELOW%), or a pick another option outscores on the evidence,
   * that the result calls it a lean, not a recommendation (H3).
   */
  recommendation: {
    label: string;
    technologies: { slug: string; name: string }[];
    confidence: number;
    confidenceExplanation: string;
    /** The one line (sources, evidence against, the next option, recency) and how the figure was got (G3). */
    confidenceLine: string;
    confidenceDetails: string[];
    caveat: string | null;
    lean: boolean;
    /** The team decisions the confidence line counts for the pick, linked (review 10, F4). */
    decisions: DecisionLink[];
    /** The published verdict's editors' note, where the result refers to that verdict (F4). */
    verdictNote: { href: string; summary: string; rationaleHtml: string } | null;
  } | null;
  /** The first technology on the evidence alone, when team skills put another first. */
  evidenceLeader: { slug: string; name: string } | null;
  /** One per answer: how it moved the ranking, or why it did not. */
  factors: (Omit<WizardFactor, "claimIds" | "decisionIds"> & {
    claims: WizardClaimLink[];
    decisions: DecisionLink[];
  })[];
  /** `standing`: what evidence placed the option there (or that none did), with the claims it quotes. */
  ranking: {
    slug: string;
    name: string;
    score: number;
    familiar: boolean;
    standing: string;
    claims: WizardClaimLink[];
    /** The team decisions its standing counts, linked (review 10, F4). */
    decisions: DecisionLink[];
  }[];
  reasons: WizardReason[];
  /**
   * The other claims counted for the pick, never given as reasons: advice made for another use case,
   * counted here only through a need the two share, which `basis` names.
   */
  alsoCounted: WizardReason[];
  /** Every claim the confidence line counts against the pick, shown beside its reasons (R10; review 12, R12-2). */
  against: WizardReason[];
  /** How many more claims are counted for the pick than `reasons` and `alsoCounted` list. */
  notListed: number;
}

/** Claims linked from one factor: enough to check it, not the whole evidence set. */
const FACTOR_LINKS = 3;

/**
 * The claims a factor links: a ticked need's every one, so the claims listed are the ones its counts
 * are made of (H7); any other answer's first FACTOR_LINKS.
 */
const factorClaims = (f: Pick<WizardFactor, "question" | "key" | "claimIds">): string[] =>
  f.question === "need" && !f.key.startsWith(":") ? f.claimIds : f.claimIds.slice(0, FACTOR_LINKS);

export async function loadQuestionnaire(db: Db = getDb()): Promise<Questionnaire> {
  const [useCases, technologies] = await Promise.all([
    db.useCase.findMany({
      where: { deletedAt: null },
      select: {
        slug: true,
        name: true,
        description: true,
        category: true,
        needs: true,
        // The published verdict as its page shows it: the result cites its pick only from here.
        verdicts: {
          where: publishedVerdictWhere(),
          orderBy: { publishedAt: "desc" },
          take: 1,
          select: { editorReason: true, recommended: { where: { deletedAt: null }, select: { slug: true } } },
        },
      },
    }),
    db.technology.findMany({
      where: { deletedAt: null, status: "ACTIVE" },
      select: { slug: true, name: true, kind: true, language: true },
    }),
  ]);
  return buildQuestionnaire(
    useCases.map((u) => {
      const published = u.verdicts[0];
      return {
        slug: u.slug,
        name: u.name,
        description: u.description,
        category: u.category,
        drivers: wizardNeedsOf(useCaseInfo(u.slug, u.name, u.description, u.needs)),
        published: !!published,
        ...(published
          ? { verdict: { picks: published.recommended.map((t) => t.slug), editorReason: published.editorReason } }
          : {}),
      };
    }),
    technologies,
  );
}

export async function loadPublicEvidence(db: Db): Promise<Evidence> {
  const [evidence, publicDecisions] = await Promise.all([
    loadEvidence(db),
    db.decision.findMany({ where: publicDecisionWhere(), select: { id: true } }),
  ]);
  const allowed = new Set(publicDecisions.map((d) => d.id));
  return { ...evidence, decisions: evidence.decisions.filter((d) => allowed.has(d.id)) };
}

/**
 * The public records an outcome names, for links: its claims (re-checked against publicClaimWhere)
 * and its team decisions with how each turned out (PUBLIC only, as on the verdict pages).
 */
async function publicLinks(db: Db, outcome: ReturnType<typeof rankForAnswers>) {
  const claimIds = [
    ...new Set([
      ...[...outcome.reasons, ...outcome.alsoCounted, ...outcome.against].flatMap((r) => r.claimIds),
      ...outcome.factors.flatMap(factorClaims),
      ...outcome.ranking.flatMap((r) => r.claimIds),
    ]),
  ];
  const claims = await db.claim.findMany({
    where: { AND: [publicClaimWhere(), { id: { in: claimIds } }] },
    select: { id: true, slug: true, statement: true, status: true },
  });
  const claimOf = new Map(claims.map((c) => [c.id, c]));
  const decisionOf = await decisionLinks(
    db,
    [...outcome.reasons, ...outcome.alsoCounted, ...outcome.factors, ...outcome.ranking].flatMap(
      (r) => r.decisionIds ?? [],
    ),
  );
  const links = (ids: string[]): WizardClaimLink[] =>
    ids.flatMap((id) => {
      const c = claimOf.get(id);
      return c && isPublicClaimStatus(c.status) ? [{ slug: c.slug, statement: c.statement, status: c.status }] : [];
    });

  return { links, decisionOf };
}

/**
 * The editors' note goes with every mention of the published verdict (review 10, F4): a result
 * saying "its verdict picks Django" shows what the editors wrote on it, labelled as theirs. The
 * rationale is rendered here, on the server, through the sanitizer (as components/public/Markdown.tsx
 * does): the result view also renders in the browser, which must not load the sanitizer.
 */
function verdictNoteOf(
  published: { summary: string; rationale: string } | undefined,
  useCase: string,
  explanation: string,
): NonNullable<WizardResult["recommendation"]>["verdictNote"] {
  if (!published || !/\bits (?:published )?verdict\b/i.test(explanation)) return null;
  if (!published.summary.trim() && !published.rationale.trim()) return null;
  return {
    href: `/use-cases/${useCase}`,
    summary: published.summary,
    rationaleHtml: published.rationale.trim() ? renderMarkdown(published.rationale) : "",
  };
}

/** The use case's row with its published verdict's editors' note (the newest published). */
const useCaseRowOf = (db: Db, slug: string) =>
  db.useCase.findFirst({
    where: { deletedAt: null, slug },
    select: {
      slug: true,
      name: true,
      verdicts: {
        where: publishedVerdictWhere(),
        orderBy: { publishedAt: "desc" },
        select: { id: true, summary: true, rationale: true },
        take: 1,
      },
    },
  });

export async function recommend(
  answers: WizardAnswers,
  db: Db = getDb(),
  questionnaire?: Questionnaire,
): Promise<WizardResult> {
  const questions = questionnaire ?? (await loadQuestionnaire(db));
  const evidence = await loadPublicEvidence(db);
  const outcome = rankForAnswers(questions, answers, evidence, await buildEngine(evidence));
  const category = categoryOf(questions, answers.useCase)!;
  const names = new Map(category.technologies.map((t) => [t.slug, t.name]));
  const nameOf = (slug: string) => names.get(slug) ?? evidence.technologyNames?.[slug] ?? slug;

  const useCaseRow = await useCaseRowOf(db, answers.useCase);
  const { links, decisionOf } = await publicLinks(db, outcome);
  // A claim reason whose claim is not public is not shown at all (its text quotes the claim).
  const shown = (list: typeof outcome.reasons): WizardReason[] =>
    list.flatMap((r) => {
      const linked = links(r.claimIds);
      return r.claimIds.length > 0 && linked.length === 0
        ? []
        : [
            {
              text: r.text,
              technologySlug: r.technologySlug,
              basis: r.basis,
              claims: linked,
              decisions: r.decisionIds.flatMap((id) => decisionOf.get(id) ?? []),
            },
          ];
    });
  const reasons = shown(outcome.reasons);
  const pick = outcome.recommended;
  const verdictNote = verdictNoteOf(useCaseRow?.verdicts[0], answers.useCase, outcome.confidenceExplanation);
  // Claims quoted as every page words them, for the page and the API alike.
  return inReaderWords({
    answers,
    query: answersQuery(answers),
    useCase: {
      slug: answers.useCase,
      name: useCaseRow?.name ?? answers.useCase,
      href: useCaseRow?.verdicts.length ? `/use-cases/${answers.useCase}` : null,
      category: category.key,
      categoryLabel: category.label,
    },
    recommendation: pick
      ? {
          label: nameOf(pick),
          technologies: [{ slug: pick, name: nameOf(pick) }],
          confidence: outcome.confidence,
          confidenceExplanation: outcome.confidenceExplanation,
          confidenceLine: outcome.confidenceLine,
          confidenceDetails: outcome.confidenceDetails,
          caveat: outcome.caveat,
          lean: outcome.lean,
          // The team decisions the confidence line counts for the pick, linked as its reasons link them (F4).
          decisions: [...new Map(reasons.flatMap((r) => r.decisions).map((d) => [d.slug, d])).values()],
          verdictNote,
        }
      : null,
    evidenceLeader:
      outcome.evidenceLeader && outcome.evidenceLeader !== pick
        ? { slug: outcome.evidenceLeader, name: nameOf(outcome.evidenceLeader) }
        : null,
    factors: outcome.factors.map(({ claimIds, decisionIds, ...f }) => ({
      ...f,
      claims: links(factorClaims({ ...f, claimIds })),
      decisions: (decisionIds ?? []).flatMap((id) => decisionOf.get(id) ?? []),
    })),
    // A standing line quotes its claims: one whose claim is not public is not shown (as for reasons).
    ranking: outcome.ranking.map(({ claimIds: ids, decisionIds, standing, ...r }) => {
      const linked = links(ids);
      return {
        ...r,
        name: nameOf(r.slug),
        standing: linked.length < ids.length ? "" : standing,
        claims: linked,
        decisions: decisionIds.flatMap((id) => decisionOf.get(id) ?? []),
      };
    }),
    reasons,
    alsoCounted: shown(outcome.alsoCounted),
    against: shown(outcome.against),
    notListed: outcome.notListed,
  });
}
