// ?from=…&to=…: two versions of a record (revision ids) field by field, with the names of what they
// link to (lib/revisions/readable.ts); anyone who may read the record's history may compare.
import { resourceFrom, type RecordParams } from "@/lib/admin/resource-param";
import { ValidationError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { compareVersions } from "@/lib/revisions/readable";

export const dynamic = "force-dynamic";

export const GET = route<RecordParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  const query = new URL(req.url).searchParams;
  const from = query.get("from");
  const to = query.get("to");
  if (!from || !to)
    throw new ValidationError({
      ...(from ? {} : { from: ["Pick the first version."] }),
      ...(to ? {} : { to: ["Pick the second version."] }),
    });
  return { data: await compareVersions(def, actor, (await ctx.params).id, from, to) };
});
