// react-admin AuthProvider on next-auth: signing in happens on /login (next-auth credentials);
// the admin asks /api/admin/meta who the user is and what they may do.
import type { AuthProvider } from "react-admin";
import { takeEarly } from "./boot";
import type { AdminMeta } from "./meta";

export const LOGIN_URL = "/login?callbackUrl=%2Fadmin";

type Verb = "read" | "create" | "update" | "delete";
/** react-admin's access actions -> the verbs of the resource metadata. */
const VERB_OF: Record<string, Verb> = {
  list: "read",
  show: "read",
  export: "read",
  create: "create",
  clone: "create",
  edit: "update",
  delete: "delete",
};

export interface AuthProviderOptions {
  fetch?: typeof fetch;
  /** Where the browser goes to sign in (absolute, so react-admin leaves its hash router). */
  loginUrl?: () => string;
}

export function createAuthProvider(options: AuthProviderOptions = {}): AuthProvider & { meta(): Promise<AdminMeta> } {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const loginUrl = options.loginUrl ?? (() => `${window.location.origin}${LOGIN_URL}`);
  let cached: Promise<AdminMeta> | null = null;

  const meta = (): Promise<AdminMeta> => {
    // The page may have asked already, before this code arrived (./boot.ts).
    cached ??= (
      takeEarly("/api/admin/meta") ??
      doFetch("/api/admin/meta", { credentials: "same-origin", headers: { accept: "application/json" } })
    ).then(async (res) => {
      if (!res.ok) {
        cached = null;
        throw Object.assign(new Error(res.status === 401 ? "Sign in to continue." : "The admin could not load."), {
          status: res.status,
        });
      }
      return (await res.json()) as AdminMeta;
    });
    return cached;
  };

  return {
    meta,
    // Signing in is the /login page's job; react-admin never shows its own login form.
    login: async () => ({ redirectTo: loginUrl() }),
    async logout() {
      cached = null;
      try {
        const { csrfToken } = (await (await doFetch("/api/auth/csrf", { credentials: "same-origin" })).json()) as {
          csrfToken: string;
        };
        await doFetch("/api/auth/signout", {
          method: "POST",
          credentials: "same-origin",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ csrfToken, json: "true" }).toString(),
        });
      } catch {
        // Already signed out or offline: the login page is still the right place.
      }
      return loginUrl();
    },
    async checkAuth() {
      try {
        await meta();
      } catch {
        throw { redirectTo: loginUrl(), message: false };
      }
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        cached = null;
        throw { redirectTo: loginUrl(), message: false };
      }
      // 403 and the rest are shown where they happen; they do not sign the user out.
    },
    async getIdentity() {
      const { user } = await meta();
      return { id: user.id, fullName: `${user.name} (${user.role.toLowerCase()})` };
    },
    async getPermissions() {
      const { user, resources } = await meta();
      return { role: user.role, resources: Object.fromEntries(resources.map((r) => [r.name, r.can])) };
    },
    async canAccess({ action, resource }) {
      const { resources } = await meta();
      const found = resources.find((r) => r.name === resource);
      if (!found) return false;
      const verb = VERB_OF[action];
      return verb ? found.can[verb] : found.can.read;
    },
  };
}
