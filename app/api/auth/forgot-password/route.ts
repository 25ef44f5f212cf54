// POST { email }: a password reset link by mail, when SMTP is set up (lib/auth/password-reset-mail.ts).
// Nobody is signed in here: the checks of the sign-in route (allowed host, the site's own Origin,
// throttling per client address). The answer is the same for every address and comes before the
// mail is sent; a failed send is logged, never shown. Without SMTP_URL: 404, ask an administrator.
import { mailSettings, smtpMailer } from "@/lib/auth/mail";
import { MAIL_ANSWER, requestResetByMail } from "@/lib/auth/password-reset-mail";
import { errorResponse } from "@/lib/http/errors";
import { clientAddress, viewOfRequest } from "@/lib/net/forwarded";
import { checkHost } from "@/lib/http/hosts";
import { checkSameOrigin, readJson } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const NO_MAIL = "Password reset by mail is not set up on this site: ask an administrator for a reset link.";

export async function POST(req: Request): Promise<Response> {
  try {
    checkHost(req);
    checkSameOrigin(req);
    const settings = mailSettings();
    if (!settings) return Response.json({ error: { code: "not_found", message: NO_MAIL } }, { status: 404 });
    const { delivery } = await requestResetByMail(
      await readJson(req, 2_000),
      clientAddress(viewOfRequest(req)),
      smtpMailer(settings),
    );
    delivery.catch((error: unknown) =>
      console.error(`Sending a password reset mail failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    return Response.json({ data: { message: MAIL_ANSWER } }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}
