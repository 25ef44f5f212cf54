// A calendar date found anywhere inside a line of page text: bylines and chrome often run the date into
// a neighbouring word ("PerformanceJun 15, 2026·7 min read", "June 3, 2026Omid Saffari"), so the
// patterns look at the characters around a date instead of requiring word boundaries.
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// Capitalised month names only: a run-in month must start with a capital to be told from a word's tail.
const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const ORDINAL = "(?:st|nd|rd|th)?";

// Each pattern is a fixed sequence of bounded pieces (no nested quantifiers): linear on any input.
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MONTH_FIRST = new RegExp(`(?<![a-z])${MONTH}\\.? {1,2}(\\d{1,2})${ORDINAL},? {1,2}(\\d{4})(?!\\d)`);
const MONTH_FIRST_RUN_IN = new RegExp(`(?<=[a-z])${MONTH}\\.? (\\d{1,2})${ORDINAL}, (\\d{4})(?!\\d)`);
// "20 June 2018", "20-Jun-2018" (PEPs', RFCs' and logs' style).
const DAY_FIRST = new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}(?: {1,2}|-)${MONTH}\\.?,?(?: {1,2}|-)(\\d{4})(?!\\d)`);
const NUMERIC = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.])/;

export interface FoundDate {
  iso: string;
  /** Where the date starts and ends in the searched text, so callers can look at what surrounds it. */
  start: number;
  end: number;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** "06/03/2025" only when one part cannot be a month: otherwise day-first and month-first disagree. */
function numericDate(m: RegExpExecArray): string | null {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = Number(m[4]);
  if (a > 12 && b <= 12) return isoDate(year, b, a);
  if (b > 12 && a <= 12) return isoDate(year, a, b);
  return a === b ? isoDate(year, a, b) : null;
}

function candidates(text: string): Array<{ m: RegExpExecArray; iso: string | null }> {
  const out: Array<{ m: RegExpExecArray; iso: string | null }> = [];
  const iso = ISO.exec(text);
  if (iso) out.push({ m: iso, iso: isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) });
  for (const re of [MONTH_FIRST, MONTH_FIRST_RUN_IN]) {
    const m = re.exec(text);
    if (m) out.push({ m, iso: isoDate(Number(m[3]), monthNumber(m[1]), Number(m[2])) });
  }
  const dm = DAY_FIRST.exec(text);
  if (dm) out.push({ m: dm, iso: isoDate(Number(dm[3]), monthNumber(dm[2]), Number(dm[1])) });
  const num = NUMERIC.exec(text);
  if (num) out.push({ m: num, iso: numericDate(num) });
  return out;
}

/** The first full date (year, month and day) in `text`, in any of the forms above; month-only dates are not dates here. */
export function findDate(text: string): FoundDate | null {
  const s = text.slice(0, 2000);
  let best: FoundDate | null = null;
  for (const { m, iso } of candidates(s)) {
    if (!iso || (best && best.start <= m.index)) continue;
    best = { iso, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** A metadata value (front matter, meta tag, JSON-LD, `<time>`) as an ISO date, or null. */
export function parseDateValue(input: unknown): string | null {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input.toISOString().slice(0, 10);
  if (typeof input === "number" && Number.isFinite(input) && input > 0) return parseDateValue(new Date(input));
  if (typeof input !== "string") return null;
  return findDate(input.trim().slice(0, 200))?.iso ?? null;
}
