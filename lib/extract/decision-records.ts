// Architecture decision records (MADR and its kin): "Chosen option: "X", because …" under the decision
// outcome is a recommendation of X for the problem the record's title states; "Good, because it …" /
// "Bad, because it …" under an option's heading is an argument about that option, read as a sentence
// whose "it" is the option. The record's own section names (Considered Options, Decision Drivers, …)
// are structure, never a use case (prose/advice.ts GENERIC_HEADING).
import { clean, lcFirst } from "./claim-writer";
import type { Span } from "./sentences";
import type { WalkState } from "./walk-state";

// The decision line: the option in quotes, brackets, emphasis or bare, then its justification.
const CHOSEN =
  /^(?:[*_]{1,2})?chosen option(?:[*_]{1,2})?[ \t]{0,3}:[ \t]{0,3}(?:[*_`]{1,2})?["“'`[]?([^\s"”'`\],][^"”'`\]\n,]{0,79}?)["”'`\]]?(?:[*_`]{1,2})?(?:[ \t]{0,3},[ \t]{0,3}|[ \t]{1,3})(?:because\b|since\b|as\b|$)/i;
// An argument item: its verdict word, then "because" (MADR's "Good, because …").
const ARGUMENT =
  /^(?:[*_]{1,2})?(?:good|bad|neutral|pro|con)(?:[*_]{1,2})?[ \t]{0,3},?[ \t]{0,3}(?:[*_]{1,2})?because(?:[*_]{1,2})?[ \t]{1,3}/i;
// A title that already says the choice: "Use X for Y", "Migrate to X", "Adopt X as Y".
const TITLE_VERB =
  /^(?:use|using|adopt|adopting|choose|choosing|pick|picking|select|selecting|migrate to|migrating to|move to|moving to|switch to|switching to)\s+/i;

/** The problem a record's title states, as a use case: "Pick a job queue for billing" -> "a job queue for billing". */
export function recordUseCase(title: string, optionName: string): string {
  let rest = clean(title.replace(/[*_`#]+/g, " ").replace(/^(?:ADR[- ]?\d+|\d+)[.:)\s-]*/i, ""));
  const verb = TITLE_VERB.exec(rest);
  if (verb) rest = rest.slice(verb[0].length);
  if (optionName && rest.toLowerCase().startsWith(optionName.toLowerCase()))
    rest = rest.slice(optionName.length).replace(/^\s*(?:for|as|in|to|with)?\s+/i, "");
  return lcFirst(clean(rest));
}

/** "Chosen option: "GoodJob", because …": a recommendation of the option for the record's problem. */
export function chosenOption(state: WalkState, t: string, span: Span): boolean {
  const m = CHOSEN.exec(t);
  if (!m) return false;
  const { resolver, out } = state;
  const techs = resolver.slugsIn(m[1]);
  if (!techs.length) return false;
  const name = out.names(techs);
  const useCase = recordUseCase(state.titleText, m[1].trim()) || "this decision";
  const as = /^(?:an?|the)\s/i.test(useCase) ? "as" : "for";
  out.recommend(techs, useCase, `Use ${name} ${as} ${useCase} (the decision record's chosen option).`, span);
  return true;
}

/** The argument of "Good, because it …" without its verdict word: the sentence the rules read. */
export function argumentOf(body: Span): Span | null {
  const m = ARGUMENT.exec(body.text);
  if (!m || body.text.length - m[0].length < 4) return null;
  return { text: body.text.slice(m[0].length), start: body.start + m[0].length, end: body.end };
}
