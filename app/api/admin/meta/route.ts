// What the admin screens are built from: the resources this user may see, with their fields, and
// whether a resource has a row rule (then each record's own permissions are asked for before its
// Edit/Delete buttons show: app/api/admin/[resource]/[id]/permissions).
import { Unauthenticated } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { findResource } from "@/lib/resources";
import { describeResources } from "@/lib/resources/meta";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, _ctx, actor) => {
  if (!actor) throw new Unauthenticated();
  const resources = describeResources(actor).map((r) => ({ ...r, rowRules: Boolean(findResource(r.name)?.access.canWrite) }));
  return { user: { id: actor.id, name: actor.name, email: actor.email, role: actor.role }, resources };
});
