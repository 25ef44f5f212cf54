// The markup documentation sites add to markdown, read as plain markdown: MDX's import and export lines go; the
// admonitions of Docusaurus and VitePress (":::tip Title" … ":::"), MkDocs (`!!! note "Title"` over an indented
// body) and GitHub ("> [!NOTE]") keep their content, under their title when they have one; content tabs (MkDocs'
// `=== "Go"`, MDX's <TabItem label="Go">) become a heading over what they hold, so a figure in the "Go" tab is Go's;
// <details> keeps its <summary> as a heading; other component tags on lines of their own go. Code fences are left
// alone. Markdown without any of it comes back as it was.

const MAX_LINE = 2_000;
// An import or export statement may run over this many lines ("import {\n  a,\n  b,\n} from 'x';").
const MAX_STATEMENT_LINES = 50;
// Admonitions and tabs nested in one another are read again up to this depth; deeper ones stay as lines.
const MAX_DEPTH = 4;

const FENCE = /^\s{0,3}(?:```|~~~)/;
// "import Tabs from '@theme/Tabs';", "import '../styles.css'", "import {" (the names on the lines after), "export const
// meta = {": a module's statements, never an article's sentence (which would not name a module in quotes).
const ESM =
  /^(?:import\s+(?:["']|\{\s*$|[\w*{][^\n]{0,300}?(?:\sfrom\s+["']|\{\s*$))|export\s+(?:const|let|var|function|default|async|class)\s)/;
// ":::tip", ":::tip Our pick", ":::tip[Our pick]", "::: details Click", "::::note{title=x}"; ":::" closes.
const COLON_FENCE =
  /^\s{0,3}:{3,}\s*([A-Za-z][\w-]{0,30})?(?:\[([^\]\n]{0,200})\]|\s+([^{\n]{0,200}))?(?:\{[^}\n]{0,200}\})?\s*$/;
// `!!! warning "Title"`, `??? note`, `???+ tip "Title"`; `=== "Python"` (a tab: its title is not optional, or a
// setext heading's underline would be one): a block whose body is indented four spaces.
const INDENTED_BLOCK =
  /^(?:(?:!!!|\?\?\?\+?)\s+[\w-]{1,30}(?:\s+[\w-]{1,30})*(?:\s+"([^"\n]{0,200})")?|===\+?\s+"([^"\n]{1,200})")\s*$/;
const ALERT = /^\s{0,3}(?:>\s?)?\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$/i;
const SUMMARY = /^\s*(?:<details(?:\s[^>\n]{0,200})?>\s*)?<summary(?:\s[^>\n]{0,200})?>(.{0,300}?)<\/summary>\s*$/i;
const DETAILS = /^\s*<\/?details(?:\s[^>\n]{0,200})?>\s*$/i;
// A component's tag alone on its line: "<Tabs>", "</TabItem>", '<TabItem value="go" label="Go">', "<Chart … />".
const COMPONENT_TAG = /^\s*<\/?[A-Z][\w.]{0,60}(?:\s[^<>\n]{0,500})?\/?>\s*$/;
// A component's opening tag whose attributes run over several lines ("<Tabs\n  groupId=…\n>").
const COMPONENT_OPEN = /^\s*<[A-Z][\w.]{0,60}\s*$/;
const LABEL_ATTRIBUTE =
  /\s(?:label|title|heading)=(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|\{\s*["'`]([^"'`\n]{1,200})["'`]\s*\})/;

const heading = (title: string | undefined): string[] => {
  const text = (title ?? "").replace(/<[^>\n]{0,200}>/g, "").trim();
  return text ? ["", `#### ${text}`, ""] : [""];
};

/** True when the lines hold any of the markup read here (checked first: most documents have none). */
function hasDocsMarkup(lines: string[]): boolean {
  return lines.some(
    (l) =>
      l.length <= MAX_LINE &&
      (((l[0] === "i" || l[0] === "e") && ESM.test(l)) ||
        (l.includes(":::") && COLON_FENCE.test(l)) ||
        ((l[0] === "!" || l[0] === "?" || l[0] === "=") && INDENTED_BLOCK.test(l)) ||
        (l.includes("[!") && ALERT.test(l)) ||
        (l.includes("<") && (SUMMARY.test(l) || DETAILS.test(l) || COMPONENT_TAG.test(l) || COMPONENT_OPEN.test(l)))),
  );
}

/** The lines with documentation sites' markup read as markdown; any other document as it was. */
export function docsMarkupAsMarkdown(lines: string[]): string[] {
  return hasDocsMarkup(lines) ? docsLines(lines, 0) : lines;
}

function docsLines(lines: string[], depth: number): string[] {
  const out: string[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced || line.length > MAX_LINE) {
      out.push(line);
      continue;
    }
    const block = blockAt(lines, i, depth);
    if (block) {
      // One line at a time: push(...block) passes every line as an argument, and a long block overflows the stack.
      for (const l of block.lines) out.push(l);
      i = block.end - 1;
    } else out.push(line);
  }
  return out;
}

/** The markup at `i` as markdown lines and the line after it, or null when the line is the article's own. */
function blockAt(lines: string[], i: number, depth: number): { lines: string[]; end: number } | null {
  const line = lines[i];
  if (ESM.test(line)) return { lines: [], end: statementEnd(lines, i) };
  const colon = line.includes(":::") ? COLON_FENCE.exec(line) : null;
  if (colon) return { lines: colon[1] ? heading(colon[2] ?? colon[3]) : [""], end: i + 1 };
  const indented = INDENTED_BLOCK.exec(line);
  if (indented) {
    let end = i + 1;
    while (end < lines.length && (!lines[end].trim() || lines[end].startsWith("    "))) end++;
    while (end > i + 1 && !lines[end - 1].trim()) end--;
    const body = lines.slice(i + 1, end).map((l) => l.slice(4));
    return {
      lines: [...heading(indented[1] ?? indented[2]), ...(depth < MAX_DEPTH ? docsLines(body, depth + 1) : body), ""],
      end,
    };
  }
  if (ALERT.test(line) || DETAILS.test(line)) return { lines: [""], end: i + 1 };
  const summary = SUMMARY.exec(line);
  if (summary) return { lines: heading(summary[1]), end: i + 1 };
  if (COMPONENT_TAG.test(line)) {
    const label = line.trimStart().startsWith("</") ? null : LABEL_ATTRIBUTE.exec(line);
    return { lines: heading(label ? (label[1] ?? label[2] ?? label[3]) : undefined), end: i + 1 };
  }
  if (COMPONENT_OPEN.test(line)) {
    const close = lines.slice(i + 1, i + MAX_STATEMENT_LINES).findIndex((l) => /^[^<]*\/?>\s*$/.test(l));
    if (close < 0) return null;
    const tag = lines.slice(i, i + close + 2).join(" ");
    const label = LABEL_ATTRIBUTE.exec(tag);
    return { lines: heading(label ? (label[1] ?? label[2] ?? label[3]) : undefined), end: i + close + 2 };
  }
  return null;
}

/** The line after an import or export statement: the one closing it with ";", a quoted module name or a brace. */
function statementEnd(lines: string[], start: number): number {
  let depth = 0;
  for (let i = start; i < Math.min(lines.length, start + MAX_STATEMENT_LINES); i++) {
    for (const ch of lines[i])
      depth += ch === "{" || ch === "(" || ch === "[" ? 1 : ch === "}" || ch === ")" || ch === "]" ? -1 : 0;
    if (depth <= 0 && (/[;'"`}\])]\s*$/.test(lines[i]) || !lines[i + 1]?.trim())) return i + 1;
  }
  return start + 1;
}
