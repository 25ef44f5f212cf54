// Picker choices (lib/admin/choices.ts): ?q=words, or ?value=… (repeatable) for the values a form
// holds; ?by=slug for pickers that store slugs.
import { listChoices } from "@/lib/admin/choices";
import { resourceFrom, type ResourceParams } from "@/lib/admin/resource-param";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route<ResourceParams>(async (req, ctx, actor) => {
  const def = await resourceFrom(ctx);
  const params = new URL(req.url).searchParams;
  const values = params.getAll("value");
  return {
    data: await listChoices(def, actor, {
      q: params.get("q") ?? undefined,
      value: values.length ? values : undefined,
      by: (params.get("by") ?? undefined) as "id" | "slug" | undefined,
    }),
  };
});
