// Demo verdicts, backed by the imported claims that speak to each use case. The published ones are
// the engine's proposals, published through the same action an editor uses (so each carries the
// engine's reasons, counter-evidence and "what would change this" as its baseline).
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { claims, verdicts } from "@/lib/resources";
import { createRecord, runAction } from "@/lib/services/records";

interface VerdictSeed {
  useCase: string;
  title: string;
  recommended: string[];
  keywords: string[];
  summary: string;
  rationale: string;
  publish: boolean;
}

const VERDICTS: VerdictSeed[] = [
  {
    useCase: "back-office-tool",
    title: "Django for internal back-office tools",
    recommended: ["django"],
    keywords: ["admin", "back-office", "back office"],
    summary: "Pick Django: its built-in admin, auth and migrations give staff working screens on day one.",
    rationale: "Three independent sources agree Django ships an admin; FastAPI and Flask need third-party or hand-built screens.",
    publish: true,
  },
  {
    useCase: "model-inference-service",
    title: "FastAPI for model inference services",
    recommended: ["fastapi"],
    keywords: ["inference", "model", "latency", "p95"],
    summary: "Pick FastAPI when the endpoint is I/O-bound and latency matters; keep Django next to it if analysts need an admin.",
    rationale: "Measured latency gains with async drivers, with the caveat that one benchmark compared against a single sync worker.",
    publish: true,
  },
  {
    useCase: "public-json-api",
    title: "FastAPI for public JSON APIs",
    recommended: ["fastapi"],
    keywords: ["api", "openapi", "async"],
    summary: "Pick FastAPI when the API is the product: typed request models and OpenAPI documents come with it.",
    rationale: "Recommendations and a team's outcome point the same way; Django REST framework stays the choice next to an existing Django site.",
    publish: true,
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

export async function seedVerdicts(db: Db, system: Actor, tech: Record<string, string>, useCases: Record<string, string>): Promise<void> {
  for (const v of VERDICTS) {
    const techIds = v.recommended.map((slug) => tech[slug]).filter(Boolean);
    const candidates = await db.claim.findMany({
      where: {
        deletedAt: null,
        mergedIntoId: null,
        technologies: { some: { id: { in: techIds } } },
        OR: v.keywords.map((k) => ({ normalized: { contains: k } })),
      },
      orderBy: { createdAt: "asc" },
      take: 6,
      select: { id: true, status: true, version: true },
    });
    // Editors verified the evidence behind published verdicts.
    const toVerify = candidates.filter((c) => c.status !== "VERIFIED").map((c) => c.id);
    if (v.publish && toVerify.length) await runAction(claims, system, "setStatus", toVerify, { status: "VERIFIED" }, null, db);
    const draft = await createRecord(verdicts, system, {
      title: v.title,
      useCaseId: useCases[v.useCase],
      recommendedIds: techIds,
      summary: v.summary,
      rationale: v.rationale,
      evidence: candidates.map((c, i) => ({ claimId: c.id, weight: i === 0 ? 2 : 1, role: "SUPPORTS" })),
      status: "DRAFT",
    }, db);
    if (v.publish) await runAction(verdicts, system, "publishProposal", [draft.id], {}, null, db);
  }
}
