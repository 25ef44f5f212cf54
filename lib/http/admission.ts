// Admission of uncached work, one request per event-loop pass (scripts/server.ts). Node's HTTP
// parser hands the server every request that arrived since the last pass at once, and an uncached
// answer runs mostly synchronously (better-sqlite3 reads, JSON, rendering) and through promise
// continuations, which all run before the loop moves on: 50 requests arriving together made one pass
// of 50 answers, and a timer or a cached request waiting behind them was held up for hundreds of
// milliseconds (bench:public, "loop max"). Here each admitted task starts in its own pass
// (setImmediate from inside a setImmediate callback runs in the next pass, after timers and I/O), so
// a pass holds one task's synchronous run, not the sum of all queued ones. Cached answers never wait
// here; a task that awaits real I/O (PostgreSQL) lets the next one start meanwhile.
// A task whose client has gone by its pass is dropped: under overload, clients that timed out would
// otherwise still be rendered for, in turn, each one adding its wait to every live request behind it.
import { AsyncResource } from "node:async_hooks";

export type Task<T> = () => Promise<T> | T;

export class PassAdmission {
  private readonly queue: Array<() => void> = [];
  private scheduled = false;

  /** Tasks waiting for their pass (tests, benchmarks). */
  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Runs `task` in a pass of its own, after the tasks admitted before it; resolves as it does. When
   * `gone()` says, as its pass comes, that nobody waits for the answer any more, the task is not run
   * and the promise resolves with `undefined`.
   */
  run<T>(task: Task<T>, gone: () => boolean = () => false): Promise<T | undefined> {
    return new Promise<T | undefined>((resolve, reject) => {
      // Bound to the caller's async context: the page cache collects a render's tags through
      // AsyncLocalStorage, and the pass that runs the task was scheduled from another request's.
      this.queue.push(
        AsyncResource.bind(() => {
          if (gone()) return resolve(undefined);
          try {
            Promise.resolve(task()).then(resolve, reject);
          } catch (error) {
            reject(error);
          }
        }),
      );
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(this.next);
  }

  private readonly next = (): void => {
    this.scheduled = false;
    this.queue.shift()?.();
    this.schedule();
  };
}
