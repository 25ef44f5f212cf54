// Admin API, one record (react-admin getOne/update/delete).
import { resourceFrom, type RecordParams } from "@/lib/admin/resource-param";
import { ValidationError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { deleteRecord, getRecord, updateRecord } from "@/lib/services/records";

export const dynamic = "force-dynamic";

export const GET = route<RecordParams>(async (_req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return { data: await getRecord(def, actor, (await ctx.params).id) };
});

export const PUT = route<RecordParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return { data: await updateRecord(def, actor, (await ctx.params).id, await readJson(req)) };
});

export const DELETE = route<RecordParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  const raw = new URL(req.url).searchParams.get("version");
  const version = raw === null ? null : Number(raw);
  if (version !== null && !Number.isInteger(version))
    throw new ValidationError({ version: ["Must be a whole number."] });
  return { data: await deleteRecord(def, actor, (await ctx.params).id, version) };
});
