/** @jest-environment node */
// Contradictions found when claims are written through the service layer, and the published
// verdicts they put up for review, on real SQLite (and PostgreSQL with TEST_POSTGRES_URL).
import { SYSTEM } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { claims } from "@/lib/resources/claims";
import { contradictions } from "@/lib/resources/contradictions";
import { useCases } from "@/lib/resources/use-cases";
import { importFiles } from "@/lib/import/service";
import { createRecord, updateRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";

let n = 0;
async function technology(db: Db, name: string, kind: string) {
  return db.technology.create({ data: { name, slug: name.toLowerCase(), kind, aliases: [] } });
}

/** A published verdict for a use case, citing these claims as its evidence. */
async function publishedVerdict(db: Db, title: string, citedIds: string[]) {
  const useCase = await createRecord(useCases, SYSTEM, { name: title, slug: `uc-${++n}` }, db);
  return db.verdict.create({
    data: {
      slug: `verdict-${n}`,
      title,
      summary: `${title}.`,
      useCaseId: String(useCase.id),
      status: "PUBLISHED",
      publishedAt: new Date(),
      evidence: { create: citedIds.map((claimId) => ({ claimId })) },
    },
  });
}

/** A claim as another process (a data load) wrote it: no service layer, so nothing was checked yet. */
async function storedClaim(
  db: Db,
  data: {
    statement: string;
    kind: "RECOMMENDATION" | "FEATURE" | "PERFORMANCE" | "FACT" | "OPINION";
    status?: "CANDIDATE" | "DRAFT" | "VERIFIED";
    topic?: string;
    metric?: string;
    value?: number;
    unit?: string;
    conditions?: Record<string, string>;
    techIds: string[];
  },
) {
  const { techIds, conditions, ...rest } = data;
  return db.claim.create({
    data: {
      ...rest,
      slug: `stored-${++n}`,
      conditions: conditions ?? {},
      technologies: { connect: techIds.map((id) => ({ id })) },
    },
  });
}

const openPairs = (db: Db) =>
  db.contradiction.findMany({
    where: { deletedAt: null },
    select: { claimAId: true, claimBId: true, kind: true, status: true, reason: true },
  });

describe.each(testProviders())("contradictions found through the service layer on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  it("verifying the second of two opposite recommendations creates the contradiction and flags the verdict that cites the first", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const [mysql, postgresql] = [
      await technology(t.db, "MySQL", "database"),
      await technology(t.db, "PostgreSQL", "database"),
    ];
    const first = await createRecord(
      claims,
      editor,
      {
        statement: "For reporting queries, MySQL.",
        kind: "RECOMMENDATION",
        status: "VERIFIED",
        topic: "reporting-queries",
        technologyIds: [mysql.id],
      },
      t.db,
    );
    const citing = await publishedVerdict(t.db, "Reporting database", [first.id]);
    const unrelated = await publishedVerdict(t.db, "Something else", []);
    const second = await storedClaim(t.db, {
      statement: "For reporting queries, PostgreSQL.",
      kind: "RECOMMENDATION",
      status: "CANDIDATE",
      topic: "reporting-queries",
      techIds: [postgresql.id],
    });
    expect(await openPairs(t.db)).toEqual([]);

    await runAction(claims, editor, "setStatus", [second.id], { status: "VERIFIED" }, null, t.db);

    expect(await openPairs(t.db)).toEqual([
      expect.objectContaining({ claimAId: first.id, claimBId: second.id, kind: "RECOMMENDATION", status: "OPEN" }),
    ]);
    const flagged = await t.db.verdict.findUniqueOrThrow({ where: { id: citing.id } });
    expect(flagged).toMatchObject({ needsReview: true, status: "PUBLISHED" });
    expect(flagged.reviewReason).toBe(
      'Contradicting evidence (recommendation): "For reporting queries, MySQL." vs "For reporting queries, PostgreSQL.".',
    );
    expect(flagged.flaggedAt).toBeInstanceOf(Date);
    expect(await t.db.verdict.findUniqueOrThrow({ where: { id: unrelated.id } })).toMatchObject({
      needsReview: false,
      reviewReason: "",
    });
    // Recorded like any write: a revision by the system says what found it.
    const revision = await t.db.revision.findFirstOrThrow({ where: { entity: "contradictions" } });
    expect(revision).toMatchObject({
      action: "CREATE",
      userId: null,
      reason: `Found when claim "${second.slug}" was saved`,
    });

    // Saving the claim again finds nothing new and says nothing twice.
    const current = await t.db.claim.findUniqueOrThrow({ where: { id: second.id } });
    await updateRecord(claims, editor, second.id, { ratingExplanation: "Checked.", version: current.version }, t.db);
    expect(await openPairs(t.db)).toHaveLength(1);
    expect((await t.db.verdict.findUniqueOrThrow({ where: { id: citing.id } })).reviewReason).toBe(
      flagged.reviewReason,
    );
  });

  it("creating a claim through the service finds its contradiction at once; 'use X' vs 'avoid X' too", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const mongo = await technology(t.db, "MongoDB", "database");
    const use = await createRecord(
      claims,
      editor,
      {
        statement: "Use MongoDB for event logging.",
        kind: "RECOMMENDATION",
        topic: "event-logging",
        technologyIds: [mongo.id],
      },
      t.db,
    );
    const avoid = await createRecord(
      claims,
      editor,
      {
        statement: "Avoid MongoDB for event logging.",
        kind: "OPINION",
        topic: "not-for-event-logging",
        conditions: { stance: "contradicts" },
        technologyIds: [mongo.id],
      },
      t.db,
    );
    expect(await openPairs(t.db)).toEqual([
      expect.objectContaining({ claimAId: use.id, claimBId: avoid.id, kind: "RECOMMENDATION", status: "OPEN" }),
    ]);
    const said = await createRecord(
      claims,
      editor,
      {
        statement: "MongoDB can't do joins.",
        kind: "OPINION",
        conditions: { stance: "supports" },
        technologyIds: [mongo.id],
      },
      t.db,
    );
    const denied = await createRecord(
      claims,
      editor,
      {
        statement: "MongoDB can't do joins!",
        kind: "OPINION",
        conditions: { stance: "contradicts" },
        technologyIds: [mongo.id],
      },
      t.db,
    );
    expect(await openPairs(t.db)).toContainEqual(
      expect.objectContaining({ claimAId: said.id, claimBId: denied.id, kind: "STANCE", status: "OPEN" }),
    );
  });

  it("an imported document that contradicts a cited claim flags the published verdict; a preview flags nothing", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const redis = await technology(t.db, "Redis", "database");
    const first = await createRecord(
      claims,
      editor,
      {
        statement: "Redis was first released in 2009.",
        kind: "FACT",
        status: "VERIFIED",
        topic: "release",
        metric: "release_year",
        value: 2009,
        unit: "year",
        technologyIds: [redis.id],
      },
      t.db,
    );
    const citing = await publishedVerdict(t.db, "Cache for sessions", [first.id]);
    const article = {
      filename: "redis-history.md",
      text: "# Redis notes\n\nRedis was first released in 2011 as a small cache.\n",
    };

    const preview = await importFiles(t.db, editor, [article], { dryRun: true });
    expect(preview.contradictions).toEqual([expect.objectContaining({ kind: "FACT" })]);
    expect(await t.db.verdict.findUniqueOrThrow({ where: { id: citing.id } })).toMatchObject({ needsReview: false });

    const report = await importFiles(t.db, editor, [article]);
    expect(report.contradictions).toEqual([expect.objectContaining({ kind: "FACT", status: "OPEN" })]);
    const flagged = await t.db.verdict.findUniqueOrThrow({ where: { id: citing.id } });
    expect(flagged.needsReview).toBe(true);
    expect(flagged.reviewReason).toContain("Redis was first released in 2009.");
  });

  it("different use cases, the same recommendation twice, and a framework beside a database raise nothing", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const [fastapi, django, postgresql] = [
      await technology(t.db, "FastAPI", "framework"),
      await technology(t.db, "Django", "framework"),
      await technology(t.db, "PostgreSQL", "database"),
    ];
    const make = (statement: string, topic: string, techId: string) =>
      createRecord(
        claims,
        editor,
        { statement, kind: "RECOMMENDATION", status: "VERIFIED", topic, technologyIds: [techId] },
        t.db,
      );
    await make("FastAPI for streaming inference.", "streaming-inference", fastapi.id);
    await make("Django for back office.", "back-office", django.id);
    await make("For a back office, Django.", "back-office", django.id);
    await make("PostgreSQL for a back office.", "back-office", postgresql.id);
    expect(await openPairs(t.db)).toEqual([]);
  });

  it("has vs lacks one capability however it is worded; a refuted side flags nothing", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const fastapi = await technology(t.db, "FastAPI", "framework");
    const has = await createRecord(
      claims,
      editor,
      {
        statement: "FastAPI has an admin panel.",
        kind: "FEATURE",
        status: "VERIFIED",
        topic: "admin panel",
        technologyIds: [fastapi.id],
      },
      t.db,
    );
    const verdict = await publishedVerdict(t.db, "Back office", [has.id]);
    await runAction(claims, editor, "setStatus", [has.id], { status: "REFUTED" }, null, t.db);
    const lacks = await createRecord(
      claims,
      editor,
      {
        statement: "FastAPI has no built-in admin interface.",
        kind: "FEATURE",
        topic: "built-in admin",
        technologyIds: [fastapi.id],
      },
      t.db,
    );
    // The refuted claim no longer counts: nothing contradicts, nothing is flagged.
    expect(await openPairs(t.db)).toEqual([]);
    const refuted = await t.db.claim.findUniqueOrThrow({ where: { id: has.id } });
    await updateRecord(claims, editor, has.id, { status: "VERIFIED", version: refuted.version }, t.db);
    expect(await openPairs(t.db)).toEqual([
      expect.objectContaining({ claimAId: lacks.id, claimBId: has.id, kind: "CAPABILITY", status: "OPEN" }),
    ]);
    expect(await t.db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).toMatchObject({ needsReview: true });
  });

  it("disputing or re-verifying a published claim looks for no pairs again: it was checked when published", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const fastapi = await technology(t.db, "FastAPI", "framework");
    // Two published claims that contradict, stored around the service layer so that no pair was recorded:
    // a pair that appears after a status change can only come from a new look.
    const has = await storedClaim(t.db, {
      statement: "FastAPI has an admin panel.",
      kind: "FEATURE",
      status: "VERIFIED",
      topic: "admin panel",
      techIds: [fastapi.id],
    });
    const lacks = await storedClaim(t.db, {
      statement: "FastAPI has no built-in admin interface.",
      kind: "FEATURE",
      status: "VERIFIED",
      topic: "built-in admin",
      techIds: [fastapi.id],
    });
    await runAction(claims, editor, "setStatus", [has.id], { status: "DISPUTED" }, null, t.db);
    await runAction(claims, editor, "setStatus", [has.id], { status: "VERIFIED" }, null, t.db);
    const current = await t.db.claim.findUniqueOrThrow({ where: { id: has.id } });
    await updateRecord(claims, editor, has.id, { rating: "Accurate", version: current.version }, t.db);
    expect(await openPairs(t.db)).toEqual([]);

    // What it says changed: it is looked at again.
    const rated = await t.db.claim.findUniqueOrThrow({ where: { id: has.id } });
    await updateRecord(
      claims,
      editor,
      has.id,
      { statement: "FastAPI has an admin panel built in.", version: rated.version },
      t.db,
    );
    expect(await openPairs(t.db)).toEqual([
      expect.objectContaining({ claimAId: lacks.id, claimBId: has.id, kind: "CAPABILITY", status: "OPEN" }),
    ]);
  });

  it("figures from different setups are recorded as not comparable and flag nothing; the same setup is a contradiction", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const django = await technology(t.db, "Django", "framework");
    const figure = (value: number, hardware: string) =>
      createRecord(
        claims,
        editor,
        {
          statement: `Django serves ${value} req/s on ${hardware}.`,
          kind: "PERFORMANCE",
          status: "VERIFIED",
          metric: "throughput",
          value,
          unit: "req/s",
          conditions: { hardware, endpoint: "json" },
          technologyIds: [django.id],
        },
        t.db,
      );
    const small = await figure(3900, "4 vCPU");
    const verdict = await publishedVerdict(t.db, "Public JSON API", [small.id]);
    const big = await figure(25_000, "32 vCPU");
    expect(await openPairs(t.db)).toEqual([
      expect.objectContaining({
        claimAId: small.id,
        claimBId: big.id,
        kind: "VALUE",
        status: "NOT_COMPARABLE",
        reason: expect.stringMatching(/different conditions \(hardware\)/),
      }),
    ]);
    expect(await t.db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).toMatchObject({ needsReview: false });
    const same = await figure(6000, "4 vCPU");
    expect(await openPairs(t.db)).toContainEqual(
      expect.objectContaining({ claimAId: small.id, claimBId: same.id, kind: "VALUE", status: "OPEN" }),
    );
    expect(await t.db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).toMatchObject({ needsReview: true });
  });

  it("conflicting release years are a FACT contradiction; an editor's own contradiction flags the verdicts citing it, a resolved one does not", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const flask = await technology(t.db, "Flask", "framework");
    const year = (value: number) =>
      createRecord(
        claims,
        editor,
        {
          statement: `Flask was first released in ${value}.`,
          kind: "FACT",
          metric: "release_year",
          value,
          unit: "year",
          topic: "release",
          technologyIds: [flask.id],
        },
        t.db,
      );
    const a = await year(2010);
    const b = await year(2011);
    expect(await openPairs(t.db)).toEqual([
      expect.objectContaining({ claimAId: a.id, claimBId: b.id, kind: "FACT", status: "OPEN" }),
    ]);

    const x = await createRecord(
      claims,
      editor,
      { statement: "Flask is small.", kind: "OPINION", technologyIds: [flask.id] },
      t.db,
    );
    const y = await createRecord(
      claims,
      editor,
      { statement: "Flask grows with you.", kind: "OPINION", technologyIds: [flask.id] },
      t.db,
    );
    const verdict = await publishedVerdict(t.db, "Small services", [x.id]);
    const mine = await createRecord(
      contradictions,
      editor,
      { claimAId: x.id, claimBId: y.id, kind: "STANCE", reason: "Small or not?" },
      t.db,
    );
    expect(await t.db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).toMatchObject({
      needsReview: true,
      reviewReason: 'Contradicting evidence (stance): "Flask is small." vs "Flask grows with you.".',
    });
    await t.db.verdict.update({ where: { id: verdict.id }, data: { needsReview: false, reviewReason: "" } });
    await runAction(
      contradictions,
      editor,
      "resolve",
      [mine.id],
      { status: "RESOLVED", resolutionNote: "Both hold, at different sizes." },
      null,
      t.db,
    );
    expect(await t.db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).toMatchObject({ needsReview: false });
  });
});
