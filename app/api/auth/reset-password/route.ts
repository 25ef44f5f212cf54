// POST { token, password }: a new password with a one-time reset link (lib/auth/password-reset.ts).
// Nobody is signed in here, so it has the checks of the sign-in route instead of the admin's: the
// allowed host, the site's own Origin, and throttling per client address.
import { resetPasswordWithLink } from "@/lib/auth/password-reset";
import { errorResponse } from "@/lib/http/errors";
import { clientAddress, viewOfRequest } from "@/lib/net/forwarded";
import { checkHost } from "@/lib/http/hosts";
import { checkSameOrigin, readJson } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  try {
    checkHost(req);
    checkSameOrigin(req);
    const { email } = await resetPasswordWithLink(await readJson(req, 10_000), clientAddress(viewOfRequest(req)));
    return Response.json({ data: { email } });
  } catch (error) {
    return errorResponse(error);
  }
}
