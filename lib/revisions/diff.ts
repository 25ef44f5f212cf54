// Field-level diff between two snapshots of a record. Pure, so history and restore are testable.
export type Snapshot = Record<string, unknown>;
export type Changes = Record<string, { before: unknown; after: unknown }>;

/** Bookkeeping fields every write touches: not part of what an editor changed. */
const IGNORED = new Set(["updatedAt", "version", "createdAt"]);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (!same(a, b)) changes[key] = { before: b, after: a };
  }
  return changes;
}
