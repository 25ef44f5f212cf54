// Two editors in two sessions (two separate database clients, as two app processes would have)
// writing the same records at the same time: one wins, the other is told, nothing is lost.
import type { Db } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { claims } from "@/lib/resources";
import { createRecord, getRecord, updateRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { testProviders, withSecondClient, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";

describe.each(testProviders())("concurrent editors on %s", (provider) => {
  let t: TestDatabase;
  let second: Db;
  const pair = withSecondClient(provider);
  beforeEach(() => ({ t, second } = pair()));

  it("two sessions saving the same claim at the same version: exactly one wins, the other gets 409 with the current version", async () => {
    const [alice, bob] = [await makeUser(t.db, "EDITOR"), await makeUser(t.db, "EDITOR")];
    const claim = await createRecord(claims, alice, { statement: "FastAPI ~31,000 req/s", kind: "PERFORMANCE" }, t.db);
    for (let round = 1; round <= 10; round++) {
      const results = await Promise.allSettled([
        updateRecord(claims, alice, claim.id, { version: round, topic: `alice-${round}` }, t.db),
        updateRecord(claims, bob, claim.id, { version: round, unit: `bob-${round}` }, second),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(Conflict);
      expect((lost.reason as Conflict).current?.currentVersion).toBe(round + 1);
      const now = await getRecord(claims, alice, claim.id, t.db);
      // The winner's field is there; the loser's was refused, not half-applied.
      if (results[0].status === "fulfilled") expect(now.topic).toBe(`alice-${round}`);
      else expect(now.unit).toBe(`bob-${round}`);
    }
    expect(await t.db.revision.count({ where: { entityId: claim.id, action: "UPDATE" } })).toBe(10);
  });

  it("a bulk status change racing single edits: every acknowledged write is kept", async () => {
    const [alice, bob] = [await makeUser(t.db, "EDITOR"), await makeUser(t.db, "EDITOR")];
    const ids: string[] = [];
    for (let i = 0; i < 8; i++)
      ids.push(
        (await createRecord(claims, alice, { statement: `Claim ${i}`, kind: "FACT", status: "CANDIDATE" }, t.db)).id,
      );
    const singles = ids
      .slice(0, 4)
      .map((id, i) => updateRecord(claims, bob, id, { version: 1, topic: `edited-${i}` }, second));
    const bulk = runAction(claims, alice, "setStatus", ids, { status: "VERIFIED" }, null, t.db);
    const [bulkResult, ...singleResults] = await Promise.allSettled([bulk, ...singles]);
    expect(bulkResult.status).toBe("fulfilled");
    for (const [i, result] of singleResults.entries()) {
      const now = await getRecord(claims, alice, ids[i], t.db);
      expect(now.status).toBe("VERIFIED");
      if (result.status === "fulfilled") expect(now.topic).toBe(`edited-${i}`);
      else expect(result.reason).toBeInstanceOf(Conflict);
    }
    const updates = await t.db.revision.count({ where: { entityId: { in: ids }, action: "UPDATE" } });
    expect(updates).toBe(8 + singleResults.filter((r) => r.status === "fulfilled").length);
  });
});
