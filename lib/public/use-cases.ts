// Read side of /use-cases/[slug]: a use case with its published verdicts and their public evidence.
import type { Prisma } from "@/lib/generated/sqlite/client";
import { getDb, type Db } from "@/lib/db/client";
import { conditionsOf } from "./claims";
import { evidenceBalance, type BalanceEvidence } from "./evidence-balance";
import { figureOf, useCaseInfo } from "@/lib/editorial/load";
import { uncountedFiguresReason, type Need } from "@/lib/verdicts/needs";
import { needsOf } from "@/lib/verdicts/relevance";
import { explainVerdicts, type VerdictExplanation } from "./verdict-explanations";
import { confidenceOf, confidenceSelect, pickConfidence } from "./verdict-confidence";
import { evidenceSummary, pickLabel } from "./verdict-summary";
import { recommendedSelect, verdictPicks } from "./verdict-picks";
import { publicClaimWhere, publishedVerdictWhere } from "@/lib/resources/visibility";

/** One live citation of the claim from the editors' own write-up (Article.houseSource), if any. */
const OUR_OWN_CITATION = {
  where: { deletedAt: null, stance: "SUPPORTS", article: { deletedAt: null, houseSource: true } },
  select: { id: true },
  take: 1,
} as const;

/** The pick's line states a confidence whenever there is one (as `confidence` below): the summary leaves it out. */
const band = (explained: unknown, engine: number | null) => ({ bandShown: Boolean(explained) || engine !== null });

/** What a use case's page reads of each published verdict. */
const PAGE_VERDICT_SELECT = {
  id: true,
  engineSnapshot: true,
  engineConfidence: true,
  slug: true,
  title: true,
  summary: true,
  rationale: true,
  explanation: true,
  publishedAt: true,
  recommended: recommendedSelect,
  evidence: {
    where: { claim: publicClaimWhere() },
    orderBy: [{ weight: "desc" }, { claimId: "asc" }],
    select: {
      role: true,
      weight: true,
      claim: {
        select: {
          slug: true,
          statement: true,
          status: true,
          kind: true,
          conditions: true,
          citations: OUR_OWN_CITATION,
        },
      },
    },
  },
} satisfies Prisma.VerdictSelect;

export async function getUseCasePage(slug: string, db: Db = getDb()) {
  const row = await db.useCase.findFirst({
    where: { slug, deletedAt: null },
    select: { id: true, slug: true, name: true, description: true, needs: true },
  });
  if (!row) return null;
  // The needs the engine matches claims against (editors' own, or their drivers' defaults): each
  // reason below says which one it counts for.
  const { needs: stored, ...useCase } = row;
  const described = needsOf(useCaseInfo(row.slug, row.name, row.description, stored));
  const needs = described.map((n) => n.label);
  const verdicts = await db.verdict.findMany({
    where: { AND: [publishedVerdictWhere(), { useCaseId: useCase.id }] },
    orderBy: { publishedAt: "desc" },
    select: PAGE_VERDICT_SELECT,
  });
  // A use case without a published verdict has nothing public to say yet.
  if (verdicts.length === 0) return null;
  const explanations = await explainVerdicts(db, verdicts);
  const unspoken = verdicts.map((v) => unspokenNeeds(needs, explanations[v.id]));
  const why = await whyUnspoken(db, described, unspoken.flat(), [
    ...new Set(verdicts.flatMap((v) => v.recommended.map((t) => t.slug))),
  ]);
  return {
    useCase: { ...useCase, needs },
    verdicts: verdicts.map(
      ({
        id,
        engineSnapshot: _snapshot,
        engineConfidence,
        explanation,
        recommended,
        evidence,
        summary,
        rationale,
        ...v
      }) => ({
        ...v,
        // Read from the evidence (the band left to the pick's line); the editors' words are their note.
        summary: evidenceSummary(explanation, pickLabel(recommended), band(explanations[id], engineConfidence)),
        editorsNote: { summary, rationale },
        evidence: withCountedWeights(
          evidence.map(({ claim: { citations, ...claim }, ...e }) => ({ ...e, claim, ourOwn: citations.length > 0 })),
          explanations[id]?.balanceEvidence ?? null,
        ),
        recommended: verdictPicks(recommended),
        confidence: explanations[id]
          ? confidenceOf(explanations[id].confidence)
          : pickConfidence({ explanation: null, engineConfidence }),
        explanation: explanations[id] ?? null,
        countedBeyondReasons: countedBeyondReasons(explanations[id]),
        nextOptionBalance: nextOptionBalance(explanations[id]),
        ...unspokenOf(unspoken[verdicts.findIndex((row) => row.id === id)], why),
        // Drawn from the claims the confidence line counts (the next option's apart; G4); explanations
        // stored before those were recorded fall back to the claims editors cited.
        balance: evidenceBalance(
          explanations[id]?.balanceEvidence ??
            evidence.map((e) => ({ ...e, claim: { ...e.claim, conditions: conditionsOf(e.claim.conditions) } })),
        ),
      }),
    ),
  };
}

/**
 * The claims editors cited, each with the one weight the page gives it: what it counts for in the
 * verdict (the chart's weight and its reason), or that it is not counted here. The editors' own
 * citation weight only orders the list: shown beside the engine's, one claim would carry two weights.
 */
export function withCountedWeights<E extends { claim: { slug: string } }>(
  cited: E[],
  counted: BalanceEvidence[] | null,
) {
  return cited.map((e) => {
    const found = counted?.filter((c) => c.claim.slug === e.claim.slug) ?? [];
    const weight = found.reduce((sum, c) => sum + c.weight, 0);
    return {
      ...e,
      counted:
        counted === null ? undefined : found.length ? { weight, countsBecause: found[0].countsBecause ?? null } : null,
    };
  });
}

function nextOptionBalance(explanation: VerdictExplanation | undefined) {
  const next = explanation?.nextOptionEvidence;
  const balance = next ? evidenceBalance(next.evidence) : null;
  return next && balance ? { name: next.name, heading: next.heading, balance } : null;
}

/** How many counted claims the reasons and counter-evidence do not show (each is listed with why it counts under the balance). */
function countedBeyondReasons(explanation: VerdictExplanation | undefined): number {
  if (!explanation?.balanceEvidence) return 0;
  const shown = new Set(
    [...explanation.reasons, ...(explanation.counterEvidence ? [explanation.counterEvidence] : [])].flatMap((r) =>
      r.claims.map((c) => c.slug),
    ),
  );
  return new Set(explanation.balanceEvidence.map((e) => e.claim.slug).filter((slug) => !shown.has(slug))).size;
}

export interface UnspokenNeed {
  label: string;
  /** Why, when figures would measure it but count for none of it; null: nothing checked sets one technology apart. */
  why: string | null;
}

/**
 * The needs no counted claim speaks to, and the sentences that say so, one place for the verdict page
 * and the API (review 13, R13-3): each need with its own reason in a sentence of its own, the others
 * together in one general sentence.
 */
function unspokenOf(
  labels: string[],
  why: Map<string, string>,
): { unspokenNeeds: UnspokenNeed[]; unspokenText: string[] } {
  const needs = labels.map((label) => ({ label, why: why.get(label) ?? null }));
  const general = needs.filter((n) => !n.why).map((n) => n.label);
  const text = needs.filter((n) => n.why).map((n) => `No counted claim speaks to ${n.label} (${n.why}).`);
  if (general.length > 0)
    text.push(
      `No counted claim speaks to ${general.join("; ")}: no checked claim on ${general.length === 1 ? "it" : "them"} sets one technology apart from another yet (a capability every compared technology has counts for none).`,
    );
  return { unspokenNeeds: needs, unspokenText: text };
}

/**
 * The unspoken needs of one verdict, as its use case's page shows them (for the verdict API, which
 * reads one verdict without the page).
 */
export async function unspokenForVerdict(
  db: Db,
  useCaseSlug: string,
  explanation: VerdictExplanation | undefined,
  recommended: string[],
): Promise<{ unspokenNeeds: UnspokenNeed[]; unspokenText: string[] }> {
  const row = await db.useCase.findFirst({
    where: { slug: useCaseSlug, deletedAt: null },
    select: { slug: true, name: true, description: true, needs: true },
  });
  if (!row) return unspokenOf([], new Map());
  const described = needsOf(useCaseInfo(row.slug, row.name, row.description, row.needs));
  const unspoken = unspokenNeeds(
    described.map((n) => n.label),
    explanation,
  );
  return unspokenOf(unspoken, await whyUnspoken(db, described, unspoken, recommended));
}

/**
 * The needs the use case is chosen on that no counted claim speaks to ("counts because: <need>"), in
 * its order: the page says so, so a need such as authentication is not silently weighed at nothing
 * (finding F13). A need a team decision shown beside it was counted for is spoken to: "no claim speaks
 * to X" next to a decision counted for X reads as a contradiction (review 4, R4). Empty for
 * explanations stored before counted claims were recorded.
 */
function unspokenNeeds(needs: string[], explanation: VerdictExplanation | undefined): string[] {
  const counted = explanation?.balanceEvidence;
  if (!counted) return [];
  // A decision's reason names the needs it was counted for: "… for the same reasons (need; need)".
  const decided = new Set(
    [...explanation.reasons, ...(explanation.counterEvidence ? [explanation.counterEvidence] : [])]
      .filter((r) => r.decisions.length > 0 || r.privateDecisions > 0)
      .flatMap((r) =>
        (r.countsBecause ?? "")
          .slice((r.countsBecause ?? "").indexOf("(") + 1, (r.countsBecause ?? "").lastIndexOf(")"))
          .split("; "),
      ),
  );
  const spokenByDecision = (need: string) => decided.has(need);
  return needs.filter(
    (need) => !counted.some((c) => (c.countsBecause ?? "").startsWith(need)) && !spokenByDecision(need),
  );
}

/**
 * Why a need no counted claim speaks to is unspoken, where the evidence says more than "nothing sets
 * the technologies apart": the figures that would measure it, about any technology of the kind the
 * verdict picks from (not only the pick's: a reader knows Express's figures too), each group with its
 * own reason for not counting (review 10 F5, review 12 R12-3). Label → reason; a need no figure
 * measures is absent (the page then gives the general reason).
 */
async function whyUnspoken(db: Db, needs: Need[], unspoken: string[], technologies: string[]) {
  const why = new Map<string, string>();
  const measurable = needs.filter((n) => unspoken.includes(n.label) && (n.metrics ?? []).length > 0);
  if (measurable.length === 0 || technologies.length === 0) return why;
  const kinds = await db.technology.findMany({ where: { slug: { in: technologies } }, select: { kind: true } });
  const kind = [...new Set(kinds.map((k) => k.kind))];
  const rows = await db.claim.findMany({
    where: {
      AND: [
        publicClaimWhere(),
        { kind: "PERFORMANCE", metric: { not: null }, technologies: { some: { kind: { in: kind } } } },
      ],
    },
    select: {
      kind: true,
      metric: true,
      value: true,
      unit: true,
      conditions: true,
      technologies: { where: { kind: { in: kind } }, select: { name: true } },
    },
    take: 500,
  });
  const figures = rows.flatMap((r) => {
    const figure = figureOf(r);
    return figure ? [{ ...figure, technologies: r.technologies.map((t) => t.name) }] : [];
  });
  const category = kind.length === 1 ? `${kind[0]}s` : "technologies";
  for (const need of measurable) {
    const reason = uncountedFiguresReason(need, figures, category);
    if (reason) why.set(need.label, reason);
  }
  return why;
}

/** /use-cases: every use case that has a published verdict, with what that verdict recommends. */
export async function listUseCases(db: Db = getDb()) {
  const rows = await db.useCase.findMany({
    where: { deletedAt: null, verdicts: { some: publishedVerdictWhere() } },
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      description: true,
      verdicts: {
        where: publishedVerdictWhere(),
        orderBy: { publishedAt: "desc" },
        take: 1,
        select: { recommended: recommendedSelect, ...confidenceSelect },
      },
    },
  });
  return rows.map(({ verdicts, ...useCase }) => ({
    ...useCase,
    summary: verdicts[0]
      ? evidenceSummary(verdicts[0].explanation, pickLabel(verdicts[0].recommended), {
          bandShown: pickConfidence(verdicts[0]) !== null,
        })
      : null,
    recommended: verdictPicks(verdicts[0]?.recommended ?? []),
    confidence: verdicts[0] ? pickConfidence(verdicts[0]) : null,
  }));
}
