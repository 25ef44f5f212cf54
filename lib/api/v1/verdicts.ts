// /verdicts: published verdicts per use case, with their public evidence (the shapes /use-cases reuses).
import { shownRecords } from "@/lib/cache/shows";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { NotFound } from "@/lib/errors";
import { unspokenForVerdict } from "@/lib/public/use-cases";
import { naturalStatement } from "@/lib/public/statements";
import { evidenceSummary, pickLabel } from "@/lib/public/verdict-summary";
import { explainVerdicts, type VerdictExplanation } from "@/lib/public/verdict-explanations";
import { withCountedWeights } from "@/lib/public/use-cases";
import type { BalanceEvidence } from "@/lib/public/evidence-balance";
import { confidenceSelect, pickConfidence } from "@/lib/public/verdict-confidence";
import { liveTechnologyWhere, publicClaimWhere, publishedVerdictWhere } from "@/lib/resources/visibility";
import { defineEndpoint } from "../define";
import { pageOf, paginate, paginationQuery, skipTake } from "../pagination";
import {
  claimRef,
  decisionRef,
  claimStatus,
  isoOrNull,
  pageUrl,
  slugFilter,
  slugParam,
  technologyRef,
  timestamp,
  useCaseRef,
} from "../schemas";

const verdictItem = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z
    .string()
    .describe(
      "What the verdict recommends and how firmly the checked evidence backs it, worked out from the evidence (never editors' wording).",
    ),
  editorsNote: z
    .string()
    .describe("The editors' own summary, in their words: a note beside the verdict, not derived from the evidence."),
  publishedAt: timestamp.nullable(),
  useCase: useCaseRef,
  recommended: z.array(technologyRef).describe("The technologies the verdict recommends."),
  confidence: z
    .object({
      value: z.number().describe("0–1, as the verdict's page states it."),
      band: z
        .enum(["low", "moderate", "strong"])
        .describe("Under 40% low (a weak pick), 40–69% moderate, 70% and up strong."),
      text: z
        .string()
        .describe('The pick\'s confidence as the site words it beside a pick: "a weak pick: low confidence".'),
    })
    .nullable()
    .describe("How sure the pick is; null when no confidence was ever worked out for it."),
  url: pageUrl,
});
const evidence = z.array(
  z.object({
    role: z.enum(["SUPPORTS", "OPPOSES"]),
    weight: z
      .number()
      .describe(
        "The weight the verdict counts the claim with, as its page and `explanation.counted` give it (0: cited by editors but not counted here); for verdicts published before counted weights were recorded, the editors' citation weight.",
      ),
    claim: claimRef,
  }),
);
const publicReason = z.object({
  text: z.string(),
  countsBecause: z
    .string()
    .nullable()
    .describe(
      'Why it counts for this use case, completing "counts because: …" ("needs an admin UI"); null for explanations stored before there was one.',
    ),
  claims: z.array(z.object({ slug: z.string(), statement: z.string(), status: z.string() })),
  decisions: z.array(decisionRef),
  privateDecisions: z.number().int().describe("Decisions counted in this reason that their teams keep private."),
});
const explanation = z
  .object({
    label: z.string().describe("The published recommendation, by name."),
    confidence: z.number(),
    confidenceLine: z
      .string()
      .nullable()
      .describe(
        "Why that confidence, in one line, as the verdict's page shows it: independent sources, counter-evidence, the next option, recency.",
      ),
    confidenceDetails: z
      .array(z.string())
      .describe(
        "How the figure was got, one sentence each (the band on the one scale), as the page folds them under the line; empty when there is no line.",
      ),
    reasons: z
      .array(publicReason)
      .describe("The reasons for the published recommendation, each with the public claims and decisions behind it."),
    counterReason: publicReason
      .nullable()
      .describe(
        "The strongest reason against the published recommendation, shaped like each of `reasons`; when nothing speaks against it, the runner-up's best case (see `counterReasonFor`); null when there is neither.",
      ),
    counterReasonFor: z
      .string()
      .nullable()
      .describe(
        "Set when nothing speaks against the pick and `counterReason` is the runner-up's best case: the runner-up's name.",
      ),
    counterEvidence: publicReason
      .nullable()
      .meta({ deprecated: true })
      .describe("Deprecated alias of `counterReason` (same value), kept for one version: read `counterReason`."),
    counterEvidenceFor: z
      .string()
      .nullable()
      .meta({ deprecated: true })
      .describe("Deprecated alias of `counterReasonFor` (same value), kept for one version: read `counterReasonFor`."),
    whatWouldChange: z
      .object({ text: z.string(), claim: z.object({ slug: z.string(), statement: z.string() }).nullable() })
      .nullable()
      .describe(
        'The page\'s "What would change this" sentence, with the claim it hinges on when there is one (never null for explanations this version sends; nullable for older clients).',
      ),
    editorial: z
      .object({ engineLabel: z.string(), reason: z.string(), text: z.string() })
      .nullable()
      .describe(
        "Set when editors published something other than what the evidence alone points to, with their reason.",
      ),
    leansTo: z
      .string()
      .nullable()
      .describe(
        'Set when editors published no pick (label is then "No single pick"): what the checked evidence alone leans to; the reasons and confidence are that lean\'s.',
      ),
    counted: z
      .array(
        z.object({
          role: z.enum(["SUPPORTS", "OPPOSES"]),
          weight: z.number(),
          countsBecause: z.string().nullable(),
          nextOption: z
            .string()
            .nullable()
            .describe("The next option's name, for a claim counted for or against it; null: the pick's own."),
          claim: claimRef,
        }),
      )
      .nullable()
      .describe(
        'Every public claim the confidence line counts, once per side, with its weight and why it counts for this use case: the page\'s "Every claim counted" list, counter-claims included (`counterReason` is only the strongest); null for explanations stored before counted claims were recorded.',
      ),
  })
  .nullable()
  .describe(
    "The explanation shown on the verdict's public page; null for a verdict published before the engine existed.",
  );
export const verdictDetail = verdictItem.extend({
  rationale: z.string().describe("The rest of the editors' note, in their words (not derived from the evidence)."),
  evidence,
  explanation,
  unspokenNeeds: z
    .array(
      z.object({
        label: z.string().describe('The need, as the use case names it ("high traffic, I/O-bound").'),
        why: z
          .string()
          .nullable()
          .describe(
            "Why figures that would measure it count for none of it; null: no checked claim on it sets one technology apart yet.",
          ),
      }),
    )
    .describe("The use case's needs that no counted claim speaks to, so that none is silently weighed at nothing."),
  unspokenText: z
    .array(z.string())
    .describe('The verdict page\'s sentences on those needs ("No counted claim speaks to …"), one per line.'),
});

const verdictSelect = {
  slug: true,
  title: true,
  summary: true,
  rationale: true,
  publishedAt: true,
  useCase: { select: { slug: true, name: true } },
  recommended: { where: liveTechnologyWhere(), select: { slug: true, name: true }, orderBy: { name: "asc" } },
  ...confidenceSelect,
} satisfies Prisma.VerdictSelect;

type VerdictRow = Prisma.VerdictGetPayload<{ select: typeof verdictSelect }>;
const toItem = ({ rationale: _r, explanation, engineConfidence, summary, ...v }: VerdictRow) => ({
  ...v,
  summary: evidenceSummary(explanation, pickLabel(v.recommended)),
  editorsNote: summary,
  confidence: pickConfidence({ explanation, engineConfidence }),
  publishedAt: isoOrNull(v.publishedAt),
  url: `/use-cases/${v.useCase.slug}`,
});

/**
 * The explanation as the page shows it, with every claim counted (`counted`, the page's list under the
 * evidence balance): an API that named only the strongest counter-claim omitted counter-claims the page
 * and the wizard count for the same use case (review 4, R7). The reason against the pick is named as
 * `reasons` are (`counterReason`); its former name stays for one version.
 */
export function apiExplanation(found: VerdictExplanation | null | undefined) {
  if (!found) return null;
  const { balanceEvidence, nextOptionEvidence, ...explanation } = found;
  const item = (e: BalanceEvidence, nextOption: string | null) => ({
    role: e.role === "OPPOSES" ? ("OPPOSES" as const) : ("SUPPORTS" as const),
    weight: e.weight,
    countsBecause: e.countsBecause ?? null,
    nextOption,
    claim: {
      slug: e.claim.slug,
      statement: e.claim.statement,
      status: e.claim.status as z.infer<typeof claimStatus>,
    },
  });
  // The page's "Every claim counted": the pick's, then the next option's, which the line counts too (G4).
  const counted = balanceEvidence
    ? [
        ...balanceEvidence.map((e) => item(e, null)),
        ...(nextOptionEvidence?.evidence ?? []).map((e) => item(e, nextOptionEvidence!.name)),
      ]
    : null;
  return {
    ...explanation,
    counterReason: explanation.counterEvidence,
    counterReasonFor: explanation.counterEvidenceFor,
    counted,
  };
}

type EvidenceRow = {
  role: string;
  weight: number;
  claim: { slug: string; statement: string; status: string };
  counted?: { weight: number } | null;
};
export const toEvidence = (rows: EvidenceRow[]) =>
  // Only the documented fields: pages read more of each claim (its kind for the evidence balance).
  // One weight per claim, the one the page shows (review 5, R6): what the verdict counts it with.
  rows.map((e) => ({
    role: e.role as "SUPPORTS" | "OPPOSES",
    weight: e.counted === undefined ? e.weight : (e.counted?.weight ?? 0),
    claim: {
      slug: e.claim.slug,
      statement: naturalStatement(e.claim.statement),
      status: e.claim.status as z.infer<typeof claimStatus>,
    },
  }));

export const listVerdictsEndpoint = defineEndpoint({
  id: "listVerdicts",
  path: "/verdicts",
  tag: "Verdicts",
  summary: "List published verdicts",
  query: z.object({
    ...paginationQuery,
    useCase: slugFilter("use case"),
    technology: slugFilter("recommended technology"),
  }),
  response: pageOf(verdictItem),
  tags: shownRecords,
  handler: async ({ query, url, db }) => {
    const where: Prisma.VerdictWhereInput = {
      AND: [
        publishedVerdictWhere(),
        query.useCase ? { useCase: { slug: query.useCase } } : {},
        query.technology ? { recommended: { some: { slug: query.technology, deletedAt: null } } } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      db.verdict.findMany({
        where,
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        ...skipTake(query),
        select: verdictSelect,
      }),
      db.verdict.count({ where }),
    ]);
    return paginate(url, query, rows.map(toItem), total);
  },
});

const verdictDetailSelect = {
  ...verdictSelect,
  id: true,
  engineSnapshot: true,
  evidence: {
    where: { claim: publicClaimWhere() },
    orderBy: [{ weight: "desc" }, { claimId: "asc" }],
    select: { role: true, weight: true, claim: { select: { slug: true, statement: true, status: true } } },
  },
} satisfies Prisma.VerdictSelect;

export const getVerdictEndpoint = defineEndpoint({
  id: "getVerdict",
  path: "/verdicts/{slug}",
  tag: "Verdicts",
  summary: "One published verdict with its rationale and public evidence",
  description:
    "`{slug}` is a verdict's own slug or a use case's (the slug in the verdict page's address, `/use-cases/{slug}`): a use case's slug answers with that use case's newest published verdict, the one its page shows first, whose own slug the answer's `slug` gives. " +
    "`explanation.counterReason` (and `counterReasonFor`) name the reason against the pick as `explanation.reasons` name theirs; they replace `counterEvidence` and `counterEvidenceFor`, still sent with the same values as deprecated aliases for one version.",
  params: slugParam,
  query: z.object({}),
  notFound: true,
  response: verdictDetail,
  tags: shownRecords,
  handler: async ({ params, db }) => {
    // A verdict's own slug first; else the use case's (the page's address names the use case): its newest
    // published verdict, the one /use-cases/{slug} shows first. The answer's `slug` is the verdict's own.
    const row =
      (await db.verdict.findFirst({
        where: { AND: [publishedVerdictWhere(), { slug: params.slug }] },
        select: verdictDetailSelect,
      })) ??
      (await db.verdict.findFirst({
        where: { AND: [publishedVerdictWhere(), { useCase: { slug: params.slug, deletedAt: null } }] },
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        select: verdictDetailSelect,
      }));
    if (!row) throw new NotFound("The verdict");
    const { evidence: rows, id, engineSnapshot, ...verdict } = row;
    const explanations = await explainVerdicts(db, [{ id, engineSnapshot }]);
    return {
      ...toItem(verdict),
      rationale: verdict.rationale,
      evidence: toEvidence(withCountedWeights(rows, explanations[id]?.balanceEvidence ?? null)),
      explanation: apiExplanation(explanations[id]),
      ...(await unspokenForVerdict(
        db,
        verdict.useCase.slug,
        explanations[id],
        verdict.recommended.map((t) => t.slug),
      )),
    };
  },
});
