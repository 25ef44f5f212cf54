// Rows that say how a known technology ran, not a new one: "Go Memoized", "Lua Memoized", "Nim Constant".
import type { TechResolver } from "./technologies";

/**
 * "Go Memoized", "Lua Memoized", "Nim Constant", "C++ Constant": a word that follows two or more different known
 * names in one column says how each ran (a variant), so "<name> <that word>" is the known technology, not a new one.
 */
export function variantWords(cells: string[], resolver: TechResolver): (cell: string) => boolean {
  const after = new Map<string, Set<string>>();
  const tailOf = (cell: string): [string, string] | null => {
    const m = resolver.find(cell)[0];
    const tail = m && m.start === 0 ? cell.slice(m.end).trim().toLowerCase() : "";
    return m && tail && tail.split(/\s+/).length <= 2 ? [m.slug, tail] : null;
  };
  for (const c of cells) {
    const t = tailOf(c.trim());
    if (t) after.set(t[1], (after.get(t[1]) ?? new Set()).add(t[0]));
  }
  return (cell) => {
    const t = tailOf(cell.trim());
    return t !== null && (after.get(t[1])?.size ?? 0) >= 2;
  };
}
