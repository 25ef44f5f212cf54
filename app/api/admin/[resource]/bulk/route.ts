// Bulk operations on selected rows: updateMany, deleteMany, restore, and the resource's actions.
import { z } from "zod";
import { resourceFrom, type ResourceParams } from "@/lib/admin/resource-param";
import { readJson, route } from "@/lib/http/route";
import { parseInput } from "@/lib/services/records";
import { deleteMany, restoreMany, runAction, updateMany } from "@/lib/services/bulk";

const bulkInput = z.strictObject({
  op: z.enum(["update", "delete", "restore", "action"]),
  ids: z.array(z.string().min(1).max(64)).min(1, "Select at least one record.").max(1000),
  data: z.unknown().optional(),
  action: z.string().max(64).optional(),
  versions: z.record(z.string(), z.number().int()).optional(),
});

export const POST = route<ResourceParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  const { op, ids, data, action, versions } = parseInput(bulkInput, await readJson(req));
  switch (op) {
    case "update":
      return { data: await updateMany(def, actor, ids, data ?? {}) };
    case "delete":
      return { data: await deleteMany(def, actor, ids) };
    case "restore":
      return { data: await restoreMany(def, actor, ids) };
    case "action": {
      const records = await runAction(def, actor, action ?? "", ids, data ?? {}, versions ?? null);
      return { data: records.map((r) => r.id), records };
    }
  }
});
