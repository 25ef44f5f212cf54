// Splits an article's text into plain and highlighted segments from citation offsets. Offsets come
// from the database and may be stale or overlapping (two claims quoting the same sentence), so the
// result never overlaps, never leaves the text, and reproduces the text exactly when joined.

export interface Span {
  start: number;
  end: number;
  /** What the highlight links to (a claim slug). */
  target: string;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Every span covering this segment, in the order given; empty for plain text. */
  targets: string[];
}

function clampSpan(span: Span, length: number): Span | null {
  if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) return null;
  const start = Math.max(0, Math.min(length, Math.trunc(span.start)));
  const end = Math.max(0, Math.min(length, Math.trunc(span.end)));
  return end > start ? { ...span, start, end } : null;
}

export function highlightSegments(text: string, spans: Span[]): Segment[] {
  const valid = spans.map((s) => clampSpan(s, text.length)).filter((s): s is Span => s !== null);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const targets = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.target))];
    const previous = segments[segments.length - 1];
    // Neighbouring pieces covered by the same claims read as one highlight.
    if (previous && sameTargets(previous.targets, targets)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ text: text.slice(start, end), start, end, targets });
    }
  }
  return segments;
}

const sameTargets = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

export interface QuoteContext {
  before: string;
  quote: string;
  after: string;
  /** False when the offsets no longer point at the quote and it could not be found again. */
  located: boolean;
}

/** The quote with some of the text around it, cut at word boundaries. */
export function quoteInContext(text: string, quote: string, start: number, end: number, radius = 160): QuoteContext {
  let from = start;
  let to = end;
  if (text.slice(from, to) !== quote) {
    from = text.indexOf(quote);
    to = from + quote.length;
  }
  if (from < 0 || !quote) return { before: "", quote, after: "", located: false };
  let before = text.slice(Math.max(0, from - radius), from);
  let after = text.slice(to, Math.min(text.length, to + radius));
  if (from - radius > 0) before = "…" + before.replace(/^\S*\s/, "");
  if (to + radius < text.length) after = after.replace(/\s\S*$/, "") + "…";
  return { before, quote: text.slice(from, to), after, located: true };
}
