// Keys already used in a key–value field (?field=conditions), most used first (lib/admin/json-keys.ts).
import { existingKeys } from "@/lib/admin/json-keys";
import { resourceFrom, type ResourceParams } from "@/lib/admin/resource-param";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route<ResourceParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  return { data: await existingKeys(def, actor, { field: new URL(req.url).searchParams.get("field") ?? undefined }) };
});
