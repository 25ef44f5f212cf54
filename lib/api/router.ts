// Finds the registered endpoint for a path under /api/v1: literal segments must match exactly,
// `{name}` segments capture one segment. Literal paths win over parameterized ones.
import type { Endpoint } from "./define";
import { ENDPOINTS } from "./endpoints";

const segmentsOf = (path: string): string[] => path.split("/").filter(Boolean);
const isParam = (segment: string) => segment.startsWith("{") && segment.endsWith("}");

// Split once: the page cache matches every cached /api/v1 request too (lib/http/public-routes.ts).
const ORDERED = ENDPOINTS.map((endpoint) => ({ endpoint, pattern: segmentsOf(endpoint.path) })).sort(
  (a, b) => a.pattern.filter(isParam).length - b.pattern.filter(isParam).length,
);

export function matchEndpoint(segments: string[]): { endpoint: Endpoint; params: Record<string, string> } | null {
  for (const { endpoint, pattern } of ORDERED) {
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((part, i) => {
      if (isParam(part)) {
        params[part.slice(1, -1)] = segments[i];
        return true;
      }
      return part === segments[i];
    });
    if (ok) return { endpoint, params };
  }
  return null;
}
