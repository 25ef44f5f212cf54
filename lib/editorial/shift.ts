// Words for why a verdict was flagged: what moved between the proposal it was published with and now.
import { CONFIDENCE_SHIFT, type Verdict as EngineVerdict } from "@/lib/verdicts";

const pct = (n: number) => `${Math.round(n * 100)}%`;
const labelOf = (v: EngineVerdict) => (v.winner ? v.label : "no recommendation");

export function describeShift(before: EngineVerdict, now: EngineVerdict): string {
  if (before.winner && !now.winner) {
    return `The engine no longer recommends anything here (it proposed ${labelOf(before)} when this was published).`;
  }
  if (before.winner !== now.winner || [...before.recommended].sort().join() !== [...now.recommended].sort().join()) {
    return `The engine now recommends ${labelOf(now)} (it proposed ${labelOf(before)} when this was published).`;
  }
  const moved = now.confidence - before.confidence;
  if (Math.abs(moved) > CONFIDENCE_SHIFT) {
    return `Confidence in ${labelOf(now)} ${moved < 0 ? "fell" : "rose"} from ${pct(before.confidence)} to ${pct(now.confidence)}.`;
  }
  return `The engine's result for ${labelOf(now)} changed since publication.`;
}
