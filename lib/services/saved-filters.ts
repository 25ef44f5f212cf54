// Saved list filters, per user and admin resource ("Verified Django claims"). A user reads, saves and
// deletes only their own, and only for resources their role may list. Saving under a name already
// used replaces that filter (its version bumped), in one transaction.
// No revision is recorded: a saved filter is a personal view setting, not editorial content, and no
// one else ever sees it (as with the session and sign-in bookkeeping in lib/auth).
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import { Forbidden, NotFound } from "@/lib/errors";
import { findResource } from "@/lib/resources";
import { canReadResource } from "@/lib/resources/access";
import { parseInput } from "./records";

export interface SavedFilterView {
  id: string;
  resource: string;
  name: string;
  filter: Record<string, unknown>;
  version: number;
}

const MAX_FILTER_JSON = 4_000;
const filterSchema = z
  .record(z.string().max(100), z.unknown())
  .refine((f) => JSON.stringify(f).length <= MAX_FILTER_JSON, "This filter is too large to save.");
const saveInput = z.strictObject({
  resource: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(80),
  filter: filterSchema,
});

function signedIn(actor: Actor | null): Actor {
  if (!actor?.id) throw new Forbidden("Sign in to save filters.");
  return actor;
}

/** The resource, when this user may list it (a saved filter is only a way to list). */
function listable(actor: Actor, name: string): string {
  const def = findResource(name);
  if (!def) throw new NotFound(`Resource ${name}`);
  if (!canReadResource(def, actor)) throw new Forbidden();
  return def.name;
}

const view = (row: {
  id: string;
  resource: string;
  name: string;
  filter: unknown;
  version: number;
}): SavedFilterView => ({
  id: row.id,
  resource: row.resource,
  name: row.name,
  filter: (row.filter ?? {}) as Record<string, unknown>,
  version: row.version,
});

export async function listSavedFilters(
  actor: Actor | null,
  resource: string,
  db: Db = getDb(),
): Promise<SavedFilterView[]> {
  const who = signedIn(actor);
  const rows = await db.savedFilter.findMany({
    where: { userId: who.id, resource: listable(who, resource) },
    orderBy: { name: "asc" },
    take: 100,
  });
  return rows.map(view);
}

export async function saveFilter(actor: Actor | null, input: unknown, db: Db = getDb()): Promise<SavedFilterView> {
  const who = signedIn(actor);
  const { resource, name, filter } = parseInput(saveInput, input);
  const key = { userId: who.id, resource: listable(who, resource), name };
  const row = await db.$transaction(async (tx) => {
    const existing = await tx.savedFilter.findUnique({ where: { userId_resource_name: key } });
    if (existing)
      return tx.savedFilter.update({
        where: { id: existing.id },
        data: { filter: filter as object, version: { increment: 1 } },
      });
    return tx.savedFilter.create({ data: { ...key, filter: filter as object } });
  });
  return view(row);
}

export async function deleteSavedFilter(actor: Actor | null, id: string, db: Db = getDb()): Promise<void> {
  const who = signedIn(actor);
  const { count } = await db.savedFilter.deleteMany({ where: { id, userId: who.id } });
  if (count === 0) throw new NotFound("Saved filter");
}
