// AsciiDoc read as the markdown the rest of the importer knows (docs and blogs of Java, Ruby and Red Hat projects,
// Asciidoctor sites, GitHub's .adoc READMEs): "= Title" and "== Section" become headings; tables between "|==="
// delimiters become pipe rows, their cells laid out over as many lines as the writer liked; listing and literal
// blocks become fenced code; comments, block attributes ("[source,java]", "[cols=…]"), includes and conditionals
// are dropped; links, bold and list markers take markdown's spelling. The header's attributes say who wrote it and
// when (":author:", a site generator's ":page-author:", ":revdate:", the author and revision lines under the title).
// Only a document that reads as AsciiDoc is touched: a table delimiter, or a "= Title" over an attribute or a section.

export interface AsciidocHeader {
  author: string | null;
  date: string | null;
}

const MAX_LINE = 2_000;
const MAX_CELLS = 20_000;
// As many rows as a reStructuredText table keeps (rst.ts): a results table is far shorter; a crafted one is cut.
const MAX_ROWS = 500;
const TABLE_DELIMITER = /^[|,:!]===\s*$/;
const SECTION = /^(={1,6})\s+(\S.{0,300})$/;
const ATTRIBUTE = /^:(!?[\w][\w-]{0,60}!?):(?:\s+(.{0,500}))?$/;
const BLOCK_ATTRIBUTES = /^\[\[?[^\]\n]{0,300}\]\]?\s*$/;
// A block title: ".Results" over a table or a listing (not "..." nor ". item", an ordered list item).
const BLOCK_TITLE = /^\.([^\s.].{0,200})$/;
const DIRECTIVE_LINE = /^(?:include|ifdef|ifndef|ifeval|endif|toc|image)::/;
const ADMONITION = /^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+/;
// Delimited blocks: the line of four or more of one character (two for an open block) opens and closes it.
const FENCED = /^(-{4,}|\.{4,})\s*$/;
const COMMENT_BLOCK = /^\/{4,}\s*$/;
const WRAPPER = /^(?:={4,}|\*{4,}|_{4,}|\+{4,}|--)\s*$/;
const AUTHOR_ATTRIBUTE = /^(?:[\w]{1,30}-)?author$/i;
const DATE_ATTRIBUTE = /^(?:revdate|date|[\w]{1,30}-date)$/i;
// "v1.2, 2015-07-31: remark" or "2015-07-31" under the author line.
const REVISION_LINE = /^(?:v?\d[\w.]{0,20},\s{0,4})?(\d{4}-\d{2}-\d{2}|\w{3,9}\s\d{1,2},\s\d{4})(?::.{0,200})?$/;
// "Jane Doe <jane@example.com>; Joe Bloggs": the author line under the title.
const AUTHOR_LINE =
  /^([\p{L}][\p{L}.'-]{0,40}(?:\s[\p{L}][\p{L}.'-]{0,40}){0,4})(?:\s<[^>\s]{1,120}>)?(?:;\s.{0,300})?$/u;

/** True when the lines read as AsciiDoc: a table delimiter, or a "= Title" over an attribute entry or a "==" section. */
export function isAsciidoc(lines: string[]): boolean {
  if (lines.some((l) => l.length < 8 && TABLE_DELIMITER.test(l))) return true;
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0 || !/^=\s+\S/.test(lines[first])) return false;
  return lines.some((l) => (l[0] === ":" && ATTRIBUTE.test(l)) || /^==\s+\S/.test(l));
}

/** The header's attributes, author line and revision line: who wrote it and when. */
export function asciidocHeader(lines: string[]): AsciidocHeader {
  const header: AsciidocHeader = { author: null, date: null };
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0 || !/^=\s+\S/.test(lines[first])) return header;
  for (let i = first + 1; i < lines.length && lines[i].trim() !== "" && i < first + 60; i++) {
    const line = lines[i].trim();
    const attribute = ATTRIBUTE.exec(line);
    if (attribute) {
      const value = (attribute[2] ?? "").trim();
      if (AUTHOR_ATTRIBUTE.test(attribute[1]) && value) header.author ??= value;
      if (DATE_ATTRIBUTE.test(attribute[1]) && value) header.date ??= value;
      continue;
    }
    const revision = REVISION_LINE.exec(line);
    if (revision && i <= first + 2) header.date ??= revision[1];
    else if (i === first + 1 && !line.startsWith("//") && AUTHOR_LINE.test(line))
      header.author ??= line.replace(/\s<[^>]*>/g, "").replace(/;\s*/g, ", ");
  }
  return header;
}

/** Links, bold and passthroughs in markdown's spelling; other marks as they are (markdown reads them alike). */
function inline(line: string): string {
  return (
    line
      // "https://x[text]", "link:x[text]": markdown links; an empty text shows the address.
      .replace(
        /\b(?:link:)?((?:https?|ftp|mailto):[^\s[\]]{1,400})\[([^\]\n]{0,200})\]/g,
        (_, url: string, text: string) => (text.trim() ? `[${text.replace(/\^$/, "")}](${url})` : url),
      )
      .replace(/\bxref:[^\s[\]]{1,200}\[([^\]\n]{0,200})\]/g, "$1")
      .replace(/<<[^,>\n]{1,100},\s?([^>\n]{1,200})>>/g, "$1")
      .replace(/<<([^,>\n]{1,100})>>/g, "$1")
      .replace(/\bimage:[^\s[\]]{1,300}\[[^\]\n]{0,200}\]/g, "")
      .replace(/\bpass:[a-z,]{0,20}\[([^\]\n]{0,400})\]/g, "$1")
      // "*bold*" (constrained, at word edges): markdown's "**bold**", which the importer reads as plain words.
      .replace(/(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])/g, "**$1**")
      .replace(/(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])/g, "__$1__")
      // A hard line break ("text +") is a line end.
      .replace(/\s\+$/, "")
  );
}

/** A list item in markdown's spelling: "** item" nested, ". step" numbered, "Term:: text" a labelled item. */
function listItem(line: string): string | null {
  const bullet = /^(\*{1,5}|-)\s+(\S.*)$/.exec(line);
  if (bullet) return `${"  ".repeat(bullet[1] === "-" ? 0 : bullet[1].length - 1)}- ${bullet[2]}`;
  const numbered = /^(\.{1,5})\s+(\S.*)$/.exec(line);
  if (numbered) return `${"   ".repeat(numbered[1].length - 1)}1. ${numbered[2]}`;
  const labelled = /^(\S[^:\n]{0,120}?):{2,4}(?:\s+(.*))?$/.exec(line);
  if (labelled) return `- ${labelled[1]}: ${labelled[2] ?? ""}`.trimEnd();
  return null;
}

/** Columns from a "[cols=…]" attribute: "3*", "1,2,2", "<1,^2a,>3": the number of entries or the multiplier. */
function columnsOf(attributes: string | null): number | null {
  const cols = attributes && /\bcols\s{0,2}=\s{0,2}"?([^"\]\n]{1,200})"?/.exec(attributes);
  if (!cols) return null;
  const spec = cols[1].trim();
  const multiplied = /^(\d{1,3})\*/.exec(spec);
  return multiplied ? Number(multiplied[1]) : spec.split(",").length;
}

// A cell's specifier, written against its "|": a span ("2+"), a duplication ("3*"), alignments ("^", ".>") and a style
// letter ("a|"). Only at a part's very end and after a space or the line's start: "is a |" is text.
const CELL_SPEC = /(?:^|(?<=\s))((?:\d{1,3}(?:\.\d{1,3})?[+*])?[<^>]?(?:\.[<^>])?[adehlmsv]?)$/;
const SPAN = /(\d{1,3})\+/;

interface Cell {
  text: string;
  span: number;
}

const specAtEnd = (part: string): string => CELL_SPEC.exec(part)?.[1] ?? "";
const withoutSpec = (part: string, spec: string): string => (spec ? part.slice(0, part.length - spec.length) : part);

/** A table line's cells: each separator opens one; text before the first continues the cell above. */
function lineCells(line: string, separator: string): { lead: string; cells: Cell[] } {
  const parts = line.split(separator);
  // The specifier of cell k trails part k, the text before its separator.
  const specs = parts.slice(0, -1).map(specAtEnd);
  const cells = parts.slice(1).map((part, k) => ({
    text: withoutSpec(part, specs[k + 1] ?? "").trim(),
    span: Number(SPAN.exec(specs[k])?.[1] ?? 1),
  }));
  return { lead: withoutSpec(parts[0], specs[0] ?? "").trim(), cells };
}

const asPipeRow = (cells: string[]): string =>
  `| ${cells.map((c) => inline(c).replace(/\|/g, "/") || " ").join(" | ")} |`;

/**
 * A table from the line after its opening delimiter: its pipe rows and the line after its closing one.
 * The header is the first line's cells when a blank line follows them (AsciiDoc's implicit header), or when the
 * attributes say "header"; a table without one gets its first row as the header all the same.
 */
function table(lines: string[], start: number, attributes: string | null): { rows: string[]; next: number } {
  // "|===" and "!===" (a nested table) open a cell at each mark; ",===" and ":===" separate cells by the mark.
  const separator = lines[start - 1].trim()[0];
  let end = start;
  while (end < lines.length && !TABLE_DELIMITER.test(lines[end])) end++;
  const firstLine = lines.slice(start, end).findIndex((l) => l.trim() !== "");
  const cells: Cell[] = [];
  let width = columnsOf(attributes);
  for (let i = start; i < end && cells.length < MAX_CELLS; i++) {
    const line = lines[i].length > MAX_LINE ? lines[i].slice(0, MAX_LINE) : lines[i];
    if (!line.trim()) continue;
    const { lead, cells: found } =
      separator === "," || separator === ":" ? separatedCells(line, separator) : lineCells(line, separator);
    const last = cells[cells.length - 1];
    if (lead && last) last.text = `${last.text} ${lead}`.trim();
    if (width === null && i === start + firstLine) width = found.reduce((n, c) => n + c.span, 0);
    cells.push(...found);
  }
  const columns = Math.max(1, width ?? 1);
  const rows: string[][] = [];
  let row: string[] = [];
  for (const cell of cells) {
    row.push(cell.text, ...Array<string>(Math.min(cell.span, columns) - 1).fill(""));
    if (row.length >= columns) {
      rows.push(row.slice(0, columns));
      row = [];
    }
  }
  if (row.length) rows.push([...row, ...Array<string>(columns - row.length).fill("")]);
  if (!rows.length) return { rows: [], next: end + 1 };
  const [head, ...body] = rows.slice(0, MAX_ROWS + 1);
  return {
    rows: [asPipeRow(head), asPipeRow(head.map(() => "---")), ...body.map(asPipeRow)],
    next: end + 1,
  };
}

/** A CSV or DSV table's line: a row of cells between separators. */
function separatedCells(line: string, separator: string): { lead: string; cells: Cell[] } {
  return { lead: "", cells: line.split(separator).map((text) => ({ text: text.trim(), span: 1 })) };
}

/** The line after a delimited block opened at `start` (its closing delimiter, the same line again). */
function blockClose(lines: string[], start: number): number {
  const delimiter = lines[start].trim();
  let i = start + 1;
  while (i < lines.length && lines[i].trim() !== delimiter) i++;
  return i;
}

/** The lines with AsciiDoc's titles, tables, blocks and inline marks as markdown; any other document as it was. */
export function asciidocAsMarkdown(lines: string[]): string[] {
  if (!isAsciidoc(lines)) return lines;
  const out: string[] = [];
  let attributes: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > MAX_LINE) {
      out.push(line);
      continue;
    }
    const block = blockOf(lines, i, attributes);
    if (block) {
      for (const l of block.lines) out.push(l);
      i = block.next - 1;
      attributes = null;
      continue;
    }
    if (BLOCK_ATTRIBUTES.test(line)) {
      attributes = line;
      continue;
    }
    if (line.trim() === "+" || line.startsWith("//") || DIRECTIVE_LINE.test(line) || ATTRIBUTE.test(line)) continue;
    out.push(lineAsMarkdown(line));
    if (line.trim()) attributes = null;
  }
  return out;
}

/** A delimited block at `i`: tables as pipe rows, listings fenced, comments dropped, other wrappers opened up. */
function blockOf(lines: string[], i: number, attributes: string | null): { lines: string[]; next: number } | null {
  const line = lines[i];
  if (TABLE_DELIMITER.test(line)) {
    const found = table(lines, i + 1, attributes);
    return { lines: ["", ...found.rows, ""], next: found.next };
  }
  if (COMMENT_BLOCK.test(line)) return { lines: [], next: blockClose(lines, i) + 1 };
  if (FENCED.test(line)) {
    const close = blockClose(lines, i);
    return { lines: ["```", ...lines.slice(i + 1, close), "```"], next: close + 1 };
  }
  // An example, sidebar, quote, passthrough or open block: its delimiters go, its lines are read as any other.
  if (WRAPPER.test(line)) return { lines: [], next: i + 1 };
  return null;
}

/** One line outside any block: a section title, a block title, a list item, an admonition or a paragraph's line. */
function lineAsMarkdown(line: string): string {
  const section = SECTION.exec(line);
  if (section) return `${"#".repeat(section[1].length)} ${inline(section[2].replace(/\s=+$/, ""))}`;
  const title = BLOCK_TITLE.exec(line);
  if (title) return inline(title[1]);
  const item = listItem(line);
  if (item) return inline(item);
  return inline(line.replace(ADMONITION, ""));
}
