// What a clause says its subject has, lacks, is or does: the verb after the subject and the phrase it
// governs, cut at the clause's first boundary. Shared by the capability rule's clause readers.
import { isVerb } from "../language";

// A verb of having or doing, after the technology (or its pronoun): what follows is the capability.
const HAS =
  /^\s*(?:'s\s+|,\s+(?:on the other hand|by contrast|meanwhile|however),\s+)?(?:(?:also|only|now|still|natively|fully|already|even|just|really|actually)\s+)?(?:(does not|doesn't|do not|don't|did not|didn't|cannot|can't|can not|could not|couldn't|won't|will not|never|isn't able to|is not able to|wasn't able to|was not able to)\s+)?(supports?|supported|has|have|had|provides?|provided|offers?|offered|includes?|included|ships?(?: with)?|shipped(?: with)?|comes? with|came with|features?|exposes?|bundles?|integrates?(?: with)?|uses?|used|relies on|relied on|is built on(?: top of)?|was built on(?: top of)?|built on(?: top of)?|is built with|builds on|runs on|ran on|runs in|is written in|was written in|compiles? to|stores?|stored|handles?|handled|allows?|allowed|lets you|let you|enables?|enabled|adds?|brings?|requires?|required|needs?|needed|depends on|depended on|is based on|was based on|leverages?|implements?|lacks?|lacked|is missing|was missing|misses|generates?|produces?|manages?|follows?|employs?|treats?|works with|scales?|executes?|keeps?|caches?|spawns?|creates?|embeds?)\s+(.{2,160})/i;
// "X is a columnar database", "X is single-threaded", "X is schema-based": what kind of thing it is.
const IS_A =
  /^\s+(?:is|are)\s+(?:(?:both|all|each)\s+)?(?:(?:an?|the)\s+)?(?!(?:our|my|their|your|his|her)\s)((?:[\w-]+\s+){0,5}?(?:(?:framework|database|engine|store|runtime|language|server|tool|toolkit|platform|system|bundler|compiler|transpiler|orchestrator|distribution|broker|queue|cache|format|protocol|standard|service|runner|manager|layer|api|orm|interpreter|vm|extension|plugin|fork|implementation|replacement|alternative|successor|superset|wrapper|client|cli|design|architecture|model)s?|librar(?:y|ies)|prox(?:y|ies)|dbms))\b/i;
const PROPERTY =
  /^\s+(?:is|are)\s+(?:(?:both|all|fully|entirely|completely|mostly|largely|primarily|natively|still)\s+)?([a-z]{2,20}-[a-z]{2,20}(?:-[a-z]{2,20})?\b(?!\s+(?:than|to)\b)|[\w-]{1,40}-(?:based|first|only|native|driven|threaded|oriented|compatible|agnostic|aware|safe|free|less|centric|connection|in)|single-threaded|multi-threaded|asynchronous|synchronous|async|stateless|stateful|embedded|distributed|serverless|columnar|in-memory|open[- ]source|schemaless|schema-less|strongly typed|statically typed|dynamically typed|compiled|interpreted)\b/i;
export const BOUNDARY =
  /[,;:!?()]|\.\s|\.$|\s(?:and then|but|which|that|so|because|while|whereas|although|though|when|where|if|unless|than|since|instead|rather)\s/i;

// A present-tense verb after the subject ("runs rootless", "stores data in columns"): a design statement.
const VERB_S =
  /^\s+(?:(?:also|only|now|still|natively|fully|already|even|just|really|actually|automatically|directly)\s+)?([a-z]{3,20}(?:s|es))\s+(.{2,160})/;
const NOT_VERBS = new Set([
  "is",
  "was",
  "has",
  "does",
  "says",
  "seems",
  "looks",
  "feels",
  "sounds",
  "appears",
  "gets",
  "goes",
  "comes",
  "makes",
  "takes",
  "means",
  "wins",
  "beats",
  "lags",
  "shines",
  "excels",
  "outperforms",
  "struggles",
  "dominates",
  "its",
  "this",
  "thus",
  "less",
  "plus",
  "versus",
  "series",
]);
// A modal before a base verb: the subject is able (or not) to do what the verb says.
const MODAL =
  /^\s+(can|will|cannot|can't|won't|can not|does not|doesn't|do not|don't|never)\s+(?:(?:also|automatically|natively|easily|even|only|now|still|optionally|transparently|really|actually)\s+)?(not\s+)?([a-z]{3,20})\s+(.{2,160})/i;
// Verbs that after a modal say how it fares or what it becomes, not what it can do.
const NOT_MODAL_VERBS = new Set([
  "be",
  "get",
  "become",
  "seem",
  "feel",
  "look",
  "make",
  "take",
  "cost",
  "help",
  "hurt",
  "matter",
  "win",
  "lose",
  "beat",
  "struggle",
  "also",
  "still",
]);
const PASSIVE_KIND =
  /^\s+(?:is|was|were|are)\s+(?:(?:built|designed|created|made|meant|conceived|developed|positioned)\s+(?:as|to be))\s+(?:(?:an?|the)\s+)?(.{3,120})/i;

const LOSS =
  /^\s+(?:(?:also|still|often|sometimes|silently)\s+)?(?:loses|lost|fails\sto\s(?:support|provide|handle|keep|preserve)|drops\ssupport\sfor|dropped\ssupport\sfor)\s+(.{2,160})/i;

/** What one clause says its subject has, lacks or is. */
const COUNT_OPENING =
  /^(?:(?:over|about|around|nearly|almost|roughly|more than|less than|fewer than|at least|some)\s|~\s?)?\d/i;

export function predicate(after: string): { verb: string; phrase: string; negated: boolean } | null {
  // A noun-phrase item: "No built-in retries", "Native TypeScript support".
  const item = /^\s*(no|built[- ]in|native|first[- ]class)\s+(.{2,160})/i.exec(after);
  if (item)
    return {
      verb: "has",
      phrase: `${/^no$/i.test(item[1]) ? "" : `${item[1]} `}${item[2]}`.split(BOUNDARY)[0],
      negated: /^no$/i.test(item[1]),
    };
  const has = HAS.exec(after);
  // "has over 70,000 stars", "has 18 client types": a count of something, a fact (its rules read it), no capability.
  if (has && /^(?:has|have|had)$/i.test(has[2]) && COUNT_OPENING.test(has[3])) return null;
  if (has) return { verb: has[2].toLowerCase(), phrase: has[3].split(BOUNDARY)[0], negated: Boolean(has[1]) };
  // "is overperforming other databases", "is one of many libraries": a plural kind is no kind of one thing.
  const isA = IS_A.exec(after);
  const kindOfOne = isA && !(/^\s+is\b/i.test(after) && /(?<![sy])s$/i.test(isA[1])) ? isA : null;
  const kind = PASSIVE_KIND.exec(after) ?? kindOfOne ?? PROPERTY.exec(after);
  if (kind) return { verb: "is", phrase: kind[1].split(BOUNDARY)[0], negated: false };
  // "will respect .gitignore rules", "can stream results", "cannot run Compose files": what it is able to do.
  const modal = MODAL.exec(after);
  if (modal && !NOT_MODAL_VERBS.has(modal[3].toLowerCase()) && isVerb(modal[3], after.trim())) {
    return {
      verb: modal[3].toLowerCase(),
      phrase: `${modal[3]} ${modal[4].split(BOUNDARY)[0]}`,
      negated: /n[o']t$|^never$/i.test(modal[1]) || Boolean(modal[2]),
    };
  }
  // "jq loses the precision of large integers", "fails to preserve key order": what it loses, it lacks.
  const loss = LOSS.exec(after);
  if (loss) return { verb: "has", phrase: loss[1].split(BOUNDARY)[0], negated: true };
  const verb = VERB_S.exec(after);
  // "Podman runs without a daemon": what it does without is what it lacks.
  const without = verb ? /^without\s(?:an?\s|the\s|any\s)?(.{2,120})/i.exec(verb[2]) : null;
  if (verb && without && !NOT_VERBS.has(verb[1]))
    return { verb: "has", phrase: without[1].split(BOUNDARY)[0], negated: true };
  if (verb && !NOT_VERBS.has(verb[1]) && isVerb(verb[1], after))
    return { verb: verb[1], phrase: `${verb[1]} ${verb[2].split(BOUNDARY)[0]}`, negated: false };
  return null;
}

// "has snapshot testing built in", "ships TypeScript support out of the box": how it has it, after the object.
const POSTPOSED_BUILT_IN = /(?<=\S)\s+(?:(?:built|baked)[- ]in|out[- ]of[- ]the[- ]box)$/i;

// "has been built in" is a passive with no object: left whole, for the dangling "in" to end it.
export const withoutPostposedBuiltIn = <T extends { phrase: string }>(said: T | null): T | null =>
  said && !/^(?:been|being|be)\b/i.test(said.phrase)
    ? { ...said, phrase: said.phrase.replace(POSTPOSED_BUILT_IN, "") }
    : said;
