// Read side of /use-cases/[slug]: a use case with its published verdicts and their public evidence.
import { getDb, type Db } from "@/lib/db/client";
import { conditionsOf } from "./claims";
import { evidenceBalance } from "./evidence-balance";
import { useCaseInfo } from "@/lib/editorial/load";
import { needsOf } from "@/lib/verdicts/relevance";
import { explainVerdicts } from "./verdict-explanations";
import { evidenceSummary, pickLabel } from "./verdict-summary";
import { recommendedSelect, verdictPicks } from "./verdict-picks";
import { publicClaimWhere, publishedVerdictWhere } from "@/lib/resources/visibility";

/** One live citation of the claim from the editors' own write-up (Article.houseSource), if any. */
const OUR_OWN_CITATION = { where: { deletedAt: null, stance: "SUPPORTS", article: { deletedAt: null, houseSource: true } }, select: { id: true }, take: 1 } as const;

export async function getUseCasePage(slug: string, db: Db = getDb()) {
  const row = await db.useCase.findFirst({ where: { slug, deletedAt: null }, select: { id: true, slug: true, name: true, description: true, needs: true } });
  if (!row) return null;
  // The needs the engine matches claims against (editors' own, or their drivers' defaults): each
  // reason below says which one it counts for.
  const { needs: stored, ...useCase } = row;
  const needs = needsOf(useCaseInfo(row.slug, row.name, row.description, stored)).map((n) => n.label);
  const verdicts = await db.verdict.findMany({
    where: { AND: [publishedVerdictWhere(), { useCaseId: useCase.id }] },
    orderBy: { publishedAt: "desc" },
    select: {
      id: true,
      engineSnapshot: true,
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
        select: { role: true, weight: true, claim: { select: { slug: true, statement: true, status: true, kind: true, conditions: true, citations: OUR_OWN_CITATION } } },
      },
    },
  });
  // A use case without a published verdict has nothing public to say yet.
  if (verdicts.length === 0) return null;
  const explanations = await explainVerdicts(db, verdicts);
  return {
    useCase: { ...useCase, needs },
    verdicts: verdicts.map(({ id, engineSnapshot: _snapshot, explanation, recommended, evidence, summary, rationale, ...v }) => ({
      ...v,
      // Read from the evidence; the editors' own words are kept apart, as their note.
      summary: evidenceSummary(explanation, pickLabel(recommended)),
      editorsNote: { summary, rationale },
      // Evidence from our own write-up is said to be ours where it is listed (it is no independent source).
      evidence: evidence.map(({ claim: { citations, ...claim }, ...e }) => ({ ...e, claim, ourOwn: citations.length > 0 })),
      recommended: verdictPicks(recommended),
      explanation: explanations[id] ?? null,
      // Drawn from the claims the confidence line counts; explanations stored before those were
      // recorded fall back to the claims editors cited.
      balance: evidenceBalance(explanations[id]?.balanceEvidence ?? evidence.map((e) => ({ ...e, claim: { ...e.claim, conditions: conditionsOf(e.claim.conditions) } }))),
    })),
  };
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
        select: { explanation: true, recommended: recommendedSelect },
      },
    },
  });
  return rows.map(({ verdicts, ...useCase }) => ({
    ...useCase,
    summary: verdicts[0] ? evidenceSummary(verdicts[0].explanation, pickLabel(verdicts[0].recommended)) : null,
    recommended: verdictPicks(verdicts[0]?.recommended ?? []),
  }));
}
