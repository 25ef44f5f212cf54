// The record's public page while the site shows it, else null (lib/admin/site-link.ts).
import { resourceFrom, type RecordParams } from "@/lib/admin/resource-param";
import { sitePath } from "@/lib/admin/site-link";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route<RecordParams>(async (_req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return { data: { path: await sitePath(def, actor, (await ctx.params).id) } };
});
