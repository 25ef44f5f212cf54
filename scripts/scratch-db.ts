// A scratch PostgreSQL database for a benchmark (bench:search, bench:tallies): created on the server the
// tests use, migrated, and dropped afterwards, or kept under a fixed name to be reused by the next run.
import { Client } from "pg";
import { migrate } from "./migrate";

/** The server benchmarks use: BENCH_POSTGRES_URL, else TEST_POSTGRES_URL, else the local one. */
export function benchPostgresUrl(): string {
  return (
    process.env.BENCH_POSTGRES_URL || process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres"
  );
}

export interface ScratchDatabase {
  name: string;
  url: string;
  /** It existed (kept by an earlier run): its rows are there, and pending migrations were applied. */
  reused: boolean;
  /** Drops the database unless it is kept, and closes the connection to the server. */
  close(): Promise<void>;
}

/**
 * A fresh database `name` with every migration applied; with `keep`, the database of that name is
 * reused when it exists and left in place by `close()`. Throws when the server is unreachable.
 */
export async function scratchPostgres(name: string, options: { keep?: boolean } = {}): Promise<ScratchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const base = benchPostgresUrl();
  const admin = new Client({ connectionString: base });
  await admin.connect();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const close = async (): Promise<void> => {
    try {
      if (!options.keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
  let created = false;
  try {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
    const reused = Boolean(options.keep) && exists;
    if (exists && !reused) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    if (!reused) await admin.query(`CREATE DATABASE ${name}`);
    created = !reused;
    migrate(url.toString());
    return { name, url: url.toString(), reused, close };
  } catch (error) {
    // A database this call made but could not migrate is never left to be reused.
    if (created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    throw error;
  }
}

/** Why the benchmark server cannot be reached, or null when it can. */
export async function postgresUnreachable(): Promise<string | null> {
  const client = new Client({ connectionString: benchPostgresUrl() });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    return `${benchPostgresUrl()} unreachable (${(error as Error).message})`;
  }
}
