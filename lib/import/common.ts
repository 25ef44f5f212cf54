// Small helpers the format parsers share: inline cleanup, URLs, tags, line tidying.

// Columns set apart by runs of spaces ("msgpack 1.0       packb      0.84"): a table's line. Two spaces after a full
// stop are prose's.
export const COLUMN_ALIGNED = /[^\s.!?:;] {2,}\S/;

/** Inline markdown -> plain text: emphasis markers and link syntax removed, spaces collapsed (kept in a table's line). */
export function cleanInline(line: string, keepSpacing = false): string {
  // Link text stops at "[" too: on a line of "![![![…" each start then fails after one character
  // instead of scanning 200 (1 MB of that took 1.3 s; nested brackets never matched anyway).
  return (
    line
      .replace(/!\[[^[\]\n]{0,200}\]\([^)\n]{0,300}\)/g, "")
      .replace(/\[([^[\]\n]{0,200})\]\([^)\n]{0,300}\)/g, "$1")
      // Reference-style images and links ("![][size-badge]", "[ky][ky]"), resolved by a definition elsewhere.
      .replace(/!\[[^[\]\n]{0,200}\]\[[^[\]\n]{0,100}\]/g, "")
      .replace(/\[([^[\]\n]{0,200})\]\[[^[\]\n]{0,100}\]/g, "$1")
      .replace(/\*\*|__/g, "")
      .replace(keepSpacing ? /[\t\u00a0]/g : /[ \t\u00a0]+/g, " ")
      .trim()
  );
}

export interface UrlInfo {
  url: string | null;
  canonicalUrl: string | null;
  domain: string | null;
}

/** A canonical URL compares equal across tracking parameters, fragments, trailing slashes and http/https. */
export function urlInfo(raw: unknown): UrlInfo {
  if (typeof raw !== "string" || !/^https?:\/\//i.test(raw.trim()))
    return { url: null, canonicalUrl: null, domain: null };
  try {
    const url = new URL(raw.trim());
    const canonical = new URL(url.toString());
    canonical.hash = "";
    canonical.protocol = "https:";
    canonical.hostname = canonical.hostname.replace(/^www\./, "");
    for (const key of [...canonical.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|ref$|mc_)/.test(key)) canonical.searchParams.delete(key);
    }
    // (?<!\/): a run of slashes is tried from its first one only, so a path of 30,000 "/" is one scan, not 30,000.
    const path = canonical.pathname.replace(/(?<!\/)\/+$/, "") || "/";
    canonical.pathname = path;
    return { url: url.toString(), canonicalUrl: canonical.toString().replace(/\/$/, ""), domain: url.hostname };
  } catch {
    return { url: null, canonicalUrl: null, domain: null };
  }
}

export function uniqueTags(tags: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/^#/, "").slice(0, 60);
    if (clean && !seen.has(clean.toLowerCase())) seen.set(clean.toLowerCase(), clean);
  }
  return [...seen.values()].slice(0, 50);
}

const TAG_CHAR = /^[\p{L}\p{N}_]$/u;
const SPACE = /^\s$/u;

/** Where the run of code points matching `one` that ends at `end` begins (a surrogate pair is one code point). */
function runStart(text: string, end: number, one: RegExp): number {
  let at = end;
  while (at > 0) {
    const low = text.charCodeAt(at - 1);
    const pair = at > 1 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
    const start = pair ? at - 2 : at - 1;
    if (!one.test(text.slice(start, at))) break;
    at = start;
  }
  return at;
}

/**
 * The hashtags that end `text` ("… #django #python"): where they start (with the spaces before them;
 * text.length when there are none) and how many there are. Walks back from the end once, so it is
 * linear. A regex search for them, /(?:\s*#[\p{L}\p{N}_]+)+\s*$/u, retried from every position of a long
 * run of tags that ends in something else and rescanned the run each time: 60 KB took 10 s.
 */
export function trailingHashtags(text: string): { start: number; count: number } {
  let count = 0;
  let at = runStart(text, text.length, SPACE);
  let start = text.length;
  for (;;) {
    const word = runStart(text, at, TAG_CHAR);
    if (word === at || word === 0 || text[word - 1] !== "#") break;
    count++;
    at = runStart(text, word - 1, SPACE);
    start = at;
  }
  return { start, count };
}

/** Tags given as strings, arrays, or arrays of space/comma separated strings. */
export function splitTags(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return uniqueTags(items.filter((v): v is string => typeof v === "string").flatMap((v) => v.split(/[\s,]+/)));
}

/** Lines trimmed at the end, runs of blank lines collapsed to one, no blank lines at the ends. */
export function tidyLines(lines: string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    // (?<![ \t]): trailing blanks found from the start of their run only (linear on a line of spaces then text).
    const clean = line.replace(/(?<![ \t])[ \t]+$/, "");
    if (!clean.trim() && (!out.length || !out[out.length - 1].trim())) continue;
    out.push(clean);
  }
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return out.join("\n");
}

export function firstSentence(text: string, max = 140): string {
  const m = /^(.{10,}?[.!?])(\s|$)/.exec(text.slice(0, 1000));
  const s = (m ? m[1] : text).trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

export function excerptOf(text: string, max = 300): string {
  const para = text.split("\n").find((l) => l.trim() && !/^(#|\||```|- )/.test(l.trim())) ?? "";
  return para.length > max ? `${para.slice(0, max - 1).trimEnd()}…` : para;
}

/** An author given as a string, a { name } object, or a list of either: the names, joined. */
export function authorName(value: unknown): string | null {
  const one = (v: unknown): string | null =>
    typeof v === "string"
      ? v.trim() || null
      : v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string"
        ? (v as { name: string }).name.trim() || null
        : null;
  const names = (Array.isArray(value) ? value.slice(0, 10) : [value]).map(one).filter((n): n is string => !!n);
  return names.length ? names.join(", ").slice(0, 200) : null;
}
