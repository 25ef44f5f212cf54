import { resourceFrom, type RecordParams } from "@/lib/admin/resource-param";
import { route } from "@/lib/http/route";
import { referenceNames } from "@/lib/revisions/readable";
import { getHistory } from "@/lib/services/history";
import { authorize } from "@/lib/services/records";

export const dynamic = "force-dynamic";

// `names`: the titles of the records the revisions link to (a reviewer's name, not their id).
export const GET = route<RecordParams>(async (_req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  const entries = await getHistory(def, actor, (await ctx.params).id);
  return {
    data: entries,
    names: await referenceNames(
      def,
      authorize(def, actor, "read"),
      entries.map((e) => e.changes),
    ),
  };
});
