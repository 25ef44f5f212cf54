// A small evidence world for the editorial tests: Django is the clear pick for a back office,
// FastAPI for model inference, each backed by verified claims cited from independent articles.
import { SYSTEM } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { citations } from "@/lib/resources/citations";
import { claims } from "@/lib/resources/claims";
import { useCases } from "@/lib/resources/use-cases";
import { verdicts } from "@/lib/resources/verdicts";
import { createRecord } from "@/lib/services/records";
import { makeArticle, makeTechnology } from "../../support/factories";

export async function editorialWorld(db: Db) {
  const [django, flask, fastapi] = [
    await makeTechnology(db, "Django"),
    await makeTechnology(db, "Flask"),
    await makeTechnology(db, "FastAPI"),
  ];
  const backOffice = await createRecord(useCases, SYSTEM, { name: "Back-office tool", slug: "back-office-tool" }, db);
  const inference = await createRecord(
    useCases,
    SYSTEM,
    { name: "Model inference service", slug: "model-inference-service" },
    db,
  );
  const claim = async (statement: string, techId: string, sources: number) => {
    const row = await createRecord(
      claims,
      SYSTEM,
      { statement, kind: "RECOMMENDATION", status: "VERIFIED", technologyIds: [techId] },
      db,
    );
    for (let i = 0; i < sources; i++) {
      // Dated today: an undated source counts as old (its age discount), which these scenarios are not about.
      const article = await db.article.update({
        where: { id: (await makeArticle(db, `${statement} Source ${i}.`)).id },
        data: { publishedAt: new Date() },
      });
      await createRecord(citations, SYSTEM, { claimId: row.id, articleId: article.id, quote: statement }, db);
    }
    return row;
  };
  const djangoAdmin = await claim("Django is the pick for a back office thanks to its built-in admin", django.id, 3);
  const flaskAdmin = await claim("Flask works for a small back office admin", flask.id, 1);
  const fastapiInference = await claim("FastAPI is the pick for model serving and inference", fastapi.id, 2);
  const verdict = (title: string, useCaseId: string, recommendedIds: string[]) =>
    createRecord(verdicts, SYSTEM, { title, useCaseId, recommendedIds, summary: `${title}.` }, db);
  return {
    tech: { django, flask, fastapi },
    useCases: { backOffice, inference },
    claims: { djangoAdmin, flaskAdmin, fastapiInference },
    verdicts: {
      backOffice: await verdict("Back office", String(backOffice.id), [django.id]),
      inference: await verdict("Inference", String(inference.id), [fastapi.id]),
    },
  };
}
