// Names a document's headings give the things it compares: a heading that lists three or more ("Image compression:
// WebP presets, HEIC, AVIF, JPEG XL") and sibling headings that are each a name alone ("#### HEIC", "#### AVIF"
// under "### Competitors to WebP"). Headings are title case, so a plain capitalised word ("Installation",
// "Usage") counts only where the prose writes it capitalised mid-sentence too; a product's shape (an inner
// capital, an acronym, a digit, a joining dot or hyphen) needs no more.
import { nameLike, packageLike } from "./name-shapes";

const HEADING = /^(#{1,6})\s+(.{1,160})$/;
// A name in a product's shape by its first word: "WebP", "HEIC", "Trill9", "Vue.js", "JPEG XL".
function shaped(name: string): boolean {
  const word = name.split(" ")[0] ?? "";
  return /[a-z][A-Z]/.test(word) || /^[A-Z]{2,}\d*$/.test(word) || /\d/.test(word) || /.[.+#-]./.test(word);
}

/** The name an item of a heading starts with: "WebP presets" -> "WebP", "JPEG XL" -> "JPEG XL". */
const itemName = (item: string): string | null => nameLike(item) ?? nameLike(item.split(" ")[0] ?? "");

/** Capitalised as written after a lower-case word at least twice: a name, not a heading's title case. */
function capitalisedMidSentence(prose: string, name: string): boolean {
  let n = 0;
  for (let at = prose.indexOf(name); at > 1 && n < 2; at = prose.indexOf(name, at + name.length)) {
    if (prose[at - 1] === " " && /[a-z,]/.test(prose[at - 2])) n++;
  }
  return n >= 2;
}

function named(item: string, prose: string): string | null {
  const n = itemName(item);
  return n && (shaped(n) || capitalisedMidSentence(prose, n)) ? n : null;
}

/** A heading's list of three or more names, after its last colon. */
function listed(heading: string, prose: string): string[] {
  const items = heading
    .slice(heading.lastIndexOf(":") + 1)
    .replace(/\s+/g, " ")
    .split(/,| (?:and|or|&) /)
    .map((s) => s.trim().replace(/^(?:and|or) /, ""))
    .filter(Boolean);
  if (items.length < 3) return [];
  const names = items.map((i) => named(i, prose));
  return names.every(Boolean) ? (names as string[]) : [];
}

/**
 * Runs of two or more sibling headings (same level, nothing deeper between) that are each a name alone: a product
 * name, a package spelled in lower case ("## apischema": headings are capitalised, so a lower-case one is a name as
 * written), or a technology already known (`known`), which names nothing new but keeps the run going.
 */
function siblings(
  headings: Array<{ level: number; text: string }>,
  prose: string,
  known: (name: string) => boolean,
): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let level = 0;
  const close = () => {
    if (run.length >= 2) out.push(...run.filter((n) => !known(n)));
    run = [];
  };
  for (const h of headings) {
    const text = h.text.replace(/[*_`]/g, "").trim();
    const alone = known(text) ? text : (named(text, prose) ?? packageLike(text));
    if (h.level !== level) close();
    level = h.level;
    if (alone === text) run.push(alone);
    else close();
  }
  close();
  return out;
}

export function headingNames(lines: string[], prose: string, known: (name: string) => boolean): string[] {
  const headings = lines.flatMap((l) => {
    const m = HEADING.exec(l);
    return m ? [{ level: m[1].length, text: m[2].trim() }] : [];
  });
  return [...headings.flatMap((h) => listed(h.text, prose)), ...siblings(headings, prose, known)];
}
