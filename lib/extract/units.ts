// The units a document is read in, as the line walk (walk.ts) meets them: a heading, a sentence of a
// paragraph, a list item, a table row, a line of a code block. Each carries its context: the nearest
// heading and, for a table row, the table's header. The learned unit classifier (unit-model.ts) scores
// these units, and the eval's ceiling report locates labels in them. Linear in the text.
import { tablesOf } from "./layout";
import { sentences, type Span } from "./sentences";
import type { TechResolver } from "./technologies";

export type UnitType = "heading" | "prose" | "heading-led" | "list-item" | "table-row" | "code";

export interface Unit extends Span {
  type: UnitType;
  /** The nearest heading above the unit. */
  heading: string;
  /** The technologies the enclosing section is about (its heading's, or an outer one's). */
  sectionTechs: string[];
  /** A table row's header cells, joined; "" elsewhere. */
  headerText: string;
  /** A table row's cells and its table's header cells, as the table reader split them. */
  row?: { cells: string[]; header: string[] };
}

// Units are bounded so a 1 MB input costs no more than a long article.
const MAX_UNITS = 4000;
const MAX_UNIT_TEXT = 1200;
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)])\s+/;
const HEADING = /^(#{1,6}) (.*)$/;
const TABLE_MARKUP = /^<\/?(?:td|th|tr|table|thead|tbody|tfoot)\b/i;

interface Section {
  depth: number;
  techs: string[];
}

/** The document's units, in order, each with its heading and (for a table row) its header. */
export function documentUnits(text: string, resolver: TechResolver): Unit[] {
  const rawLines = text.split("\n");
  const { tableAt, inTable } = tablesOf(rawLines, resolver);
  const units: Unit[] = [];
  const sections: Section[] = [];
  let heading = "";
  let sectionTechs: string[] = [];
  let afterHeading = false;
  let inCode = false;
  let offset = 0;
  const push = (u: Omit<Unit, "heading" | "sectionTechs">) => {
    if (units.length < MAX_UNITS && u.text.length <= MAX_UNIT_TEXT) units.push({ ...u, heading, sectionTechs });
  };
  for (let lineNo = 0; lineNo < rawLines.length && units.length < MAX_UNITS; lineNo++) {
    const line = rawLines[lineNo];
    const lineStart = offset;
    offset += line.length + 1;
    const t = line.trim();
    if (!t) continue;
    const start = lineStart + line.indexOf(t);
    if (t.startsWith("```")) {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      if (/\d/.test(t)) push({ type: "code", text: t, start, end: start + t.length, headerText: "" });
      continue;
    }
    const table = tableAt.get(lineNo);
    if (table) {
      const header = table.header.join(" | ");
      table.spans.forEach((s, i) =>
        push({
          type: "table-row",
          text: s.text,
          start: s.start,
          end: s.end,
          headerText: header,
          row: { cells: table.rows[i], header: table.header },
        }),
      );
    }
    if (inTable(lineNo) || TABLE_MARKUP.test(t)) continue;
    const h = HEADING.exec(t);
    if (h) {
      const depth = h[1].length;
      const techs = resolver.slugsIn(h[2]);
      while (sections.length && sections[sections.length - 1].depth >= depth) sections.pop();
      const outer = sections.length ? sections[sections.length - 1].techs : [];
      sectionTechs = techs.length === 1 ? techs : techs.length ? [] : outer;
      sections.push({ depth, techs: sectionTechs });
      heading = "";
      push({ type: "heading", text: h[2], start: start + t.indexOf(h[2]), end: start + t.length, headerText: "" });
      heading = h[2];
      afterHeading = true;
      continue;
    }
    const item = LIST_ITEM.exec(t);
    if (item) {
      push({
        type: "list-item",
        text: t.slice(item[0].length),
        start: start + item[0].length,
        end: start + t.length,
        headerText: "",
      });
      continue;
    }
    for (const s of t.length > 20_000 ? [] : sentences({ text: t, start, end: start + t.length }))
      push({ type: afterHeading ? "heading-led" : "prose", text: s.text, start: s.start, end: s.end, headerText: "" });
    afterHeading = false;
  }
  return units;
}
