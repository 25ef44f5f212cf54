// next-auth's sign-in, sign-out, session and CSRF-token endpoints (lib/http/auth-route.ts).
import { authRoute } from "@/lib/http/auth-route";

export { authRoute as GET, authRoute as POST };
