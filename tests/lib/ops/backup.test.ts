import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { claims } from "@/lib/resources";
import { createRecord, updateRecord } from "@/lib/services/records";
import { backupDatabase, restoreDatabase } from "@/lib/ops/backup";
import { startJobWorker } from "@/lib/jobs/queue";
import type { Db } from "@/lib/db/client";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeArticle, makeTechnology, makeUser } from "../../support/factories";

const MODELS = [
  "user",
  "team",
  "membership",
  "technology",
  "article",
  "claim",
  "citation",
  "contradiction",
  "useCase",
  "verdict",
  "decision",
  "outcomeReview",
  "revision",
  "loginAttempt",
] as const;

async function everyTable(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const model of MODELS) {
    const delegate = (db as unknown as Record<string, { findMany(a: unknown): Promise<unknown[]> }>)[model];
    out[model] = await delegate.findMany({ orderBy: { id: "asc" } });
  }
  return out;
}

describe.each(testProviders())("backup and restore on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(async () => t.close());

  it("restores every table exactly as it was at backup time", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const django = await makeTechnology(t.db, "Django");
    await makeArticle(t.db);
    const claim = await createRecord(
      claims,
      editor,
      { statement: "Django has a built-in admin.", kind: "FEATURE", technologyIds: [django.id] },
      t.db,
    );
    // A production database holds the job queue too (on PostgreSQL its own schema, with partitioned tables whose
    // inherited constraints a plain "pg_restore --clean" cannot drop): the restore must cope with it.
    const worker = await startJobWorker({ db: t.db, url: t.url, run: false });
    await worker.stop();
    const before = await everyTable(t.db);
    const file = path.join(
      mkdtempSync(path.join(os.tmpdir(), "sv-backup-")),
      provider === "sqlite" ? "b.db" : "b.pgdump",
    );
    await backupDatabase(t.url, file);

    await updateRecord(claims, editor, claim.id, { version: 1, statement: "Changed after the backup." }, t.db);
    await makeUser(t.db, "ADMIN");
    expect(await everyTable(t.db)).not.toEqual(before);

    await t.db.$disconnect();
    await restoreDatabase(t.url, file);
    expect(await everyTable(t.db)).toEqual(before);
  });
});
