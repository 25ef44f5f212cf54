// The unit a section's prose gives the bare numbers of the tables under it. A benchmark README often says
// what its tables count once, at the top of the section ("X calls/sec compared to other parsers, with the
// gain below each", "All figures are in milliseconds"), then lists machine and versions under sub-headings
// before the table itself: the line right above the table (its caption) names no unit, the section does.
import type { Quantity } from "../quantities";
import { captionUnit } from "./caption";

const MAX_LINE = 300;
// A rate or time unit named on its own ("calls/sec", "ops per second"), not after a number ("500 calls/sec").
const BARE_RATE =
  /(?<![\d.,%]\s?)(?<![\d.,%])\b([a-z]{2,12}(?:\/|\s?per\s)(?:s|sec|second|op|operation|call|request|query))\b/gi;
// "All times in ms", "Figures are in seconds", "measured in requests per second": what the numbers are in.
const STATED_IN =
  /\b(?:times|figures|numbers|results|values|scores|durations|timings|latenc(?:y|ies))\b[^.!?]{0,30}\bin\s/i;
// A figure the line reports itself: then the unit is that figure's, not the section's.
const OWN_FIGURE = /\d\s?(?:[a-z]{1,12}\/(?:s|sec)|ms|s|µs|ns|%|x|×)\b/i;

/** The unit a prose line states for the section's tables, or null. */
export function statedUnit(line: string): Quantity | null {
  const t = line.replace(/[*_`]/g, "");
  if (t.length > MAX_LINE || /^(?:#|[-*+]\s|\d+[.)]\s|\||>)/.test(line.trim()) || OWN_FIGURE.test(t)) return null;
  for (const m of t.matchAll(BARE_RATE)) {
    const q = captionUnit(`(${m[1]})`);
    if (q?.dimension === "rate") return q;
  }
  return STATED_IN.test(t) ? captionUnit(t) : null;
}

interface Level {
  depth: number;
  unit: Quantity | null;
}

/** The unit stated in the innermost section that states one, while the walk goes down the document. */
export class SectionUnits {
  private levels: Level[] = [{ depth: 0, unit: null }];

  /** Feed every line outside code, in order: headings open sections, prose may state their unit. */
  see(line: string): void {
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading) {
      const depth = heading[1].length;
      this.levels = [...this.levels.filter((l) => l.depth < depth), { depth, unit: null }];
      return;
    }
    const unit = statedUnit(line);
    if (unit) this.levels[this.levels.length - 1].unit = unit;
  }

  current(): Quantity | null {
    for (let i = this.levels.length - 1; i >= 0; i--) if (this.levels[i].unit) return this.levels[i].unit;
    return null;
  }
}
