// next-auth configuration: email + password (Credentials), sessions as short-lived signed JWTs
// that are re-issued while in use.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress, viewOfHeaderRecord } from "@/lib/http/forwarded";
import { checkCredentials } from "./login";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
const SESSION_UPDATE_AGE_SECONDS = 15 * 60;

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
        const result = await checkCredentials(String(credentials?.email ?? ""), String(credentials?.password ?? ""), undefined, address);
        if (!result) return null;
        return { id: result.id, email: result.email, name: result.name, role: result.role, sv: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as typeof user & { role: string; sv: number };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sv;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.uid, role: token.role, sv: token.sv } };
    },
  },
};
