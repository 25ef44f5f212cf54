// The words a measuring condition is said in, shared by the importer (the statement it writes for a
// figure: "… (4 workers, gunicorn).") and the public layer (the title it shows: "4 workers, server
// Gunicorn"). A stored count under a counted key ("workers": "4") means nothing as a bare number, so
// both say it with its noun; one table here keeps the two from drifting apart.

export type ConditionValue = string | number | boolean;

/** Conditions counted in units: a bare "8" under one of these keys reads "8 workers". */
const COUNTED: Record<string, readonly [string, string]> = {
  workers: ["worker", "workers"],
  worker: ["worker", "workers"],
  processes: ["process", "processes"],
  threads: ["thread", "threads"],
  cores: ["core", "cores"],
  cpus: ["CPU", "CPUs"],
  vcpus: ["vCPU", "vCPUs"],
  replicas: ["replica", "replicas"],
  nodes: ["node", "nodes"],
  instances: ["instance", "instances"],
  connections: ["connection", "connections"],
  concurrency: ["connection", "connections"],
  users: ["user", "users"],
  rows: ["row", "rows"],
};

/** The singular and plural noun a count under this key is said with, or null when the key is not counted. */
export const countNouns = (key: string): readonly [string, string] | null => COUNTED[key.toLowerCase()] ?? null;

/** A whole number, stored as a number or as its digits. */
export const isCount = (value: ConditionValue): value is number | string =>
  typeof value === "number" || (typeof value === "string" && /^\d+$/.test(value));

/**
 * A count with its noun ("8 workers", "1 replica"), the number written by `format` (the public layer
 * groups thousands); null when the key is not counted or the value is not a whole number.
 */
export function countedPhrase(
  key: string,
  value: ConditionValue,
  format: (n: number) => string = String,
): string | null {
  const nouns = countNouns(key);
  if (!nouns || !isCount(value)) return null;
  const n = Number(value);
  return `${format(n)} ${n === 1 ? nouns[0] : nouns[1]}`;
}

/**
 * A condition as the importer writes it inside a statement's brackets: a count with its noun, anything
 * else as the source wrote it ("2-vcpu vm", "gunicorn"), so the statement reads as a sentence and the
 * public layer can still name each part after its key.
 */
export function statementCondition(key: string, value: ConditionValue): string {
  return countedPhrase(key, value) ?? String(value);
}

/**
 * The one order a setup is said in, in statements, titles, lines and tables: the machine, the runtime
 * and the versions tested, how much ran at once, what served it, then what was asked of it; other
 * keys after, as stored.
 */
const SETUP_ORDER = [
  "hardware",
  "runtime",
  "versions",
  "version",
  "workers",
  "worker",
  "processes",
  "threads",
  "cores",
  "cpus",
  "vcpus",
  "replicas",
  "nodes",
  "instances",
  "concurrency",
  "connections",
  "users",
  "server",
  "database",
  "endpoint",
];

export function setupRank(key: string): number {
  const at = SETUP_ORDER.indexOf(key.toLowerCase());
  return at < 0 ? SETUP_ORDER.length : at;
}

/** A setup's conditions in the one order every page says them in (ties as stored). */
export const orderedConditions = <V>(conditions: Record<string, V>): [string, V][] =>
  Object.entries(conditions).sort(([a], [b]) => setupRank(a) - setupRank(b));
