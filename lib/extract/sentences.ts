// Splitting lines into pieces ("→" bullets, emoji section markers) and sentences, keeping absolute offsets.
export interface Span {
  text: string;
  start: number;
  end: number;
  /** For a table row: where its table's header is, which says what each cell of the row is. */
  header?: { start: number; end: number };
}

const EMOJI = /\p{Extended_Pictographic}/u;

function trimSpan(text: string, start: number): Span | null {
  const lead = text.length - text.trimStart().length;
  const t = text.trim();
  return t ? { text: t, start: start + lead, end: start + lead + t.length } : null;
}

/** A line cut at "→" and at emoji markers; each piece remembers whether an emoji opened it. */
export function pieces(line: string, offset: number): Array<Span & { emoji: boolean }> {
  const out: Array<Span & { emoji: boolean }> = [];
  let from = 0;
  let emoji = false;
  const push = (to: number, nextEmoji: boolean) => {
    const s = trimSpan(line.slice(from, to), offset + from);
    if (s) out.push({ ...s, emoji });
    emoji = nextEmoji;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "→") {
      push(i, false);
      from = i + 1;
    } else if (/[0-9#*]/.test(ch) && /^\ufe0f?\u20e3/.test(line.slice(i + 1, i + 3))) {
      // Keycap numbers ("1️⃣ Numbers → …") mark sections like any other emoji.
      push(i, true);
      from = i + 1 + (line[i + 1] === "\ufe0f" ? 2 : 1);
      i = from - 1;
    } else {
      const cp = line.codePointAt(i) ?? 0;
      if (cp > 0x2000 && EMOJI.test(String.fromCodePoint(cp))) {
        push(i, true);
        let j = i + (cp > 0xffff ? 2 : 1);
        while (j < line.length && /[\ufe0f\u200d]/.test(line[j])) j++;
        from = j;
        i = j - 1;
      }
    }
  }
  push(line.length, false);
  return out;
}

// Abbreviations a lower-case word may follow without a sentence ending before it.
const LOWER_NOT_END = /\b(?:etc|approx|incl|resp|misc|fig|figs|cf|al|ref|refs|min|max|avg|est|excl|vol|ch|sec|pp|no)$/i;

/** Sentences of a piece (split after . ! ? before a capital, a figure or a quote), with absolute offsets. */
export function sentences(span: Span): Span[] {
  const out: Span[] = [];
  // A sentence may also open in lower case ("… eagerly. pandas has no lazy API"): after a full word, not an abbreviation.
  const re = /[.!?]["”)]?\s+(?=["“(]?[A-Z0-9~≈$€£])|(?<=(?:^|\s)[a-z]{3,20})[.!?]\s+(?=[a-z][\w-]{0,30}\s)/g;
  let from = 0;
  for (const m of span.text.matchAll(re)) {
    // "e.g. Django", "vs. Flask", "2.0 Flask": not sentence ends.
    if (/\b(e\.g|i\.e|vs|etc|approx|ca)\.$/i.test(span.text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    const lowerNext = /[a-z]/.test(span.text[m.index + m[0].length] ?? "");
    if (lowerNext && LOWER_NOT_END.test(span.text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const end = m.index + m[0].trimEnd().length;
    const s = trimSpan(span.text.slice(from, end), span.start + from);
    if (s) out.push(s);
    from = m.index + m[0].length;
  }
  const last = trimSpan(span.text.slice(from), span.start + from);
  if (last) out.push(last);
  return out;
}
