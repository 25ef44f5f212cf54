// Counts for the admin's app bar (lib/admin/notifications.ts).
import { getNotifications } from "@/lib/admin/notifications";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(async (_req, _ctx, actor) => ({ data: await getNotifications(actor) }));
