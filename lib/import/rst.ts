// reStructuredText read as the markdown the rest of the importer knows (READMEs and docs of Python and C++ projects
// are written in it): simple tables ("=====  =====" borders, each run of "=" a column) become pipe rows; section
// titles underlined (or over- and underlined) with "~", "^", "\"", "'", "+", "*", "#" or ":" become headings ("=" and
// "-" underlines already read as markdown's own); directives that are page furniture (".. image::", ".. |badge|
// image::", ".. _target:", comments) are dropped with their indented options, ".. code::" blocks become fenced
// code and footnotes (".. [#] …") paragraphs of their own. Only a document that reads as reStructuredText (a directive or a simple table's border) is touched.
// Grid tables ("+---+---+") are grid-tables.ts's; directives that hold text or tables (list-table, csv-table, note,
// tab, …) rst-directives.ts's. A paragraph closing on "::" keeps a colon and its indented literal block becomes fenced
// code; inline markup (``literal``, `text <url>`_, :role:`text`, reference_) reads as markdown's or plain text; the
// bibliographic fields at the head (":Author:", ":Date:", a blog generator's ".. date: …") are read as who wrote it
// and when (rstHeader), not as text.
import { directiveAsMarkdown, directiveAt, dedented } from "./rst-directives";
import { pepAuthors, pepPreamble } from "./pep-preamble";

export interface RstHeader {
  title: string | null;
  author: string | null;
  date: string | null;
}

const DIRECTIVE = /^\.\.\s+(?:\|[^|\n]{1,60}\|\s+)?([a-z][\w-]{0,30})::/i;
const COMMENT_OR_TARGET = /^\.\.(?:\s|$)/;
// ".. [#] Celery acks tasks …", ".. [#prio] …", ".. [1] …": a footnote, text of the article.
const FOOTNOTE = /^\.\.\s+\[[^\]\n]{0,30}\]\s+/;
const CODE_DIRECTIVE = /^(?:code|code-block|sourcecode|parsed-literal|doctest|prompt|ipython)$/i;
// ":Author: Jane Doe", ":date: 2021-03-01" (docutils' bibliographic fields, Pelican's) and ".. date: 2019-03-10"
// (Nikola's metadata comments) at the head of the document.
const HEAD_FIELD =
  /^(?::(author|authors|date|modified|updated|title|tags|category|slug|summary|organization|contact|version|revision|status|copyright|lang):|\.\.\s+(title|author|date|slug|tags|category|link|description|type|updated):)(?:\s+(.{0,500}))?$/i;
const HEAD_LINES = 60;
// "`Django <https://…>`_": a hyperlink only reStructuredText writes.
const RST_LINK = /`[^`\n]{1,200} <[^>\n]{1,300}>`__?/;
// Nested directives (a table in a tab in a note) are read again up to this depth; deeper ones stay as lines.
const MAX_DEPTH = 6;
const BORDER = /^={2,}(?: +=+){1,40}\s*$/;
// Section adornments markdown does not read ("=" and "-" it does): a line of one repeated punctuation character.
const ADORNMENT = /^([~^"'+*#:])\1{3,}\s*$/;
const MAX_LINE = 2_000;
const MAX_ROWS = 500;

/** True when the lines read as reStructuredText: a directive, or a simple table's border over a header. */
function isRst(lines: string[]): boolean {
  // A PEP's header fields say so; otherwise only lines opening with "." or "=" can: the rest are not looked at.
  if (pepPreamble(lines)) return true;
  return lines.some(
    (l, i) =>
      (l[0] === "." && l.length <= MAX_LINE && DIRECTIVE.test(l)) ||
      (l[0] === "=" && l.length <= MAX_LINE && BORDER.test(l) && BORDER.test(lines[i + 2] ?? "")) ||
      (i < HEAD_LINES && (l[0] === ":" || l[0] === ".") && HEAD_FIELD.test(l)) ||
      (l.includes("`") && l.length <= MAX_LINE && RST_LINK.test(l)),
  );
}

/** Who wrote it, when and under what title, from the bibliographic fields at the head. */
export function rstHeader(lines: string[]): RstHeader {
  const header: RstHeader = { title: null, author: null, date: null };
  if (!isRst(lines)) return header;
  const pep = pepPreamble(lines);
  if (pep)
    return {
      title: pep.fields.get("title") || null,
      author: pepAuthors(pep.fields.get("author")),
      date: pep.fields.get("created") || null,
    };
  for (const line of lines.slice(0, HEAD_LINES)) {
    const field = HEAD_FIELD.exec(line);
    const value = (field?.[3] ?? "").trim();
    if (!field || !value) continue;
    const name = (field[1] ?? field[2]).toLowerCase();
    if (name === "title") header.title ??= value;
    else if (name === "author" || name === "authors") header.author ??= value.replace(/;$/, "").trimEnd();
    else if (name === "date") header.date ??= value;
  }
  return header;
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
  return ["```", ...dedented(body), "```"];
}

/** The end of the literal block after a paragraph closing on "::": its lines indented deeper than `indent`. */
function literalEnd(lines: string[], start: number, indent: number): number {
  let i = start + 1;
  while (i < lines.length && (!lines[i].trim() || lines[i].length - lines[i].trimStart().length > indent)) i++;
  while (i > start + 1 && !lines[i - 1].trim()) i--;
  return i;
}

/** "It prints::" → "It prints:", "It prints ::" → "It prints", "::" alone → nothing (reStructuredText's own rule). */
const withoutLiteralMark = (line: string): string => {
  const text = line.trimEnd();
  if (text.trim() === "::") return "";
  return /\s/.test(text[text.length - 3] ?? "") ? text.slice(0, -2).trimEnd() : `${text.slice(0, -2)}:`;
};

// Any adornment character, "=" and "-" too: over and under a title (which may then be indented, to centre it).
const OVERLINE = /^([=\-~^"'+*#:])\1{3,}\s*$/;

/** The heading level of a title's adornment: "=" first, "-" second, "~" third, "^" fourth, any other third. */
const levelOf = (mark: string): number =>
  mark === "=" ? 1 : mark === "-" ? 2 : "~^".includes(mark) ? "~^".indexOf(mark) + 3 : 3;

/** A title under (and maybe over) an adornment line: its heading, and the line after it; or null. */
function sectionTitle(lines: string[], i: number): { heading: string; next: number } | null {
  const text = lines[i];
  // "=" and "-" underlines too (markdown would read them, but as a paragraph's last line when the underline is short).
  const below = OVERLINE.exec(lines[i + 1] ?? "");
  if (!text.trim() || /^\s/.test(text) || !below || lines[i + 1].trim().length < text.trim().length) return null;
  const depth = levelOf(below[1]);
  return { heading: `${"#".repeat(depth)} ${text.trim()}`, next: i + 2 };
}

/** A title between an overline and an underline of one character: "=" a first-level heading, "-" a second. */
function overlinedTitle(lines: string[], i: number): { heading: string; next: number } | null {
  const over = OVERLINE.exec(lines[i]);
  const text = (lines[i + 1] ?? "").trim();
  if (!over || !text || text.length > 300 || lines[i + 2]?.trim() !== lines[i].trim()) return null;
  const depth = levelOf(over[1]);
  return { heading: `${"#".repeat(depth)} ${text}`, next: i + 3 };
}

/** The lines with reStructuredText's tables, titles and directives as markdown; any other document as it was. */
export function rstAsMarkdown(lines: string[]): string[] {
  if (!isRst(lines)) return lines;
  // A PEP's header fields are read by rstHeader, not text.
  const body = lines.slice(pepPreamble(lines)?.end ?? 0);
  return withMarkdownInline(withWrappedMarkupJoined(rstLines(body, 0)));
}

/** One block of reStructuredText as markdown lines (`depth`: how deep in directives it sits). */
function rstLines(lines: string[], depth: number): string[] {
  const out: string[] = [];
  const again = (inner: string[]): string[] => (depth < MAX_DEPTH ? rstLines(inner, depth + 1) : inner);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > MAX_LINE) {
      out.push(line);
      continue;
    }
    const next = blockAt(lines, i, depth, again);
    if (next) {
      // One line at a time: push(...block) passes every line as an argument, and a long block overflows the stack.
      for (const l of next.lines) out.push(l);
      i = next.end - 1;
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
    const title = overlinedTitle(lines, i) ?? sectionTitle(lines, i);
    if (title) {
      out.push(title.heading);
      i = title.next - 1;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** A footnote, directive, comment, head field or literal block at `i`: its markdown lines and where it ends. */
function blockAt(
  lines: string[],
  i: number,
  depth: number,
  again: (inner: string[]) => string[],
): { lines: string[]; end: number } | null {
  const line = lines[i];
  const footnote = FOOTNOTE.exec(line);
  if (footnote) {
    // Its text, the indented lines under it joined on: a paragraph of its own.
    const end = blockEnd(lines, i);
    const text = [line.slice(footnote[0].length), ...lines.slice(i + 1, end).map((l) => l.trim())].join(" ").trim();
    return { lines: ["", text, ""], end };
  }
  if (depth === 0 && i < HEAD_LINES && HEAD_FIELD.test(line)) return { lines: [], end: i + 1 };
  const directive = DIRECTIVE.exec(line);
  if (directive || COMMENT_OR_TARGET.test(line)) {
    const end = blockEnd(lines, i);
    if (!directive) return { lines: [], end };
    if (CODE_DIRECTIVE.test(directive[1])) return { lines: codeBlock(lines, i, end), end };
    return { lines: directiveAsMarkdown(directiveAt(lines, i, end, directive[1]), again), end };
  }
  if (!line.trimEnd().endsWith("::")) return null;
  const indent = line.length - line.trimStart().length;
  const first = lines.slice(i + 1, i + 3).find((l) => l.trim());
  if (!first || first.length - first.trimStart().length <= indent) return null;
  const end = literalEnd(lines, i, indent);
  return { lines: [withoutLiteralMark(line), "", ...codeBlock(lines, i, end), ""], end };
}

// Inline markup, outside fences: "`Django <https://…>`_" and ":doc:`the guide <guide>`" keep their text,
// ":class:`~pkg.Client`" its last name (as Sphinx shows it), "``code``" is markdown's code, "`text`_" and
// "reference_" their words.
const INLINE: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  [/`([^`<\n]{1,200}?)\s*<[^>\n]{1,300}>`__?/g, "$1"],
  [/:[\w:.-]{1,40}:`([^`<\n]{1,200}?)\s*<[^>\n]{1,300}>`/g, "$1"],
  [
    /:[\w:.-]{1,40}:`~?([^`\n]{1,200})`/g,
    (whole, text) => (whole.includes("`~") ? (text.split(".").pop() ?? text) : text),
  ],
  [/``([^`\n]{1,300})``/g, "`$1`"],
  [/`([^`\n]{1,200})`__?(?![\w`])/g, "$1"],
  [/(^|[\s(])([A-Za-z][\w.+-]{0,60}?[A-Za-z0-9+])__?(?=[\s,.;:!?)]|$)/g, "$1$2"],
  // "~\ **2.7×**": an escaped space only keeps markup apart from the text it touches; it is no space.
  [/(?<=\S)\\ /g, ""],
];

const backticks = (line: string): number => line.split("`").length - 1;

/**
 * "`Cython" then "<https://cython.org>`__, pybind11.": a link (or any inline markup) wrapped inside its backticks
 * is one line again, so it reads as its words; a line opening a fence, a table or a directive is never joined, and
 * nothing is joined to a fence's line (a closing "```" has an odd number of backticks too).
 */
function withWrappedMarkupJoined(lines: string[]): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of lines) {
    const prev = out[out.length - 1];
    const open = prev !== undefined && !fenced && backticks(prev) % 2 === 1 && !/^\s*(?:[+|]|```|~~~)/.test(prev);
    if (open && line.trim() && !/^\s*(?:```|[+|]|\.\.\s)/.test(line) && prev.length + line.length < MAX_LINE)
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
    if (/^\s*```/.test(line)) fenced = !fenced;
  }
  return out;
}

/** Inline markup replaced; on a grid table's line each replacement keeps its width, so the columns stay aligned. */
function withMarkdownInline(lines: string[]): string[] {
  let fenced = false;
  return lines.map((line) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced || !/[`_\\]/.test(line) || line.length > MAX_LINE) return line;
    const keepWidth = /^\s*[+|]/.test(line);
    let text = line;
    for (const [pattern, replacement] of INLINE)
      text = text.replace(pattern, (whole: string, ...groups: string[]) => {
        const by =
          typeof replacement === "string"
            ? replacement.replace(/\$(\d)/g, (_, k: string) => groups[Number(k) - 1] ?? "")
            : replacement(whole, ...groups);
        return keepWidth ? by.padEnd(whole.length) : by;
      });
    return text;
  });
}
