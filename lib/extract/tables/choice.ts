// Choice tables ("Use case | Pick | Reason"): a recommendation per row, for the use case its first column names.
import { slugify } from "@/lib/text/slug";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { TechResolver } from "../technologies";
import { BEST_FOR, clean, lcFirst, lowerWords, RECOMMEND, techOf, type TableContext } from "./common";

/**
 * A recommendation as a person writes it: "Django is recommended for staff back office." (the words the
 * public pages always showed); a reason the table gives goes after the use case, in parentheses.
 */
export function emitChoice(
  techs: string[],
  useCase: string,
  answer: string,
  span: Span,
  ctx: TableContext,
  emit: Emit,
  bestFor = false,
  reason = "",
): void {
  const names = techs.map((t) => ctx.resolver.nameOf(t)).join(" and ");
  const pick = techs.length > 1 ? names : answer.replace(/(?<![.;\s])[.;\s]+$/, "");
  const because = reason ? ` (${lcFirst(reason)})` : "";
  const statement = bestFor
    ? `${names} is best for ${lcFirst(useCase.replace(/(?<![.;\s])[.;\s]+$/, ""))}.`
    : `${pick} ${techs.length > 1 ? "are" : "is"} recommended for ${lowerWords(useCase.replace(/(?<![.:;\s])[.:;\s]+$/, "")).replace(/^A\b/, "a")}${because}.`;
  emit(
    {
      statement,
      kind: "recommendation",
      technologies: techs,
      topic: slugify(useCase, 60),
      metric: null,
      value: null,
      unit: null,
      conditions: {},
      stance: "SUPPORTS",
    },
    span,
  );
}

// "Secondary Choice", "Alternative": the runner-up, which the table does not recommend.
const SECOND_PICK = /\b(?:secondary|second|alternatives?|runner[- ]up|backup|fallback)\b/i;
// A column that explains the pick ("Reason", "Why"): said beside the recommendation.
const REASON = /^(?:reason|reasons|why|because|rationale|notes?)$/i;

/** The columns whose heading says pick/choice/recommended and whose cells mostly name a technology. */
export function choiceColumns(header: string[], rows: string[][], keep: boolean[], resolver: TechResolver): number[] {
  const kept = rows.filter((_, ri) => keep[ri]);
  return header
    .map((h, i) => i)
    .filter((i) => i > 0 && RECOMMEND.test(header[i]) && !BEST_FOR.test(header[i]) && !SECOND_PICK.test(header[i]))
    .filter((i) => {
      const named = kept.filter(
        (r) => techOf(r[i] ?? "", resolver) ?? resolver.find(r[i] ?? "")[0]?.start === 0,
      ).length;
      return kept.length > 0 && named * 2 >= kept.length;
    });
}

/** No technology in the header or first column: a "use case | pick" table, one recommendation per pick column. */
export function choiceTable(
  header: string[],
  rows: string[][],
  spans: Span[],
  ctx: TableContext,
  emit: Emit,
  picks: number[] = [],
): void {
  const keep = rows.map((r) => !r.every((c) => /^:?-{2,}:?$/.test(c) || !c));
  const last = header.length >= 2 ? header.length - 1 : -1;
  // `picks`: the column of technologies beside a first column of use cases, found by its content.
  const found = picks.length ? picks : choiceColumns(header, rows, keep, ctx.resolver);
  const columns = found.length
    ? found
    : last >= 0 && (RECOMMEND.test(header[last]) || /framework|answer|fit/i.test(header[last]))
      ? [last]
      : [];
  if (!columns.length) {
    notesTable(rows, spans, keep, ctx);
    return;
  }
  const reasonAt = header.findIndex((h, i) => i > 0 && REASON.test(h.trim()));
  rows.forEach((r, ri) => {
    const label = r[0] ?? "";
    for (const at of columns) {
      const answer = r[at] ?? "";
      const techs = ctx.resolver.slugsIn(answer);
      // "Either: Rails or Laravel" names two candidates, not a recommendation.
      if (!techs.length || !label || (techs.length > 1 && /\beither\b|\bor\b/i.test(answer))) continue;
      const reason =
        reasonAt > 0 && at === columns[0] ? clean(r[reasonAt] ?? "").replace(/(?<![.;\s])[.;\s]+$/, "") : "";
      emitChoice(techs, label, answer, spans[ri], ctx, emit, false, reason);
    }
  });
}

// A cell that says something in words: three words or more, not a bare figure or a mark.
const inWords = (cell: string): boolean => /\p{L}{2}/u.test(cell) && cell.trim().split(/\s+/).length >= 3;

/**
 * "Aspect | Notes" with no pick column: each row's notes are sentences about the technologies they name
 * ("Mocking | Jest has its own mocking system. Mocha and AVA require external libraries."), read as prose
 * under the row's label.
 */
function notesTable(rows: string[][], spans: Span[], keep: boolean[], ctx: TableContext): void {
  if (!ctx.readProse) return;
  rows.forEach((r, ri) => {
    const span = spans[ri];
    const label = clean(r[0] ?? "");
    if (!keep[ri] || !span || !label) return;
    for (const cell of r.slice(1)) {
      const at = cell && inWords(cell) && ctx.resolver.find(cell).length ? span.text.indexOf(cell) : -1;
      if (at >= 0) ctx.readProse!({ text: cell, start: span.start + at, end: span.start + at + cell.length }, label);
    }
  });
}
