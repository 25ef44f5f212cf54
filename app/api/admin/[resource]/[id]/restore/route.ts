import { resourceFrom, type RecordParams } from "@/lib/admin/resource-param";
import { route } from "@/lib/http/route";
import { restoreRecord } from "@/lib/services/bulk";

export const POST = route<RecordParams>(async (_req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return { data: await restoreRecord(def, actor, (await ctx.params).id) };
});
