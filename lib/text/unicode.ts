// Text that is not valid Unicode: a lone UTF-16 surrogate ("\ud800") can arrive through a JSON
// escape, and the database engines refuse it (a 500 where the user made the mistake). Input is
// checked where it enters: request bodies and the service layer's parsing.

/** The path of the first string (value or key) in `value` that is not well-formed Unicode, or null. */
export function illFormedTextAt(value: unknown, path: readonly string[] = [], depth = 0): string[] | null {
  if (typeof value === "string") return value.isWellFormed() ? null : [...path];
  // JSON nests only as deep as its parser allowed; this bound keeps a hostile nesting from recursing without end.
  if (value === null || typeof value !== "object" || depth > 200) return null;
  for (const [key, item] of Object.entries(value)) {
    if (!key.isWellFormed()) return [...path, key.toWellFormed()];
    const found = illFormedTextAt(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

export const ILL_FORMED_TEXT = "Contains text that is not valid Unicode (an unpaired surrogate).";
