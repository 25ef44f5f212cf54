// Finds the registered endpoint for a path under /api/v1: literal segments must match exactly,
// `{name}` segments capture one segment. Literal paths win over parameterized ones.
import type { Endpoint } from "./define";
import { ENDPOINTS } from "./endpoints";

const segmentsOf = (path: string): string[] => path.split("/").filter(Boolean);
const isParam = (segment: string) => segment.startsWith("{") && segment.endsWith("}");

const ORDERED = [...ENDPOINTS].sort((a, b) => segmentsOf(a.path).filter(isParam).length - segmentsOf(b.path).filter(isParam).length);

export function matchEndpoint(segments: string[]): { endpoint: Endpoint; params: Record<string, string> } | null {
  for (const endpoint of ORDERED) {
    const pattern = segmentsOf(endpoint.path);
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
