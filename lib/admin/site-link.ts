// "View on site": the public page of one record, while the site shows it (the resource's `site`
// description, read through the same visibility rules as the public pages). A draft, a candidate
// claim or a team's private decision has none.
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import type { ResourceDef } from "@/lib/resources/define";
import { delegate, getRecord } from "@/lib/services/records";

export async function sitePath(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  db: Db = getDb(),
): Promise<string | null> {
  // Reading it first: a record this user cannot see answers 404, as everywhere else.
  await getRecord(def, actor, id, db);
  if (!def.site) return null;
  const row = await delegate(db, def).findMany({
    where: { AND: [{ id }, def.site.where()] },
    select: def.site.select,
    take: 1,
  });
  return row[0] ? def.site.path(row[0]) : null;
}
