import { articles, claims, citations, decisions, users } from "@/lib/resources";
import { Conflict, Forbidden, Unauthenticated, ValidationError } from "@/lib/errors";
import { createRecord, deleteRecord, getRecord, updateRecord } from "@/lib/services/records";
import { restoreRecord, runAction } from "@/lib/services/bulk";
import { listRecords } from "@/lib/services/list";
import { getHistory, revertToRevision } from "@/lib/services/history";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeArticle, makeTeam, makeTechnology, makeUser } from "../../support/factories";

describe.each(testProviders())("the service layer on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(async () => t.close());

  it("creates a claim with technologies, a slug, a normalized statement and a CREATE revision", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const django = await makeTechnology(t.db, "Django");
    const claim = await createRecord(
      claims,
      editor,
      { statement: "Django has a built-in admin.", kind: "FEATURE", technologyIds: [django.id] },
      t.db,
    );
    expect(claim).toMatchObject({
      slug: "django-has-a-built-in-admin",
      version: 1,
      technologyIds: [django.id],
      status: "DRAFT",
    });
    const revisions = await t.db.revision.findMany({ where: { entityId: claim.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ entity: "claims", action: "CREATE", userId: editor.id });
  });

  it("rejects unknown fields and bad values with field errors, writing nothing", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const attempt = createRecord(claims, editor, { statement: "x", kind: "NONSENSE", colour: "red" }, t.db);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((e) => e)) as ValidationError;
    expect(Object.keys(error.fields).sort()).toEqual(["colour", "kind", "statement"]);
    expect(await t.db.claim.count()).toBe(0);
    expect(await t.db.revision.count()).toBe(0);
  });

  it("an editor saving a stale claim gets a conflict naming who changed it, and nothing is overwritten", async () => {
    const alice = await makeUser(t.db, "EDITOR", { name: "Alice" });
    const bob = await makeUser(t.db, "EDITOR", { name: "Bob" });
    const claim = await createRecord(claims, alice, { statement: "Flask was released in 2010.", kind: "FACT" }, t.db);
    await updateRecord(claims, bob, claim.id, { version: 1, topic: "history" }, t.db);
    const stale = updateRecord(claims, alice, claim.id, { version: 1, statement: "Flask was released in 2011." }, t.db);
    await expect(stale).rejects.toBeInstanceOf(Conflict);
    const conflict = (await stale.catch((e) => e)) as Conflict;
    expect(conflict.message).toMatch(/Changed by Bob at/);
    expect(conflict.current?.currentVersion).toBe(2);
    const now = await getRecord(claims, alice, claim.id, t.db);
    expect(now).toMatchObject({ statement: "Flask was released in 2010.", topic: "history", version: 2 });
  });

  it("of two concurrent saves at the same version exactly one wins", async () => {
    const a = await makeUser(t.db, "EDITOR");
    const b = await makeUser(t.db, "EDITOR");
    const claim = await createRecord(claims, a, { statement: "FastAPI is async.", kind: "FACT" }, t.db);
    const results = await Promise.allSettled([
      updateRecord(claims, a, claim.id, { version: 1, topic: "from-a" }, t.db),
      updateRecord(claims, b, claim.id, { version: 1, topic: "from-b" }, t.db),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(Conflict);
    expect((await getRecord(claims, a, claim.id, t.db)).version).toBe(2);
  });

  it("soft deletes to the trash and restores, each recorded", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const claim = await createRecord(claims, editor, { statement: "Django has an ORM.", kind: "FEATURE" }, t.db);
    await deleteRecord(claims, editor, claim.id, 1, t.db);
    expect((await listRecords(claims, editor, {}, t.db)).total).toBe(0);
    expect((await listRecords(claims, editor, { filter: { deleted: true } }, t.db)).total).toBe(1);
    const restored = await restoreRecord(claims, editor, claim.id, t.db);
    expect(restored.deletedAt).toBeNull();
    const actions = (await getHistory(claims, editor, claim.id, t.db)).map((h) => h.action);
    expect(actions).toEqual(["RESTORE", "DELETE", "CREATE"]);
  });

  it("finds trashed records by id for staff (so references still show titles), never in plain lists", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const contributor = await makeUser(t.db, "CONTRIBUTOR");
    const claim = await createRecord(claims, editor, { statement: "Django has an ORM.", kind: "FEATURE" }, t.db);
    await deleteRecord(claims, editor, claim.id, 1, t.db);
    expect((await listRecords(claims, editor, { filter: { id: [claim.id] } }, t.db)).total).toBe(1);
    expect((await listRecords(claims, contributor, { filter: { id: [claim.id] } }, t.db)).total).toBe(0);
    expect((await listRecords(claims, editor, {}, t.db)).total).toBe(0);
  });

  it("a duplicate unique value is a validation error on that field, from scripts as from the API", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const input = { email: "Dup@Example.org", name: "One", role: "EDITOR", password: "a-strong-passphrase-9" };
    await createRecord(users, admin, input, t.db);
    const again = await createRecord(users, admin, { ...input, name: "Two" }, t.db).catch((e) => e);
    expect(again).toBeInstanceOf(ValidationError);
    expect(Object.keys((again as ValidationError).fields)).toEqual(["email"]);
  });

  it("creates an article by hand with its content hash and empty importer fields", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const article = await createRecord(
      articles,
      editor,
      { title: "Notes", format: "TEXT", text: "Django has a built-in admin." },
      t.db,
    );
    expect(article).toMatchObject({
      slug: "notes",
      comments: [],
      warnings: [],
      rawContent: "Django has a built-in admin.",
      importedById: editor.id,
    });
    expect(String(article.contentHash)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("restores a previous version as a new revision with a readable diff", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const claim = await createRecord(
      claims,
      editor,
      { statement: "Django ~4,200 req/s.", kind: "PERFORMANCE", value: 4200, unit: "req/s" },
      t.db,
    );
    await updateRecord(claims, editor, claim.id, { version: 1, value: 6000 }, t.db);
    const history = await getHistory(claims, editor, claim.id, t.db);
    expect(history[0].changes.value).toEqual({ before: 4200, after: 6000 });
    const created = history.find((h) => h.action === "CREATE")!;
    const reverted = await revertToRevision(claims, editor, claim.id, { revisionId: created.id, version: 2 }, t.db);
    expect(reverted).toMatchObject({ value: 4200, version: 3 });
    expect((await getHistory(claims, editor, claim.id, t.db))[0]).toMatchObject({
      action: "REVERT",
      changes: { value: { before: 6000, after: 4200 } },
    });
  });

  it("lists with search, filters, sort and totals, and refuses unknown filters", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const django = await makeTechnology(t.db, "Django");
    for (const [statement, kind] of [
      ["Django has a built-in ADMIN", "FEATURE"],
      ["FastAPI is fast", "OPINION"],
      ["Flask is small", "OPINION"],
    ]) {
      await createRecord(
        claims,
        editor,
        { statement, kind, technologyIds: statement.startsWith("Django") ? [django.id] : [] },
        t.db,
      );
    }
    expect((await listRecords(claims, editor, { filter: { q: "admin" } }, t.db)).data.map((c) => c.statement)).toEqual([
      "Django has a built-in ADMIN",
    ]);
    expect(
      (
        await listRecords(claims, editor, { filter: { kind: "OPINION" }, sort: "createdAt", order: "ASC" }, t.db)
      ).data.map((c) => c.statement),
    ).toEqual(["FastAPI is fast", "Flask is small"]);
    expect((await listRecords(claims, editor, { filter: { technologyIds: django.id } }, t.db)).total).toBe(1);
    const page = await listRecords(claims, editor, { page: 2, perPage: 2 }, t.db);
    expect(page).toMatchObject({ total: 3 });
    expect(page.data).toHaveLength(1);
    await expect(listRecords(claims, editor, { filter: { colour: "red" } }, t.db)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(listRecords(claims, editor, { sort: "ratingExplanation" }, t.db)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("enforces roles: anonymous, contributor and editor limits", async () => {
    const contributor = await makeUser(t.db, "CONTRIBUTOR");
    const editor = await makeUser(t.db, "EDITOR");
    await expect(listRecords(claims, null, {}, t.db)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(listRecords(claims, contributor, {}, t.db)).resolves.toMatchObject({ total: 0 });
    await expect(createRecord(claims, contributor, { statement: "Mine", kind: "FACT" }, t.db)).rejects.toBeInstanceOf(
      Forbidden,
    );
    await expect(listRecords(users, editor, {}, t.db)).rejects.toBeInstanceOf(Forbidden);
  });

  it("lets a contributor write only their own team's decisions, and see others' only when public", async () => {
    const ours = await makeTeam(t.db, "Ours");
    const theirs = await makeTeam(t.db, "Theirs");
    const me = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [ours.id] });
    const admin = await makeUser(t.db, "ADMIN");
    const base = { date: "2026-01-10", context: "We need an API.", chosenOption: "FastAPI" };
    const mine = await createRecord(decisions, me, { ...base, title: "API framework", teamId: ours.id }, t.db);
    // Another team is as unknown to them as one that does not exist (a 403 would confirm it exists).
    await expect(
      createRecord(decisions, me, { ...base, title: "Sneaky", teamId: theirs.id }, t.db),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(updateRecord(decisions, me, mine.id, { version: 1, teamId: theirs.id }, t.db)).rejects.toBeInstanceOf(
      ValidationError,
    );
    const hidden = await createRecord(decisions, admin, { ...base, title: "Their secret", teamId: theirs.id }, t.db);
    const shared = await createRecord(
      decisions,
      admin,
      { ...base, title: "Their public one", teamId: theirs.id, visibility: "PUBLIC" },
      t.db,
    );
    const visible = (await listRecords(decisions, me, {}, t.db)).data.map((d) => d.id).sort();
    expect(visible).toEqual([mine.id, shared.id].sort());
    await expect(getRecord(decisions, me, hidden.id, t.db)).rejects.toThrow(/not found/);
    await expect(
      updateRecord(decisions, me, shared.id, { version: 1, title: "Mine now" }, t.db),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await t.db.decision.count({ where: { title: { in: ["Sneaky", "Mine now"] } } })).toBe(0);
  });

  it("finds a citation's offsets from its quote and refuses a quote the article lacks", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const article = await makeArticle(t.db);
    const claim = await createRecord(claims, editor, { statement: "FastAPI ~31,000 req/s", kind: "PERFORMANCE" }, t.db);
    const citation = await createRecord(
      citations,
      editor,
      { claimId: claim.id, articleId: article.id, quote: "~31,000 requests per second" },
      t.db,
    );
    expect(article.text.slice(Number(citation.start), Number(citation.end))).toBe("~31,000 requests per second");
    await expect(
      createRecord(citations, editor, { claimId: claim.id, articleId: article.id, quote: "not in there" }, t.db),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("bulk-changes claim status in one transaction: a stale version among them changes none", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const a = await createRecord(claims, editor, { statement: "A claim", kind: "FACT", status: "CANDIDATE" }, t.db);
    const b = await createRecord(claims, editor, { statement: "B claim", kind: "FACT", status: "CANDIDATE" }, t.db);
    await updateRecord(claims, editor, b.id, { version: 1, topic: "moved on" }, t.db);
    await expect(
      runAction(claims, editor, "setStatus", [a.id, b.id], { status: "VERIFIED" }, { [a.id]: 1, [b.id]: 1 }, t.db),
    ).rejects.toBeInstanceOf(Conflict);
    expect((await getRecord(claims, editor, a.id, t.db)).status).toBe("CANDIDATE");
    const done = await runAction(claims, editor, "setStatus", [a.id, b.id], { status: "VERIFIED" }, null, t.db);
    expect(done.map((c) => c.status)).toEqual(["VERIFIED", "VERIFIED"]);
    expect(done[0].reviewerId).toBe(editor.id);
  });

  it("merges a duplicate claim: citations move, the duplicate points at the survivor", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const article = await makeArticle(t.db);
    const keep = await createRecord(
      claims,
      editor,
      { statement: "Django has a built-in admin", kind: "FEATURE" },
      t.db,
    );
    const dup = await createRecord(claims, editor, { statement: "Django ships an admin", kind: "FEATURE" }, t.db);
    await createRecord(
      citations,
      editor,
      { claimId: dup.id, articleId: article.id, quote: "Django has a built-in admin." },
      t.db,
    );
    const [merged] = await runAction(claims, editor, "merge", [dup.id], { intoId: keep.id }, null, t.db);
    expect(merged).toMatchObject({ mergedIntoId: keep.id, status: "RETRACTED" });
    expect(await t.db.citation.count({ where: { claimId: keep.id } })).toBe(1);
    await expect(runAction(claims, editor, "merge", [keep.id], { intoId: keep.id }, null, t.db)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
