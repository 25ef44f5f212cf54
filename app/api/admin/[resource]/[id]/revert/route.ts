import { resourceFrom, type RecordParams } from "@/lib/admin/resource-param";
import { ValidationError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { previewRestore } from "@/lib/revisions/readable";
import { revertToRevision } from "@/lib/services/history";

export const dynamic = "force-dynamic";

/** ?revisionId=…: what restoring that version would change, and its public consequence; writes nothing. */
export const GET = route<RecordParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  const revisionId = new URL(req.url).searchParams.get("revisionId");
  if (!revisionId) throw new ValidationError({ revisionId: ["Name the version to compare with."] });
  return { data: await previewRestore(def, actor, (await ctx.params).id, revisionId) };
});

export const POST = route<RecordParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return { data: await revertToRevision(def, actor, (await ctx.params).id, await readJson(req)) };
});
