// A second app process for the commit-event tests (tests/support/peer-process.ts) and the freshness
// benchmark (scripts/bench-freshness.ts): it writes through
// the service layer, or listens with the commit feed, on the database it is given. One JSON object
// per stdout line.
//   tsx scripts/commit-peer.ts write URL ACTOR_JSON STATEMENT    → {"id","origin"} after the write committed
//   tsx scripts/commit-peer.ts watch URL                         → {"ready":true}, then every event heard, as it is heard
//   tsx scripts/commit-peer.ts writer URL ACTOR_JSON CLAIM_ID    → per stdin line: updates the claim, prints
//                                                                   {"start","committed","acked"} (committed: the first subscriber ran)
// `watch` reads nothing but its feed: on SQLite it asks the feed to look every 5 ms, as requests would.
import { createInterface } from "node:readline";
import type { Actor } from "@/lib/auth/roles";
import { createClient } from "@/lib/db/client";
import { processOrigin, subscribe } from "@/lib/events";
import { startCommitFeed } from "@/lib/events/feed";
import { syncPublicGeneration } from "@/lib/cache/tags";
import { claims } from "@/lib/resources/claims";
import { createRecord, getRecord, updateRecord } from "@/lib/services/records";

const say = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value)}\n`);
const now = (): number => performance.timeOrigin + performance.now();

async function write(url: string, actor: Actor, statement: string): Promise<void> {
  const db = createClient(url);
  // Verified, so the site shows it: a candidate's write is not public-facing (ResourceDef.shown).
  const row = await createRecord(claims, actor, { statement, kind: "FEATURE", status: "VERIFIED" }, db);
  say({ id: row.id, origin: processOrigin() });
  await db.$disconnect();
}

async function watch(url: string): Promise<void> {
  const db = createClient(url);
  subscribe("peer-watch", { everyProcess: true, handle: (event) => say({ event, at: now() }) });
  const feed = await startCommitFeed({ url, db: () => db, checkEveryMs: 0 });
  say({ ready: true, origin: processOrigin() });
  const timer = feed.provider === "sqlite" ? setInterval(() => void syncPublicGeneration(), 5) : null;
  // Stops when the parent closes stdin (or after a minute, should it never).
  const stop = async () => {
    if (timer) clearInterval(timer);
    await feed.stop();
    await db.$disconnect();
    process.exit(0);
  };
  process.stdin.on("end", () => void stop());
  process.stdin.resume();
  setTimeout(() => void stop(), 60_000).unref();
}

async function writer(url: string, actor: Actor, claimId: string): Promise<void> {
  const db = createClient(url);
  let n = 0;
  let committed = 0;
  // First in line: it runs as soon as the transaction has committed, before the other subscribers' work.
  subscribe(
    "peer-commit-time",
    {
      everyProcess: false,
      handle: () => {
        committed = now();
      },
    },
    { first: true },
  );
  say({ ready: true, origin: processOrigin() });
  for await (const _line of createInterface({ input: process.stdin })) {
    const { version } = await getRecord(claims, actor, claimId, db);
    const start = now();
    await updateRecord(claims, actor, claimId, { statement: `Freshness probe ${++n}.`, version }, db);
    say({ start, committed, acked: now() });
  }
  await db.$disconnect();
}

async function main(): Promise<void> {
  const [mode, url, ...rest] = process.argv.slice(2);
  if (mode === "write") return write(url, JSON.parse(rest[0]) as Actor, rest[1]);
  if (mode === "watch") return watch(url);
  if (mode === "writer") return writer(url, JSON.parse(rest[0]) as Actor, rest[1]);
  throw new Error(`unknown mode ${mode}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
