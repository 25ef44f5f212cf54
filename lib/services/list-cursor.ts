// Keyset pagination's cursor: the last row's sort value and id, opaque to the client (base64url JSON).
/** Where the next page starts: the last row's sort value and id, as the client sends it back. */
export interface Cursor {
  value: string | number;
  id: string;
}

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");

export function decodeCursor(raw: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === "string" || typeof parsed[0] === "number") &&
      typeof parsed[1] === "string"
    ) {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // Not a cursor this server wrote: the page number is used instead.
  }
  return null;
}
