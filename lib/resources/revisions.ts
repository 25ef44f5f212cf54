import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { canReadResource, NOBODY, readableIds, STAFF } from "./access";
import { defineResource, type ResourceDef, type Where } from "./define";

/**
 * Revisions inherit the read rule of the record they describe. A revision holds a whole snapshot
 * of its record, so whoever cannot read users (editors) must not read users' revisions either, and
 * a role with row rules (a contributor and team decisions) sees the revisions of the rows it may
 * read and no others. The rows are listed by id, as a revision has no relation to its record;
 * staff read every row of the resources their role reads, so for them this is a list of names.
 */
async function inheritedScope(resources: readonly ResourceDef[], actor: Actor, db: Db | Tx): Promise<Where> {
  const readable: Where[] = [];
  for (const def of resources) {
    // Revisions are never revised themselves (and asking for their own rule would recurse).
    if (def.model === "revision" || !canReadResource(def, actor)) continue;
    const ids = await readableIds(def, actor, db);
    readable.push(ids === null ? { entity: def.name } : { entity: def.name, entityId: { in: [...ids] } });
  }
  return readable.length ? { OR: readable } : { id: { in: [] } };
}

/** The revisions resource over the registry it inherits read rules from (given lazily: it is part of it). */
export function revisionsResource(registry: () => readonly ResourceDef[]): ResourceDef {
  return defineResource({
    name: "revisions",
    model: "revision",
    label: "Revisions",
    titleField: "action",
    fields: {
      entity: { type: "string", list: true, filter: true, sortable: true, editable: false },
      entityId: { type: "string", list: true, filter: true, editable: false, label: "Record", machineKey: true },
      action: {
        type: "enum",
        choices: ["CREATE", "UPDATE", "DELETE", "RESTORE", "REVERT", "MERGE"],
        list: true,
        filter: true,
        editable: false,
      },
      userId: {
        type: "reference",
        reference: "users",
        relation: "user",
        list: true,
        filter: true,
        editable: false,
        label: "By",
      },
      changes: { type: "json", schema: z.record(z.string(), z.unknown()), default: {}, list: true, editable: false },
      snapshot: { type: "json", schema: z.record(z.string(), z.unknown()), default: {}, editable: false },
      reason: { type: "string", editable: false },
      createdAt: { type: "datetime", list: true, sortable: true, filter: true, editable: false, label: "When" },
    },
    list: { defaultSort: { field: "createdAt", order: "DESC" } },
    access: {
      roles: { read: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY },
      scope: (actor, db) => inheritedScope(registry(), actor, db),
    },
    softDelete: false,
    publicFacing: false,
    readOnly: true,
  });
}
