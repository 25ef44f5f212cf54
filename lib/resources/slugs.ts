import type { ActionContext, ModelName, Row } from "./define";
import { delegateOf } from "@/lib/db/delegate";
import { uniqueSlug } from "@/lib/text/slug";

/** Fills `slug` from `source` on create when the user gave none; keeps it stable on update. */
export async function ensureSlug(
  model: ModelName,
  data: Record<string, unknown>,
  ctx: ActionContext & { existing: Row | null },
  source: string,
): Promise<void> {
  if (data.slug || ctx.existing) return;
  const base = String(data[source] ?? "").trim();
  if (!base) return;
  const delegate = delegateOf(ctx.tx, model);
  data.slug = await uniqueSlug(
    base,
    async (slug) => (await delegate.findFirst({ where: { slug }, select: { id: true } })) !== null,
  );
}
