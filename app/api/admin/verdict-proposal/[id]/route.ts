// The engine's current proposal for a verdict's use case (admin verdict screen). Publishing it,
// adjusting or overriding it are verdict actions (POST /api/admin/verdicts/bulk).
import { route } from "@/lib/http/route";
import { getVerdictProposal } from "@/lib/editorial/service";

type Ctx = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

export const GET = route<Ctx>(async (_req, ctx, actor) => ({
  data: await getVerdictProposal(actor, (await ctx.params).id),
}));
