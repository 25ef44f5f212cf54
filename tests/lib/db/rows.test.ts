/** @jest-environment node */
// insertRows: complete rows in multi-row INSERTs with bound parameters. Text that looks like SQL or
// placeholders is stored as written, on both databases; malformed rows are refused before any SQL runs.
import { insertRows } from "@/lib/db/rows";
import type { Revision } from "@/lib/generated/sqlite/client";
import { testProviders, freshDatabase, type TestDatabase } from "../../support/databases";

jest.setTimeout(60_000);

const NASTY = [
  `'); DROP TABLE "Revision"; --`,
  "$1 ? ?1 :name @p1 %s",
  'back\\slash "quote" `tick` ünïcödé 🚀',
  "x".repeat(20_000),
];

const revision = (i: number, text: string): Revision => ({
  id: `r${i}`,
  entity: "claims",
  entityId: `e${i}`,
  action: "CREATE",
  userId: null,
  changes: { statement: { before: null, after: text } },
  snapshot: { id: `e${i}`, statement: text, tags: [text, 1, null] },
  reason: text,
  createdAt: new Date(Date.UTC(2026, 10, 21, 12, 0, i)),
});

describe.each(testProviders())("bulk row inserts on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(async () => t.close());

  it("stores text that looks like SQL or placeholders exactly as written, Json columns as JSON", async () => {
    const rows = NASTY.map((text, i) => revision(i, text));
    await t.db.$transaction((tx) => insertRows(tx, "Revision", rows, ["changes", "snapshot"]));
    const stored = await t.db.revision.findMany({ orderBy: { createdAt: "asc" } });
    expect(stored).toEqual(rows);
  });

  it("refuses rows with different columns, or an object in a column not declared Json, and writes nothing", async () => {
    const good = revision(1, "fine");
    const { reason: _dropped, ...short } = revision(2, "short");
    await expect(
      t.db.$transaction((tx) => insertRows(tx, "Revision", [good, short as Revision], ["changes", "snapshot"])),
    ).rejects.toThrow(/same 9 columns/);
    await expect(t.db.$transaction((tx) => insertRows(tx, "Revision", [good]))).rejects.toThrow(
      /"changes" holds a object/,
    );
    expect(await t.db.revision.count()).toBe(0);
  });
});
