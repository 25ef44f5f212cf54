// Signing in, out and asking for the session through the real /api/auth route handler, as the
// login form and the admin do: next-auth's CSRF token first, cookies kept between calls, and the
// socket address scripts/server.ts would stamp each request with.
import * as auth from "@/app/api/auth/[...nextauth]/route";
import { call, TEST_ORIGIN, type CallOptions, type CallResult } from "../../../support/http";

export const SESSION_COOKIE = "next-auth.session-token";

/** A cookie jar for one browser. */
export class Browser {
  readonly jar = new Map<string, string>();
  constructor(readonly peer = "192.0.2.10") {}

  get cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  get session(): string | null {
    return this.jar.get(SESSION_COOKIE) ?? null;
  }

  private keep(res: CallResult): CallResult {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || pair.slice(at + 1) === "";
      if (expired) this.jar.delete(name);
      else this.jar.set(name, pair.slice(at + 1));
    }
    return res;
  }

  async request(
    segments: string[],
    options: Omit<CallOptions, "url" | "params" | "cookie" | "peer"> & { query?: string } = {},
  ): Promise<CallResult> {
    const handler = options.method === "POST" ? auth.POST : auth.GET;
    const url = `/api/auth/${segments.join("/")}${options.query ?? ""}`;
    return this.keep(
      await call(handler, {
        ...options,
        url,
        params: { nextauth: segments },
        cookie: this.cookie || undefined,
        peer: this.peer,
      }),
    );
  }

  async csrfToken(): Promise<string> {
    return (await this.request(["csrf"])).json.csrfToken as string;
  }

  /** The credentials form's post: `url` is where next-auth says to go next. */
  async signIn(
    email: string,
    password: string,
    extra: { callbackUrl?: string; headers?: Record<string, string> } = {},
  ) {
    const form = {
      csrfToken: await this.csrfToken(),
      email,
      password,
      json: "true",
      callbackUrl: extra.callbackUrl ?? "/admin",
    };
    const res = await this.request(["callback", "credentials"], {
      method: "POST",
      form,
      headers: extra.headers,
      origin: TEST_ORIGIN,
    });
    const url = String(res.json?.url ?? "");
    return {
      status: res.status,
      url,
      ok: res.status === 200 && !new URL(url, TEST_ORIGIN).searchParams.has("error") && this.session !== null,
    };
  }

  async signOut(): Promise<CallResult> {
    const form = { csrfToken: await this.csrfToken(), json: "true", callbackUrl: "/" };
    return this.request(["signout"], { method: "POST", form, origin: TEST_ORIGIN });
  }

  async sessionInfo(): Promise<CallResult> {
    return this.request(["session"]);
  }
}
