// The current request's CSP nonce, for server components that render their own <script> tags.
// Reading request headers also makes the page render per request, which nonces require.
import { headers } from "next/headers";
import { NONCE_HEADER } from "./csp";

export async function requestNonce(): Promise<string | undefined> {
  // Rendered outside a Next.js server (component tests): no request, no policy, no nonce.
  if (!process.env.NEXT_RUNTIME) return undefined;
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
