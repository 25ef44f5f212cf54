// Tables whose cells lost their separators when the page was copied: "Dev server startup 376ms 6s
// 15.9x faster" under "Metric Vite Webpack Vite's Advantage". A row is a label followed by k value
// tokens; a run of rows with the same k under a header naming k columns (found by the technologies
// it names) is a table. Only single spaces separate anything, so the values are read from the end.
import type { Span } from "../sentences";
import type { Line, Table } from "./shape";

const MAX_LINE = 200;
// A value token: a figure (with unit, range or ratio sign), or a word a table cell holds on its own.
const FIGURE = /^[~≈<>+-]?\$?\d[\d.,]*(?:[-–]\d[\d.,]*)?[a-zA-Z%×µ/]*\+?$/;
const BARE_NUMBER = /^[~≈<>]?\$?\d[\d.,]*[kKM]?$/;
const UNIT =
  /^(?:ns|µs|us|ms|s|sec|secs|seconds|min|mins|minutes|h|B|KB|kB|MB|GB|KiB|MiB|GiB|%|x|×|req\/s|rps|ops\/s|qps|MB\/s|GB\/s|msg\/s|tx\/s)$/;
const WORD_VALUE = /^(?:instant|n\/a|none|yes|no|✓|✗|✔|✘|-|—)$/i;
// "15.9x faster", "7.3% smaller": a ratio keeps the word after it.
const RATIO_WORD = /^(?:faster|slower|smaller|larger|bigger|less|more|lower|higher|better|worse)$/i;
// A footnote mark on a cell ("2GiB¹", "512 MB*", "1.2 s†") refers to a note below the table; it is no part of the value.
export const FOOTNOTE_MARK = /(?<=\S)(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[*†‡]{1,3})$/u;

/** The k trailing values of a row and its label, or null when it does not end in at least two values. */
export function valueTail(text: string): { label: string; values: string[] } | null {
  if (text.length > MAX_LINE || /^[-#>|*•]/.test(text)) return null;
  const tokens = text
    .split(" ")
    .filter(Boolean)
    .map((t) => t.replace(FOOTNOTE_MARK, ""));
  const values: string[] = [];
  let i = tokens.length - 1;
  while (i > 0) {
    const t = tokens[i];
    if (RATIO_WORD.test(t) && i > 1 && /[x×%]$/.test(tokens[i - 1])) {
      values.unshift(`${tokens[i - 1]} ${t}`);
      i -= 2;
      continue;
    }
    // "300 ms 4.2 s": a unit written apart from its number is one value with it.
    if (UNIT.test(t) && i > 1 && BARE_NUMBER.test(tokens[i - 1])) {
      values.unshift(`${tokens[i - 1]} ${t}`);
      i -= 2;
      continue;
    }
    if (FIGURE.test(t) || WORD_VALUE.test(t)) {
      values.unshift(t);
      i--;
      continue;
    }
    break;
  }
  const label = tokens.slice(0, i + 1).join(" ");
  if (values.length < 2 || !label || !/[a-z]/i.test(label) || values.filter((v) => /\d/.test(v)).length < 2)
    return null;
  return { label, values };
}

/**
 * The table starting at header line `i`, if the lines after it are value-tail rows of one width and the
 * header names that many columns (`columns`, from the technologies it mentions).
 */
export function valueTailTable(
  lines: Line[],
  i: number,
  columns: (header: string, k: number) => string[] | null,
): Table | null {
  const header = lines[i].text;
  if (!header || header.length > MAX_LINE || /[.:;!?]$/.test(header) || valueTail(header)) return null;
  const rows: string[][] = [];
  const spans: Span[] = [];
  let width = 0;
  let j = i + 1;
  for (; j < lines.length && rows.length < 200; j++) {
    const row = valueTail(lines[j].text);
    if (!row || (width && row.values.length !== width)) break;
    width = row.values.length;
    rows.push([row.label, ...row.values]);
    spans.push({ text: lines[j].text, start: lines[j].start, end: lines[j].start + lines[j].text.length });
  }
  if (rows.length < 2) return null;
  const names = columns(header, width);
  if (!names) return null;
  const first = header.indexOf(names[0]);
  return {
    header: [header.slice(0, Math.max(0, first)).trim() || "Metric", ...names],
    rows,
    spans,
    headerSpan: { start: lines[i].start, end: lines[i].start + header.length },
    firstLine: i,
    lastLine: j - 1,
    leadIn: "",
  };
}
