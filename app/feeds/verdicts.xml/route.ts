// Atom feed (verdicts): see lib/public/feeds.ts. Read at request time so a publish shows at once.
import { feedResponse } from "@/lib/public/feeds";

export const dynamic = "force-dynamic";

export function GET(): Promise<Response> {
  return feedResponse("verdicts");
}
