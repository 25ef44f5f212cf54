// Normalized statement text: the key duplicate matching compares. Lower case, no accents, no
// punctuation except what changes meaning in figures (decimal points), single spaces.
export function normalizeStatement(statement: string): string {
  return statement
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[^a-z0-9.+#% ]+/g, " ")
    .replace(/\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
