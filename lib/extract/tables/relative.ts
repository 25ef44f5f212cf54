// Figures a table gives relative to one of its rows: a "Relative" column of bare multiples, "(2.04x)"
// beside each figure, a spread column in the unit of the measurement before it, the row that reads 1x.
import { cellQuantity } from "../quantities";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Conditions } from "../types";
import { clean, lowerWords, snake, techOf, type TableContext } from "./common";
import { labelUnit, metricOf } from "./labels";

/** The technology whose ratio reads 1x, in a line of at least two ratios. */
export function baselineOf(cells: ReadonlyArray<readonly [string | undefined, string]>): string | null {
  const ratios = cells
    .map(([slug, text]) => [slug, cellQuantity(clean(text))] as const)
    .filter(([slug, q]) => slug && q?.unit === "x");
  const ones = ratios.filter(([, q]) => q?.value === 1);
  return ratios.length >= 2 && ones.length === 1 ? (ones[0][0] ?? null) : null;
}

// "Relative", "Relative speed", "Speed-up": a column of bare multiples of the row that reads 1 (as hyperfine exports it).
const RELATIVE_HEADER = /^(?:relative(?: (?:speed|time|to fastest|performance))?|speed[- ]?up)$/i;

/** Cells of a "Relative" column, bare numbers with one row at 1: each a ratio ("3.18 ± 0.06" -> "3.18x ± 0.06"). */
export function relativeAsRatios(header: string[], rows: string[][]): void {
  header.forEach((h, i) => {
    const cells = rows.map((r) => r[i] ?? "");
    const bare = cells.filter((c) => /^\d{1,4}(?:\.\d{1,4})?(?:\s?±\s?\d{1,4}(?:\.\d{1,4})?)?$/.test(c));
    if (!RELATIVE_HEADER.test(h.trim()) || bare.length < 2 || !bare.some((c) => Number(c) === 1)) return;
    for (const r of rows) if (bare.includes(r[i] ?? "")) r[i] = r[i].replace(/^(\d[\d.]*)/, "$1x");
  });
}

// A column of spreads ("Std Dev", "±", "σ") is in the unit of the measurement column before it.
const SPREAD = /^(?:std\.?\s?dev(?:iation)?|standard deviation|stddev|σ|±|sd|spread|variance)$/i;

/** "Std Dev" after "Cold Install Time (sec)" -> "Std Dev of Cold Install Time (sec)": its metric and unit. */
export function withDerivedUnits(header: string[]): void {
  for (let i = 1; i < header.length; i++) {
    if (!SPREAD.test(header[i].trim()) || labelUnit(header[i]) || !labelUnit(header[i - 1])) continue;
    header[i] = `${header[i]} of ${header[i - 1]}`;
  }
}

// "0.082s (1.00x)": a figure with its ratio to the table's baseline row, the row whose ratio is 1.
const RELATIVE = /\((\d{1,4}(?:\.\d{1,3})?)\s?[x×]\)/;

/** Figures given relative to a baseline row ("(2.04x)" beside "(1.00x)"): each a ratio to the baseline's technology. */
export function relativeColumns(
  header: string[],
  rows: string[][],
  down: Array<ReturnType<typeof techOf>>,
  spans: Span[],
  base: Conditions,
  ctx: TableContext,
  emit: Emit,
): void {
  for (let i = 1; i < header.length; i++) {
    const ratios = rows.map((r) => RELATIVE.exec(r[i] ?? ""));
    const baseAt = ratios.findIndex((m, ri) => m != null && Number(m[1]) === 1 && down[ri]);
    if (baseAt < 0) continue;
    const baseline = down[baseAt]!;
    const what = metricOf(header[i], "")?.metric ?? snake(header[i]);
    rows.forEach((r, ri) => {
      const t = down[ri];
      const m = ratios[ri];
      if (!t || !m || ri === baseAt || t.slug === baseline.slug) return;
      const value = Number(m[1]);
      const statement = `${t.display}: ${lowerWords(header[i])} ${formatRatio(value)} that of ${baseline.display}.`;
      emit(
        {
          statement,
          kind: "performance",
          technologies: [baseline.slug, t.slug],
          topic: "performance",
          metric: `${what}_ratio`,
          value,
          unit: "x",
          conditions: { ...base, baseline: baseline.display, subject: t.display },
          stance: "SUPPORTS",
        },
        spans[ri],
      );
    });
  }
}

const formatRatio = (v: number): string => `${v}x`;
