/** @jest-environment node */
// recordRevisions: many revisions in one multi-row insert, the same rows recordRevision writes one by
// one, on both databases; more rows than one statement may bind; all or nothing inside its transaction.
import type { Actor } from "@/lib/auth/roles";
import { technologies } from "@/lib/resources";
import { recordRevision, recordRevisions, type RevisionEntry } from "@/lib/revisions/service";
import { testProviders, freshDatabase, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";

jest.setTimeout(60_000);

const entry = (actor: Actor, i: number, extra: Partial<RevisionEntry> = {}): RevisionEntry => ({
  def: technologies,
  action: "UPDATE",
  actor,
  before: { id: `tech-${i}`, name: "Django", aliases: ["dj"], version: 1 },
  after: {
    id: `tech-${i}`,
    name: `Django ${i} — "quoted" ünïcode`,
    aliases: ["dj", { nested: [1, null] }],
    version: 2,
  },
  reason: i % 2 ? `because ${i}` : undefined,
  ...extra,
});

describe.each(testProviders())("batched revisions on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  beforeEach(async () => {
    t = await freshDatabase(provider);
    editor = await makeUser(t.db, "EDITOR");
  });
  afterEach(async () => t.close());

  it("writes the same revision rows as recordRevision, one per change with a record", async () => {
    const at = new Date("2026-11-21T12:34:56.789Z");
    const written = await t.db.$transaction((tx) =>
      recordRevisions(tx, [entry(editor, 1), entry(editor, 2), entry(editor, 3, { before: null, after: null })], at),
    );
    expect(written).toBe(2);
    await t.db.$transaction((tx) => recordRevision(tx, entry(editor, 1)));
    const rows = await t.db.revision.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(3);
    const [batched1, batched2, single] = [
      rows.find((r) => r.entityId === "tech-1" && r.createdAt.getTime() === at.getTime()),
      rows.find((r) => r.entityId === "tech-2"),
      rows.find((r) => r.entityId === "tech-1" && r.createdAt.getTime() !== at.getTime()),
    ];
    const fields = (r: (typeof rows)[number] | undefined) =>
      r && {
        entity: r.entity,
        entityId: r.entityId,
        action: r.action,
        userId: r.userId,
        changes: r.changes,
        snapshot: r.snapshot,
        reason: r.reason,
      };
    expect(fields(batched1)).toEqual(fields(single));
    expect(batched1?.changes).toEqual({
      name: { before: "Django", after: `Django 1 — "quoted" ünïcode` },
      aliases: { before: ["dj"], after: ["dj", { nested: [1, null] }] },
    });
    expect(batched2).toMatchObject({ action: "UPDATE", userId: editor.id, reason: null, createdAt: at });
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
  });

  it("inserts more revisions than one statement can bind", async () => {
    // 9 columns each: 4,000 rows are 36,000 parameters, over the 30,000 a statement is given.
    const entries = Array.from({ length: 4000 }, (_, i) => entry(editor, i));
    expect(await t.db.$transaction((tx) => recordRevisions(tx, entries), { timeout: 60_000 })).toBe(4000);
    expect(await t.db.revision.count()).toBe(4000);
    expect(new Set((await t.db.revision.findMany({ select: { entityId: true } })).map((r) => r.entityId)).size).toBe(
      4000,
    );
  });

  it("leaves nothing when its transaction fails after the insert", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await recordRevisions(
          tx,
          Array.from({ length: 50 }, (_, i) => entry(editor, i)),
        );
        // A revision by a user who does not exist: the foreign key fails the second statement.
        await recordRevisions(tx, [entry({ ...editor, id: "no-such-user" }, 99)]);
      }),
    ).rejects.toThrow();
    expect(await t.db.revision.count()).toBe(0);
  });
});
