// What the admin screens are built from: the resources this user may see, with their fields.
import { Unauthenticated } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { describeResources } from "@/lib/resources/meta";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, _ctx, actor) => {
  if (!actor) throw new Unauthenticated();
  return { user: { id: actor.id, name: actor.name, email: actor.email, role: actor.role }, resources: describeResources(actor) };
});
