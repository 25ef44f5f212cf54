// Next.js's compression middleware (the `compression` package, bundled by Next.js without types):
// scripts/server.ts's API lane compresses exactly as Next.js's router does (lib/http/api-lane.ts).
declare module "next/dist/compiled/compression" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  export default function compression(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}
