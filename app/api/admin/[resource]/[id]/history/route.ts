import { resourceFrom, type RecordParams } from "@/lib/admin/resource-param";
import { route } from "@/lib/http/route";
import { getHistory } from "@/lib/services/history";

export const dynamic = "force-dynamic";

export const GET = route<RecordParams>(async (_req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return { data: await getHistory(def, actor, (await ctx.params).id) };
});
