// Text no database here can store. A lone UTF-16 surrogate ("\ud800") can arrive through a JSON
// escape and neither engine accepts it; PostgreSQL refuses a NUL character in text as well. Both
// came back as 500s where the sender made the mistake, so input is checked where it enters:
// request bodies, the service layer's parsing, the public API's parameters and ids.
import { ValidationError } from "@/lib/errors";

/** Why `text` cannot be stored, or null when it can. */
export function unstorableText(text: string): string | null {
  if (!text.isWellFormed()) return "Contains text that is not valid Unicode (an unpaired surrogate).";
  if (text.includes("\u0000")) return "Contains a NUL character, which cannot be stored.";
  return null;
}

export interface UnstorableText {
  /** Where it is: the keys leading to it ("_" for the whole input). */
  path: string;
  message: string;
}

/** The first string (value or key) in `value` that cannot be stored, or null. */
export function findUnstorableText(value: unknown, path: readonly string[] = [], depth = 0): UnstorableText | null {
  const at = (keys: readonly string[]) =>
    keys.map((k) => k.toWellFormed().replaceAll("\u0000", "\\0")).join(".") || "_";
  if (typeof value === "string") {
    const message = unstorableText(value);
    return message ? { path: at(path), message } : null;
  }
  // JSON nests only as deep as its parser allowed; the bound keeps hostile nesting from recursing on.
  if (value === null || typeof value !== "object" || depth > 200) return null;
  for (const [key, item] of Object.entries(value)) {
    const message = unstorableText(key);
    if (message) return { path: at([...path, key]), message };
    const found = findUnstorableText(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Refuses input holding text that cannot be stored: a 400 on the field that holds it. */
export function assertStorableText(value: unknown): void {
  const found = findUnstorableText(value);
  if (found) throw new ValidationError({ [found.path]: [found.message] }, found.message);
}
