// Dates as people write them ("February 8, 2026", "8 Feb 2026", "2026-02-08T…") -> ISO date, or null.
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function iso(year: number, month: number, day: number): string | null {
  if (year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

export const MONTH_DATE =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2}),? (\d{4})\b/;

export function parseLooseDate(input: unknown): string | null {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input.toISOString().slice(0, 10);
  if (typeof input === "number" && Number.isFinite(input)) return parseLooseDate(new Date(input));
  if (typeof input !== "string") return null;
  const s = input.trim().slice(0, 100);
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const md = MONTH_DATE.exec(s);
  if (md) return iso(Number(md[3]), MONTHS.indexOf(md[1].slice(0, 3).toLowerCase()) + 1, Number(md[2]));
  const dm = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{4})\b/i.exec(s);
  if (dm) return iso(Number(dm[3]), MONTHS.indexOf(dm[2].slice(0, 3).toLowerCase()) + 1, Number(dm[1]));
  return null;
}
