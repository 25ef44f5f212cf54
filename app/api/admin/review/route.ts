// The review queue's cards (lib/admin/review-queue.ts): ?article=<slug> (repeatable) limits it to
// the candidates of those imported articles; ?lowConfidence=1 shows only those the importer hid as
// low-confidence (lib/import/learned.ts). Editors and admins only.
import { getReviewQueue } from "@/lib/admin/review-queue";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(async (req, _ctx, actor) => {
  const params = new URL(req.url).searchParams;
  return {
    data: await getReviewQueue(actor, {
      articleSlugs: params.getAll("article"),
      lowConfidence: params.get("lowConfidence") === "1",
    }),
  };
});
