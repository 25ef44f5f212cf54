// reStructuredText's directives that hold the article's own text or tables, read as markdown (rst.ts calls this for
// every ".. name::" block): "list-table" and "csv-table" become pipe rows; "table" keeps its caption over the table it
// wraps; admonitions ("note", "warning", "tip", …), containers, tabs, topics and sidebars keep their content, read
// again as reStructuredText, under their title when they have one; a figure keeps its caption; a rubric is a
// heading. Everything else (images, toctrees, includes, raw HTML, autodoc) is page furniture or out of reach and goes.

export interface Directive {
  name: string;
  /** The text after "::" on the directive's line (a title, a caption, a path). */
  argument: string;
  options: Map<string, string>;
  /** The content under the options, dedented. */
  body: string[];
}

const OPTION = /^:([\w][\w -]{0,40}):(?:\s+(.*))?$/;
const MAX_ROWS = 500;
const MAX_CELLS = 20_000;

// Blocks whose content is the article's text; the argument, when given, titles it.
const CONTENT = new Set([
  "attention",
  "caution",
  "danger",
  "error",
  "hint",
  "important",
  "note",
  "tip",
  "warning",
  "admonition",
  "seealso",
  "topic",
  "sidebar",
  "container",
  "compound",
  "only",
  "tabs",
  "tab",
  "group-tab",
  "tab-set",
  "tab-item",
  "dropdown",
  "card",
  "grid",
  "grid-item",
  "grid-item-card",
  "epigraph",
  "highlights",
  "pull-quote",
  "line-block",
  "hlist",
  "rst-class",
  "class",
]);
// Sphinx's version notes read as the sentence Sphinx renders: "New in version 2.1: …".
const VERSION_NOTES: Record<string, string> = {
  versionadded: "New in version",
  versionchanged: "Changed in version",
  deprecated: "Deprecated since version",
};
// Arguments that are a class name or a condition, not a title.
const UNTITLED = new Set(["container", "only", "tabs", "tab-set", "grid", "rst-class", "class", "compound", "hlist"]);

/** The directive whose line is `lines[start]` (matched by `name`), with the block's lines up to `end`. */
export function directiveAt(lines: string[], start: number, end: number, name: string): Directive {
  const line = lines[start];
  const argument = line.slice(line.indexOf("::") + 2).trim();
  const block = dedented(lines.slice(start + 1, end));
  const options = new Map<string, string>();
  let i = 0;
  for (; i < block.length; i++) {
    const option = OPTION.exec(block[i]);
    if (!option) break;
    options.set(option[1].toLowerCase(), (option[2] ?? "").trim());
  }
  while (i < block.length && !block[i].trim()) i++;
  return { name: name.toLowerCase(), argument, options, body: block.slice(i) };
}

/** The lines without their common indent (blank lines kept). */
export function dedented(lines: string[]): string[] {
  // A loop, not Math.min(...lines): a block of 150,000 lines would overflow the call stack as arguments.
  let indent = Infinity;
  for (const l of lines) if (l.trim()) indent = Math.min(indent, l.length - l.trimStart().length);
  return Number.isFinite(indent) ? lines.map((l) => l.slice(indent)) : lines.map(() => "");
}

/**
 * The directive as markdown lines, or none when it is furniture. `again` reads nested content as reStructuredText
 * (a table or a note inside a tab).
 */
export function directiveAsMarkdown(directive: Directive, again: (lines: string[]) => string[]): string[] {
  const { name, argument, body } = directive;
  if (name === "list-table") return tableLines(argument, listTableRows(body), headerRows(directive));
  if (name === "csv-table") return tableLines(argument, csvTableRows(directive), headerRows(directive));
  if (name === "table") return ["", ...(argument ? [argument, ""] : []), ...again(body), ""];
  if (name === "rubric") return argument ? ["", `#### ${argument}`, ""] : [];
  if (name === "figure") return ["", ...again(body), ""];
  if (name in VERSION_NOTES) return ["", `${VERSION_NOTES[name]} ${argument}: ${body.join(" ").trim()}`.trim(), ""];
  if (!CONTENT.has(name)) return [];
  const title = argument && !UNTITLED.has(name) ? ["", `#### ${argument}`, ""] : [];
  return [...title, "", ...again(body), ""];
}

const headerRows = (directive: Directive): number => {
  const stated = Number(directive.options.get("header-rows"));
  return Number.isInteger(stated) && stated >= 0 ? Math.min(stated, 5) : 0;
};

/** Rows as pipe lines under the caption; a table with no header row takes its first row as the header. */
function tableLines(caption: string, rows: string[][], header: number): string[] {
  if (!rows.length) return [];
  const columns = Math.max(...rows.slice(0, MAX_ROWS + 5).map((r) => r.length));
  const padded = rows.slice(0, MAX_ROWS + 5).map((r) => [...r, ...Array<string>(columns - r.length).fill("")]);
  const headCount = Math.max(1, Math.min(header, padded.length - 1));
  // Several header rows ("Framework" over "", "Latency" over "p99") read as one: each column's words joined.
  const head = padded[0].map((_, k) =>
    padded
      .slice(0, headCount)
      .map((r) => r[k])
      .filter(Boolean)
      .join(" "),
  );
  const body = padded.slice(headCount, headCount + MAX_ROWS);
  return ["", ...(caption ? [caption, ""] : []), ...[head, head.map(() => "---"), ...body].map(asPipeRow), ""];
}

const asPipeRow = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, "/")).join(" | ")} |`;

// "* - RabbitMQ": a row's first cell; "  - 48,000": the next cell of the row.
const ROW_START = /^[*+-]\s+[*+-](?:\s+(.*))?$/;
const CELL_START = /^([*+-])(?:\s+(.*))?$/;

/** A list-table's rows: a two-level bullet list, each cell's lines (and paragraphs) joined into one. */
function listTableRows(body: string[]): string[][] {
  const rows: string[][] = [];
  let cellIndent = -1;
  let cells = 0;
  for (const line of body) {
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    const row = indent === 0 ? ROW_START.exec(line) : null;
    if (row) {
      if (rows.length >= MAX_ROWS + 5 || cells >= MAX_CELLS) break;
      rows.push([(row[1] ?? "").trim()]);
      cellIndent = (/^[*+-]\s+/.exec(line) ?? [""])[0].length;
      cells++;
      continue;
    }
    const current = rows[rows.length - 1];
    if (!current) continue;
    const cell = indent === cellIndent ? CELL_START.exec(line.trimStart()) : null;
    if (cell) {
      current.push((cell[2] ?? "").trim());
      cells++;
    } else current[current.length - 1] = `${current[current.length - 1]} ${line.trim()}`.trim();
  }
  return rows;
}

/** A csv-table's rows: the ":header:" option's, then the content's (quoted cells, "" for a quote, any delimiter). */
function csvTableRows(directive: Directive): string[][] {
  const delim = directive.options.get("delim");
  const separator = delim === "tab" ? "\t" : delim === "space" ? " " : delim?.length === 1 ? delim : ",";
  const header = directive.options.get("header");
  const rows = header ? csvRows([header], separator) : [];
  // ":file:" and ":url:" tables live elsewhere: nothing of them is in the document.
  return [...rows, ...csvRows(directive.body, separator)];
}

/** CSV lines as rows of cells; a quoted cell may run over several lines. */
function csvRows(lines: string[], separator: string): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let count = 0;
  const endCell = () => {
    cells.push(cell.trim());
    cell = "";
    count++;
  };
  for (const line of lines) {
    if (!quoted && !line.trim()) continue;
    if (rows.length >= MAX_ROWS + 5 || count >= MAX_CELLS) break;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (quoted) {
        if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"' && !cell.trim()) {
        quoted = true;
        cell = "";
      } else if (ch === separator) endCell();
      else cell += ch;
    }
    if (quoted) cell += " ";
    else {
      endCell();
      rows.push(cells);
      cells = [];
    }
  }
  if (quoted || cells.length) rows.push([...cells, cell.trim()]);
  return rows;
}
