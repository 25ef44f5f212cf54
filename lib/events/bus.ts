// Commit events: the one seam between a committed write and whoever cares about it (Django's
// signals, Payload's afterChange). The service layer publishes one event per committed write; it
// never knows the subscribers, which register in lib/events/subscribers.ts.
//
// Two kinds of subscriber:
// - once per write, in the process that committed it (`everyProcess: false`): effects that write or
//   need the write's own result (verdict flags, the resource's declared hooks). Running them in every
//   process would do the work as many times as there are processes.
// - in every process (`everyProcess: true`): state each process keeps for itself (the public caches).
//   The writer runs them at commit; other processes run them when the event reaches them
//   (lib/events/feed.ts: PostgreSQL LISTEN, or the event table on SQLite).
// The registry lives on globalThis: Next.js bundles route handlers and pages separately, each with
// its own copy of this module, yet an event must reach every subscriber of the process.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import type { ResourceDef } from "@/lib/resources/define";

/** What one committed write changed, as every process sees it (JSON-safe: it travels through pg_notify). */
export interface CommitEvent {
  /** The event row's id (CommitEvent table): increases with every write. */
  id: number;
  /** The resource written (its registry name). */
  resource: string;
  /** CREATE, UPDATE, DELETE, RESTORE, REVERT, MERGE (as its revisions record it), or WRITE (no revision). */
  action: string;
  /** The resource's records the write touched. */
  ids: string[];
  /** The fields that changed, over all of those records (empty when unknown). */
  fields: string[];
  /** Whether the write can change what the public site shows (ResourceDef.publicFacing). */
  publicFacing: boolean;
  /**
   * An edit in place: only `fields` of the `ids` records changed, each shown on the public site
   * before and after it. False for a create, delete, restore or merge, a record published or
   * hidden, a transaction that also changed other resources' records, and an event of unknown
   * origin (it can then change which records the site lists, counts and pairs).
   */
  inPlace: boolean;
  /** The process that committed it. */
  origin: string;
}

/** What only the writing process knows: the client, the resource's definition, what the write returned, who wrote. */
export interface LocalCommit {
  db: Db;
  def: ResourceDef;
  result: unknown;
  actor: Actor | null;
}

export interface CommitSubscriber {
  /** Runs in every process (caches), or once in the writer (effects that write). */
  everyProcess: boolean;
  /** `local` is set in the writing process, null where the event arrived from another process. */
  handle(event: CommitEvent, local: LocalCommit | null): Promise<void> | void;
}

interface Registry {
  origin: string;
  subscribers: Map<string, CommitSubscriber>;
}

const shared = globalThis as unknown as { __svCommitEvents?: Registry };
const registry = (shared.__svCommitEvents ??= { origin: randomUUID(), subscribers: new Map() });

/** This process's name in events (a random id per process, shared by its bundles). */
export const processOrigin = (): string => registry.origin;

/**
 * Registers (or replaces, by name: every bundle registers the same ones) a subscriber. Subscribers
 * run in registration order; `first` puts a new one before the others (a probe timing the commit).
 */
export function subscribe(name: string, subscriber: CommitSubscriber, options: { first?: boolean } = {}): () => void {
  if (options.first && !registry.subscribers.has(name)) {
    const rest = [...registry.subscribers];
    registry.subscribers.clear();
    registry.subscribers.set(name, subscriber);
    for (const [other, s] of rest) registry.subscribers.set(other, s);
  } else {
    registry.subscribers.set(name, subscriber);
  }
  return () => {
    if (registry.subscribers.get(name) === subscriber) registry.subscribers.delete(name);
  };
}

export const subscriberNames = (): string[] => [...registry.subscribers.keys()];

/** Each subscriber on its own: one failing is logged and does not stop the next, nor undo the write. */
async function run(
  name: string,
  subscriber: CommitSubscriber,
  event: CommitEvent,
  local: LocalCommit | null,
): Promise<void> {
  try {
    await subscriber.handle(event, local);
  } catch (error) {
    console.error(`Commit subscriber "${name}" failed on ${event.resource} #${event.id}`, error);
  }
}

/** In the writing process, after commit: every subscriber. */
export async function dispatchLocal(event: CommitEvent, local: LocalCommit): Promise<void> {
  for (const [name, subscriber] of [...registry.subscribers]) await run(name, subscriber, event, local);
}

/** An event from another process: the every-process subscribers. This process's own events were applied at commit. */
export async function dispatchRemote(event: CommitEvent): Promise<void> {
  if (event.origin === registry.origin) return;
  for (const [name, subscriber] of [...registry.subscribers])
    if (subscriber.everyProcess) await run(name, subscriber, event, null);
}

/** A feed's look: null when none is due (go on at once), or the look in progress to wait for. */
export type FeedLook = () => Promise<void> | null;

const lookSlot = globalThis as unknown as { __svFeedLook?: (due: FeedLook | null) => void };

/**
 * Where a polling commit feed (SQLite) offers its "a look is due" check: the caches ask it before
 * trusting a cached entry. Installed by the composition root (subscribers.ts), so the feed names no cache.
 */
export function onFeedLook(install: (due: FeedLook | null) => void): void {
  lookSlot.__svFeedLook = install;
}

/** Offers the feed's look (null: the feed stopped, withdraw it). */
export function offerFeedLook(due: FeedLook | null): void {
  lookSlot.__svFeedLook?.(due);
}
