import { NotFound } from "@/lib/errors";
import type { ResourceDef } from "@/lib/resources/define";
import { findResource } from "@/lib/resources";

export type ResourceParams = { params: Promise<{ resource: string }> };
export type RecordParams = { params: Promise<{ resource: string; id: string }> };

export async function resourceFrom(ctx: ResourceParams | RecordParams): Promise<ResourceDef> {
  const { resource } = await ctx.params;
  const def = findResource(resource);
  if (!def) throw new NotFound(`Resource "${resource}"`);
  return def;
}

/** react-admin list query → service params. `filter` travels as JSON; bad JSON is a 400. */
export function listParamsFrom(url: URL): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const key of ["page", "perPage", "sort", "order", "cursor"]) {
    const value = url.searchParams.get(key);
    if (value !== null) params[key] = value;
  }
  const filter = url.searchParams.get("filter");
  if (filter) {
    try {
      params.filter = JSON.parse(filter);
    } catch {
      params.filter = "not-json";
    }
  }
  const ids = url.searchParams.getAll("id");
  if (ids.length) params.filter = { ...(params.filter as object), id: ids };
  return params;
}
