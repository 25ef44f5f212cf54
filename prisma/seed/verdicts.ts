// Demo verdicts, backed by the imported claims that speak to each use case. The published ones are
// the engine's proposals, published through the same action an editor uses (so each carries the
// engine's reasons, counter-evidence and "what would change this" as its baseline); where editors
// disagree with the evidence alone, they override it with their reason, as an editor would.
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { claims, verdicts } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { proposeForUseCase } from "@/lib/editorial/proposal";

interface VerdictSeed {
  useCase: string;
  title: string;
  recommended: string[];
  keywords: string[];
  summary: string;
  rationale: string;
  publish: boolean;
  /**
   * When the engine's proposal differs from `recommended`, editors override it with this reason
   * (readers then see "The evidence alone points to X; editors chose Y because …"); without one,
   * the engine's proposal is published.
   */
  overrideReason?: string;
}

export const VERDICTS: VerdictSeed[] = [
  {
    useCase: "back-office-tool",
    title: "Django for internal back-office tools",
    recommended: ["django"],
    keywords: ["admin", "back-office", "back office"],
    // Every statement in these notes rests on a claim or decision the page lists (review 9, R8).
    summary: "Pick Django: it has an admin interface built in, and two sources recommend it for a back office.",
    // The contrast names the runner-up on the evidence (Laravel), not a technology the verdict never weighed against Django.
    // Each statement is attributed as the page lists it: the Laravel claim rests on our own write-up alone (review 10, F6).
    rationale:
      "Three independent sources say Django has an admin interface built in. That Laravel, next on the evidence, has none built in, its usual replacement being Nova, a paid add-on, comes from our own write-up only: no independent source says so yet.",
    publish: true,
  },
  {
    useCase: "model-inference-service",
    title: "FastAPI for model inference services",
    recommended: ["fastapi"],
    keywords: ["inference", "model", "latency", "p95"],
    summary: "Pick FastAPI for serving a model: a source recommends it for a streaming inference API.",
    rationale:
      "The one team that moved model serving to FastAPI reports a mixed outcome: its latency goal was met, partly by fixing the setup it had before.",
    publish: true,
  },
  {
    useCase: "public-json-api",
    title: "FastAPI for public JSON APIs",
    recommended: ["fastapi"],
    // Whole words: "api" alone would also pick "For streaming inference API, pick FastAPI".
    keywords: ["json", "openapi", "async"],
    summary: "Pick FastAPI when the API is the product: it has OpenAPI documentation built in.",
    rationale:
      "OpenAPI documentation and WebSocket support are built into FastAPI; Django's WebSocket support is partial.",
    publish: true,
    overrideReason:
      "The API is the product: FastAPI has OpenAPI documentation and WebSocket support built in, which a public API's clients use.",
  },
  {
    useCase: "small-internal-service",
    title: "Flask for small internal services",
    recommended: ["flask"],
    keywords: ["small", "internal", "glue", "webhook"],
    summary: "Flask's small core suits services that do one thing.",
    rationale: "Sources recommend Flask for small services and glue; fewer claims so far, so this stays a draft.",
    publish: false,
  },
];

export async function seedVerdicts(
  db: Db,
  system: Actor,
  tech: Record<string, string>,
  useCases: Record<string, string>,
): Promise<void> {
  for (const v of VERDICTS) {
    const techIds = v.recommended.map((slug) => tech[slug]).filter(Boolean);
    // Evidence an editor would cite for the pick: claims naming the recommended technology with a
    // keyword of the use case as a whole word, that speak for it (never a lacking feature, an
    // "avoid" or a release year, whatever words they share with the use case).
    const named = await db.claim.findMany({
      where: {
        deletedAt: null,
        mergedIntoId: null,
        kind: { not: "FACT" },
        technologies: { some: { id: { in: techIds } } },
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, status: true, version: true, normalized: true, directions: true },
    });
    const candidates = named
      .filter((c) => v.keywords.some((k) => ` ${c.normalized} `.includes(` ${k} `)))
      .filter((c) =>
        v.recommended.some((slug) => (c.directions as Record<string, string> | null)?.[slug] === "supports"),
      )
      .slice(0, 6);
    // Editors verified the evidence behind published verdicts.
    const toVerify = candidates.filter((c) => c.status !== "VERIFIED").map((c) => c.id);
    if (v.publish && toVerify.length)
      await runAction(claims, system, "setStatus", toVerify, { status: "VERIFIED" }, null, db);
    const draft = await createRecord(
      verdicts,
      system,
      {
        title: v.title,
        useCaseId: useCases[v.useCase],
        recommendedIds: techIds,
        summary: v.summary,
        rationale: v.rationale,
        evidence: candidates.map((c, i) => ({ claimId: c.id, weight: i === 0 ? 2 : 1, role: "SUPPORTS" })),
        status: "DRAFT",
      },
      db,
    );
    if (!v.publish) continue;
    const proposal = await proposeForUseCase(db, useCases[v.useCase]);
    const agrees =
      proposal.recommendedIds.length === techIds.length && techIds.every((id) => proposal.recommendedIds.includes(id));
    if (!agrees && v.overrideReason)
      await runAction(
        verdicts,
        system,
        "override",
        [draft.id],
        { recommendedIds: techIds, reason: v.overrideReason },
        null,
        db,
      );
    else await runAction(verdicts, system, "publishProposal", [draft.id], {}, null, db);
  }
}
