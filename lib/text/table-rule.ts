// A markdown table's rule row ("|---|:--:|"), checked cell by cell. The one-regex form
// (/^\s*\|?\s*:?-{3,}:?\s*(?:\|…)*\|?\s*$/) has adjacent `\s*` runs and takes quadratic time on a
// long blank run after the dashes: a stored article with one such line froze the page rendering it.
// This is linear on any input.

const CELL = { 2: /^:?-{2,}:?$/, 3: /^:?-{3,}:?$/ } as const;

// A character no rule row holds: most lines have one, and are answered without cutting them into cells.
const NOT_IN_RULE = /[^\s|:-]/;

export function isTableRule(line: string, minDashes: 2 | 3 = 3): boolean {
  if (NOT_IN_RULE.test(line)) return false;
  let body = line.trim();
  if (body.startsWith("|")) body = body.slice(1);
  if (body.endsWith("|")) body = body.slice(0, -1);
  return body.length > 0 && body.split("|").every((cell) => CELL[minDashes].test(cell.trim()));
}
