// The review queue's keyboard: one table, read by the queue and by its help dialog, so the help
// never lists a key the queue does not answer.
export type ReviewCommand = "next" | "previous" | "verify" | "reject" | "edit" | "merge" | "select" | "help";

export const REVIEW_KEYS: ReadonlyArray<{ key: string; command: ReviewCommand; does: string }> = [
  { key: "j", command: "next", does: "next card" },
  { key: "k", command: "previous", does: "previous card" },
  { key: "v", command: "verify", does: "accept the card (or the selection) with the chosen status" },
  { key: "r", command: "reject", does: "reject the card (or the selection)" },
  { key: "e", command: "edit", does: "edit the card's claim" },
  { key: "m", command: "merge", does: "merge the card (or the selection) into another claim" },
  { key: "x", command: "select", does: "select or unselect the card" },
  { key: "?", command: "help", does: "show these keys" },
];

interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

/** Where typing is typing: a key pressed in a field, a list box or an open dialog is not a command. */
function isTypingTarget(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const element = target as HTMLElement;
  return Boolean(
    element.closest(
      "input, textarea, select, [contenteditable='true'], [role='dialog'], [role='listbox'], [role='combobox']",
    ),
  );
}

/** The command a key press means in the queue, or null (modifier chords belong to the browser). */
export function reviewCommand(event: KeyLike): ReviewCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return null;
  return REVIEW_KEYS.find((k) => k.key === event.key)?.command ?? null;
}
