// Keys already used in a key–value JSON field across a resource's records (a claim's conditions:
// "workers", "hardware", "server"…), most used first: what the form suggests, so one setup is not
// recorded as "workers" here and "worker_count" there.
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { getDb, providerOfClient, type Db, type Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import type { ResourceDef } from "@/lib/resources/define";
import { authorize, parseInput } from "@/lib/services/records";

export interface KeyUse {
  key: string;
  /** Records using it. */
  count: number;
}

const MAX_KEYS = 200;
const fieldParam = z.strictObject({ field: z.string().min(1).max(64) });

/** The table and column a field lives in: names from the registry (never the request's text). */
function columnOf(def: ResourceDef, field: string): { table: string; column: string } {
  const spec = Object.hasOwn(def.fields, field) ? def.fields[field] : undefined;
  if (spec?.type !== "json" || spec.form?.kind !== "keyValues" || !spec.form.suggestKeys) {
    throw new ValidationError({ field: ["This field has no key suggestions."] });
  }
  // Keys from rows a reader may not open would leak them: suggestions exist only where every row is readable.
  if (def.access.scope) throw new ValidationError({ field: ["This field has no key suggestions."] });
  return { table: def.model.charAt(0).toUpperCase() + def.model.slice(1), column: field };
}

export async function existingKeys(
  def: ResourceDef,
  actor: Actor | null,
  params: { field?: string },
  db: Db | Tx = getDb(),
): Promise<KeyUse[]> {
  authorize(def, actor, "read");
  const { field } = parseInput(fieldParam, params);
  const { table, column } = columnOf(def, field);
  const live = def.softDelete ? `AND r."deletedAt" IS NULL` : "";
  const sql =
    providerOfClient(db) === "postgresql"
      ? `SELECT k AS key, COUNT(*) AS n FROM "${table}" r CROSS JOIN LATERAL jsonb_object_keys(CASE WHEN jsonb_typeof(r."${column}") = 'object' THEN r."${column}" ELSE '{}'::jsonb END) AS k WHERE TRUE ${live} GROUP BY k ORDER BY n DESC, k LIMIT ${MAX_KEYS}`
      : `SELECT j.key AS key, COUNT(*) AS n FROM "${table}" r, json_each(CASE WHEN json_type(r."${column}") = 'object' THEN r."${column}" ELSE '{}' END) AS j WHERE 1 ${live} GROUP BY j.key ORDER BY n DESC, j.key LIMIT ${MAX_KEYS}`;
  const rows = await db.$queryRawUnsafe<Array<{ key: string; n: bigint | number }>>(sql);
  return rows.map((r) => ({ key: String(r.key), count: Number(r.n) }));
}
