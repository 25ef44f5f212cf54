// How recent the evidence a confidence line counts is, and a claim's undated mark: one rule for the
// verdict pages and the wizard (issue 11, review 9 R6). The line names the pick and the next option
// with the evidence for each, so its "newest source" is the newest of both: a reader who sees a
// counted claim of the next option quoting a newer source must not read an older date. An undated
// claim is marked wherever it is given as a reason, on either page. Pure.
import { isUndated } from "./weights";
import type { EvidenceClaim } from "./types";

/** The newest of the dates given (ms), ignoring missing and unparsable ones; null when none is left. */
export function newestOf(...dates: Array<number | null | undefined>): number | null {
  let newest: number | null = null;
  for (const ms of dates) if (ms != null && Number.isFinite(ms) && (newest === null || ms > newest)) newest = ms;
  return newest;
}

/** ", undated (counted as old)" for a claim whose sources carry no date, "" otherwise: said after its sources. */
export const undatedNote = (claim: EvidenceClaim): string => (isUndated(claim) ? ", undated (counted as old)" : "");
