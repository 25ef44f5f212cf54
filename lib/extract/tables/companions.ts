// What else each row ran, beside the technology that names it: "| Golang 1.14 | net/http, easyjson | 15956 |",
// "| Python 3.8 | gunicorn/flask | 1413 |". The figures of such a row are the stack's, so every technology the
// companion cell names is among the figure's technologies, and the cell is never a feature of its own.
import type { Emit } from "../rules";
import type { TechResolver } from "../technologies";
import { clean } from "./common";
import { valueKind } from "./orientation";

/** The parts of a companion cell: "gunicorn/flask", "cluster, http", "uvicorn + uvloop". */
const parts = (cell: string): string[] =>
  clean(cell)
    .split(/\s?[,/+&]\s?|\s(?:and|with|on|\+)\s/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * The technologies a companion cell names: the names the resolver finds in it ("net/http"), and each remaining
 * part that is a whole name in any casing ("flask" beside "gunicorn").
 */
export function companionsOf(cell: string, resolver: TechResolver): string[] {
  const text = clean(cell);
  const found = resolver.find(text);
  let rest = text;
  for (const m of found) rest = rest.slice(0, m.start) + " ".repeat(m.end - m.start) + rest.slice(m.end);
  const wholes = parts(rest).flatMap((p) => resolver.wholeName(p)?.slug ?? []);
  return [...new Set([...found.map((m) => m.slug), ...wholes])];
}

/**
 * The columns past the first whose cells are short texts naming other technologies than the row's own, in at
 * least half of the rows that name one: a "Server/framework" column beside a "Language" one.
 */
export function companionColumns(
  rows: string[][],
  keep: boolean[],
  down: Array<{ slug: string } | null>,
  resolver: TechResolver,
): number[] {
  const named = rows.filter((_, ri) => keep[ri] && down[ri]);
  if (named.length < 2) return [];
  const width = Math.max(0, ...named.map((r) => r.length));
  const out: number[] = [];
  for (let i = 1; i < width; i++) {
    const cells = named.map((r) => r[i] ?? "");
    const short = cells.every((c) => ["text", "empty"].includes(valueKind(c)) && c.split(/\s+/).length <= 4);
    const own = rows.map((r, ri) => (keep[ri] && down[ri] ? down[ri].slug : null)).filter(Boolean);
    const naming = named.filter((r, k) => companionsOf(r[i] ?? "", resolver).some((s) => s !== own[k])).length;
    if (short && naming * 2 >= named.length) out.push(i);
  }
  return out;
}

/** The emitter adding the technologies that ran beside a cell's own ("Go (fasthttp)") to each claim. */
export const withCompanions = (companions: string[], emit: Emit): Emit =>
  companions.length
    ? (claim, span) => emit({ ...claim, technologies: [...new Set([...claim.technologies, ...companions])] }, span)
    : emit;
