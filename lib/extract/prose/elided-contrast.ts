// A contrast whose second clause leaves its verb phrase out: "Redux requires a context provider; Zustand does
// not", "gojq supports arbitrary precision while jq does not", "jq cannot read YAML, but gojq can". The second
// technology is said to have (or lack) what the first clause says of the first, the other way round.
import type { Span } from "../sentences";
import type { Mention, TechResolver } from "../technologies";
import type { Claim } from "./common";

// Just before the second technology: a clause boundary or a contrasting conjunction.
const CONTRAST_BEFORE = /(?:;|,|\b(?:while|whereas|but|and|though|although))\s{1,3}(?:(?:the|a)\s)?$/i;
// Right after it: an auxiliary alone, then the clause ends. Bounded: a few words at most.
const DOES_NOT =
  /^\s{1,3}(?:does not|doesn't|did not|didn't|do not|don't|cannot|can't|can not|is not|isn't|are not|aren't|will not|won't|has not|hasn't|have not|haven't)(?:\s(?:yet|currently|natively|so|at all))?\s{0,3}(?:[.;,)!]|$)/i;
const DOES =
  /^\s{1,3}(?:does|do|did|can|is|are|has|have|will)(?:\s(?:too|also|so|natively|as well))?\s{0,3}(?:[.;,)!]|$)/i;

/** "requires your app …" -> "does not require your app …": the first clause's verb phrase, negated. */
function negated(phrase: string): string | null {
  const m = /^(\S+)\s(.+)$/.exec(phrase);
  if (!m) return null;
  const [, verb, rest] = m;
  const aux: Record<string, string> = {
    is: "is not",
    are: "are not",
    can: "cannot",
    will: "will not",
    has: "does not have",
  };
  if (aux[verb.toLowerCase()]) return `${aux[verb.toLowerCase()]} ${rest}`;
  if (!/^[a-z]{3,}s$/.test(verb)) return null;
  const stem = /(?:ss|sh|ch|x|o)es$/.test(verb)
    ? verb.slice(0, -2)
    : /ies$/.test(verb)
      ? `${verb.slice(0, -3)}y`
      : verb.slice(0, -1);
  return `does not ${stem} ${rest}`;
}

/** "does not support YAML" -> "supports YAML": the first clause's negated verb phrase, affirmed. */
function affirmed(phrase: string): string | null {
  const m = /^(?:does not|doesn't|do not|don't)\s([a-z]{2,})\s(.+)$/i.exec(phrase);
  if (m)
    return `${/(?:ss|sh|ch|x|o)$/.test(m[1]) ? `${m[1]}es` : /[^aeiou]y$/.test(m[1]) ? `${m[1].slice(0, -1)}ies` : `${m[1]}s`} ${m[2]}`;
  const aux = /^(is not|isn't|cannot|can't|will not|won't|has no)\s(.+)$/i.exec(phrase);
  const to: Record<string, string> = {
    "is not": "is",
    "isn't": "is",
    cannot: "can",
    "can't": "can",
    "will not": "will",
    "won't": "will",
    "has no": "has",
  };
  return aux ? `${to[aux[1].toLowerCase()]} ${aux[2]}` : null;
}

/**
 * For a feature claim the first clause gave (`c`, about `first`), the claim about a second technology whose clause
 * only says it does or does not ("; Zustand does not"); null when the sentence has no such clause.
 */
export function elidedContrast(s: Span, mentions: Mention[], c: Claim, resolver: TechResolver): Claim | null {
  const [slug] = c.technologies;
  const first = mentions.find((m) => m.slug === slug);
  if (c.kind !== "feature" || !first) return null;
  for (const m of mentions) {
    if (
      m.start <= first.end ||
      m.slug === slug ||
      !CONTRAST_BEFORE.test(s.text.slice(Math.max(0, m.start - 12), m.start))
    )
      continue;
    const after = s.text.slice(m.end, m.end + 40);
    const lacks = DOES_NOT.test(after);
    if (!lacks && !DOES.test(after)) continue;
    const name = resolver.nameOf(slug);
    // The statement opens on the name, capitalised as a sentence ("Gojq supports …").
    const opens = c.statement.toLowerCase().startsWith(`${name.toLowerCase()} `);
    const said = opens ? c.statement.slice(name.length + 1).replace(/\.$/, "") : null;
    const missing = c.conditions.support === "missing";
    // The second clause says the opposite of the first: "requires …; Z does not", "cannot …, but Z can".
    const phrase = said ? (lacks === !missing ? (lacks ? negated(said) : affirmed(said)) : null) : null;
    if (!phrase) return null;
    return {
      ...c,
      // "Deno can run TypeScript directly, whereas Node.js cannot": what the capability is about stays.
      technologies: [m.slug, ...c.technologies.slice(1).filter((t) => t !== m.slug)],
      statement: `${resolver.nameOf(m.slug)} ${phrase} (unlike ${name}).`,
      conditions: { ...c.conditions, support: lacks ? "missing" : "built-in" },
    };
  }
  return null;
}
