// "| Plain SQL files | ✅ | ✅ |  |  | ✅ |": a matrix that marks only what each tool has leaves the rest blank, and
// its readers take a blank for "no". That holds only where the table never writes "no" itself (no ❌, no words):
// every filled cell is a mark, ticks among them, and no mark says "missing". Then a blank cell on a row with a
// mark reads as missing; a row with no mark at all is a group's heading ("**Drivers**") and stays as it is.

/** A tick: the mark such a matrix fills in. */
const YES = /^(?:✅|✔️?|✔︎|✓|☑️?|👍)$/u;
/** A mark that says "no" in so many words: where the table has one, a blank means something else (unknown, n/a). */
const NO = /[❌✗✘✖❎⛔🚫🛑➖]/u;
/** A filled cell made of symbols only (a tick, a footnoted star "✴️"), no words or figures. */
const SYMBOLS = /^[^\p{L}\p{N}]{1,6}$/u;
/** Ticks needed before blanks are read: one or two might be decoration. */
const MIN_TICKS = 3;
/** What a blank cell becomes: the mark every reader of the table would have to infer. */
const MISSING = "❌";

/** The rows (under a header of `columns` cells) with each blank of a tick-only matrix read as missing; others as they are. */
export function blanksAsMissing(rows: string[][], keep: boolean[], columns: number): string[][] {
  const body = rows.filter((_, ri) => keep[ri]).map((r) => r.slice(1));
  const filled = body.flat().filter((c) => c !== "");
  if (filled.filter((c) => YES.test(c)).length < MIN_TICKS) return rows;
  if (!filled.every((c) => SYMBOLS.test(c) && !NO.test(c))) return rows;
  return rows.map((r, ri) => {
    if (!keep[ri] || r.slice(1).every((c) => c === "")) return r;
    return Array.from({ length: Math.max(r.length, columns) }, (_, i) => (i > 0 && !r[i] ? MISSING : (r[i] ?? "")));
  });
}
