// The wizard's scores for a ranking: the use case's own, each ticked need's on top, and the same
// without one need, without all, or with only some (what "changed the order" is computed from,
// never guessed: issue 11, N2); and what each ticked need did to the pick's lead. Pure; split from rank.ts.
import type { Verdict } from "@/lib/verdicts/types";
import { lowerFirst, order, sameOrder, type DriverEvidence, type Scores } from "./common";
import type { AnswerEffect } from "./confidence";
import { normalized } from "./driver-evidence";
import type { Ranked } from "./rank";
import { DRIVER_WEIGHT } from "./score-note";

/** The use case's scores scaled to ±1, each ticked need's likewise, and their sum without one (or all) of the needs. */
export function scoring(candidates: string[], verdict: Verdict | undefined, drivers: DriverEvidence[]) {
  const base = normalized(new Map((verdict?.scores ?? []).map((s) => [s.technologySlug, s.score])), candidates);
  const driverNorms = drivers.map((d) => normalized(d.raw, candidates));
  const scoresWith = (included: ReadonlySet<number>): Scores =>
    new Map(
      candidates.map((s) => [
        s,
        (base.get(s) ?? 0) +
          driverNorms.reduce((n, norm, i) => (included.has(i) ? n + DRIVER_WEIGHT * (norm.get(s) ?? 0) : n), 0),
      ]),
    );
  const all = driverNorms.map((_, i) => i);
  const scoresWithout = (skip: number | null): Scores =>
    scoresWith(new Set(skip === null ? [] : all.filter((i) => i !== skip)));
  return { base, driverNorms, scoresWithout, scoresWith };
}

/** Past this many ticked needs, the subsets of them are too many to try (2^(n-1) per need). */
const SUBSETS_UP_TO = 10;

/**
 * Whether a ticked need took part in changing the order (issue 11, N2): some set of the ticked needs
 * that holds it ranks the options differently, on the evidence, from the same set without it. A need that favours
 * only the option already first, say, never does: "your answers together changed it" is not said
 * of it. False past SUBSETS_UP_TO needs (not said rather than guessed).
 */
export function changedTogether(
  r: Pick<Ranked, "drivers" | "candidates" | "evidenced" | "scoresWith">,
  need: number,
): boolean {
  const others = r.drivers.map((_, i) => i).filter((i) => i !== need);
  if (others.length >= SUBSETS_UP_TO) return false;
  // On the needs' effect alone, never the team's skills (review 12, R12-6): the same needs on the same
  // scores get the same sentence whatever the team knows, as a skill that moved nothing contributed nothing.
  const NOT_KNOWN: ReadonlySet<string> = new Set();
  const rank = (included: number[]) => order(r.candidates, r.scoresWith(new Set(included)), NOT_KNOWN, r.evidenced);
  for (let mask = 0; mask < 1 << others.length; mask += 1) {
    const subset = others.filter((_, k) => mask & (1 << k));
    if (!sameOrder(rank(subset), rank([...subset, need]))) return true;
  }
  return false;
}

/** The pick's lead over the best other option on these scores (negative when another scores higher). */
const leadOf = (scores: Scores, pick: string) =>
  (scores.get(pick) ?? 0) -
  Math.max(...[...scores].filter(([slug]) => slug !== pick).map(([, score]) => score), Number.NEGATIVE_INFINITY);

/**
 * What each ticked need that moved some score did to the pick's lead over the runner-up, by its net
 * effect (issue 11, F5): the lead with it against the lead without it. Only one that widened the lead
 * is a reason for the pick; one that narrowed it is named with every option it favoured, best first; one that moved scores but left the lead as it was ("favours both alike") is no difference.
 */
export function answerEffects(r: Ranked, pick: string): AnswerEffect[] {
  const NOT_KNOWN: ReadonlySet<string> = new Set();
  const lead = leadOf(r.scores, pick);
  return r.drivers.flatMap((d, i): AnswerEffect[] => {
    const norm = r.driverNorms[i];
    if (![...norm.values()].some((v) => v !== 0)) return [];
    const label = lowerFirst(d.driver.label);
    const delta = lead - leadOf(r.scoresWithout(i), pick);
    if (Math.abs(delta) < 1e-9) return [{ label, effect: "even" }];
    // `decisive`: without it another option would lead on the evidence (H1: only such a need is credited with the order).
    if (delta > 0)
      return [
        {
          label,
          effect: "widened",
          decisive: order(r.candidates, r.scoresWithout(i), NOT_KNOWN, r.evidenced)[0] !== pick,
        },
      ];
    // Every option it favoured, in score order, the pick too (review 12, R12-5): never only the top one.
    const favoured = [...norm]
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([slug]) => slug);
    return [{ label, effect: "narrowed", favoured }];
  });
}
