// What the admin screens are built from: the resources this user may see, with their fields, their
// actions with each action's input as JSON Schema (the action dialog's form is generated from it,
// lib/admin/action-forms.ts), and whether a resource has a row rule (then each record's own
// permissions are asked for before its Edit/Delete buttons show: app/api/admin/[resource]/[id]/permissions).
import { withInputSchemas } from "@/lib/admin/action-forms";
import { Unauthenticated } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { findResource } from "@/lib/resources";
import { describeResources } from "@/lib/resources/meta";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, _ctx, actor) => {
  if (!actor) throw new Unauthenticated();
  const resources = describeResources(actor).map((r) => {
    const def = findResource(r.name);
    return {
      ...r,
      actions: def ? withInputSchemas(def, r.actions) : r.actions,
      rowRules: Boolean(def?.access.canWrite),
    };
  });
  return { user: { id: actor.id, name: actor.name, email: actor.email, role: actor.role }, resources };
});
