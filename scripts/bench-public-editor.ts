// bench:public's editor (scripts/bench-public-writes.ts): a process of its own, as an editor saving
// through another server would be, so that the saves' own work never holds the load generator's
// event loop (in the bench's process, each save paused every visitor connection while it ran).
// Started with an IPC channel and BENCH_EDITOR_DB (the SQLite file), BENCH_EDITOR_SLUGS (JSON: the
// claims it may edit), BENCH_EDITOR_PER_SECOND and BENCH_EDITOR_WRITE ("wording" or "status"); sends
// "ready" once connected, then on each "start" saves a read claim every 1/N s through the service
// layer until "stop", and answers it with `{ writes, saveMs }` (each save's duration, ms).
import { SYSTEM } from "@/lib/auth/roles";
import { createClient } from "@/lib/db/client";
import { claims as claimsResource } from "@/lib/resources";
import { updateRecord } from "@/lib/services/records";

export interface EditorReport {
  writes: number;
  saveMs: number[];
}

const db = createClient(`file:${process.env.BENCH_EDITOR_DB ?? ""}`);
const slugs = JSON.parse(process.env.BENCH_EDITOR_SLUGS ?? "[]") as string[];
const perSecond = Number(process.env.BENCH_EDITOR_PER_SECOND ?? 1);
const status = process.env.BENCH_EDITOR_WRITE === "status";

let i = 0;
let report: EditorReport = { writes: 0, saveMs: [] };
let timer: NodeJS.Timeout | null = null;
let running: Promise<void> = Promise.resolve();

/** One save of a read claim, as the admin's save runs it: its wording changed, or its status toggled. */
async function save(): Promise<void> {
  const started = performance.now();
  const slug = slugs[(i++ * 7919) % slugs.length];
  const row = await db.claim.findUniqueOrThrow({
    where: { slug },
    select: { id: true, version: true, statement: true, status: true },
  });
  const change = status
    ? { status: row.status === "VERIFIED" ? "DISPUTED" : "VERIFIED" }
    : { statement: row.statement.replace(/( \(edit \d+\))?$/, ` (edit ${i})`) };
  await updateRecord(claimsResource, SYSTEM, row.id, { version: row.version, ...change }, db);
  report.writes++;
  report.saveMs.push(performance.now() - started);
}

process.on("message", (message: unknown) => {
  if (message === "start" && !timer) {
    report = { writes: 0, saveMs: [] };
    timer = setInterval(() => {
      running = running.then(save).catch((error: unknown) => console.error("The editor's save failed", error));
    }, 1000 / perSecond);
  } else if (message === "stop") {
    if (timer) clearInterval(timer);
    timer = null;
    void running.then(() => process.send?.(report));
  } else if (message === "exit") {
    void db.$disconnect().finally(() => process.exit(0));
  }
});

db.$connect().then(
  () => process.send?.("ready"),
  (error: unknown) => {
    console.error("The editor could not open the database", error);
    process.exit(1);
  },
);
