// A small public-site world built through the real service layer: one comparison article, claims in
// every status, a merged and a deleted claim, a contradiction, published and draft verdicts.
import { SYSTEM } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { citations, claims, contradictions, technologies, useCases, verdicts } from "@/lib/resources";
import { createRecord, deleteRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import type { Provider } from "@/lib/db/provider";

export const ARTICLE_TEXT =
  "Django vs FastAPI in 2026. Django has a built-in admin that staff can use on day one. " +
  "FastAPI served 31,000 requests per second on 4 workers. " +
  "Our draft note: FastAPI will replace Django everywhere. " +
  "A secret candidate sentence nobody checked. " +
  "Flask is the fastest framework of all.";

const DRAFT_ONLY_TEXT = "An imported post whose claims are all still drafts. Express has middleware.";

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A fresh `provider` database holding the world, made the app's database (for pages and route handlers). */
export async function openAppWorld(provider: Provider): Promise<{ t: TestDatabase; w: World }> {
  const t = await freshDatabase(provider);
  useAsAppDatabase(t);
  return { t, w: await buildWorld(t.db) };
}

/**
 * Opens the world for a describe block's tests (a fresh database per block, the app's for its
 * pages and route handlers) and closes it after them; `use` receives it before the first test.
 */
export function withAppWorld(provider: Provider, use: (opened: { t: TestDatabase; w: World }) => void): void {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    const opened = await openAppWorld(provider);
    t = opened.t;
    use(opened);
  }, 60_000);
  afterAll(async () => t?.close());
}

export async function buildWorld(db: Db) {
  const make = <T extends Record<string, unknown>>(def: Parameters<typeof createRecord>[0], input: T) =>
    createRecord(def, SYSTEM, input, db);
  const django = await make(technologies, {
    name: "Django",
    slug: "django",
    language: "python",
    description: "Full-stack Python framework.",
    homepage: "https://www.djangoproject.com/",
  });
  const fastapi = await make(technologies, { name: "FastAPI", slug: "fastapi", language: "python" });
  const flask = await make(technologies, { name: "Flask", slug: "flask", language: "python" });
  const express = await make(technologies, { name: "Express", slug: "express", language: "javascript" });
  // Articles straight into the table, as the importer stores them (comments/warnings included).
  const article = await db.article.create({
    data: {
      title: "Django vs FastAPI in 2026",
      slug: "django-vs-fastapi-2026",
      url: "https://blog.example/django-vs-fastapi",
      domain: "blog.example",
      format: "TEXT",
      text: ARTICLE_TEXT,
      rawContent: ARTICLE_TEXT,
      contentHash: "world-1",
      tags: ["python"],
      note: "Good overview.",
      noteAuthor: "Sam Saver",
      comments: [],
      warnings: [],
    },
  });
  const draftArticle = await db.article.create({
    data: {
      title: "Draft-only post",
      slug: "draft-only-post",
      format: "TEXT",
      text: DRAFT_ONLY_TEXT,
      rawContent: DRAFT_ONLY_TEXT,
      contentHash: "world-2",
      tags: [],
      comments: [],
      warnings: [],
    },
  });

  const claim = async (
    statement: string,
    status: string,
    kind: string,
    techIds: string[],
    quote: string | null,
    extra: Record<string, unknown> = {},
    on = article,
  ) => {
    const row = await make(claims, { statement, kind, status, technologyIds: techIds, ...extra });
    if (quote) await make(citations, { claimId: row.id, articleId: on.id, quote });
    return row;
  };
  const verified = await claim(
    "Django has a built-in admin.",
    "VERIFIED",
    "FEATURE",
    [django.id as string],
    "Django has a built-in admin that staff can use on day one.",
    { rating: "Accurate" },
  );
  const perf = await claim(
    "FastAPI served 31,000 requests per second.",
    "VERIFIED",
    "PERFORMANCE",
    [fastapi.id as string],
    "FastAPI served 31,000 requests per second on 4 workers.",
    {
      metric: "throughput",
      value: 31000,
      unit: "req/s",
      conditions: { workers: 4 },
      rating: "Mostly accurate",
    },
  );
  const refuted = await claim(
    "Flask is the fastest framework.",
    "REFUTED",
    "PERFORMANCE",
    [flask.id as string],
    "Flask is the fastest framework of all.",
  );
  const draft = await claim(
    "Draft opinion: FastAPI replaces Django.",
    "DRAFT",
    "OPINION",
    [fastapi.id as string, django.id as string],
    "FastAPI will replace Django everywhere.",
  );
  const candidate = await claim(
    "Candidate fact nobody checked.",
    "CANDIDATE",
    "FACT",
    [django.id as string],
    "A secret candidate sentence nobody checked.",
  );
  const inReview = await claim(
    "Express has middleware.",
    "IN_REVIEW",
    "FEATURE",
    [express.id as string],
    "Express has middleware.",
    {},
    draftArticle,
  );
  const retracted = await claim("Django is slow.", "RETRACTED", "OPINION", [django.id as string], null);
  const deleted = await claim("Django is deleted.", "VERIFIED", "FACT", [django.id as string], null);
  await deleteRecord(claims, SYSTEM, deleted.id as string, null, db);
  const duplicate = await claim("Django ships an admin.", "VERIFIED", "FEATURE", [django.id as string], null);
  await runAction(claims, SYSTEM, "merge", [duplicate.id as string], { intoId: verified.id }, null, db);

  const contradiction = await make(contradictions, {
    claimAId: perf.id,
    claimBId: refuted.id,
    kind: "VALUE",
    reason: "Different fastest framework.",
  });
  await make(contradictions, {
    claimAId: perf.id,
    claimBId: draft.id,
    kind: "STANCE",
    reason: "Hidden: the other claim is a draft.",
  });

  const backOffice = await make(useCases, { name: "Back-office tool", slug: "back-office-tool" });
  const hiddenCase = await make(useCases, { name: "Small service", slug: "small-service" });
  const published = await make(verdicts, {
    title: "Django for back-office tools",
    useCaseId: backOffice.id,
    recommendedIds: [django.id],
    summary: "Pick Django.",
    status: "PUBLISHED",
    evidence: [
      { claimId: verified.id, weight: 2, role: "SUPPORTS" },
      { claimId: draft.id, weight: 1, role: "OPPOSES" },
    ],
  });
  const draftVerdict = await make(verdicts, {
    title: "Flask for small services (draft)",
    useCaseId: hiddenCase.id,
    recommendedIds: [flask.id, django.id],
    summary: "Draft summary.",
    status: "DRAFT",
  });

  return {
    django,
    fastapi,
    flask,
    express,
    article,
    draftArticle,
    verified,
    perf,
    refuted,
    draft,
    candidate,
    inReview,
    retracted,
    deleted,
    duplicate,
    contradiction,
    backOffice,
    hiddenCase,
    published,
    draftVerdict,
  };
}

/** Claim statements that must never appear on the public site (the article text around quotes may). */
export const PRIVATE_STATEMENTS = [
  "Draft opinion: FastAPI replaces Django.",
  "Candidate fact nobody checked.",
  "Express has middleware.",
  "Django is slow.",
  "Django is deleted.",
  "Django ships an admin.",
];
