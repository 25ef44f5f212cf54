// Architecture decision records (MADR and its kin): "Chosen option: "X", because …" under the decision
// outcome is a recommendation of X for the problem the record's title states; "Good, because it …" /
// "Bad, because it …" under an option's heading is an argument about that option, read as a sentence
// whose "it" is the option. The record's own section names (Considered Options, Decision Drivers, …)
// are structure, never a use case (prose/advice.ts GENERIC_HEADING). A record without "Chosen option" says its choice
// as a sentence under its decision heading ("Adopt X as …"): the same recommendation, and X what its rationale and
// consequences are about.
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

// The section that states what was decided ("## Decision", "## Decision Outcome", "## Outcome").
const DECISION_HEADING =
  /^(?:[*_]{1,2})?(?:the\s|our\s)?(?:decision(?:\soutcome)?|outcome|resolution|what we decided)(?:[*_]{1,2})?:?$/i;
// "Adopt **PostgreSQL 15** as …", "We will use X for …", "We have decided to go with X": the verb of choosing, then the option.
const CHOICE_VERB =
  /^(?:(?:we|the team)\s(?:will|shall|have\sdecided\sto|decided\sto|chose\sto|are\sgoing\sto|agreed\sto)\s)?(?:adopt|use|choose|select|pick|go\swith|migrate\sto|move\sto|switch\sto|standardi[sz]e\son)\s+/i;
const CHOSEN_PASSIVE = /^\s?(?:was|is|has\sbeen|will\sbe)\s(?:chosen|selected|adopted|picked)\b/i;

/**
 * Under a record's decision heading, the sentence that says what was chosen ("Adopt **PostgreSQL 15** as the primary
 * database", "We will use Fargate for the workers", "Kafka was chosen"): a recommendation of it for the record's
 * problem, and from then on the technology the record's sections are about (its rationale, its consequences).
 */
export function decidedOption(state: WalkState, t: string, span: Span): boolean {
  if (!DECISION_HEADING.test(state.headingText.trim()) || state.decided) return false;
  const text = t.replace(/[*_`]+/g, "");
  const verb = CHOICE_VERB.exec(text);
  const { resolver, out } = state;
  const first = resolver.find(text)[0];
  if (
    !first ||
    (verb ? first.start !== verb[0].length : !CHOSEN_PASSIVE.test(text.slice(first.end)) || first.start > 4)
  )
    return false;
  // "as the primary database, using …": the role the sentence gives it, else the problem the title states.
  const role = /^\s(?:v?\d[\w.]*\s)?(as|for)\s([^,.;]{3,80})/i.exec(text.slice(first.end));
  const useCase = role ? clean(role[2]) : recordUseCase(state.titleText, first.name) || "this decision";
  const as = role ? role[1].toLowerCase() : /^(?:an?|the)\s/i.test(useCase) ? "as" : "for";
  out.recommend(
    [first.slug],
    useCase,
    `Use ${out.names([first.slug])} ${as} ${useCase} (the decision record's choice).`,
    span,
  );
  state.decided = first.slug;
  // The record's sections that name no technology (Rationale, Consequences) are about the choice.
  if (!state.docTechs.length) state.docTechs = [first.slug];
  if (!state.sectionTechs.length) state.sectionTechs = [first.slug];
  // The open sections (the record's title, its decision section) that named none are about it too.
  for (const h of state.headings) if (!h.techs.length) h.techs = [first.slug];
  return true;
}
