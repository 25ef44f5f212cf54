// A PEP opens with RFC 2822-style header fields before its first blank line ("PEP: 581", "Title: …",
// "Author: Jane Doe <jane@example.org>", "Created: 20-Jun-2018"): the document's title, authors and date,
// never its text. Indented lines continue the field above them (a long author list).

const FIRST = /^PEP:\s{0,5}\d{1,5}\s{0,5}$/;
const FIELD = /^([A-Z][A-Za-z-]{0,30}):\s{0,10}(.{0,1000})$/;
const CONTINUATION = /^\s{1,20}\S/;
/** "Jane Doe <jane@example.org>", "jane@example.org (Jane Doe)": the name without the address. */
const ADDRESS = /<[^<>\s]{1,200}>|\([^()]{0,100}@[^()]{0,100}\)|\S{1,100}@\S{1,100}/g;

export interface PepPreamble {
  /** The lines after the preamble (from its blank line on). */
  end: number;
  fields: Map<string, string>;
}

/** The preamble's fields, or null when the document does not open with one. */
export function pepPreamble(lines: string[]): PepPreamble | null {
  const start = lines.findIndex((l) => l.trim() !== "");
  if (start < 0 || !FIRST.test(lines[start])) return null;
  const fields = new Map<string, string>();
  let last = "";
  let i = start;
  for (; i < lines.length && lines[i].trim() !== ""; i++) {
    const field = FIELD.exec(lines[i]);
    if (field) fields.set((last = field[1].toLowerCase()), field[2].trim());
    else if (last && CONTINUATION.test(lines[i])) fields.set(last, `${fields.get(last)} ${lines[i].trim()}`);
    else return null;
  }
  return { end: i, fields };
}

/** "Jane Doe <jane@example.org>, Sam Roe <sam@example.org>" -> "Jane Doe and Sam Roe". */
export function pepAuthors(value: string | undefined): string | null {
  const names = (value ?? "")
    .replace(ADDRESS, "")
    .split(",")
    .map((n) => n.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (!names.length) return null;
  return names.length === 2 ? names.join(" and ") : names.join(", ");
}
