// Grid tables (reStructuredText, Pandoc): cells boxed by "+----+----+" borders, a row of cells spread
// over several "|  …  |" lines. Each is rewritten as pipe rows (one per boxed row, its lines joined per
// column) so the table reader sees it like any markdown table.

// A border: "+", then runs of "-" or "=" each closed by "+". Bounded: at most 60 columns of 300.
const BORDER = /^\+(?:[-=]{1,300}\+){1,60}$/;
// Footnote and link references inside a cell: "[#note]_", "[1]_", "Name_" / "`Two words`_".
const FOOTNOTE = /\s?\[#?[\w-]{0,30}\]_/g;
const LINK_REF = /`([^`\n]{1,100})`_{1,2}|(\w)_{1,2}(?=\s|$)/g;

/** Where each column starts and ends on a border line (between its "+" marks). */
function columnsOf(border: string): Array<[number, number]> {
  const plus: number[] = [];
  for (let i = 0; i < border.length; i++) if (border[i] === "+") plus.push(i);
  return plus.slice(1).map((end, k) => [plus[k] + 1, end]);
}

const cellText = (s: string): string =>
  s
    .replace(FOOTNOTE, "")
    .replace(LINK_REF, (_m, quoted: string | undefined, ch: string | undefined) => quoted ?? ch ?? "")
    .trim();

/** The boxed rows of a grid table starting at `start`: pipe rows, and the line after the table. */
function readGrid(lines: string[], start: number): { rows: string[]; next: number } | null {
  const first = lines[start].trim();
  const columns = columnsOf(first);
  if (columns.length < 2) return null;
  const rows: string[] = [];
  let parts: string[][] = columns.map(() => []);
  let headerEnds = -1;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const t = lines[i].trim();
    if (BORDER.test(t)) {
      if (parts.some((p) => p.length))
        rows.push(`| ${parts.map((p) => p.join(" ").replace(/\s+/g, " ").trim()).join(" | ")} |`);
      parts = columns.map(() => []);
      if (t.includes("=") && headerEnds < 0) headerEnds = rows.length;
      continue;
    }
    if (!/^\|.*\|$/.test(t) || t.length !== first.length) break;
    for (let k = 0; k < columns.length; k++) {
      const text = cellText(t.slice(columns[k][0], columns[k][1]).replace(/^\|/, "").replace(/\|$/, ""));
      if (text) parts[k].push(text);
    }
  }
  if (rows.length < 2) return null;
  // The header is what stands above a "+===+" border, else the first boxed row.
  const head = headerEnds > 0 ? headerEnds : 1;
  const separator = `| ${columns.map(() => "---").join(" | ")} |`;
  return { rows: [...rows.slice(0, head), separator, ...rows.slice(head)], next: i };
}

/** Lines with every grid table (outside code) replaced by its pipe rows; anything else as it was. */
export function gridTablesAsRows(lines: string[]): string[] {
  const out: string[] = [];
  let inCode = false;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (/^(```|~~~)/.test(trimmed)) inCode = !inCode;
    const grid = !inCode && trimmed.length <= 20_000 && BORDER.test(trimmed) ? readGrid(lines, i) : null;
    if (!grid) {
      out.push(lines[i]);
      continue;
    }
    out.push("", ...grid.rows, "");
    i = grid.next - 1;
  }
  return out;
}
