// How recent the evidence a confidence line counts is, and a claim's undated mark: one rule for the
// verdict pages, the verdict API and the wizard (issue 11; review 9 R6, review 12 R12-1/R12-4).
// The line says how recent the evidence for the pick is: the claims it counts for it, and no others
// (the next option's sources are not the pick's; review 12 R12-1). Those claims' sources include the
// site's own write-ups: they are no independent source, but their dates are said as theirs, never
// dropped, so a claim resting on a dated write-up is not "no dated source" (R12-4). An undated
// claim is marked wherever it is given as a reason, on either page. Pure.
import { isUndated } from "./weights";
import type { EvidenceClaim } from "./types";

/** The newest dates of the citations of the claims counted for a pick (ms), independent sources and our own write-ups apart. */
export interface Recency {
  newestMs: number | null;
  newestHouseMs: number | null;
}

/** The newest of the dates given (ms), ignoring missing and unparsable ones; null when none is left. */
export function newestOf(...dates: Array<number | null | undefined>): number | null {
  let newest: number | null = null;
  for (const ms of dates) if (ms != null && Number.isFinite(ms) && (newest === null || ms > newest)) newest = ms;
  return newest;
}

/** The Recency of some claims (the wizard's; the verdicts' tally keeps the same dates as claims change). */
export function recencyOf(claims: Iterable<EvidenceClaim>): Recency {
  const independent: number[] = [];
  const house: number[] = [];
  for (const claim of claims)
    for (const c of claim.citations) if (c.publishedAt) (c.house ? house : independent).push(Date.parse(c.publishedAt));
  return { newestMs: newestOf(...independent), newestHouseMs: newestOf(...house) };
}

/**
 * How recent the evidence for the pick is, as its confidence line ends: "newest source Oct 2025",
 * "dated Oct 2025" with no independent source, our own write-up's date when it is newer than every
 * independent source's or the only date ("… (our own write-up Dec 2025)"), "no dated source" only
 * when no source of the counted claims carries a date.
 */
export function newestPhrase(recency: Recency, sources: number): string {
  const own = recency.newestHouseMs;
  const ms = recency.newestMs;
  if (ms === null)
    return own === null ? "no dated source" : `no dated independent source (our own write-up ${monthOf(own)})`;
  const said = sources === 0 ? `dated ${monthOf(ms)}` : `newest source ${monthOf(ms)}`;
  return own !== null && own > ms ? `${said} (our own write-up ${monthOf(own)})` : said;
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
/** A source's month as readers write it ("Dec 2025"), for the confidence lines of verdicts and the wizard. */
export function monthOf(ms: number): string {
  let month = months.get(ms);
  if (month === undefined) {
    if (months.size >= 10_000) months.clear();
    months.set(ms, (month = MONTH.format(new Date(ms))));
  }
  return month;
}
/** Months by date (ms): sources share dates, and Intl formatting costs more than a lookup. */
const months = new Map<number, string>();

/** ", undated (counted as old)" for a claim whose sources carry no date, "" otherwise: said after its sources. */
export const undatedNote = (claim: EvidenceClaim): string => (isUndated(claim) ? ", undated (counted as old)" : "");
