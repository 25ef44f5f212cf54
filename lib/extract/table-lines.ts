// A markdown table's lines as discovery reads them (discover.ts): each cell's words without links, emoji shortcodes,
// a trailing version or flag; the first cell as written; the rule under the header.
import { clean } from "./name-shapes";

// "[zap](https://…)", ":zap: zap": a link keeps its text, a shortcode emoji is decoration.
// "[ky][ky]": a reference-style link keeps its text too.
const unlink = (c: string): string =>
  c.replace(/\[([^\]]{0,80})\](?:\([^)\s]{0,300}\)|\[[^\]]{0,80}\])/g, "$1").replace(/:[a-z_]{1,20}:/g, " ");

export function tableCells(line: string): string[] | null {
  const t = line.trim();
  if (!t.includes("|") || /^\|?[\s:|-]+\|?$/.test(t)) return null;
  return t
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) =>
      clean(
        unlink(c)
          .trim()
          .replace(/(?<=\S)\s\([^()]{1,30}\)\s*$/, "")
          .replace(/(?<=\S)\s--?[a-z\d]{1,10}$/, "")
          .replace(/(?<!\s)\s+`?v?\d+(?:\.\d[^\s`]*)?`?$/, ""),
      ),
    );
}

/** A row's first cell as written, emoji shortcodes dropped (":zap: zap"), markup kept. */
export const unlinkedFirst = (line: string): string =>
  line
    .trim()
    .replace(/^\|/, "")
    .split("|")[0]
    .replace(/:[a-z_]{1,20}:/g, " ")
    .trim();

/** The rule under a markdown table's header ("| --- | :-: |"). */
export const isRule = (line: string): boolean =>
  line.includes("|") && line.includes("-") && /^[|:\- \t]+$/.test(line.trim());
