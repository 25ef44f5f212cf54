// The last step for every format: the normalized text stored once and read as paragraphs. Copied pages
// repeat themselves (the whole article rendered twice, a teaser that is the opening of the body, the
// title again under the header, an image's alt text several times) and hard-wrapped prose cuts
// sentences at line ends; claims quote this text, so both are fixed here, whatever the format was.
import { COLUMN_ALIGNED } from "./common";

const STRUCTURE = /^(?:#{1,6} |\s*- |\||```|~~~)/;
const PROSE_MIN = 40;
const GROUP_MAX = 50;
// A line ending like this cannot end a sentence: the next line continues it.
const OPEN_END =
  /(?:,|\b(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|with|from|as|than|that|which|is|are|was|were|be|its|their|our|your|vs\.?))$/i;
const CLOSED_END = /[.!?:;)"”’»…]$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s/;
/** A line under a list item that is no item itself and starts in lower case: the item's text goes on. */
const LAZY_CONTINUATION = /^\s{0,8}(?![-*+]\s|\d{1,3}[.)]\s)\p{Ll}/u;

// One short token that reads as a table cell's value: a yes/no, a mark, a number with its unit, a version.
const CELL_VALUE = /^(?:yes|no|partial|none|n\/a|[✓✔✗✘❌✅➖—–-]|[~≈<>]?v?\d[\d.,]{0,12}\s?[\p{L}%µ/]{0,6}\+?)$/iu;
// A table's line set out in columns, or a reStructuredText table's border ("====== ====="): never joined to prose.
const BORDER = /^\s*=+(?: +=+)+\s*$/;
const isProse = (line: string): boolean =>
  line.trim() !== "" && !STRUCTURE.test(line) && !COLUMN_ALIGNED.test(line.trim()) && !BORDER.test(line);
/** A line without a trailing ellipsis (a teaser cut short), compared by its words. */
function bare(line: string): string {
  const t = line.trim();
  const cut = t.endsWith("…") ? t.slice(0, -1) : t.endsWith("...") ? t.slice(0, -3) : t;
  return cut.trimEnd();
}

/** The article rendered twice (its first line again further down, the rest matching): the longer copy, once. */
function dropSecondCopy(lines: string[], warnings: string[]): string[] {
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) return lines;
  const second = lines.indexOf(lines[first], first + 1);
  if (second < 0) return lines;
  const a = lines.slice(first, second).filter(Boolean);
  const b = lines.slice(second).filter(Boolean);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const same = shorter.every((l, i) => l === longer[i] || (i === shorter.length - 1 && longer[i]?.startsWith(l)));
  if (!same) return lines;
  warnings.push("The article text appeared twice on the page; stored once.");
  return a.length <= b.length ? lines.slice(second) : lines.slice(0, second);
}

/** Hard-wrapped prose joined: a line that cannot end a sentence, followed by a line that continues it. */
export function joinSoftWraps(lines: string[]): string[] {
  const out: string[] = [];
  let inCode = false;
  let joinable = false;
  // The last line kept is a list item (or its continuation): a line under it that is no item and starts
  // in lower case continues it (markdown's lazy continuation), however short the item ("- [Fly's
  // databases are not" / "managed](…), which …").
  let itemOpen = false;
  for (const line of lines) {
    if (/^(?:```|~~~)/.test(line)) inCode = !inCode;
    const prev = out[out.length - 1] ?? "";
    // Only the end of the line so far is looked at: a paragraph grows line by line and is never rescanned.
    const tail = prev.slice(-16);
    const continues = /^\p{Ll}/u.test(line) || OPEN_END.test(tail);
    const underItem = itemOpen && LAZY_CONTINUATION.test(line);
    if (
      !inCode &&
      (joinable || underItem) &&
      isProse(line) &&
      !CLOSED_END.test(tail) &&
      continues &&
      prev.length + line.length < 20_000
    ) {
      out[out.length - 1] = `${prev} ${line.trim()}`;
      continue;
    }
    // Only a line inside running text may take a continuation: a short line alone is a heading or a label, and
    // a short line after another short one is a cell of a table flattened one per line ("19 000" / "30 000").
    const item = /^\s*- /.test(line);
    joinable =
      !inCode && (isProse(line) || item) && (line.length >= 40 || (!item && isProse(prev) && prev.length >= 40));
    itemOpen = !inCode && LIST_ITEM.test(line);
    out.push(line);
  }
  return out;
}

/** "alt alt alt": a line that is one phrase repeated (an image's alt text rendered per size), as the phrase. */
function collapseRepeatedPhrase(line: string): string {
  for (let k = 8; k >= 2; k--) {
    if ((line.length + 1) % k !== 0) continue;
    const part = line.slice(0, (line.length + 1) / k - 1);
    if (part.length >= 12 && Array(k).fill(part).join(" ") === line) return part;
  }
  return line;
}

/** Indices of prose lines whose text reappears at the start of another (longer, or equal and earlier) line. */
function repeatedBlocks(lines: string[]): Set<number> {
  const groups = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const text = bare(line);
    if (!isProse(line) || text.length < PROSE_MIN) return;
    const key = text.slice(0, PROSE_MIN);
    const group = groups.get(key) ?? [];
    if (group.length < GROUP_MAX) group.push(i);
    groups.set(key, group);
  });
  const drop = new Set<number>();
  for (const group of groups.values()) {
    for (const i of group) {
      const text = bare(lines[i]);
      const covered = group.some(
        (j) =>
          j !== i && !drop.has(j) && bare(lines[j]).startsWith(text) && (bare(lines[j]).length > text.length || j < i),
      );
      if (covered) drop.add(i);
    }
  }
  return drop;
}

/** Repeated title lines, repeated lines in a row, and teasers repeated by the body, dropped. */
function dropRepeats(lines: string[], title: string): string[] {
  const drop = repeatedBlocks(lines);
  const titleKey = title.trim().toLowerCase();
  let titleSeen = false;
  let inCode = false;
  let lastFilled = "";
  const out: string[] = [];
  lines.forEach((raw, i) => {
    if (/^(?:```|~~~)/.test(raw)) inCode = !inCode;
    if (inCode || /^(?:```|~~~)/.test(raw)) return void out.push(raw);
    if (drop.has(i)) return;
    const line = collapseRepeatedPhrase(raw);
    const isTitle = titleKey !== "" && line.replace(/^# /, "").trim().toLowerCase() === titleKey;
    if (isTitle && titleSeen) return;
    titleSeen ||= isTitle;
    // The same line again with only blank lines between (an image's alt text under each copy of it); a lone
    // value ("Yes", "60KB", "v2.1") repeated is two cells of a table flattened one per line, kept.
    if (line.trim() && line === lastFilled && isProse(line) && !CELL_VALUE.test(line.trim())) return;
    if (line.trim()) lastFilled = line;
    out.push(line);
  });
  return out;
}

const tidy = (lines: string[]): string =>
  lines
    .filter((l, i) => l.trim() || (i > 0 && lines[i - 1].trim()))
    .join("\n")
    .trim();

/** Normalized text of any format -> the same text stored once, with hard-wrapped prose as paragraphs. */
export function finishArticleText(text: string, title: string, warnings: string[]): string {
  const lines = text.split("\n");
  const once = dropSecondCopy(lines, warnings);
  const joined = joinSoftWraps(once);
  const result = dropRepeats(joined, title);
  const filled = (ls: string[]): number => ls.filter((l) => l.trim()).length;
  if (filled(result) < filled(joined))
    warnings.push("Repeated text (title, teaser, opening or image text) was stored once.");
  return tidy(result);
}
