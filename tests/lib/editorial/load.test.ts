import { SYSTEM } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { citations } from "@/lib/resources/citations";
import { claims } from "@/lib/resources/claims";
import { decisions } from "@/lib/resources/decisions";
import { outcomeReviews } from "@/lib/resources/outcome-reviews";
import { useCases } from "@/lib/resources/use-cases";
import { ValidationError } from "@/lib/errors";
import { createRecord, deleteRecord, updateRecord } from "@/lib/services/records";
import { computeVerdicts } from "@/lib/verdicts/engine";
import { loadEvidence } from "@/lib/editorial/load";
import { independentSources } from "@/lib/verdicts/weights";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam, makeTechnology } from "../../support/factories";

const TEXT = "Django has a built-in admin that suits any back office.";

async function article(db: Db, slug: string, title: string, domain: string) {
  return db.article.create({
    data: {
      slug,
      title,
      domain,
      url: `https://${domain}/${slug}`,
      publishedAt: new Date("2025-03-01"),
      format: "TEXT",
      rawContent: TEXT,
      text: TEXT,
      contentHash: `hash-${slug}-${domain}`,
      tags: [],
      comments: [],
      warnings: [],
    },
  });
}

describe.each(testProviders())("loading verdict evidence from %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  it("loads live claims with syndicated copies as one source and only decisions with outcomes", async () => {
    const { db } = t;
    const django = await makeTechnology(db, "Django");
    const flask = await makeTechnology(db, "Flask");
    await createRecord(useCases, SYSTEM, { name: "Back-office tool", slug: "back-office-tool" }, db);
    const original = await article(db, "django-admin", "Why Django's admin wins", "blog.example");
    const copy = await article(db, "django-admin-copy", "Why Django's Admin Wins!", "mirror.example");
    const other = await article(db, "other-take", "A back office in a week", "other.example");

    const claim = await createRecord(
      claims,
      SYSTEM,
      {
        statement: "Django is the pick for a back office admin",
        kind: "RECOMMENDATION",
        status: "VERIFIED",
        rating: "Accurate",
        technologyIds: [django.id],
      },
      db,
    );
    for (const a of [original, copy, other])
      await createRecord(
        citations,
        SYSTEM,
        { claimId: claim.id, articleId: a.id, quote: "Django has a built-in admin" },
        db,
      );
    const gone = await createRecord(
      claims,
      SYSTEM,
      {
        statement: "Flask is the pick for a back office admin",
        kind: "RECOMMENDATION",
        status: "VERIFIED",
        technologyIds: [flask.id],
      },
      db,
    );
    await deleteRecord(claims, SYSTEM, String(gone.id), Number(gone.version), db);

    const team = await makeTeam(db);
    const base = {
      teamId: team.id,
      date: "2025-02-01",
      context: "We need an internal admin.",
      chosenOption: "Flask",
      chosenTechnologyIds: [flask.id],
      drivers: ["needs-admin-ui"],
    };
    const reviewed = await createRecord(
      decisions,
      SYSTEM,
      { ...base, title: "Flask for the back office", status: "ACCEPTED" },
      db,
    );
    const proposed = await createRecord(decisions, SYSTEM, { ...base, title: "Flask again", status: "PROPOSED" }, db);
    await createRecord(decisions, SYSTEM, { ...base, title: "Flask, unreviewed", status: "ACCEPTED" }, db);
    for (const d of [reviewed, proposed]) {
      await createRecord(
        outcomeReviews,
        SYSTEM,
        { decisionId: d.id, date: "2025-10-01", result: "REGRETTED", wouldChooseAgain: false },
        db,
      );
    }

    const evidence = await loadEvidence(db, new Date("2026-01-01"));
    expect(evidence.asOf).toBe("2026-01-01T00:00:00.000Z");
    expect(evidence.technologyNames).toEqual({ django: "Django", flask: "Flask" });
    expect(evidence.useCases).toEqual([
      expect.objectContaining({ slug: "back-office-tool", drivers: expect.arrayContaining(["needs-admin-ui"]) }),
    ]);
    expect(evidence.claims.map((c) => c.id)).toEqual([claim.id]);
    const [loaded] = evidence.claims;
    expect(loaded).toMatchObject({
      kind: "RECOMMENDATION",
      status: "VERIFIED",
      rating: "Accurate",
      editorWeight: 1,
      technologySlugs: ["django"],
    });
    expect(loaded.citations).toHaveLength(3);
    expect(loaded.citations[0].publishedAt).toBe("2025-03-01T00:00:00.000Z");
    expect(independentSources(loaded)).toBe(2); // the mirror's copy is the same source
    expect(evidence.decisions).toEqual([
      {
        id: reviewed.id,
        drivers: ["needs-admin-ui"],
        chosenTechnologySlugs: ["flask"],
        outcomes: [{ result: "REGRETTED", wouldChooseAgain: false, date: "2025-10-01T00:00:00.000Z" }],
      },
    ]);

    const [verdict] = computeVerdicts(evidence);
    expect(verdict).toMatchObject({ useCaseSlug: "back-office-tool", winner: "django", label: "Django" });
    // The regretted team decision counts against Flask.
    expect(verdict.scores.find((s) => s.technologySlug === "flask")?.score).toBeLessThan(0);
  });

  it("derives keywords and drivers for a use case it does not know", async () => {
    await createRecord(
      useCases,
      SYSTEM,
      { name: "Realtime dashboard", slug: "realtime-dashboard", description: "Live charts over websockets." },
      t.db,
    );
    const { useCases: loaded } = await loadEvidence(t.db, new Date("2026-01-01"));
    expect(loaded).toEqual([
      {
        slug: "realtime-dashboard",
        keywords: ["realtime dashboard", "realtime", "dashboard"],
        drivers: ["needs-admin-ui", "realtime-websockets"],
      },
    ]);
  });

  it("judges a use case by the needs editors gave it, and refuses needs no claim could match", async () => {
    const postgres = await makeTechnology(t.db, "PostgreSQL");
    const saas = await createRecord(
      useCases,
      SYSTEM,
      { name: "Multi-tenant SaaS back end", slug: "multi-tenant-saas" },
      t.db,
    );
    const needs = [
      { key: "tenant-isolation", label: "needs tenant isolation", terms: ["row level security", "multi tenant"] },
      { key: "needs-auth", label: "needs logins and permissions", terms: ["authentication"] },
    ];
    await expect(
      updateRecord(
        useCases,
        SYSTEM,
        saas.id,
        { version: saas.version, needs: [{ key: "vague", label: "needs something", terms: [] }] },
        t.db,
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      updateRecord(
        useCases,
        SYSTEM,
        saas.id,
        { version: saas.version, needs: [{ key: "Not A Key", label: "needs tenant isolation", terms: ["rls"] }] },
        t.db,
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await updateRecord(useCases, SYSTEM, saas.id, { version: saas.version, needs }, t.db);
    await createRecord(
      claims,
      SYSTEM,
      {
        statement: "PostgreSQL has row level security built in",
        kind: "FEATURE",
        status: "VERIFIED",
        rating: "Accurate",
        technologyIds: [postgres.id],
      },
      t.db,
    );

    const evidence = await loadEvidence(t.db, new Date("2026-01-01"));
    expect(evidence.useCases).toEqual([
      expect.objectContaining({
        slug: "multi-tenant-saas",
        drivers: ["needs-auth"],
        needs: needs.map((n) => ({ ...n, metrics: [] })),
      }),
    ]);
    const verdict = computeVerdicts(evidence)[0];
    expect(verdict.winner).toBe(postgres.slug);
    expect(verdict.reasons[0].countsBecause).toBe("needs tenant isolation");
  });
});
