// Admin API, list and create (react-admin getList/getMany/getManyReference/create).
import { listParamsFrom, resourceFrom, type ResourceParams } from "@/lib/admin/resource-param";
import { readJson, route } from "@/lib/http/route";
import { listRecords } from "@/lib/services/list";
import { createRecord } from "@/lib/services/records";

export const dynamic = "force-dynamic";

export const GET = route<ResourceParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return listRecords(def, actor, listParamsFrom(new URL(req.url)));
});

export const POST = route<ResourceParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  const data = await createRecord(def, actor, await readJson(req));
  return Response.json({ data }, { status: 201 });
});
