// GET ?resource=…: the signed-in user's saved filters for that list; POST { resource, name, filter }
// saves one (same name: replaced). lib/services/saved-filters.ts.
import { ValidationError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { listSavedFilters, saveFilter } from "@/lib/services/saved-filters";

export const dynamic = "force-dynamic";

export const GET = route(async (req, _ctx, actor) => {
  const resource = new URL(req.url).searchParams.get("resource");
  if (!resource) throw new ValidationError({ resource: ["Name the list."] });
  return { data: await listSavedFilters(actor, resource) };
});

export const POST = route(async (req, _ctx, actor) => ({ data: await saveFilter(actor, await readJson(req, 20_000)) }));
