// "supports tiered storage, geo-replication and multi-tenancy": the noun phrases a capability verb governs, each a
// capability of its own; "…, which Y does not currently support": what another technology lacks of the same list.
// A list needs its "and"/"or" (or "etc."): "supports streaming, making it fast" is one capability and a comment.
import { judgementIn, tagged } from "../language";
import type { Mention } from "../technologies";

// One more item: after ", ", ", and ", " and " or " or "; a noun phrase of at most five words (a bracketed note
// allowed; a dot only inside a word, "Node.js"), ending where the list or the clause does.
const NEXT_ITEM =
  /^(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)((?:[\w.+#/'’-]+\s+){0,4}?[\w+#/'’-]+(?:\.[\w+#/'’-]+)*(?:\s\([^()]{1,30}\))?)(?=\s*(?:[,;.!?:]|$)|\s+(?:and|or|etc)\b)/i;
const ETC = /^,?\s*etc\.?/i;
// Words that open a new clause or a comment, not a list item.
const NOT_AN_ITEM =
  /^(?:which|that|who|where|when|while|whereas|but|so|because|since|although|though|it|its|they|we|you|i|this|these|those|there|making|allowing|letting|giving|meaning|thanks|as|than|then|also|even|all|both)\b/i;
const NOT_A_NOUN = new Set(["VERB", "AUX", "PRON", "SCONJ", "DET"]);

export interface Enumeration {
  /** The items after the first, as written. */
  items: string[];
  /** Where the list ends, as an offset into the text it was read from. */
  end: number;
}

/** The items that follow the first one (which ends at `from`), when they make a list with "and"/"or". */
export function enumerationAfter(text: string, from: number, clauseEnd: number): Enumeration | null {
  const items: string[] = [];
  let at = from;
  let closed = false;
  while (items.length < 8 && !closed) {
    const rest = text.slice(at, Math.min(clauseEnd, at + 120));
    const etc = ETC.exec(rest);
    if (etc && items.length) {
      at += etc[0].length;
      closed = true;
      continue;
    }
    const next = NEXT_ITEM.exec(rest);
    if (!next || NOT_AN_ITEM.test(next[2]) || !nounPhrase(next[2]) || judgementIn(next[2])) break;
    items.push(next[2]);
    at += next[0].length;
    closed = /\b(?:and|or)\b/i.test(next[1]);
  }
  return closed && items.length ? { items, end: at } : null;
}

/**
 * A noun phrase: no verb or pronoun in it, no preposition opening it, a noun at its end ("fast, scalable and
 * efficient retrieval" lists adjectives, not capabilities). A bracketed note after it is not read.
 */
function nounPhrase(phrase: string): boolean {
  const tokens = tagged(phrase.replace(/\s\([^()]*\)$/, ""));
  const last = tokens[tokens.length - 1];
  return (
    tokens.length > 0 &&
    tokens[0].pos !== "ADP" &&
    (last.pos === "NOUN" || last.pos === "PROPN") &&
    tokens.every((t, i) => !NOT_A_NOUN.has(t.pos) || (i === 0 && t.pos === "DET"))
  );
}

// ", which Y does not currently support", ", which Y lacks": the same list, missing from another technology.
const WHICH_BEFORE = /^,?\s+which\s+$/i;
const LACKS_AFTER =
  /^\s{1,3}((?:does not|doesn't|did not|didn't|do not|don't|cannot|can't|can not)\s{1,3}(?:(?:yet|currently|really|natively|even)\s{1,3})?[a-z]{3,12}|lacks|is missing)(?:\s{1,3}yet)?[\s.;!?]{0,4}$/i;

/** The technology a ", which Y does not …" after the list says lacks it, and how it says so ("does not currently support"). */
export function lackingAfter(
  text: string,
  listEnd: number,
  clauseEnd: number,
  mentions: Mention[],
): { tech: Mention; verb: string } | null {
  const other = mentions.find((m) => m.start > listEnd && m.start <= listEnd + 10);
  if (!other || !WHICH_BEFORE.test(text.slice(listEnd, other.start))) return null;
  const lacks = LACKS_AFTER.exec(text.slice(other.end, clauseEnd));
  return lacks ? { tech: other, verb: lacks[1] } : null;
}
