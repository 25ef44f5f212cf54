// Markdown's reference links: "[chezmoi]" or "[the docs][docs]" in the text, resolved by a definition line
// "[chezmoi]: https://chezmoi.io/" elsewhere in the document (CommonMark's link reference definitions).
// A reader sees the link's text and never the definition, so the importer does the same: a shortcut
// "[label]" whose label is defined becomes "label" (a table header "| [chezmoi] | [dotbot] |" then names
// its columns), and definition lines, which render as nothing, leave the text. A bracketed word with no
// definition ("[WIP]", "[1]", AsciiDoc's "[source,java]") is not a link and stays as written.
// Full and collapsed references ("[text][ref]", "[text][]") are flattened by cleanInline (common.ts).

const FENCE = /^\s{0,3}(```|~~~)/;
/** "[label]: destination 'optional title'", up to three spaces of indent. */
const DEFINITION =
  /^ {0,3}\[([^[\]\n]{1,100})\]:\s{0,10}(?:<[^>\n]{0,500}>|\S{1,500})(?:\s{1,10}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|\([^)\n]{0,200}\)))?\s{0,10}$/;
/** A bracketed label not part of an inline link, image or full reference (definition lines are blanked first). */
const SHORTCUT = /(?<![!\]\\])\[([^[\]\n]{1,100})\](?![([])/g;

/** CommonMark matches labels case-insensitively with inner whitespace collapsed. */
const labelKey = (label: string): string => label.trim().replace(/\s+/g, " ").toLowerCase();

/** Each line outside code fences as the callback makes it; fenced lines as they are. */
function mapProse(lines: string[], f: (line: string) => string): string[] {
  let inCode = false;
  return lines.map((line) => {
    if (FENCE.test(line)) {
      inCode = !inCode;
      return line;
    }
    return inCode ? line : f(line);
  });
}

/** The labels the document defines. */
export function definedLabels(lines: string[]): Set<string> {
  const labels = new Set<string>();
  mapProse(lines, (line) => {
    const definition = DEFINITION.exec(line);
    if (definition) labels.add(labelKey(definition[1]));
    return line;
  });
  return labels;
}

/** The lines as a reader sees them: defined shortcut links as their text, definition lines blank. */
export function resolveLinkReferences(lines: string[]): string[] {
  const labels = definedLabels(lines);
  if (labels.size === 0) return lines;
  return mapProse(lines, (line) =>
    DEFINITION.test(line)
      ? ""
      : line.replace(SHORTCUT, (whole, label: string) => (labels.has(labelKey(label)) ? label : whole)),
  );
}
