// next-auth configuration: email + password (Credentials), sessions as short-lived signed JWTs
// that are re-issued while in use, and only while their user's sessionVersion still matches.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress, viewOfHeaderRecord } from "@/lib/net/forwarded";
import { loadActor, type SessionClaims } from "./actor";
import { sameOriginUrl } from "./callback-url";
import { checkCredentials } from "./login";
import { endSession } from "./sessions";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
const SESSION_UPDATE_AGE_SECONDS = 15 * 60;

/**
 * Thrown from the jwt callback for a token whose session has ended: next-auth then answers the
 * session endpoint with no session and clears the cookie instead of re-issuing the token.
 */
export class SessionEnded extends Error {
  constructor() {
    super("The session has ended (signed out, deactivated, or its access changed).");
  }
}

type HeaderRecord = Record<string, string | string[] | undefined>;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        // The socket's address, or behind TRUSTED_PROXIES the forwarded one: never a bare header.
        const address = clientAddress(viewOfHeaderRecord((req?.headers ?? {}) as HeaderRecord));
        const result = await checkCredentials(
          String(credentials?.email ?? ""),
          String(credentials?.password ?? ""),
          undefined,
          address,
        );
        if (!result) return null;
        return { id: result.id, email: result.email, name: result.name, role: result.role, sv: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as typeof user & { role: string; sv: number };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sv;
        return token;
      }
      // Every later use re-reads the user, as API requests do (lib/auth/actor.ts): a signed-out,
      // deactivated or changed user's token is never handed back renewed.
      if (!(await loadActor(token as SessionClaims))) throw new SessionEnded();
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.uid, role: token.role, sv: token.sv } };
    },
    // next-auth's default joins "/…" onto the site as text; parsing it as a browser will is what
    // keeps "/\t/evil.example" (a tab the browser drops) from becoming "//evil.example".
    redirect({ url, baseUrl }) {
      return sameOriginUrl(url, baseUrl)?.href ?? baseUrl;
    },
  },
  events: {
    async signOut({ token }) {
      await endSession(token as SessionClaims | null);
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is an answer (no session), not a fault worth a stack trace per request.
      if (metadata instanceof SessionEnded) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
