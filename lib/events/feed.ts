// How a process hears of the writes other processes commit, so its caches follow within
// milliseconds instead of the 10 s fallback (PUBLIC_CACHE_SECONDS):
// - PostgreSQL: a dedicated connection (node-postgres, the driver under Prisma's PG adapter) LISTENs
//   on the channel every write notifies inside its transaction; PostgreSQL delivers a notification
//   when its transaction commits, never for one rolled back. A lost connection is reopened; the
//   events committed meanwhile are read from the CommitEvent table (ids after the last one seen),
//   and the caches are dropped once besides, because a sequence hands out ids at insert, not at
//   commit: a write holding a lower id may have committed unseen after a higher one was seen.
// - SQLite: processes sharing the file share no channel, but every write adds a CommitEvent row and
//   SQLite serializes writers, so ids increase in commit order. Readers ask (freshnessCheck)
//   before using a cached entry, and at most every `checkEveryMs` one of them looks for a higher id.
// Events from elsewhere reach the every-process subscribers (lib/events/subscribers.ts).
import Database from "better-sqlite3";
import { Client, type Notification } from "pg";
import { getDb, providerOfClient, type Db } from "@/lib/db/client";
import { databaseUrl, providerOf, type Provider } from "@/lib/db/provider";
import { dispatchRemote, offerFeedLook, type CommitEvent } from "./bus";
import { COMMIT_CHANNEL } from "./outbox";
import "./subscribers";

/** Rows read per catch-up; more than that missed and the caches are dropped wholesale. */
const CATCH_UP_ROWS = 1_000;
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;
/** SQLite: the default of how often (at most) a process looks for other processes' writes. */
export const DEFAULT_CHECK_MS = 50;
/** The LISTEN connection's name in pg_stat_activity. */
export const FEED_APPLICATION = "stackverdict-commit-feed";

export interface CommitFeed {
  readonly provider: Provider;
  /** The highest event id this process has heard of. */
  lastId(): number;
  /** Looks for writes now (SQLite; on PostgreSQL they arrive by themselves). */
  check(): Promise<void>;
  stop(): Promise<void>;
}

export interface FeedOptions {
  /** The database (default DATABASE_URL). */
  url?: string;
  /** SQLite: the client to read events through (default the app's, getDb()). */
  db?: () => Db;
  /** SQLite: look at most this often (default COMMIT_CHECK_MS or 50 ms). */
  checkEveryMs?: number;
  /** Whether readers' freshnessCheck() (lib/cache/tags.ts, wired in subscribers.ts) runs this feed's look (default true). */
  installFreshnessCheck?: boolean;
}

/** "Something may have been missed": every every-process subscriber drops what it keeps. */
const resyncEvent = (lastId: number): CommitEvent => ({
  id: lastId,
  resource: "*",
  action: "RESYNC",
  ids: [],
  fields: [],
  publicFacing: true,
  inPlace: false,
  origin: "feed",
});

interface EventRow {
  id: number;
  resource: string;
  action: string;
  ids: unknown;
  fields: unknown;
  publicFacing: boolean;
  inPlace: boolean;
  origin: string;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const eventOfRow = (row: EventRow): CommitEvent => ({
  ...row,
  id: Number(row.id),
  ids: strings(row.ids),
  fields: strings(row.fields),
  inPlace: row.inPlace === true,
});

/** Starts hearing other processes' writes on the database of `options.url`. */
export async function startCommitFeed(options: FeedOptions = {}): Promise<CommitFeed> {
  const url = options.url ?? databaseUrl();
  const feed =
    providerOf(url) === "postgresql"
      ? new PostgresFeed(url)
      : new SqliteFeed(options.db ?? getDb, checkInterval(options), sqliteFileOf(url));
  await feed.start();
  if (feed instanceof SqliteFeed && options.installFreshnessCheck !== false) offerFeedLook(() => feed.due());
  return feed;
}

function checkInterval(options: FeedOptions): number {
  const configured = options.checkEveryMs ?? Number(process.env.COMMIT_CHECK_MS ?? DEFAULT_CHECK_MS);
  return Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_CHECK_MS;
}

/** Delivers events one after another, in the order they were heard, and remembers the highest id. */
class Deliveries {
  private queue: Promise<void> = Promise.resolve();
  highest = 0;

  push(events: CommitEvent[] | (() => Promise<CommitEvent[]>)): Promise<void> {
    this.queue = this.queue
      .then(async () => {
        for (const event of typeof events === "function" ? await events() : events) {
          if (event.action !== "RESYNC") this.highest = Math.max(this.highest, event.id);
          await dispatchRemote(event);
        }
      })
      .catch((error: unknown) => console.error("Delivering commit events failed", error));
    return this.queue;
  }
}

class PostgresFeed implements CommitFeed {
  readonly provider = "postgresql" as const;
  private client: Client | null = null;
  private stopped = false;
  private retryMs = RECONNECT_MIN_MS;
  private timer: NodeJS.Timeout | null = null;
  private readonly deliveries = new Deliveries();

  constructor(private readonly url: string) {}

  lastId = (): number => this.deliveries.highest;
  check = async (): Promise<void> => undefined;

  /** A database unreachable at start does not stop the process: the feed keeps trying, the 10 s expiry holds meanwhile. */
  async start(): Promise<void> {
    try {
      await this.begin(await this.connect());
    } catch (error) {
      console.error("Commit feed: cannot LISTEN yet; retrying", error);
      this.dropClient();
      this.scheduleReconnect();
    }
  }

  private started = false;

  private async begin(client: Client): Promise<void> {
    const { rows } = await client.query<{ max: number | null }>('SELECT max(id) AS max FROM "CommitEvent"');
    this.deliveries.highest = Number(rows[0]?.max ?? 0);
    this.started = true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.url, application_name: FEED_APPLICATION });
    client.on("notification", (message) => this.heard(client, message));
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, null));
    await client.connect();
    await client.query(`LISTEN ${COMMIT_CHANNEL}`);
    this.client = client;
    this.retryMs = RECONNECT_MIN_MS;
    return client;
  }

  private heard(client: Client, message: Notification): void {
    if (message.channel !== COMMIT_CHANNEL || !message.payload) return;
    const sent = JSON.parse(message.payload) as CommitEvent | { id: number; origin: string; truncated: true };
    if (!("truncated" in sent)) {
      // A process running older code sends no inPlace: not in place, the reading that drops more.
      void this.deliveries.push([{ ...sent, inPlace: sent.inPlace === true }]);
      return;
    }
    // Too large for a notification: read from the table (the row committed with the notification).
    void this.deliveries.push(async () => {
      const { rows } = await client.query<EventRow>(
        'SELECT id, resource, action, ids, fields, "publicFacing", "inPlace", origin FROM "CommitEvent" WHERE id = $1',
        [sent.id],
      );
      return rows.length ? rows.map(eventOfRow) : [resyncEvent(sent.id)];
    });
  }

  private lost(client: Client, error: Error | null): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    console.error(`Commit feed: the LISTEN connection was lost${error ? ` (${error.message})` : ""}; reconnecting`);
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  /** A connection that failed half-way is closed before the next attempt opens another. */
  private dropClient(): void {
    const client = this.client;
    this.client = null;
    void client?.end().catch(() => undefined);
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.reconnect(), this.retryMs);
    this.timer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MAX_MS);
  }

  private async reconnect(): Promise<void> {
    try {
      const client = await this.connect();
      if (this.stopped) return void (await client.end());
      if (!this.started) return void (await this.begin(client));
      await this.deliveries.push(async () => {
        const after = this.deliveries.highest;
        const { rows } = await client.query<EventRow>(
          'SELECT id, resource, action, ids, fields, "publicFacing", "inPlace", origin FROM "CommitEvent" WHERE id > $1 ORDER BY id LIMIT $2',
          [after, CATCH_UP_ROWS],
        );
        return [...rows.map(eventOfRow), resyncEvent(after)];
      });
    } catch (error) {
      console.error("Commit feed: reconnecting failed", error);
      this.dropClient();
      this.scheduleReconnect();
    }
  }
}

/** The database file of a SQLite URL, or null for an in-memory database (no other process shares it). */
function sqliteFileOf(url: string): string | null {
  const file = url.replace(/^file:/, "");
  return file === "" || file === ":memory:" || file.startsWith("file::memory:") ? null : file;
}

/**
 * Whether anyone committed to the file since the last question: SQLite's `PRAGMA data_version` on a
 * read-only connection of its own, which changes with every commit made through any other connection
 * (this connection never writes, so every commit counts). A synchronous call of microseconds, where
 * the look through Prisma it spares (a query compiled and run by the client engine) cost ~2 ms: 20
 * looks a second took ~4% of a busy server process, in each worker process (bench:public).
 */
class CommitWatch {
  private connection: Database.Database | null;
  /** Prepared once: `pragma()` compiles its statement on every call (~0.3 ms, 20 times a second under load). */
  private readonly dataVersion: Database.Statement<[], number>;
  private version: number;

  constructor(file: string) {
    // As the lean reader's connection (lib/db/lean.ts): one that refuses writes, waiting out a lock.
    this.connection = new Database(file, { timeout: 5000, fileMustExist: true });
    this.connection.pragma("query_only = ON");
    this.dataVersion = this.connection.prepare<[], number>("PRAGMA data_version").pluck();
    this.version = this.read();
  }

  private read(): number {
    return this.connection ? Number(this.dataVersion.get()) : -1;
  }

  /** True when a commit happened since the last call (or the connection failed: then always true). */
  changed(): boolean {
    try {
      const version = this.read();
      if (version === this.version) return false;
      this.version = version;
    } catch {
      this.close();
    }
    return true;
  }

  close(): void {
    this.connection?.close();
    this.connection = null;
  }
}

class SqliteFeed implements CommitFeed {
  readonly provider = "sqlite" as const;
  private lastCheck = -Infinity;
  private running: Promise<void> | null = null;
  private readonly deliveries = new Deliveries();
  private watch: CommitWatch | null = null;

  constructor(
    private readonly db: () => Db,
    private readonly everyMs: number,
    private readonly file: string | null,
  ) {}

  lastId = (): number => this.deliveries.highest;
  check = async (): Promise<void> => {
    this.lastCheck = -Infinity;
    await this.due();
  };

  async start(): Promise<void> {
    // The watch first: a commit between the two is then seen as a change, never missed.
    try {
      this.watch = this.file ? new CommitWatch(this.file) : null;
    } catch (error) {
      console.error("Commit feed: cannot watch the SQLite file for commits; looking for events instead", error);
    }
    this.deliveries.highest = await this.maxId();
  }

  async stop(): Promise<void> {
    offerFeedLook(null);
    this.watch?.close();
  }

  /**
   * At most one look per `everyMs`, and only when something was committed since the last one;
   * callers in between go on at once (null), callers during a look wait for it.
   */
  due(): Promise<void> | null {
    if (this.running) return this.running;
    // performance.now, not Date.now: inside a Next.js server Date.now is wrapped with checks of the
    // render's storage on every call (node-environment-extensions/date.js), and this runs per request.
    const now = performance.now();
    if (now - this.lastCheck < this.everyMs) return null;
    this.lastCheck = now;
    if (this.watch && !this.watch.changed()) return null;
    this.running = this.look().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async maxId(): Promise<number> {
    const db = this.db();
    if (providerOfClient(db) !== "sqlite") throw new Error("The SQLite commit feed was given a PostgreSQL client.");
    const top = await db.commitEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    return top?.id ?? 0;
  }

  private async look(): Promise<void> {
    const after = this.deliveries.highest;
    if ((await this.maxId()) <= after) return;
    const rows = await this.db().commitEvent.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: CATCH_UP_ROWS,
    });
    const events = rows.map(eventOfRow);
    // The rows before these were pruned, or more are waiting: whatever they said, start over.
    const missed = rows.length === CATCH_UP_ROWS || (rows[0] && rows[0].id > after + 1 && after > 0);
    await this.deliveries.push(missed ? [...events, resyncEvent(after)] : events);
  }
}
