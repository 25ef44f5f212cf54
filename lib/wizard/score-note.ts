// The wizard's "Evidence score" in words, for a visitor: its range for the answers given and how it
// is made. Its own module, free of the engine, as the result view also renders in the browser.

/** A driver that matters counts half as much as the use case's own evidence. */
export const DRIVER_WEIGHT = 0.5;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The highest evidence score a technology can reach with this many needs ticked (the lowest is its negative). */
export const scoreLimit = (needsTicked: number): number => 1 + DRIVER_WEIGHT * needsTicked;

const signed = (n: number) => (n === 0 ? "0" : `${n > 0 ? "+" : "−"}${round2(Math.abs(n))}`);

/**
 * What the ranking's "Evidence score" is, for a visitor: its range for these answers and how it is
 * made (the use case's own evidence scaled to ±1, each ticked need it is chosen on ±DRIVER_WEIGHT),
 * in words. `needsTicked`: all the needs ticked, the weighed ones among them; a tick that is not
 * weighed is said so, never "you ticked no needs" (issue 11, F4).
 */
export function evidenceScoreNote(needsWeighed: number, needsTicked = needsWeighed): { range: string; text: string } {
  const limit = scoreLimit(needsWeighed);
  const range = `${signed(-limit)} to ${signed(limit)}`;
  const each = `from ${signed(-DRIVER_WEIGHT)} to ${signed(DRIVER_WEIGHT)} by what the verified claims about that need say of each option`;
  const unweighed = needsTicked - needsWeighed;
  const needs =
    needsTicked === 0
      ? "You ticked no needs: that is the whole score"
      : needsWeighed === 0
        ? `The ${unweighed === 1 ? "need you ticked is not one this use case is chosen on and adds" : "needs you ticked are not ones this use case is chosen on and add"} nothing: that is the whole score`
        : unweighed === 0
          ? `Each need you ticked adds ${each}`
          : `Each need you ticked that this use case is chosen on adds ${each} (the ${unweighed === 1 ? "other adds" : `other ${unweighed} add`} nothing)`;
  return {
    range,
    text: `The evidence score says how strongly the checked evidence favours each option for your answers. The use case's own evidence gives from ${signed(-1)} to ${signed(1)} (${signed(1)} for the best-supported option). ${needs}, so here scores run from ${range}: above 0 the evidence leans for it, below 0 against it. Options your team knows that the evidence supports are listed first.`,
  };
}
