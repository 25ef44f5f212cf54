// A table's legend: "✅ Supported, ⁉️ Possible with significant manual effort, ❌ Not supported" under a matrix, or a
// note opening with the mark it explains ("✴️ In theory these tools could be used with other languages, but …").
// A mark means what its legend says, so a cell holding only that mark reads as the support the legend gives it
// (written as the usual mark for that support: ✅, ⚠️, ❌). Only marks with no meaning of their own are read so: a
// note under "⚠" ("⚠ = Not interoperable, metrics are represented as structured logs") explains a caveat, and
// the mark still says "partly".
import { rateSupport } from "../features";
import type { Line } from "./shape";

/** A mark: an emoji or symbol, with its variation selectors and joiners. */
const MARK =
  /[\p{Extended_Pictographic}\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff](?:\ufe0e|\ufe0f|\u200d|\u20e3){0,3}/gu;
const MISSING = /^(?:not|no|none|unsupported|unavailable|missing|absent|lacks?|n\/a)\b/i;
const PARTIAL =
  /\b(?:partial(?:ly)?|possible|manual(?:ly)?|effort|workarounds?|limited|some|plugins?|in theory|experimental|caveats?|third[- ]party|community|planned|beta|incomplete)\b/i;
const SUPPORTED = /\b(?:supported|yes|available|built[- ]in|full(?:y)?|native(?:ly)?|out of the box|included)\b/i;
const AS_MARK = { missing: "❌", partial: "⚠️", supported: "✅" } as const;
/** A pair is a mark and a few words ("Possible with significant manual effort"). */
const MAX_PAIR_WORDS = 8;
/** How far below the table a legend may stand (non-empty lines). */
const LINES_AFTER = 4;

const bare = (mark: string): string => mark.replace(/[\ufe0e\ufe0f]/g, "");

/** The text without trailing `chars` (a loop: an anchored class run is retried from every character of a long run). */
function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

function meaningOf(text: string): string | null {
  const words = withoutTrailing(text.replace(/^[\s:=–—-]+/, ""), " \t,;.·|");
  if (!/\p{L}{2}/u.test(words)) return null;
  if (MISSING.test(words)) return AS_MARK.missing;
  if (PARTIAL.test(words)) return AS_MARK.partial;
  return SUPPORTED.test(words) ? AS_MARK.supported : null;
}

/** The marks one line explains: several "mark meaning" pairs, or one note that opens with its mark. */
function legendLine(text: string, out: Map<string, string>): void {
  const marks = [...text.matchAll(MARK)];
  if (!marks.length) return;
  const segment = (k: number) =>
    text.slice(marks[k].index + marks[k][0].length, k + 1 < marks.length ? marks[k + 1].index : text.length);
  if (marks.length >= 2 && marks.every((_, k) => segment(k).trim().split(/\s+/).length <= MAX_PAIR_WORDS)) {
    marks.forEach((m, k) => {
      const meaning = meaningOf(segment(k));
      if (meaning && !rateSupport(m[0])) out.set(bare(m[0]), meaning);
    });
    return;
  }
  // A note explains only the mark it opens with; marks inside its words are the words' own.
  const rest = text.slice(marks[0][0].length);
  const meaning = marks[0].index === 0 && rest.trim().split(/\s+/).length >= 3 ? meaningOf(rest) : null;
  if (meaning && !rateSupport(marks[0][0])) out.set(bare(marks[0][0]), meaning);
}

/** The legend under the table (up to a few lines, before the next heading or table) and in its caption. */
export function legendOf(lines: Line[], lastLine: number, caption = ""): Map<string, string> {
  const out = new Map<string, string>();
  legendLine(caption, out);
  let seen = 0;
  for (let i = lastLine + 1; i < lines.length && seen < LINES_AFTER; i++) {
    const t = lines[i].text.replace(/^>\s?/, "").trim();
    if (!t) continue;
    if (/^(?:#|\||```)/.test(t)) break;
    seen++;
    legendLine(t.slice(0, 500), out);
  }
  return out;
}

/** A cell holding only a mark the legend explains, as the usual mark for what the legend says. */
export function withLegend(cell: string, legend: Map<string, string> | undefined): string {
  return (legend?.size && legend.get(bare(cell.trim()))) || cell;
}
