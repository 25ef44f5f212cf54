// npm run bench:soak [-- --seconds=300 --concurrency=8 --port=3207 --processes=1]
// Mixed load on loopback against the production server: public page reads, editor writes through
// the admin API with a real signed-in session (create a claim, then edit it with its version), and
// imports. Prints throughput, errors and latency percentiles, then checks the database: every
// acknowledged write is there with its acknowledged content, and the revision count matches.
// Starts the production server (scripts/server.ts, as `npm start`) itself on a freshly seeded SQLite database (from the existing build in
// NEXT_DIST_DIR, default .next: run `npm run build` first), or uses --url=… with DATABASE_URL.
// --processes=N (N > 1): N server processes (one worker each) on ports PORT…PORT+N-1 share one fresh
// PostgreSQL database (BENCH_PG_URL or TEST_POSTGRES_URL, default the local server); the clients are
// spread over them, and half the imports go as background jobs (?background=1, lib/jobs), which any
// of the processes may run: the check at the end waits for every acknowledged job and finds each of
// its documents imported.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { createClient } from "@/lib/db/client";

const ROOT = path.resolve(__dirname, "..");
const arg = (name: string): string | undefined =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split("=")
    .slice(1)
    .join("=");
const SECONDS = Number(arg("seconds") ?? 300);
const CONCURRENCY = Number(arg("concurrency") ?? 8);
const PORT = Number(arg("port") ?? 3207);
const EXTERNAL = arg("url");
const PROCESSES = Math.max(1, Number(arg("processes") ?? 1));
const BASES = EXTERNAL ? [EXTERNAL] : Array.from({ length: PROCESSES }, (_, i) => `http://localhost:${PORT + i}`);
const BASE = BASES[0];
const PG_BASE =
  process.env.BENCH_PG_URL ?? process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PG_DATABASE = `sv_soak_${process.pid}`;
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const DB_FILE = path.join(ROOT, "data", "soak.db");
const EDITOR = { email: "editor@stackverdict.test", password: "verdict-eddie-2026" };
const SECRET = process.env.NEXTAUTH_SECRET ?? "soak-bench-3c9e1f5a7b2d4c6e8f0a1b3c5d7e9f2a4b6c8d0e";

type Kind = "read" | "write" | "import";
const latencies: Record<Kind, number[]> = { read: [], write: [], import: [] };
const errors: Array<{ kind: Kind; what: string }> = [];
/** Acknowledged writes: claim id -> the statement and version the server confirmed last, and how many writes it confirmed. */
const claimsAcked = new Map<string, { statement: string; version: number; writes: number }>();
const articlesAcked = new Set<string>();
/** Background import jobs the server accepted (202), by id. */
const jobsAcked = new Set<string>();

const percentile = (xs: number[], p: number): number => {
  if (!xs.length) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function timed<T>(kind: Kind, what: string, run: () => Promise<T>): Promise<T | null> {
  const started = performance.now();
  try {
    const result = await run();
    latencies[kind].push(performance.now() - started);
    return result;
  } catch (error) {
    latencies[kind].push(performance.now() - started);
    errors.push({ kind, what: `${what}: ${error instanceof Error ? error.message : String(error)}` });
    return null;
  }
}

async function expectOk(res: Response, what: string): Promise<Record<string, unknown>> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what} answered ${res.status}: ${text.slice(0, 200)}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Signs in through next-auth's credentials flow, as the login form does; returns the Cookie header. */
async function signIn(base: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  keep(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
      origin: base,
    },
    body: new URLSearchParams({ csrfToken, email: EDITOR.email, password: EDITOR.password, json: "true" }),
  });
  keep(res);
  const session = [...jar.keys()].find((k) => k.endsWith("next-auth.session-token"));
  if (!session) throw new Error(`Signing in as ${EDITOR.email} failed (${res.status}).`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

async function publicPages(): Promise<string[]> {
  const html = await (await fetch(`${BASE}/compare/django-vs-fastapi`)).text();
  const claims = [...new Set([...html.matchAll(/href="(\/claims\/[^"#?]+)"/g)].map((m) => m[1]))].slice(0, 10);
  return ["/", "/compare", "/compare/django-vs-fastapi", "/technologies", "/technologies/django", ...claims];
}

let sequence = 0;
async function worker(id: number, BASE: string, cookie: string, pages: string[], deadline: number): Promise<void> {
  const json = { "content-type": "application/json", cookie, origin: BASE };
  // The claim this client is editing (held in an object: it changes inside the request callbacks).
  const state: { mine: { id: string; version: number } | null } = { mine: null };
  while (Date.now() < deadline) {
    const n = ++sequence;
    const roll = n % 10;
    if (roll < 6) {
      const page = pages[n % pages.length];
      await timed("read", `GET ${page}`, async () => {
        const res = await fetch(`${BASE}${page}`);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`GET ${page} answered ${res.status}`);
      });
    } else if (roll < 9) {
      const statement = `Soak worker ${id} write ${n}: Django served ${1000 + n} requests per second on 4 vCPUs.`;
      const current = state.mine;
      await timed("write", current ? "PUT claim" : "POST claim", async () => {
        const res = current
          ? await fetch(`${BASE}/api/admin/claims/${encodeURIComponent(current.id)}`, {
              method: "PUT",
              headers: json,
              body: JSON.stringify({ statement, version: current.version }),
            })
          : await fetch(`${BASE}/api/admin/claims`, {
              method: "POST",
              headers: json,
              body: JSON.stringify({ statement, kind: "PERFORMANCE" }),
            });
        const data = (await expectOk(res, current ? "PUT claim" : "POST claim")).data as {
          id: string;
          version: number;
          statement: string;
        };
        const before = claimsAcked.get(data.id);
        claimsAcked.set(data.id, {
          statement: data.statement,
          version: data.version,
          writes: (before?.writes ?? 0) + 1,
        });
        // A fresh claim every few edits, so both creates and updates keep happening.
        state.mine = data.version >= 4 ? null : { id: data.id, version: data.version };
      });
    } else {
      const text = `---\ntitle: Soak import ${id}-${n}\n---\n\nFastAPI served ${20000 + n} requests per second on ${2 + (n % 6)} vCPUs in soak run ${n}.\n\nDjango has a built-in admin according to soak note ${n}.\n`;
      const background = PROCESSES > 1 && n % 20 === 19;
      await timed("import", background ? "POST import (background)" : "POST import", async () => {
        const res = await fetch(`${BASE}/api/admin/import${background ? "?background=1" : ""}`, {
          method: "POST",
          headers: json,
          body: JSON.stringify({ text, filename: `soak-${id}-${n}.md` }),
        });
        if (background) {
          const job = (await expectOk(res, "POST import (background)")).data as { id: string };
          if (res.status !== 202) throw new Error(`POST import (background) answered ${res.status}, not 202`);
          jobsAcked.add(job.id);
          return;
        }
        const report = (await expectOk(res, "POST import")).data as {
          articles: Array<{ articleSlug: string; status: string }>;
        };
        for (const a of report.articles) if (a.status === "imported") articlesAcked.add(a.articleSlug);
      });
    }
  }
}

/** A fresh database: the SQLite file, or (several processes) a scratch PostgreSQL database. */
async function freshDatabaseUrl(): Promise<string> {
  if (PROCESSES === 1) {
    mkdirSync(path.dirname(DB_FILE), { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(DB_FILE + suffix, { force: true });
    return `file:${DB_FILE}`;
  }
  const admin = createClient(PG_BASE);
  await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`);
  await admin.$executeRawUnsafe(`CREATE DATABASE ${PG_DATABASE}`);
  await admin.$disconnect();
  const url = new URL(PG_BASE);
  url.pathname = `/${PG_DATABASE}`;
  return url.toString();
}

async function dropScratchDatabase(): Promise<void> {
  if (PROCESSES === 1) return;
  const admin = createClient(PG_BASE);
  await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`).catch(() => undefined);
  await admin.$disconnect();
}

async function startServers(): Promise<ChildProcess[]> {
  if (!existsSync(path.join(ROOT, DIST, "BUILD_ID")))
    throw new Error(`No production build in ${DIST}: run npm run build (or set NEXT_DIST_DIR).`);
  const env = {
    ...process.env,
    DATABASE_URL: await freshDatabaseUrl(),
    NEXTAUTH_SECRET: SECRET,
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: "1",
    MIGRATE_QUIET: "1",
  };
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/migrate.ts"], { cwd: ROOT, env, stdio: "ignore" });
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { cwd: ROOT, env, stdio: "ignore" });
  process.env.DATABASE_URL = env.DATABASE_URL;
  // Each process its own instance (one worker, its own port and NEXTAUTH_URL), as on separate machines.
  return BASES.map((base, i) =>
    spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/server.ts"], {
      cwd: ROOT,
      env: {
        ...env,
        NEXTAUTH_URL: base,
        NODE_ENV: "production",
        PORT: String(PORT + i),
        ...(PROCESSES > 1 ? { WEB_CONCURRENCY: "1" } : {}),
      },
      stdio: "ignore",
      detached: true,
    }),
  );
}

async function waitUntilUp(base: string): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {
      // not yet
    }
  }
  throw new Error(`${base} did not answer within 60 s.`);
}

async function verify(): Promise<string[]> {
  const db = createClient(process.env.DATABASE_URL);
  const problems: string[] = [];
  try {
    const ids = [...claimsAcked.keys()];
    const rows = new Map(
      (
        await db.claim.findMany({ where: { id: { in: ids } }, select: { id: true, statement: true, version: true } })
      ).map((r) => [r.id, r]),
    );
    for (const [id, acked] of claimsAcked) {
      const row = rows.get(id);
      if (!row) problems.push(`claim ${id} was acknowledged but is missing`);
      else if (row.statement !== acked.statement || row.version !== acked.version)
        problems.push(
          `claim ${id}: acknowledged v${acked.version} "${acked.statement}", found v${row.version} "${row.statement}"`,
        );
    }
    const expectedRevisions = [...claimsAcked.values()].reduce((sum, c) => sum + c.writes, 0);
    const revisions = await db.revision.count({
      where: { entity: "claims", entityId: { in: ids }, action: { in: ["CREATE", "UPDATE"] } },
    });
    if (revisions !== expectedRevisions)
      problems.push(`claims: ${expectedRevisions} acknowledged writes but ${revisions} revisions`);
    const articles = await db.article.findMany({ where: { slug: { in: [...articlesAcked] } }, select: { id: true } });
    if (articles.length !== articlesAcked.size)
      problems.push(`${articlesAcked.size - articles.length} acknowledged imports are missing`);
    const articleRevisions = await db.revision.count({
      where: { entity: "articles", action: "CREATE", entityId: { in: articles.map((a) => a.id) } },
    });
    if (articleRevisions !== articles.length)
      problems.push(`imports: ${articles.length} articles but ${articleRevisions} CREATE revisions`);
    problems.push(...(await verifyJobs(db)));
    return problems;
  } finally {
    await db.$disconnect();
  }
}

/** Every acknowledged background import ends DONE (waiting for the queue to drain), each document imported or a repeat, its article there. */
async function verifyJobs(db: ReturnType<typeof createClient>): Promise<string[]> {
  if (!jobsAcked.size) return [];
  const ids = [...jobsAcked];
  for (const deadline = Date.now() + 300_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    if (!(await db.job.count({ where: { id: { in: ids }, status: { in: ["QUEUED", "RUNNING"] } } }))) break;
  }
  const problems: string[] = [];
  const jobs = await db.job.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, error: true } });
  if (jobs.length !== ids.length)
    problems.push(`${ids.length - jobs.length} acknowledged background imports are missing`);
  for (const j of jobs)
    if (j.status !== "DONE")
      problems.push(`background import ${j.id} ended ${j.status}${j.error ? `: ${j.error}` : ""}`);
  const docs = await db.jobDocument.findMany({
    where: { jobId: { in: ids } },
    select: { jobId: true, state: true, articleSlug: true },
  });
  for (const d of docs)
    if (d.state !== "DONE" && d.state !== "REPEAT")
      problems.push(`background import ${d.jobId}: a document ended ${d.state}`);
  const slugs = docs.flatMap((d) => (d.articleSlug ? [d.articleSlug] : []));
  const found = await db.article.count({ where: { slug: { in: slugs } } });
  if (found !== new Set(slugs).size)
    problems.push(`background imports: ${new Set(slugs).size - found} articles missing`);
  console.log(
    `background imports: ${ids.length} jobs acknowledged, ${jobs.filter((j) => j.status === "DONE").length} done`,
  );
  return problems;
}

async function main(): Promise<number> {
  const servers = EXTERNAL ? [] : await startServers();
  try {
    await Promise.all(BASES.map(waitUntilUp));
    const cookies = await Promise.all(BASES.map(signIn));
    const pages = await publicPages();
    console.log(
      `Soak: ${SECONDS} s, ${CONCURRENCY} concurrent clients against ${BASES.join(", ")} (60% public reads, 30% editor writes, 10% imports${PROCESSES > 1 ? ", half of them background jobs; one PostgreSQL database" : ""})`,
    );
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, i) =>
        worker(i, BASES[i % BASES.length], cookies[i % BASES.length], pages, started + SECONDS * 1000),
      ),
    );
    const elapsed = (Date.now() - started) / 1000;
    const all = [...latencies.read, ...latencies.write, ...latencies.import];
    const row = (name: string, xs: number[]) =>
      console.log(
        `${name.padEnd(8)} ${String(xs.length).padStart(7)} req ${(xs.length / elapsed).toFixed(1).padStart(8)} req/s   p50 ${percentile(xs, 50).toFixed(0).padStart(5)} ms   p99 ${percentile(xs, 99).toFixed(0).padStart(5)} ms`,
      );
    row("reads", latencies.read);
    row("writes", latencies.write);
    row("imports", latencies.import);
    row("total", all);
    console.log(`errors   ${errors.length}`);
    for (const e of errors.slice(0, 10)) console.log(`  ${e.kind}: ${e.what}`);
    const problems = await verify();
    const writes = [...claimsAcked.values()].reduce((s, c) => s + c.writes, 0);
    console.log(
      `verified ${claimsAcked.size} claims (${writes} acknowledged writes) and ${articlesAcked.size} imports: ${problems.length ? `${problems.length} problem(s)` : "all present, revision counts match"}`,
    );
    for (const p of problems.slice(0, 20)) console.log(`  LOST: ${p}`);
    return errors.length || problems.length ? 1 : 0;
  } finally {
    for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
    // The servers let go of the scratch database before it is dropped.
    await Promise.all(
      servers.map(
        (server) => new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once("exit", resolve))),
      ),
    );
    await dropScratchDatabase();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
