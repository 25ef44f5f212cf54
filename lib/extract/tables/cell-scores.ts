// Scorecards and counts in table cells: "8/10", "★★★★☆", a bare "7" among small numbers, "81k" stars.
import { slugify } from "@/lib/text/slug";
import { cellQuantity, describeQuantity } from "../quantities";
import type { Emit } from "../rules";
import type { Cell } from "./cells";
import { clean, lowerWords, snake, type TableContext } from "./common";
import { labelUnit } from "./labels";

// "8/10", "4.5 / 5": a rating on a stated scale; "★★★★☆": stars out of five.
const RATING = /^(\d{1,3}(?:\.\d{1,2})?)\s?\/\s?(5|10|100)$/;
const STARS = /^([★⭐]{1,5})(☆{0,4})$/u;
// Counts an editor keeps as facts: "81k" under "GitHub stars", "~20M" under "Weekly downloads", "254" under
// "Open issues" (a project's tracker is a fact about it, never a measurement of the software).
const COUNT_ATTR =
  /\b(?:stars|downloads|contributors|maintainers|forks|dependents|users|used by|commits|releases|questions|plugins|packages|issues|pull requests|watchers)\b/i;
const NOT_RATED = /\b(?:year|released?|version|since|count|number|total|size|price|cost|id|rank)\b|#/i;

/** A bare small number in a row or column of them (a scorecard): the scale it is on, or null. */
export function ratingScale(cells: string[], label: string): number | null {
  // A label that states a unit ("Latency (ms) avg") holds measurements, never ratings, however small.
  if (NOT_RATED.test(label) || COUNT_ATTR.test(label) || labelUnit(label)) return null;
  const values = cells.map((x) => clean(x)).filter((x) => x && !/^(?:n\/a|-|—)$/i.test(x));
  if (values.length < 2 || !values.every((x) => /^\d{1,2}(?:\.\d)?$/.test(x))) return null;
  const max = Math.max(...values.map(Number));
  return max <= 5 ? 5 : max <= 10 ? 10 : null;
}

/** Ratings and counts: "8/10", "★★★★☆", a scorecard's bare "7", "81k" GitHub stars. */
export function scored(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const text = clean(c.text);
  const rating = RATING.exec(text);
  const stars = STARS.exec(c.text.replace(/\s+/g, ""));
  const bare = c.scale && /^\d{1,2}(?:\.\d)?$/.test(text) ? [text, String(c.scale)] : null;
  const score = rating ? [rating[1], rating[2]] : stars ? [String([...stars[1]].length), "5"] : bare;
  if (score) {
    // A scorecard's bare "9" is on the scale its column suggests, but the table never says which: never "9/10".
    const inferred = score === bare;
    const statement = `${c.display}: ${lowerWords(c.label)} ${score[0]}${inferred ? " (scale not stated)" : `/${score[1]}`}.`;
    emit(
      {
        statement,
        kind: "performance",
        technologies: [c.tech],
        topic: "performance",
        metric: `${snake(c.label)}_score`,
        value: Number(score[0]),
        unit: "score",
        conditions: {
          ...c.conditions,
          ...(c.version ? { version: c.version } : {}),
          ...(inferred ? {} : { scale: `/${score[1]}` }),
        },
        stance: "SUPPORTS",
      },
      c.span,
    );
    return true;
  }
  // "| 1,000 users | $30 |": a label opening on a number is the scale the row was costed or run at, and a price is
  // no count of what the label names.
  const q =
    COUNT_ATTR.test(c.label) && !/^\s*[~≈]?\d/.test(clean(c.label)) && !/^\s*[$€£¥]/.test(clean(c.text))
      ? cellQuantity(c.text)
      : null;
  if (!q || q.unit) return false;
  const noun = (COUNT_ATTR.exec(c.label)?.[0] ?? "").toLowerCase();
  emit(
    {
      statement: `${c.display}: ${describeQuantity(q)} ${lowerWords(c.label)}.`,
      kind: "fact",
      technologies: [c.tech],
      topic: slugify(c.label, 40),
      metric: snake(c.label),
      value: q.value,
      unit: noun,
      conditions: {},
      stance: "SUPPORTS",
    },
    c.span,
  );
  return true;
}
