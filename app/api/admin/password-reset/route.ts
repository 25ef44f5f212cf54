// POST { userId }: an admin issues a one-time password reset link for a user; the answer carries the
// link (shown once, to the admin) and when it expires (lib/auth/password-reset.ts).
import { issueResetLink } from "@/lib/auth/password-reset";
import { readJson, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route(async (req, _ctx, actor) => ({ data: await issueResetLink(actor, await readJson(req)) }));
