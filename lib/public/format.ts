// The one formatting layer of the public site: every number, unit, date, label and claim title a
// visitor reads on a page or in a feed goes through here (or lib/public/format-claims.ts, which
// this file re-exports), so a wording is fixed once for every page. Dates are in UTC so server
// and reader agree.
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export const formatDate = (date: Date | null | undefined): string => (date ? DATE.format(date) : "");
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
/** A year on a time axis: "2025" (never grouped as a quantity). */
export const formatYear = (date: Date): string => String(date.getUTCFullYear());
export const formatNumber = (value: number): string => NUMBER.format(value);

const isYear = (value: number, unit: string | null, metric: string | null | undefined) =>
  Number.isInteger(value) && value >= 1000 && value <= 2999 && (/^years?$/i.test(unit ?? "") || /(^|_)year$/i.test(metric ?? ""));
const isVersion = (unit: string | null, metric: string | null | undefined) => /^version$/i.test(unit ?? "") || /_version$/i.test(metric ?? "");

/**
 * A claim's value as a reader says it: "31,000 req/s", "12%", a year as "2018" (never "2,018 year"),
 * a version as "3.1" (never grouped). The metric tells years and versions from quantities.
 */
export function formatFigure(value: number | null, unit: string | null, metric?: string | null): string {
  if (value == null) return "";
  if (isYear(value, unit, metric) || isVersion(unit, metric)) return String(value);
  const number = formatNumber(value);
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

export { humanize } from "./words";
export * from "./format-claims";
