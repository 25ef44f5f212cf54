// next-auth's sign-in, sign-out, session and CSRF-token endpoints (lib/auth/route.ts).
import { authRoute } from "@/lib/auth/route";

export { authRoute as GET, authRoute as POST };
