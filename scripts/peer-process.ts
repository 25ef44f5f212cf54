// Runs scripts/commit-peer.ts as a separate Node process (another app instance on the same
// database) and reads its JSON lines: for the commit-event tests and scripts/bench-freshness.ts.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

const ROOT = path.resolve(__dirname, "..");

export class Peer {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: Array<Record<string, unknown>> = [];
  private waiters: Array<() => void> = [];
  private stderr = "";
  readonly exited: Promise<number>;

  constructor(args: string[]) {
    this.child = spawn(
      process.execPath,
      [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "scripts/commit-peer.ts"), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: "test" },
      },
    );
    createInterface({ input: this.child.stdout }).on("line", (line) => {
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr.on("data", (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.exited = new Promise((resolve) =>
      this.child.on("exit", (code) => {
        resolve(code ?? -1);
        for (const wake of this.waiters.splice(0)) wake();
      }),
    );
  }

  /** The first line (from `from` on) that `test` accepts; fails after `timeoutMs` or when the process ends first. */
  async line(
    test: (line: Record<string, unknown>) => boolean,
    timeoutMs = 30_000,
    from = 0,
  ): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.lines.slice(from).find(test);
      if (found) return found;
      if (this.child.exitCode !== null || Date.now() > deadline)
        throw new Error(`peer ended or timed out without the line; stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()) + 1);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  get count(): number {
    return this.lines.length;
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** Closes its stdin (watchers and writers stop) and waits for it to end. */
  async close(): Promise<number> {
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill(), 10_000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
