// A Prisma model's delegate (db.claim, tx.technology, …) by the model's name, for the code that works
// on any resource of the registry. Prisma types each delegate separately, so this is the one place
// that steps from a name to an untyped delegate; callers pass plain Prisma arguments and read rows
// as records.
import type { Db, Tx } from "./client";

export type Delegate = {
  findFirst(args: unknown): Promise<Record<string, unknown> | null>;
  findMany(args: unknown): Promise<Record<string, unknown>[]>;
  count(args: unknown): Promise<number>;
  create(args: unknown): Promise<Record<string, unknown>>;
  update(args: unknown): Promise<Record<string, unknown>>;
  updateMany(args: unknown): Promise<{ count: number }>;
  delete(args: unknown): Promise<Record<string, unknown>>;
};

/** The delegate of `model` (a Prisma model's client property name, e.g. "claim", "useCase"). */
export function delegateOf(client: Db | Tx, model: string): Delegate {
  return (client as unknown as Record<string, Delegate>)[model];
}
