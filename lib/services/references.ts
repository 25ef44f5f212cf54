// Every id a write points at must exist: an unknown id is the user's mistake (400 on that field),
// not a database error surfacing as a 409 or 500. "Exists" is as the writer sees it (their read
// rules): a row hidden from them gets the answer a missing one gets, so a write cannot be used to
// learn whether another team's record exists.
import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";
import { delegateOf } from "@/lib/db/delegate";
import { ValidationError } from "@/lib/errors";
import { readableWhere } from "@/lib/resources/access";
import type { ResourceDef } from "@/lib/resources/define";

export async function checkReferences(
  tx: Tx,
  def: ResourceDef,
  values: Record<string, unknown>,
  actor: Actor,
  resolve: (resource: string) => ResourceDef | undefined,
): Promise<void> {
  const errors: Record<string, string[]> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.type !== "reference" && field.type !== "references") continue;
    const raw = values[name];
    if (raw === undefined || raw === null) continue;
    const ids = [...new Set(Array.isArray(raw) ? raw.map(String) : [String(raw)])];
    if (ids.length === 0) continue;
    const target = resolve(field.reference);
    if (!target) continue;
    const where = await readableWhere(target, actor, { id: { in: ids } }, tx);
    const found = await delegateOf(tx, target.model).count({ where });
    if (found !== ids.length)
      errors[name] = [
        field.type === "references" ? "Some selected records do not exist." : "The selected record does not exist.",
      ];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
}
