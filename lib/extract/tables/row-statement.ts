// A table row written as a sentence an editor would keep: a claim read from a row quotes the row as it
// stands, but its statement names the technology first and then each cell with its column's header
// ("Rabbit: protocol AMQP, throughput 20k msg/s.") instead of repeating the markdown ("| Rabbit | AMQP |").
import { lcFirst, lowerWords } from "./common";
import { pipeCells } from "./shape";

const MAX_STATEMENT = 400;
// A cell that says nothing (empty, a dash) and the separator row's cells ("---", ":-:").
const BLANK = /^(?:[-–—]|:?-{2,}:?)?$/;
const YES = /^(?:✅|✔️?|✓|☑️?|🟢)$/u;
const NO = /^(?:❌|✗|✘|🔴|⛔|🚫|🛑)$/u;

/** A cell as a statement writes it: emphasis, code marks and escapes dropped, a lone check mark read as yes or no. */
function cellText(cell: string): string {
  const t = cell
    .replace(/\*\*|__|`/g, "")
    .replace(/\\([\\`*_()[\]#+.!|-])/g, "$1")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;,]$/, "");
  return YES.test(t) ? "yes" : NO.test(t) ? "no" : t;
}

/** "Throughput:" -> "throughput"; acronyms stay ("HMR"). */
const headerLabel = (h: string | undefined): string => lowerWords(cellText(h ?? "").replace(/:$/, ""));
// A value that reads as a phrase or a sentence rather than a figure or a name: set apart from its header
// by a dash, and from the next pair by a semicolon.
const SENTENCE_LIKE = /\. |^.{41}|^\S+ \S+ \S+/;

/** The text without its trailing stops and commas (a loop: an anchored regex for this rescans a long run). */
function withoutTrailingStops(s: string): string {
  let end = s.length;
  while (end > 0 && ".:;,".includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/**
 * The sentence for a row: its technology (the first cell `isTech` accepts, else the row's first cell),
 * then "header value" for every other non-blank cell, the value alone where the header cell is empty. A
 * column headed by a technology ("| Feature | Kafka | NATS |") reads "Kafka value". The header may be
 * empty (a pipe line read without its table).
 */
export function rowStatement(cells: string[], header: string[], isTech: (cell: string) => boolean): string {
  const texts = cells.map(cellText);
  const filled = texts.map((_t, i) => i).filter((i) => !BLANK.test(texts[i]));
  if (!filled.length) return "";
  const subject = filled.find((i) => isTech(texts[i])) ?? filled[0];
  const pairs = filled
    .filter((i) => i !== subject)
    .map((i) => {
      const head = cellText(header[i] ?? "");
      if (head && isTech(head)) return `${head} ${lcFirst(texts[i])}`;
      const label = headerLabel(header[i]);
      if (!label || label.toLowerCase() === texts[i].toLowerCase()) return texts[i];
      return SENTENCE_LIKE.test(texts[i]) ? `${label} — ${texts[i]}` : `${label} ${texts[i]}`;
    });
  const joiner = filled.some((i) => i !== subject && SENTENCE_LIKE.test(texts[i])) ? "; " : ", ";
  const s = pairs.length ? `${texts[subject]}: ${pairs.join(joiner)}` : texts[subject];
  return `${withoutTrailingStops(s.slice(0, MAX_STATEMENT - 1))}.`;
}

/** The cells of a line that is a markdown pipe row ("| a | b |" or "a | b | c"), else null. */
export function pipeRow(line: string): string[] | null {
  const t = line.trim();
  return t.startsWith("|") ? pipeCells(t) : null;
}
