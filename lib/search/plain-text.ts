// Stored text → the plain words a snippet shows. Sources are stored as imported (markdown, tables,
// code); a snippet is a line of prose, so the markup goes and only its words stay. Never HTML:
// the page renders snippet parts as text, which React escapes.

import { isTableRule } from "@/lib/text/table-rule";

/** A heading ends its words with a stop, so a snippet never runs it into the next sentence ("Batteries Admin UI"). */
const headingText = (_all: string, words: string): string => (/[.:!?]$/.test(words) ? words : `${words}.`);

const RULES: Array<[RegExp, string | ((...match: string[]) => string)]> = [
  [/```[^\n]*\n[\s\S]*?(```|$)/g, " "], // fenced code blocks
  [/<[^>]{0,500}>/g, " "], // HTML tags
  [/!\[([^\]]*)\]\([^)]*\)/g, "$1"], // images: their alt text
  [/\[([^\]]+)\]\([^)]*\)/g, "$1"], // links: their text
  [/^ ?#{1,6} (\S[^\n]{0,500}?) ?$/gm, headingText], // heading marks, and a stop after the heading
  [/^\s{0,3}>\s?/gm, ""], // block quotes
  [/\s*\|\s*/g, " · "], // table cells
  [/^\s*(?:[-*+]|\d+[.)])\s+/gm, ""], // list markers
  [/(\*\*|__|~~|`)/g, ""], // emphasis and code marks
  [/(^|\s)[*_](\S[^*_\n]*?\S|\S)[*_](?=\s|[.,;:!?]|$)/gm, "$1$2"], // single emphasis
  [/^\s*(?:[-*_]\s*){3,}$/gm, " "], // rules
];

const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());
const isRow = (line: string): boolean => line.includes("|") && cellsOf(line).length >= 2;

/**
 * A markdown table as sentences a snippet can show: each body row as its label and every other
 * cell after its column's heading ("Admin UI: Django ✅ built-in; Ruby on Rails ❌ third-party."),
 * the heading row itself dropped; flattened, a table read as a run of unlabelled cells. A table is
 * two or more rows in a row (stored articles keep no heading rule; one, when there, is skipped).
 */
function tablesAsLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const rule = i + 1 < lines.length && isTableRule(lines[i + 1], 2) ? 1 : 0;
    if (!isRow(lines[i]) || !(i + 1 + rule < lines.length && isRow(lines[i + 1 + rule]))) {
      out.push(lines[i]);
      continue;
    }
    const header = cellsOf(lines[i]);
    for (i += 1 + rule; i < lines.length && isRow(lines[i]) && !isTableRule(lines[i], 2); i++) {
      const [label, ...cells] = cellsOf(lines[i]);
      const pairs = cells.flatMap((c, n) => (c ? [`${header[n + 1] ? `${header[n + 1]} ` : ""}${c}`] : []));
      out.push(`${label ? `${label}: ` : ""}${pairs.join("; ")}.`);
    }
    i--;
  }
  return out;
}

export function plainText(text: string): string {
  // Blank runs first, so that no `\s*` below meets a long one (each would cost quadratic time), and
  // table rules line by line (lib/text/table-rule.ts says why not by one regex).
  // (Runs of blanks are matched only where they change: two or more, or one that is not a space. A
  // pattern matching every single space replaced each by itself, most of this function's time.)
  const lines = text
    .replace(/[^\S\n]{2,}|[^\S\n ]/g, " ")
    .replace(/\n(?:[^\S\n]*\n)+/g, "\n\n")
    .split("\n");
  let out = tablesAsLines(lines)
    .map((line) => (isTableRule(line, 2) ? " " : line))
    .join("\n");
  for (const [pattern, replacement] of RULES)
    out = typeof replacement === "string" ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  // Cells and rows become one line: blanks first (one space each), then every run of separators
  // one " · " with a space on both sides, so the last cell of a row never runs into the first of the
  // next ("Laravel· Admin UI"); none at either end. Each pattern has at most one optional space per
  // separator: linear on any input.
  return out
    .replace(/\s{2,}|[^\S ]/g, " ")
    .replace(/(?: ?·)+ ?/g, " · ")
    .replace(/^ · | · $/g, "")
    .trim();
}
