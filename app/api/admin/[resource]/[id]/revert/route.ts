import { resourceFrom, type RecordParams } from "@/lib/admin/resource-param";
import { readJson, route } from "@/lib/http/route";
import { revertToRevision } from "@/lib/services/history";

export const POST = route<RecordParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return { data: await revertToRevision(def, actor, (await ctx.params).id, await readJson(req)) };
});
