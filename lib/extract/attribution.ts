// Which technology a sentence is about when it names several. A name brought in as the other side of a
// contrast or comparison ("Unlike X, …", "compared to X", "than X", "instead of X") or as what another
// technology is made from or runs on ("built on X", "on top of X", "powered by X") is a side reference:
// the claim is about the sentence's subject, never about it. Asides after the subject ("Y, on the other
// hand, …", "Y, built on X, …") are skipped to reach the verb. Every pattern is anchored and bounded, so
// the cost is linear in the sentence.
import type { Mention } from "./technologies";

// The words right before a name that make it a side reference, read on a bounded slice ending at the name.
const SIDE_BEFORE =
  /(?:^|[\s(,;])(?:unlike|contrary to|compared (?:to|with)|in (?:contrast|comparison) (?:to|with)|as opposed to|relative to|rather than|instead of|than|versus|vs\.?|built (?:on|atop|with)(?: top of)?|on top of|based on|powered by|backed by|written in|implemented in|wrappers? (?:around|for)|wraps|a fork of|forked from|inspired by|successor (?:to|of)|replacement for|alternative to|(?:migrat(?:e|ed|ing)|mov(?:e|ed|ing)|switch(?:ed|ing)?|port(?:ed|ing)?) (?:away )?from|runs? (?:on|atop)|running on|deployed on|hosted on|sits on top of)\s(?:the\s|an?\s)?$/i;
// A contrast fronted before the subject: "Unlike X, …", "Compared to X and Y, …", "Like X, …".
const FRONTED =
  /^(?:(?:but|and|so|yet)\s)?(?:unlike|contrary to|compared (?:to|with)|in (?:contrast|comparison) (?:to|with)|as opposed to|relative to|(?:much |just )?like|similar to|as with|versus|vs\.?|next to|against)\s[^,;:]{1,80},\s(?:which\s[^,;:]{1,80},\s)?/i;
// A fronted adverbial before the subject: a discourse adverb ("However,", "Historically,") or a prepositional
// phrase ("On the other hand,", "By default,", "According to the docs,", "In 2024,"), closed by its comma.
const ADVERBIAL =
  /^(?:(?:but|and|so|yet)\s)?(?:[a-z]{3,}ly|however|meanwhile|moreover|furthermore|also|still|today|now|instead|overall|again|finally|then|thus|hence|here|there|(?:on|in|by|at|for|from|under|according to|as of|out of|after|before|since|during|across|among|thanks to|due to|at the same time)\s[^,;:]{1,60}),\s/i;
// An aside between a subject and its verb: a discourse marker, a comparison ("Quart, like Flask, has …") or an
// appositive ("Y, built on X, supports …").
const ASIDE =
  /^,\s(?:on the other hand|by contrast|in contrast|in comparison|however|meanwhile|instead|though|too|also|similarly|likewise|for (?:its|their) part|as a result|for example|for instance|of course|in turn|(?:just\s)?(?:like|unlike)\s[^,;:()]{1,60}|(?:(?:an?|the|which|who|built|based|written|powered|backed|developed|created|maintained|originally|itself|now|once)\s[^,;:()]{1,80}))(?:,\s|\s(?=(?:is|are|has|have|does|do|can|will)\b))/i;

/** True when the mention is the other side of a contrast or what the subject is built on. */
export function isSide(text: string, m: Mention, clauseStart = 0): boolean {
  if (SIDE_BEFORE.test(text.slice(Math.max(clauseStart, m.start - 32), m.start))) return true;
  return m.start < frontedEnd(text, clauseStart);
}

/** Where the main clause starts after a fronted contrast ("Unlike X, Y …" -> at "Y"); `from` when there is none. */
export function frontedEnd(text: string, from = 0): number {
  const slice = text.slice(from, from + 200);
  const m = FRONTED.exec(slice) ?? ADVERBIAL.exec(slice);
  return m ? from + m[0].length : from;
}

/** Past an aside that follows the subject ("Y, on the other hand, deletes …" -> at "deletes"); `at` when there is none. */
export function skipAside(text: string, at: number): number {
  const m = ASIDE.exec(text.slice(at, at + 120));
  return m ? at + m[0].length : at;
}

/** The mentions that may be what the sentence is about: every mention but the side references. */
export function mainMentions(text: string, mentions: Mention[]): Mention[] {
  const fronted = frontedEnd(text);
  return mentions.filter(
    (m) => m.start >= fronted && !SIDE_BEFORE.test(text.slice(Math.max(0, m.start - 32), m.start)),
  );
}

/** The mentions joined to `first` by "and", "&", "," or "or" right after it ("X and Y both …"). */
export function coordinated(text: string, mentions: Mention[], first: Mention): Mention[] {
  const out: Mention[] = [];
  let end = first.end;
  for (const m of mentions) {
    if (m.start < end) continue;
    if (m.start - end > 12 || !/^\s{0,3}(?:,|and|&|or|,\s{1,3}and)\s{1,3}$/i.test(text.slice(end, m.start))) break;
    out.push(m);
    end = m.end;
  }
  return out;
}

// Plural verbs after coordinated subjects, and their singular for a statement about one of them.
const PLURAL: Record<string, string> = {
  are: "is",
  have: "has",
  do: "does",
  "don't": "doesn't",
  were: "was",
  rely: "relies",
};

/** " support snapshots" -> " supports snapshots": a plural predicate restated for one subject. */
// Up to four words then a plural noun, to the end: "declarative frameworks", "embedded databases."
const PLURAL_KIND =
  /^\s+(?!(?:an?|the|not|also|both|all|very|more|most|quite)\s)((?:[\w-]+\s+){0,4}?)([a-z]{3,}?)(ies|s)([.!]?)\s*$/i;

export function singularPredicate(predicate: string): string {
  const m = /^(\s*)(?:(?:both|all|each)\s)?([a-z']+)\b/i.exec(predicate);
  if (!m) return predicate;
  const verb = m[2].toLowerCase();
  const rest = predicate.slice(m[0].length);
  // "are declarative frameworks" -> "is a declarative framework": a plural kind, said of one.
  const kinds = verb === "are" ? PLURAL_KIND.exec(rest) : null;
  if (kinds) {
    const one = `${kinds[1]}${kinds[2]}${kinds[3] === "ies" ? "y" : ""}`;
    return `${m[1]}is ${/^[aeio]/i.test(one) ? "an" : "a"} ${one}${kinds[4]}`;
  }
  const one =
    PLURAL[verb] ??
    (/^(?:is|was|has|does|can|will|may|might|must|should|would|could|also|only|not|now|still)$/.test(verb) ||
    /s$/.test(verb)
      ? verb
      : /(?:ch|sh|x|o)$/.test(verb)
        ? `${verb}es`
        : `${verb}s`);
  return `${m[1]}${one}${rest}`;
}

/** Where a clause's subject starts, past a leading "both"/"all" ("Both X and Y …"). */
export const BOTH_LEAD = /^(?:both|all(?: three| four)?|each of)\s/i;
