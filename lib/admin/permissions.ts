// What this user may do to one record, as the services will decide it: the role rules of the
// resource (authorize) and its row rule (access.canWrite, e.g. "contributors write only their own
// teams' decisions"). The admin asks before offering Edit, Delete or an action, so a screen never
// shows a control whose request would be refused.
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import type { ResourceDef, Verb } from "@/lib/resources/define";
import { authorize, getRecord } from "@/lib/services/records";

export interface RecordPermissions {
  update: boolean;
  delete: boolean;
}

const allowed = (def: ResourceDef, actor: Actor, verb: Verb): boolean => {
  try {
    authorize(def, actor, verb);
    return true;
  } catch {
    return false;
  }
};

export async function recordPermissions(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  db: Db = getDb(),
): Promise<RecordPermissions> {
  // Reading it first: a record this user cannot see answers 404, as everywhere else.
  const record = await getRecord(def, actor, id, db);
  const who = authorize(def, actor, "read");
  const rowRule = def.access.canWrite;
  // The row rule reads within a transaction in the services; here it only reads.
  const rowAllows = rowRule ? await db.$transaction((tx) => rowRule(who, record, tx)) : true;
  return {
    update: rowAllows && allowed(def, who, "update"),
    delete: rowAllows && allowed(def, who, "delete"),
  };
}
