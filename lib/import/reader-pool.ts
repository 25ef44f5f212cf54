// The reader pool: worker threads that parse imported documents and extract their claims
// (lib/import/read.ts), so third-party text never runs through our regexes and parsers on the
// server's event loop. A document gets a time budget; one that exceeds it (a regex gone quadratic on
// hostile text) fails alone with a message saying so, its worker is terminated (nothing else can
// stop a running regex) and replaced, and the other documents of the import go on.
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Catalogue, ReadInput, ReadResult } from "./read";
import { threadCpuMs } from "./thread-cpu";

/** Main thread -> worker: read these documents with this technology catalogue. */
export type ReaderRequest = { batch: number; inputs: ReadInput[]; catalogue: Catalogue };
/** Worker -> main thread: loaded (with its kernel thread id for CPU accounting), then one result per document. */
export type ReaderMessage =
  { type: "ready"; tid: number | null } | { type: "result"; batch: number; index: number; result: ReadResult };

/**
 * CPU time one document may take to read: IMPORT_READ_BUDGET_S seconds, default 30. An ordinary
 * article takes milliseconds; the slowest 1 MB inputs of tests/lib/import/adversarial.ts take ~3 s, and
 * extraction is linear at ~1 s per MB, so a legitimate 10 MB upload fits while a runaway one is stopped.
 * Read per import, so an operator (or a test) can change it without a restart.
 */
export function readBudgetMs(): number {
  const seconds = Number(process.env.IMPORT_READ_BUDGET_S);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 30) * 1000;
}
/**
 * Wall time allowed as a multiple of the CPU budget where the thread's CPU time can be read (Linux):
 * on a busy machine a thread waits for a core, and that should not fail a document. Elsewhere the
 * budget is wall time.
 */
const WALL_FACTOR = 3;
/** At most this many documents per message to a worker: fewer round trips, still spread over the workers. */
const BATCH_DOCS = 8;
/** Idle workers end after this long (unref'd meanwhile, so they never keep a script or jest alive). */
const IDLE_MS = 10_000;
const CHECK_MS = 50;

/** The budget as editors read it: "10 s", "1.5 s". */
const inSeconds = (ms: number): string => `${Number((ms / 1000).toFixed(2))} s`;
export const overBudgetMessage = (budgetMs: number): string =>
  `The document took longer than ${inSeconds(budgetMs)} to read; nothing was imported from it.`;

/**
 * Where the worker's entry is. Next.js bundles route code into .next chunks, where __dirname is not
 * this folder; the app always runs from its root (scripts/server.ts hands process.cwd() to Next), as
 * do the CLI scripts and jest, so the source tree's copy is found from there.
 */
function entryFile(): string {
  const beside = typeof __dirname === "string" ? path.join(__dirname, "reader-entry.cjs") : "";
  return beside && existsSync(beside) ? beside : path.join(process.cwd(), "lib", "import", "reader-entry.cjs");
}

/** One call to read(): where each document's result goes. */
interface Request {
  results: Array<ReadResult | undefined>;
  left: number;
  resolve: (results: ReadResult[]) => void;
}

/** Documents of a request sent to one worker in one message; `next` is the one being read. */
interface Batch {
  id: number;
  request: Request;
  positions: number[];
  inputs: ReadInput[];
  catalogue: Catalogue;
  budgetMs: number;
  next: number;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  tid: number | null;
  batch: Batch | null;
  /** When the current document started: wall clock and the thread's CPU time (null when unknown). */
  started: { wall: number; cpu: number | null };
  stopping: boolean;
  error: Error | null;
  idle: NodeJS.Timeout | null;
}

export class ReaderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Batch[] = [];
  private batches = 0;
  private closed = false;
  private watchdog: NodeJS.Timeout | null = null;

  constructor(readonly size: number = Math.max(1, Math.min(os.availableParallelism(), 4))) {}

  /** Reads the documents in the worker threads; results in input order, failures as messages. */
  read(inputs: ReadInput[], catalogue: Catalogue, budgetMs: number = readBudgetMs()): Promise<ReadResult[]> {
    if (this.closed)
      return Promise.resolve(
        inputs.map((input) => ({ file: input.file, message: "Import failed: the document reader was shut down." })),
      );
    if (!inputs.length) return Promise.resolve([]);
    return new Promise((resolve) => {
      const request: Request = { results: new Array(inputs.length), left: inputs.length, resolve };
      // Spread over the workers, at most BATCH_DOCS per message.
      const per = Math.min(BATCH_DOCS, Math.ceil(inputs.length / this.size));
      for (let from = 0; from < inputs.length; from += per) {
        const positions = Array.from({ length: Math.min(per, inputs.length - from) }, (_, i) => from + i);
        this.queue.push({
          id: ++this.batches,
          request,
          positions,
          inputs: inputs.slice(from, from + per),
          catalogue,
          budgetMs,
          next: 0,
        });
      }
      this.dispatch();
    });
  }

  /** Each live worker: its kernel thread id (Linux) and the file it is reading (null when idle). For diagnostics and tests. */
  workers(): Array<{ tid: number | null; reading: string | null }> {
    return this.slots.map((s) => ({
      tid: s.tid,
      reading: s.batch && !s.stopping ? s.batch.inputs[s.batch.next].file : null,
    }));
  }

  /** Ends every worker; documents still queued or being read fail with a message. */
  async close(): Promise<void> {
    this.closed = true;
    for (const batch of this.queue.splice(0))
      this.failRest(batch, 0, "Import failed: the document reader was shut down.");
    await Promise.all(
      [...this.slots].map((slot) => this.stop(slot, "Import failed: the document reader was shut down.")),
    );
  }

  private dispatch(): void {
    if (this.closed) return;
    for (const slot of this.slots)
      if (slot.ready && !slot.batch && this.queue.length) this.assign(slot, this.queue.shift() as Batch);
    const starting = this.slots.filter((s) => !s.ready).length;
    for (let n = starting; n < this.queue.length && this.slots.length < this.size; n++) this.spawn();
  }

  private spawn(): void {
    // A clean thread: the parent's execArgv (tsx's hooks under `tsx`, jest's flags) is not inherited;
    // the entry registers what the reader needs.
    const worker = new Worker(entryFile(), { execArgv: [] });
    const slot: Slot = {
      worker,
      ready: false,
      tid: null,
      batch: null,
      started: { wall: 0, cpu: null },
      stopping: false,
      error: null,
      idle: null,
    };
    this.slots.push(slot);
    worker.on("message", (message: ReaderMessage) => this.receive(slot, message));
    worker.on("error", (error) => {
      slot.error = error;
    });
    worker.on("exit", (code) => this.exited(slot, code));
  }

  private receive(slot: Slot, message: ReaderMessage): void {
    if (message.type === "ready") {
      slot.ready = true;
      slot.tid = message.tid;
      this.idle(slot);
      this.dispatch();
      return;
    }
    const batch = slot.batch;
    if (!batch || batch.id !== message.batch || slot.stopping) return;
    this.deliver(batch.request, batch.positions[message.index], message.result);
    batch.next = message.index + 1;
    if (batch.next < batch.inputs.length) {
      slot.started = { wall: performance.now(), cpu: threadCpuMs(slot.tid) };
      return;
    }
    slot.batch = null;
    this.idle(slot);
    this.dispatch();
  }

  private assign(slot: Slot, batch: Batch): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    slot.worker.ref();
    slot.batch = batch;
    slot.started = { wall: performance.now(), cpu: threadCpuMs(slot.tid) };
    slot.worker.postMessage({
      batch: batch.id,
      inputs: batch.inputs,
      catalogue: batch.catalogue,
    } satisfies ReaderRequest);
    this.watchdog ??= setInterval(() => this.check(), CHECK_MS);
  }

  /** A free worker lets the process exit, and ends if nothing comes for IDLE_MS. */
  private idle(slot: Slot): void {
    slot.worker.unref();
    slot.idle = setTimeout(() => void this.stop(slot, ""), IDLE_MS);
    slot.idle.unref();
    if (this.watchdog && !this.slots.some((s) => s.batch)) {
      clearInterval(this.watchdog);
      this.watchdog = null;
    }
  }

  /** Terminates the workers whose current document is over its budget. */
  private check(): void {
    const now = performance.now();
    for (const slot of this.slots) {
      const batch = slot.batch;
      if (!batch || slot.stopping) continue;
      const wall = now - slot.started.wall;
      const cpuNow = threadCpuMs(slot.tid);
      const cpu = cpuNow !== null && slot.started.cpu !== null ? cpuNow - slot.started.cpu : null;
      const over = cpu === null ? wall > batch.budgetMs : cpu > batch.budgetMs || wall > batch.budgetMs * WALL_FACTOR;
      if (over) void this.stop(slot, overBudgetMessage(batch.budgetMs));
    }
  }

  /** Ends a worker. Its current document (if any) fails with `message`; the rest of its batch goes back to the queue. */
  private async stop(slot: Slot, message: string): Promise<void> {
    if (slot.stopping) return;
    slot.stopping = true;
    if (slot.idle) clearTimeout(slot.idle);
    this.release(slot, message);
    await slot.worker.terminate();
  }

  /** Takes a worker out of the pool, settling what it was reading. */
  private release(slot: Slot, message: string): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    const batch = slot.batch;
    slot.batch = null;
    if (batch) {
      this.deliver(batch.request, batch.positions[batch.next], { file: batch.inputs[batch.next].file, message });
      const rest = batch.next + 1;
      if (this.closed) this.failRest(batch, rest, message);
      else if (rest < batch.inputs.length) {
        this.queue.unshift({
          ...batch,
          id: ++this.batches,
          positions: batch.positions.slice(rest),
          inputs: batch.inputs.slice(rest),
          next: 0,
        });
      }
    }
    if (this.watchdog && !this.slots.some((s) => s.batch)) {
      clearInterval(this.watchdog);
      this.watchdog = null;
    }
    this.dispatch();
  }

  /** A worker that ended without being stopped: crashed (out of memory, a bug) or never started. */
  private exited(slot: Slot, code: number): void {
    if (slot.stopping) return;
    slot.stopping = true;
    const reason = slot.error?.message ?? `exit code ${code}`;
    if (!slot.ready) {
      // It could not even load: the next one would not either, so what waits fails now instead of respawning forever.
      console.error("The document reader could not start:", slot.error ?? reason);
      this.slots.splice(this.slots.indexOf(slot), 1);
      for (const batch of this.queue.splice(0))
        this.failRest(batch, 0, `Import failed: the document reader could not start (${reason}).`);
      return;
    }
    this.release(slot, `Import failed: the document reader stopped on this document (${reason}).`);
  }

  private failRest(batch: Batch, from: number, message: string): void {
    for (let i = from; i < batch.inputs.length; i++)
      this.deliver(batch.request, batch.positions[i], { file: batch.inputs[i].file, message });
  }

  private deliver(request: Request, position: number, result: ReadResult): void {
    if (request.results[position]) return;
    request.results[position] = result;
    if (--request.left === 0) request.resolve(request.results as ReadResult[]);
  }
}

// One pool per instance of this module: one per server process (the admin import route is its only
// caller there), per script, and per jest test file. Not kept on globalThis: jest retires a test
// file's globals when the file ends, while that file's idle workers may still be ending.
let shared: ReaderPool | null = null;

/** The pool, created on first use. */
export function readerPool(): ReaderPool {
  shared ??= new ReaderPool();
  return shared;
}

/** Ends the pool (scripts and tests call this when done; idle workers would end on their own). */
export async function closeReaderPool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}
