// Stored text → the plain words a snippet shows. Sources are stored as imported (markdown, tables,
// code); a snippet is a line of prose, so the markup goes and only its words stay. Never HTML:
// the page renders snippet parts as text, which React escapes.

import { isTableRule } from "@/lib/text/table-rule";

const RULES: Array<[RegExp, string]> = [
  [/```[^\n]*\n[\s\S]*?(```|$)/g, " "], // fenced code blocks
  [/<[^>]{0,500}>/g, " "], // HTML tags
  [/!\[([^\]]*)\]\([^)]*\)/g, "$1"], // images: their alt text
  [/\[([^\]]+)\]\([^)]*\)/g, "$1"], // links: their text
  [/^\s{0,3}#{1,6}\s+/gm, ""], // heading marks
  [/^\s{0,3}>\s?/gm, ""], // block quotes
  [/\s*\|\s*/g, " · "], // table cells
  [/^\s*(?:[-*+]|\d+[.)])\s+/gm, ""], // list markers
  [/(\*\*|__|~~|`)/g, ""], // emphasis and code marks
  [/(^|\s)[*_](\S[^*_\n]*?\S|\S)[*_](?=\s|[.,;:!?]|$)/gm, "$1$2"], // single emphasis
  [/^\s*(?:[-*_]\s*){3,}$/gm, " "], // rules
];

export function plainText(text: string): string {
  // Blank runs first, so that no `\s*` below meets a long one (each would cost quadratic time), and
  // table rules line by line (lib/text/table-rule.ts says why not by one regex).
  // (Runs of blanks are matched only where they change: two or more, or one that is not a space. A
  // pattern matching every single space replaced each by itself, most of this function's time.)
  let out = text
    .replace(/[^\S\n]{2,}|[^\S\n ]/g, " ")
    .replace(/\n(?:[^\S\n]*\n)+/g, "\n\n")
    .split("\n")
    .map((line) => (isTableRule(line, 2) ? " " : line))
    .join("\n");
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
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
