// Cross-process freshness: how long after a write in process A does process B's public generation
// (what its page cache, page data and API answers key by) move on? A child process (scripts/commit-peer.ts
// "writer") updates a public claim through the service layer, one write at a time; this process runs the
// commit feed and notes when the write's event bumped its generation. Printed per provider: p50/p95/max
// from the commit in A (its first commit subscriber ran) — the target on PostgreSQL: p95 < 200 ms —
// and, for context, from the write's start (the write's own transaction included).
// On SQLite nothing is pushed: B looks when a request asks (syncPublicGeneration), at most every
// COMMIT_CHECK_MS (default 50); here a request arrives every 5 ms.
//   npm run bench:freshness [-- --writes=200 --warmup=5 --only=postgresql|sqlite]
// PostgreSQL: BENCH_PG_URL or TEST_POSTGRES_URL (default the local server); a scratch database
// sv_bench_freshness is created there and dropped afterwards.
import { rmSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import type { Actor } from "@/lib/auth/roles";
import { createClient, type Db } from "@/lib/db/client";
import type { Provider } from "@/lib/db/provider";
import { subscribe } from "@/lib/events";
import { startCommitFeed } from "@/lib/events/feed";
import { publicGeneration, syncPublicGeneration } from "@/lib/cache/tags";
import { claims } from "@/lib/resources/claims";
import { createRecord } from "@/lib/services/records";
import { migrate } from "./migrate";
import { Peer } from "./peer-process";

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const WRITES = Number(arg("writes") ?? 200);
/** First writes not counted: module loading and JIT in both processes. */
const WARMUP = Number(arg("warmup") ?? 5);
const only = arg("only");
const PG_BASE =
  process.env.BENCH_PG_URL ?? process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PG_DB = "sv_bench_freshness";

const now = (): number => performance.timeOrigin + performance.now();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const summary = (values: number[]): string => {
  const s = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
};

async function scratchDatabase(provider: Provider): Promise<{ url: string; drop: () => Promise<void> }> {
  process.env.MIGRATE_QUIET = "1";
  if (provider === "sqlite") {
    const file = path.resolve("data", `bench-freshness-${process.pid}.db`);
    const url = `file:${file}`;
    migrate(url);
    return {
      url,
      drop: async () => {
        for (const s of ["", "-wal", "-shm"]) rmSync(`${file}${s}`, { force: true });
      },
    };
  }
  const admin = new Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${PG_DB}`);
  const url = new URL(PG_BASE);
  url.pathname = `/${PG_DB}`;
  migrate(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function seed(db: Db): Promise<{ actor: Actor; claimId: string }> {
  const user = await db.user.create({
    data: { email: "bench@example.test", name: "Bench Editor", role: "EDITOR", passwordHash: "unused" },
  });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: "EDITOR", teamIds: [] };
  // Verified: edits of a claim the site does not show are not public-facing and reach no cache.
  const claim = await createRecord(
    claims,
    actor,
    { statement: "Freshness probe 0.", kind: "FEATURE", status: "VERIFIED" },
    db,
  );
  return { actor, claimId: claim.id };
}

/** Resolves with the time this process's generation moved on for the next event heard from another process. */
function nextRemoteBump(): { seen: Promise<number>; cancel: () => void } {
  let resolve: (at: number) => void = () => undefined;
  const seen = new Promise<number>((r) => {
    resolve = r;
  });
  const before = publicGeneration();
  // Registered after the public-caches subscriber, so it runs once the generation has moved.
  const cancel = subscribe("bench-freshness", {
    everyProcess: true,
    handle: (_event, local) => {
      if (!local && publicGeneration() > before) resolve(now());
    },
  });
  return { seen, cancel };
}

async function measure(provider: Provider): Promise<void> {
  const scratch = await scratchDatabase(provider);
  const db = createClient(scratch.url);
  const { actor, claimId } = await seed(db);
  const feed = await startCommitFeed({ url: scratch.url, db: () => db });
  // SQLite: requests arriving every 5 ms, each asking for other processes' writes (throttled by the feed).
  const requests = provider === "sqlite" ? setInterval(() => void syncPublicGeneration(), 5) : null;
  const writer = new Peer(["writer", scratch.url, JSON.stringify(actor), claimId]);
  const fromStart: number[] = [];
  const fromCommit: number[] = [];
  try {
    await writer.line((l) => l.ready === true, 60_000);
    for (let i = 0; i < WARMUP + WRITES; i++) {
      const bump = nextRemoteBump();
      const from = writer.count;
      writer.send("write");
      const [seenAt, done] = await Promise.all([
        Promise.race([
          bump.seen,
          new Promise<number>((_, reject) =>
            setTimeout(() => reject(new Error("no event within 15 s")), 15_000).unref(),
          ),
        ]),
        writer.line((l) => typeof l.start === "number", 15_000, from),
      ]);
      bump.cancel();
      if (i >= WARMUP) {
        fromStart.push(seenAt - Number(done.start));
        fromCommit.push(seenAt - Number(done.committed));
      }
      // A pause of varying length, so that writes do not fall into step with SQLite's look interval.
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    }
  } finally {
    if (requests) clearInterval(requests);
    await writer.close();
    await feed.stop();
    await db.$disconnect();
    await scratch.drop();
  }
  console.log(`${provider}: ${WRITES} writes in process A → generation moved in process B`);
  console.log(`  from the commit in A: ${summary(fromCommit)}`);
  console.log(`  from the write's start in A (its transaction included): ${summary(fromStart)}`);
  if (provider === "postgresql")
    console.log(
      `  target p95 < 200 ms from the commit: ${
        percentile(
          [...fromCommit].sort((a, b) => a - b),
          95,
        ) < 200
          ? "met"
          : "MISSED"
      }`,
    );
}

async function main(): Promise<void> {
  const providers: Provider[] = only === "sqlite" || only === "postgresql" ? [only] : ["postgresql", "sqlite"];
  for (const provider of providers) await measure(provider);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
