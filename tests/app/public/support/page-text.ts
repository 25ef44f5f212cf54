// What a reader sees of a rendered page, as plain text: one line per block, scripts and hidden
// chart titles left out, entities decoded. Used for the page-text review snapshots.

const BLOCK =
  /<\/?(?:p|div|section|article|header|footer|nav|main|aside|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|caption|thead|tbody|blockquote|pre|fieldset|legend|form|br|hr|figure|figcaption|details|summary|label)\b[^>]*>/gi;
const CELL = /<\/?(?:td|th)\b[^>]*>/gi;

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  middot: "·",
  ndash: "–",
  mdash: "—",
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(
        code[1].toLowerCase() === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10),
      );
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export function pageText(html: string): string {
  // A browser collapses white space except inside <pre>: so does the review.
  const collapsed = html
    .replace(/<pre\b[\s\S]*?<\/pre>/gi, (pre) => pre.replace(/\n/g, "\u0001"))
    .replace(/\s+/g, " ")
    // Neighbouring inline boxes (a badge and a count) are laid out apart: keep a space between them.
    .replace(/<\/span></g, "</span> <")
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .replace(/\u0001/g, "\n");
  const visible = collapsed
    .replace(/<(script|style|title|template)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(BLOCK, "\n")
    .replace(CELL, " | ")
    .replace(/<[^>]+>/g, "");
  return decode(visible)
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \t\u00a0]+/g, " ")
        .replace(/^ ?\| ?/, "")
        .replace(/ ?\| ?$/, "")
        .trim(),
    )
    .filter((line) => line !== "" && line !== "|")
    .join("\n");
}
