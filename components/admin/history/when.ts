// Dates in the admin as the public site writes them ("3 Dec 2026"), in the reader's own time zone,
// with the time where a moment matters ("3 Dec 2026, 20:40"). One place, so every view agrees.
const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const MOMENT: Intl.DateTimeFormatOptions = { ...DAY, hour: "2-digit", minute: "2-digit", hour12: false };

export function localMoment(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString("en-GB", { ...MOMENT, timeZone });
}

/** A calendar date (a `date` field, stored at midnight UTC): the day itself, whatever the reader's zone. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString("en-GB", { ...DAY, timeZone: "UTC" });
}

/** ISO timestamps inside a sentence the server wrote ("Restored the version of 2026-12-03T20:40:25.000Z"). */
export function localMomentsIn(text: string, timeZone?: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g, (iso) => localMoment(iso, timeZone));
}

/** "UPDATE" → "Edited": revision actions as a sentence's verb. */
export const ACTION_LABELS: Record<string, string> = {
  CREATE: "Created",
  UPDATE: "Edited",
  DELETE: "Moved to trash",
  RESTORE: "Restored from trash",
  REVERT: "Restored an earlier version",
  MERGE: "Merged",
};

export const actionLabel = (action: string): string =>
  ACTION_LABELS[action] ?? action.charAt(0) + action.slice(1).toLowerCase();
