// DELETE: one of the signed-in user's saved filters (another user's is not found).
import { route } from "@/lib/http/route";
import { deleteSavedFilter } from "@/lib/services/saved-filters";

export const dynamic = "force-dynamic";

export const DELETE = route<{ params: Promise<{ id: string }> }>(async (_req, ctx, actor) => {
  await deleteSavedFilter(actor, (await ctx.params).id);
  return { data: { id: (await ctx.params).id } };
});
