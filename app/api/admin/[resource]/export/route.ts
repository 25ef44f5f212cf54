// CSV export of a list, with the list's filters and sort; links by name (lib/admin/export-table.ts).
import { listParamsFrom, resourceFrom, type ResourceParams } from "@/lib/admin/resource-param";
import { toCsv } from "@/lib/admin/csv";
import { exportTable } from "@/lib/admin/export-table";
import { getDb } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { listRecords } from "@/lib/services/list";

export const dynamic = "force-dynamic";
const MAX_ROWS = 10_000;

export const GET = route<ResourceParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  const params = listParamsFrom(new URL(req.url));
  const rows: Record<string, unknown>[] = [];
  for (let page = 1; rows.length < MAX_ROWS; page++) {
    const { data, total } = await listRecords(def, actor, { ...params, page, perPage: 1000 });
    rows.push(...data);
    if (rows.length >= total || data.length === 0) break;
  }
  return new Response(toCsv(await exportTable(def, rows, getDb())), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${def.name}-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
});
