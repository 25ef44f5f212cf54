// next-auth configuration: email + password (Credentials), sessions as short-lived signed JWTs
// that are re-issued while in use.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkCredentials } from "./login";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
const SESSION_UPDATE_AGE_SECONDS = 15 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const ip = (headers["x-forwarded-for"] ?? headers["x-real-ip"] ?? "unknown").split(",")[0].trim();
        const result = await checkCredentials(String(credentials?.email ?? ""), String(credentials?.password ?? ""), undefined, ip);
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
