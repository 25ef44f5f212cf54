// Normalized statement text: the key duplicate matching compares. Lower case, no accents, no
// punctuation except what changes meaning in figures (decimal points), single spaces.
export function normalizeStatement(statement: string): string {
  // Plain ASCII has no accents to take off (its NFKD form is itself).
  const base = isAscii(statement) ? statement : statement.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return base
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[^a-z0-9.+#% ]+/g, " ")
    .replace(/\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
