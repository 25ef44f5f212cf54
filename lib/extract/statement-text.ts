// A claim's statement as a reader sees it: the words of its source without the source's markup.
// Every rule writes its statement from the text it read, and real articles carry markdown and HTML
// inside sentences and cells (`code`, [links](…), *emphasis*, \( escapes \), <br>, footnote marks,
// &amp;): shown as they are, the public page and the review queue would read "Prisma supports
// `$queryRaw`" or "NKEYS \(NATS keys\)". One pass, applied to every candidate once, rather than
// each rule cleaning its own. The quote keeps the source's exact text (it is what offsets point at).
// Every pattern is bounded: statements are short, but they come from untrusted documents.

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
  mdash: "—",
  ndash: "–",
  hellip: "…",
};

/** A footnote mark in a superscript ("<sup>1</sup>", "<sup>*</sup>", "<sup>[2]</sup>"): no words, dropped whole. */
const FOOTNOTE_SUP = /<sup>\s{0,3}\[?[\d*†‡§]{1,4}\]?\s{0,3}<\/sup>/gi;
/** A line break inside a cell or paragraph: a sentence boundary when the text before it ends one. */
const LINE_BREAK = /\s{0,5}<br\s{0,3}\/?>\s{0,5}/gi;
/** Any other element's tags (its text stays): <code>, <b>, <span class="…">, </a>… */
const TAG = /<\/?[a-z][a-z0-9-]{0,15}(?:\s[^<>]{0,300})?\/?>/gi;
const LINK = /!?\[([^\]\n]{1,300})\]\([^()\s]{1,600}(?:\s"[^"\n]{0,200}")?\)/g;
/** `code`, or ``code with a ` inside`` as markdown writes it. */
const CODE = /``\s?([^\n]{1,300}?)\s?``|`([^`\n]{1,300})`/g;
const STRONG = /(\*\*|__)(?=\S)([^*_\n]{1,300}?)(?<=\S)\1/g;
/** *word* or _word_ as emphasis, not a product name with an underscore or an asterisk footnote ("Y*"). */
const EMPHASIS = /(?<![\p{L}\p{N}*_\\])([*_])(?=[^\s*_])([^*_\n]{1,300}?)(?<=[^\s*_])\1(?![\p{L}\p{N}*_])/gu;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;
const ENTITY = /&(#39|[a-z]{2,6});/gi;

function lineBreak(match: string, offset: number, whole: string): string {
  const before = whole.slice(Math.max(0, offset - 1), offset);
  return /[.!?:;]/.test(before) || offset === 0 ? " " : "; ";
}

/** The statement without markdown or HTML markup: code marks, links, emphasis, escapes, tags and entities. */
export function readableStatement(statement: string): string {
  if (!/[`*_\\<&[]/.test(statement)) return statement;
  const text = statement
    .replace(FOOTNOTE_SUP, "")
    .replace(LINE_BREAK, lineBreak)
    .replace(TAG, "")
    .replace(LINK, "$1")
    .replace(CODE, "$1$2")
    .replace(STRONG, "$2")
    .replace(EMPHASIS, "$2")
    .replace(ESCAPE, "$1")
    .replace(ENTITY, (whole: string, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
    .replace(/\s+/g, " ")
    // After the collapse above a blank is one space: " ." not "\\s+." (quadratic on a run of blanks).
    .replace(/ ([.,;:!?])/g, "$1")
    .replace(/; ?([.!?])$/, "$1")
    // A note that opened with its mark ("<sup>1</sup>—Cypress is…") starts at its words.
    .replace(/^[—–-]\s?(?=\p{Lu})/u, "")
    .trim();
  return text || statement;
}

// "It natively supports …", "Its runtime …", "They charge …": a sentence that names its subject only by a pronoun.
const LEADING_PRONOUN = /^(It|Its|They|Their)\b(?!['’])/;

/**
 * "It natively supports the CDN cache." about Cloudflare Workers -> "Cloudflare Workers natively supports the CDN
 * cache.": a statement shown on its own names its one technology where the sentence said "it".
 */
export function namedSubject(statement: string, names: string[]): string {
  const m = names.length === 1 ? LEADING_PRONOUN.exec(statement) : null;
  if (!m) return statement;
  const name = names[0];
  // "Cloudflare Workers' goal": a name ending in "s" takes the apostrophe alone.
  const replaced = m[1] === "Its" || m[1] === "Their" ? (/s$/.test(name) ? `${name}'` : `${name}'s`) : name;
  // "They charge" -> "Backblaze B2 charges" would need the verb agreed: only the possessive and "It" are said again.
  if (m[1] === "They") return statement;
  return replaced + statement.slice(m[1].length);
}
