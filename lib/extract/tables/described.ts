// A table whose header names only technologies, the first cell included ("| Nock | Mock Service Worker |"), over rows
// of sentences: each column describes its technology, row by row ("Requires additional adapters to intercept
// specific request clients." | "Works with any request client without additional configuration."). Each cell is
// a feature of its column's technology, said as written; a negated one is one it lacks. A cell of figures each named
// by its measure ("QPS: 159K, P99.9: 1.16ms") is its technology's figures.
import { slugify } from "@/lib/text/slug";
import { isVerbNegated } from "../language";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { TechResolver } from "../technologies";
import { labelledFigures } from "./cells";
import { clean, describedSupport, lcFirst, techOf } from "./common";
import { valueKind } from "./orientation";

/** The text without the full stops or semicolons it ends with (by index: an end-anchored run is quadratic). */
function withoutFinalStops(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "." || text[end - 1] === ";")) end--;
  return text.slice(0, end);
}

/**
 * Whether every header cell is a technology and the body cells are descriptions (three words or more) or figures
 * each named by its measure ("QPS: 159K, P99: 0.82ms").
 */
function describes(techs: Array<ReturnType<typeof techOf>>, rows: string[][]): boolean {
  if (techs.length < 2 || techs.some((t) => !t) || new Set(techs.map((t) => t?.slug)).size < techs.length) return false;
  const cells = rows.flatMap((r) => r.map(clean)).filter(Boolean);
  const described = cells.filter(
    (c) => labelledFigures(c) || (valueKind(c) === "text" && c.split(/\s+/).length >= 3 && !/^`/.test(c)),
  );
  return cells.length >= 2 && described.length * 4 >= cells.length * 3;
}

/** Reads such a table; false (having read nothing) when the table is not one. */
export function describedColumns(
  header: string[],
  rows: string[][],
  spans: Span[],
  resolver: TechResolver,
  emit: Emit,
  figures: (tech: NonNullable<ReturnType<typeof techOf>>, text: string, span: Span) => void,
): boolean {
  const techs = header.map((h) => techOf(h, resolver));
  if (!describes(techs, rows)) return false;
  rows.forEach((r, ri) => {
    r.forEach((cell, i) => {
      const tech = techs[i];
      if (tech && labelledFigures(clean(cell))) return figures(tech, cell, spans[ri]);
      const text = withoutFinalStops(clean(cell));
      if (!tech || text.split(/\s+/).length < 3 || valueKind(text) !== "text" || text.length > 240) return;
      const support = isVerbNegated(text) ? "missing" : describedSupport(text);
      emit(
        {
          statement: `${resolver.nameOf(tech.slug)}: ${lcFirst(text)}.`,
          kind: "feature",
          technologies: [tech.slug],
          topic: slugify(text, 40),
          metric: null,
          value: null,
          unit: null,
          conditions: { support },
          stance: "SUPPORTS",
        },
        spans[ri],
      );
    });
  });
  return true;
}
