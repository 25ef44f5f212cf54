// What the signed-in user may do to this record (lib/admin/permissions.ts): the admin hides the
// Edit, Delete and action buttons it would refuse.
import { resourceFrom, type RecordParams } from "@/lib/admin/resource-param";
import { recordPermissions } from "@/lib/admin/permissions";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route<RecordParams>(async (_req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return { data: await recordPermissions(def, actor, (await ctx.params).id) };
});
