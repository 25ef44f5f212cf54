import { getDashboard } from "@/lib/admin/dashboard";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, _ctx, actor) => ({ data: await getDashboard(actor) }));
