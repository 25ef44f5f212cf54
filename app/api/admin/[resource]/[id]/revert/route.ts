import { resourceFrom, type RecordParams } from "@/lib/admin/resource-param";
import { ValidationError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { previewRestore } from "@/lib/revisions/readable";
import { revertToRevision } from "@/lib/services/history";

export const dynamic = "force-dynamic";

/**
 * ?revisionId=…[&field=…]: what restoring that version (or only that field of it) would change, and
 * its public consequence; writes nothing. POST { revisionId, version, fields? } does it.
 */
export const GET = route<RecordParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  const query = new URL(req.url).searchParams;
  const revisionId = query.get("revisionId");
  if (!revisionId) throw new ValidationError({ revisionId: ["Name the version to compare with."] });
  const fields = query.getAll("field");
  return {
    data: await previewRestore(
      def,
      actor,
      (await ctx.params).id,
      revisionId,
      undefined,
      fields.length ? fields : undefined,
    ),
  };
});

export const POST = route<RecordParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return { data: await revertToRevision(def, actor, (await ctx.params).id, await readJson(req)) };
});
