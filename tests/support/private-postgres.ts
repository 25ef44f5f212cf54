// A private PostgreSQL server for fault tests: its own data folder and port, owned by this test,
// stopped and started at will. The shared server on 5432 is never touched.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The folder holding initdb/pg_ctl, or null with the reason the test must be skipped. */
export function postgresBinaries(): { bin: string | null; reason: string } {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions
    .map((v) => path.join(root, v, "bin"))
    .find((b) => existsSync(path.join(b, "initdb")) && existsSync(path.join(b, "pg_ctl")));
  if (!bin)
    return {
      bin: null,
      reason:
        "PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb) are not installed: apt-get install postgresql",
    };
  if (process.getuid?.() !== 0)
    return {
      bin: null,
      reason: "the private PostgreSQL is started as the postgres OS user, which needs root (runuser)",
    };
  try {
    execFileSync("id", ["postgres"], { stdio: "ignore" });
  } catch {
    return { bin: null, reason: "there is no postgres OS user to run a private PostgreSQL server" };
  }
  return { bin, reason: "" };
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net
      .createServer()
      .once("error", () => resolve(false))
      .once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port in ${from}..${from + 199}.`);
}

export class PrivatePostgres {
  private constructor(
    private readonly bin: string,
    readonly dir: string,
    readonly port: number,
  ) {}

  /**
   * initdb into a temporary folder and start on a free port. Each jest worker draws from its own
   * range: a fault test's stopped server leaves its port free for a while, and another worker
   * taking it would make the first one's restart fail. A port lost to something else anyway is
   * retried on the next one.
   */
  static async start(bin: string): Promise<PrivatePostgres> {
    let port = 55432 + 40 * Number(process.env.JEST_WORKER_ID ?? 0);
    for (let attempt = 1; ; attempt++) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "sv-private-pg-"));
      chmodSync(dir, 0o777);
      port = await freePort(port);
      const server = new PrivatePostgres(bin, dir, port);
      try {
        server.asPostgres("initdb", ["-D", server.dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
        server.resume();
        return server;
      } catch (error) {
        server.destroy();
        if (attempt >= 3) throw error;
        port += 1;
      }
    }
  }

  get dataDir(): string {
    return path.join(this.dir, "data");
  }

  url(database = "postgres"): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  createDatabase(name: string): string {
    execFileSync(path.join(this.bin, "createdb"), ["-h", "127.0.0.1", "-p", String(this.port), "-U", "postgres", name]);
    return this.url(name);
  }

  /** Starts (again) on the same port and data, waiting until it accepts connections. */
  resume(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    this.asPostgres("pg_ctl", [
      "-D",
      this.dataDir,
      "-o",
      options,
      "-l",
      path.join(this.dir, "server.log"),
      "-w",
      "-t",
      "60",
      "start",
    ]);
  }

  /** Stops the server abruptly (clients are disconnected, as in a crash or a failover). */
  halt(): void {
    this.asPostgres("pg_ctl", ["-D", this.dataDir, "-m", "immediate", "-w", "stop"]);
  }

  destroy(): void {
    try {
      this.halt();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private asPostgres(tool: string, args: string[]): void {
    execFileSync("runuser", ["-u", "postgres", "--", path.join(this.bin, tool), ...args], {
      stdio: "pipe",
      cwd: this.dir,
    });
  }
}
