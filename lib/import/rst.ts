// reStructuredText read as the markdown the rest of the importer knows (READMEs and docs of Python and C++ projects
// are written in it): simple tables ("=====  =====" borders, each run of "=" a column) become pipe rows; section
// titles underlined (or over- and underlined) with "~", "^", "\"", "'", "+", "*", "#" or ":" become headings ("=" and
// "-" underlines already read as markdown's own); directives that are page furniture (".. image::", ".. |badge|
// image::", ".. _target:", comments) are dropped with their indented options, ".. code::" blocks become fenced
// code and footnotes (".. [#] …") paragraphs of their own. Only a document that reads as reStructuredText (a directive or a simple table's border) is touched.
// Grid tables ("+---+---+") are grid-tables.ts's.

const DIRECTIVE = /^\.\.\s+(?:\|[^|\n]{1,60}\|\s+)?([a-z][\w-]{0,30})::/i;
const COMMENT_OR_TARGET = /^\.\.(?:\s|$)/;
// ".. [#] Celery acks tasks …", ".. [#prio] …", ".. [1] …": a footnote, text of the article.
const FOOTNOTE = /^\.\.\s+\[[^\]\n]{0,30}\]\s+/;
const CODE_DIRECTIVE = /^(?:code|code-block|sourcecode)$/i;
const BORDER = /^={2,}(?: +=+){1,40}\s*$/;
// Section adornments markdown does not read ("=" and "-" it does): a line of one repeated punctuation character.
const ADORNMENT = /^([~^"'+*#:])\1{3,}\s*$/;
const MAX_LINE = 2_000;
const MAX_ROWS = 500;

/** True when the lines read as reStructuredText: a directive, or a simple table's border over a header. */
function isRst(lines: string[]): boolean {
  // Only lines opening with "." or "=" can say so: the rest are not looked at.
  return lines.some(
    (l, i) =>
      (l[0] === "." && l.length <= MAX_LINE && DIRECTIVE.test(l)) ||
      (l[0] === "=" && l.length <= MAX_LINE && BORDER.test(l) && BORDER.test(lines[i + 2] ?? "")),
  );
}

/** Where each column starts in a border line. */
function columnStarts(border: string): number[] {
  const starts: number[] = [];
  for (const m of border.matchAll(/=+/g)) starts.push(m.index);
  return starts;
}

/** A line's cells under the border's columns (the last one runs to the line's end), as one pipe row. */
function pipeRowUnder(line: string, starts: number[]): string[] {
  return starts.map((from, k) => line.slice(from, starts[k + 1]).trim());
}

const asPipeRow = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, "/")).join(" | ")} |`;

/**
 * A simple table at `start`: border, header, border, rows, border. Its pipe rows and the line after it, or null.
 * A row whose first cell is blank continues the row above (reStructuredText's own rule).
 */
function simpleTable(lines: string[], start: number): { rows: string[]; next: number } | null {
  const head = start + 1;
  const under = start + 2;
  if (!lines[head]?.trim() || BORDER.test(lines[head]) || !BORDER.test(lines[under] ?? "")) return null;
  const starts = columnStarts(lines[under]);
  const rows: string[][] = [];
  let i = under + 1;
  for (; i < lines.length && lines[i].trim() && !BORDER.test(lines[i]) && rows.length < MAX_ROWS; i++) {
    const cells = pipeRowUnder(lines[i], starts);
    const previous = rows[rows.length - 1];
    if (!cells[0] && previous) previous.forEach((c, k) => (previous[k] = `${c} ${cells[k]}`.trim()));
    else rows.push(cells);
  }
  if (!rows.length || !BORDER.test(lines[i] ?? "")) return null;
  const separator = asPipeRow(starts.map(() => "---"));
  return { rows: [asPipeRow(pipeRowUnder(lines[head], starts)), separator, ...rows.map(asPipeRow)], next: i + 1 };
}

/** A directive's block: its line and the indented (or blank) lines after it, up to the next unindented text. */
function blockEnd(lines: string[], start: number): number {
  let i = start + 1;
  while (i < lines.length && (!lines[i].trim() || /^\s/.test(lines[i]))) i++;
  // Blank lines at the end of the block belong to what follows.
  while (i > start + 1 && !lines[i - 1].trim()) i--;
  return i;
}

/** ".. code:: c++" and its indented lines as fenced code, dedented by the first line's indent. */
function codeBlock(lines: string[], start: number, end: number): string[] {
  const body = lines.slice(start + 1, end);
  while (body.length && !body[0].trim()) body.shift();
  // A loop, not Math.min(...lines): a block of 150,000 lines would overflow the call stack as arguments.
  let indent = Infinity;
  for (const l of body) if (l.trim()) indent = Math.min(indent, l.length - l.trimStart().length);
  return ["```", ...body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)), "```"];
}

/** A title under (and maybe over) an adornment line: its heading, and the line after it; or null. */
function sectionTitle(lines: string[], i: number): { heading: string; next: number } | null {
  const text = lines[i];
  const below = ADORNMENT.exec(lines[i + 1] ?? "");
  if (!text.trim() || /^\s/.test(text) || !below || lines[i + 1].trim().length < text.trim().length) return null;
  const depth = "~^".includes(below[1]) ? "~^".indexOf(below[1]) + 3 : 3;
  return { heading: `${"#".repeat(depth)} ${text.trim()}`, next: i + 2 };
}

/** The lines with reStructuredText's tables, titles and directives as markdown; any other document as it was. */
export function rstAsMarkdown(lines: string[]): string[] {
  if (!isRst(lines)) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > MAX_LINE) {
      out.push(line);
      continue;
    }
    const footnote = FOOTNOTE.exec(line);
    if (footnote) {
      // Its text, the indented lines under it joined on: a paragraph of its own.
      const end = blockEnd(lines, i);
      out.push(
        "",
        [line.slice(footnote[0].length), ...lines.slice(i + 1, end).map((l) => l.trim())].join(" ").trim(),
        "",
      );
      i = end - 1;
      continue;
    }
    const directive = DIRECTIVE.exec(line);
    if (directive || COMMENT_OR_TARGET.test(line)) {
      const end = blockEnd(lines, i);
      // One line at a time: push(...block) passes every line as an argument, and a long block overflows the stack.
      if (directive && CODE_DIRECTIVE.test(directive[1])) for (const l of codeBlock(lines, i, end)) out.push(l);
      i = end - 1;
      continue;
    }
    const table = BORDER.test(line) ? simpleTable(lines, i) : null;
    if (table) {
      out.push("", ...table.rows, "");
      i = table.next - 1;
      continue;
    }
    // An overline above a title is dropped; the underline makes it a heading.
    if (ADORNMENT.test(line) && sectionTitle(lines, i + 1)) continue;
    const title = sectionTitle(lines, i);
    if (title) {
      out.push(title.heading);
      i = title.next - 1;
      continue;
    }
    out.push(line);
  }
  return out;
}
