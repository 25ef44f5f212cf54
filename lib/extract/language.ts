// Language helpers for the prose rules: negation scope and sentiment from wink-nlp's English
// model (shipped inside the npm package: nothing is downloaded), and the normal form of a capability
// phrase, so "built-in admin", "an admin panel" and "the admin interface" are one topic.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { slugify } from "@/lib/text/slug";

type English = ReturnType<typeof winkNLP>;
let loaded: English | undefined;

/**
 * The English model, loaded on first use. It takes ≈ 10 MB of heap and a moment to read, and every
 * web server process imports this module (the import pipeline's modules reach it) while extraction
 * itself runs in the reader pool's worker threads (lib/import/reader-pool.ts): loaded at import, each
 * server process kept it for nothing, and each of its full GCs walked it.
 */
function english(): English {
  return (loaded ??= winkNLP(model));
}

// Sentences longer than this are not prose a person wrote; the model is not asked about them.
const MAX_NLP = 600;

type Reading = ReturnType<English["readDoc"]>;
/**
 * The model's reading of each text asked about in the document being extracted: the rules ask about
 * the same clause more than once (88 readings for 72 texts per benchmark document, measured). The
 * model is deterministic and callers only read its output; cleared for each document
 * (forgetReadings), and when it holds this many.
 */
const readings = new Map<string, Reading>();
const MAX_READINGS = 2000;

function read(text: string): Reading {
  let reading = readings.get(text);
  if (!reading) {
    if (readings.size >= MAX_READINGS) readings.clear();
    reading = english().readDoc(text);
    readings.set(text, reading);
  }
  return reading;
}

/** Called as each document's extraction starts: a reading is kept for the document it came from only. */
export function forgetReadings(): void {
  readings.clear();
}

/** True when the clause is negated ("does not support", "has no", "without", "isn't"). */
export function isNegatedClause(clause: string): boolean {
  if (clause.length > MAX_NLP) return false;
  if (/\b(?:no|without|lacks?|lacking|missing|neither|nor)\b/i.test(clause)) return true;
  const flags = read(clause).tokens().out(english().its.negationFlag) as boolean[];
  return flags.some(Boolean);
}

/**
 * True when what the sentence says its subject does or has is negated: a negated verb ("does not
 * support", "isn't", "never"), "has no …", "lacks", or a sentence that opens with "No …"/"Without …"
 * (a list item). A "no" or "without" inside the object negates something else ("feels close to
 * writing pages without a framework"), so it does not count: isNegatedClause is the broader test.
 */
export function isVerbNegated(sentence: string): boolean {
  if (sentence.length > MAX_NLP) return false;
  if (/^\W{0,3}(?:no|without)\b/i.test(sentence)) return true;
  if (/\b(?:lacks?|lacking|lacked|is missing|are missing|neither)\b/i.test(sentence)) return true;
  if (/\b(?:has|have|had|offers?|ships?|provides?|includes?|comes? with|supports?)\s(?:\w+\s)?no\b/i.test(sentence))
    return true;
  // The words that negate a verb (wink-nlp's tokens split "doesn't" into "does" + "n't").
  const words = read(sentence).tokens().out() as string[];
  return words.some((w) => /^(?:not|n't|never|cannot)$/i.test(w));
}

/** True when `word` is used as a verb in `clause` ("Laravel downloads grew": "downloads" is a noun). */
export function isVerb(word: string, clause: string): boolean {
  if (clause.length > MAX_NLP) return false;
  const tokens = read(clause).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(english().its.pos) as string[];
  const at = words.indexOf(word);
  // "downloads grew": a word followed by a verb is the noun that verb is about.
  return at >= 0 && (pos[at] === "VERB" || pos[at] === "AUX") && pos[at + 1] !== "VERB" && pos[at + 1] !== "AUX";
}

export interface Token {
  word: string;
  pos: string;
  lemma: string;
}

/** The clause's words with their part of speech and lemma ("outperformed" -> VERB "outperform"); none past the length limit. */
export function tagged(clause: string): Token[] {
  if (clause.length > MAX_NLP) return [];
  const tokens = read(clause).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(english().its.pos) as string[];
  // (The typings declare the lemma function with an addons parameter the tokens collection does not pass.)
  const lemmas = tokens.out(english().its.lemma as unknown as English["its"]["pos"]) as string[];
  return words.map((word, i) => ({ word, pos: pos[i], lemma: lemmas[i] }));
}

/** The clause's words with part of speech, lemma and whether negation covers them (one model pass). */
export function analysed(clause: string): Array<Token & { negated: boolean }> {
  if (clause.length > MAX_NLP) return [];
  const tokens = read(clause).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(english().its.pos) as string[];
  const lemmas = tokens.out(english().its.lemma as unknown as English["its"]["pos"]) as string[];
  const negated = tokens.out(english().its.negationFlag) as boolean[];
  return words.map((word, i) => ({ word, pos: pos[i], lemma: lemmas[i], negated: Boolean(negated[i]) }));
}

/** True when wink-nlp's sentiment lexicon, or the praise it leaves neutral (JUDGING), gives the word a polarity. */
export function isEvaluativeWord(word: string): boolean {
  return JUDGING.test(word) || (word.length <= 30 && Number(read(word).out(english().its.sentiment)) !== 0);
}

/** True for praise or blame the model's lexicon leaves neutral ("phenomenal", "painful"): JUDGING alone, no sentiment. */
export const isJudgingWord = (word: string): boolean => JUDGING.test(word);

/** The sentence's sentiment, -1 (negative) to 1 (positive). */
export function sentimentOf(sentence: string): number {
  if (sentence.length > MAX_NLP) return 0;
  return Number(read(sentence).out(english().its.sentiment)) || 0;
}

// Words that say how, how much or how well, not what: dropped from a capability's topic.
const FILLER = new Set(
  (
    "no zero none a an the its their his her our your this that these those any some all full complete proper real true native natively built-in builtin " +
    "integrated first-class out-of-the-box automatic automatically official optional basic simple great good excellent strong robust " +
    "powerful rich solid nice decent very really quite more most much many lot lots of also only just even still now already better best"
  ).split(" "),
);
// Generic heads: "admin panel" and "admin interface" are both "admin".
const GENERIC_HEAD = new Set([
  "support",
  "panel",
  "interface",
  "ui",
  "feature",
  "features",
  "capability",
  "capabilities",
  "functionality",
  "system",
  "mechanism",
  "option",
  "options",
  "tooling",
  "out",
  "box",
]);
const STOP_AFTER = new Set([
  "without",
  "of",
  "by",
  "for",
  "to",
  "in",
  "on",
  "with",
  "by",
  "from",
  "at",
  "as",
  "via",
  "through",
  "using",
  "and",
  "or",
  "but",
  "so",
  "which",
  "that",
  "when",
  "if",
  "because",
  "while",
]);
const VERB_PREPOSITIONS: Record<string, true> = {
  "built on": true,
  "runs on": true,
  "runs in": true,
  "written in": true,
  "compiles to": true,
  "relies on": true,
  "depends on": true,
  "based on": true,
  "works with": true,
  "integrates with": true,
};

/** "indexes" -> "index", "libraries" -> "library", "queues" -> "queue"; short words and "-ss" stay. */
// Names and words that end in "s" without being plurals ("managed Postgres" is not "managed postgre").
const NOT_PLURAL = new Set([
  "postgres",
  "kubernetes",
  "devops",
  "jenkins",
  "https",
  "analytics",
  "series",
  "news",
  "macos",
  "ios",
  "aws",
  "dns",
  "cors",
]);

function singular(word: string): string {
  if (word.length <= 4 || /ss$|us$|is$/.test(word) || NOT_PLURAL.has(word)) return word;
  if (/ies$/.test(word)) return word.replace(/ies$/, "y");
  if (/(?:x|ch|sh|ss)es$/.test(word)) return word.replace(/es$/, "");
  return word.replace(/s$/, "");
}

/**
 * The topic of a capability phrase: the noun phrase after the verb, without articles, intensifiers or
 * generic heads, singular, as a slug ("a built-in admin panel" -> "admin"). A verb that carries its
 * preposition keeps it in the topic ("written in Rust" -> "written-in-rust"). Null when nothing is left.
 */
// "no support for nested tests", "native support of HTTP/3": the capability is what the support is for.
const SUPPORT_FOR =
  /^(?:(?:no|native|built-in|builtin|first[- ]class|full|partial|limited|basic|experimental|official)\s+){0,2}support\s+(?:for|of)\s+(?=\S)/i;

export function capabilityTopic(verb: string, phrase: string): string | null {
  const words = phrase
    .replace(SUPPORT_FOR, "")
    .toLowerCase()
    .replace(/[“”"'`*_]/g, "")
    .replace(/\bout[- ]of[- ]the[- ]box\b|\bby default\b/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const kept: string[] = [];
  for (const w of words) {
    if (STOP_AFTER.has(w) && kept.length) break;
    if (FILLER.has(w) || STOP_AFTER.has(w)) continue;
    kept.push(w.replace(/(?<![.,;:!?])[.,;:!?]+$/, ""));
    if (kept.length >= 5) break;
  }
  while (kept.length > 1 && GENERIC_HEAD.has(kept[kept.length - 1])) kept.pop();
  if (!kept.length || (kept.length === 1 && GENERIC_HEAD.has(kept[0]))) return null;
  const last = kept.length - 1;
  kept[last] = singular(kept[last]);
  const prep = Object.keys(VERB_PREPOSITIONS).find((p) => verb.endsWith(p));
  const topic = slugify(`${prep ?? ""} ${kept.join(" ")}`.trim(), 60);
  return topic.length >= 2 ? topic : null;
}

/**
 * How a use-case item reads after "Use X …", by its part of speech: a bare verb ("Need low latency")
 * is the reader's need ("when you need low latency"), a gerund ("Building APIs") or a clause ("Latency is
 * critical") a situation ("when …"), a noun phrase ("Standard CRUD APIs") what it is for ("for …").
 */
export function useCaseClause(item: string): string {
  const lower = /^[A-Z][a-z]/.test(item) ? item[0].toLowerCase() + item.slice(1) : item;
  if (item.length > MAX_NLP) return `when ${lower}`;
  const tokens = read(item).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(english().its.pos) as string[];
  const first = (words[0] ?? "").toLowerCase();
  // The model tags a sentence-initial "Need"/"Want" as a noun or proper noun as often as a verb.
  if (
    /^(?:need|want|have|require|prefer|expect|plan|care|can|must|value|like|already|know|run|build|ship|serve|handle|deploy|write|are|use|cannot|can't|don't|do|rely|depend|work|own|operate|maintain|manage|host|develop|get)$/.test(
      first,
    )
  )
    return `when you ${lower}`;
  if (/ing$/.test(first) && (pos[0] === "VERB" || pos[0] === "NOUN" || pos[0] === "PROPN")) return `when ${lower}`;
  // A finite verb makes a clause ("Latency is critical"); an -ing word inside a noun phrase does not ("Event streaming").
  // Only the head counts: a verb in a relative clause or after a preposition ("Caches that can be rebuilt")
  // leaves the item a noun phrase.
  const head = words.findIndex((w, i) => i > 0 && (/^(?:that|which|who|whose|where)$/i.test(w) || pos[i] === "ADP"));
  const upTo = head < 0 ? words.length : head;
  if (pos.slice(0, upTo).some((p, i) => p === "AUX" || (p === "VERB" && !/ing$/i.test(words[i]))))
    return `when ${lower}`;
  return `for ${lower}`;
}

/** Blame the sentiment lexicon scores neutral or too mildly ("slow", "clunky"): a judgement against what it describes. */
export const BLAME =
  /^(?:hard|difficult|confusing|slow|slower|slowest|clunky|awkward|painful|painfully|verbose|annoying|useless|cumbersome|sluggish|flaky|buggy|frustrating|bloated|messy|ugly|weird|unstable|unreliable|tedious|horrible|poor|weak|terrible|awful|impenetrable|convoluted|brittle|fragile|outdated|inconsistent|overwhelming|lacking|sparse)$/i;

// Praise and blame that the model's sentiment lexicon leaves neutral ("phenomenal", "astonishing").
const JUDGING =
  /^(?:phenomenal|astonishing|incredible|amazing|awesome|outstanding|remarkable|fantastic|tremendous|impressive|stellar|superb|excellent|great|huge|massive|enormous|vibrant|thriving|unmatched|unrivall?ed|unparall?eled|powerful|robust|solid|mature|rich|strong|steep|steeper|enjoyable|pleasant|delightful|painful|acceptable|decent|poor|weak|terrible|awful|expressive|elegant|intuitive|productive|flexible|seamless|smooth|annoying|useless|clunky|cumbersome|sluggish|flaky|buggy|confusing|frustrating|bloated|messy|ugly|weird|unstable|unreliable|awkward|tedious|horrible)$/i;
const NEUTRAL_IN_COMPOUND = new Set(["key", "first"]);
const RANKING =
  /^(?:best|worst|finest|greatest)$|^(?:fast|slow|simpl|easi|cheap|small|larg|light|heavi|clean|saf|strong|weak|quick|rich)est$/i;
// Nouns that name standing, not a capability: what an evaluative word says of them cannot be checked.
const STANDING = new Set(
  (
    "ecosystem adoption community popularity number numbers flexibility learning curve reputation following mindshare momentum traction " +
    "experience dx documentation docs choice option tool framework library orm database way fit success growth interest fan fans base user " +
    "users developer developers lot lots level amount deal syntax api apis approach design work job piece thing things one"
  ).split(" "),
);

/**
 * The evaluative word that makes a predicate a judgement rather than a capability ("has a phenomenal
 * ecosystem", "is another powerful ORM", "is acceptable for long servers"), or null when the predicate
 * names something checkable ("supports partial indexes", "has significant initialization overhead").
 * A ranking word ("the best", "fastest") always judges; an evaluative adjective (wink-nlp sentiment, or
 * praise the model leaves neutral) judges when every noun it goes with names standing, not a capability,
 * or when it is what a copula says ("is acceptable").
 */
export function judgementIn(phrase: string, copula = false): string | null {
  if (!phrase || phrase.length > MAX_NLP) return null;
  // "a steeper learning curve compared to Prisma": the other side of a comparison is no capability of its own.
  const own = phrase.split(/\b(?:compared (?:to|with)|than|versus|vs\.?|unlike|relative to)\s/i)[0];
  const tokens = read(own).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(english().its.pos) as string[];
  let cue: string | null = null;
  let checkable = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (RANKING.test(w) && (pos[i] === "ADJ" || pos[i] === "ADV")) return words[i];
    // "key-value store", "first-class support": in a compound these words name a kind of thing, not a
    // judgement (the sentiment lexicon scores "key" and "first" as praise).
    const neutralPart = NEUTRAL_IN_COMPOUND.has(w) && words[i + 1] === "-";
    const evaluative =
      !neutralPart &&
      (pos[i] === "ADJ" || pos[i] === "ADV") &&
      (JUDGING.test(w) || Number(read(w).out(english().its.sentiment)) !== 0);
    if (evaluative && !cue) {
      // "is acceptable …": the copula's own adjective is the claim, whatever follows it.
      if (copula && !checkable && words.slice(0, i).every((_, j) => pos[j] === "ADV" || pos[j] === "DET"))
        return words[i];
      cue = words[i];
    }
    if ((pos[i] === "NOUN" || pos[i] === "PROPN") && !STANDING.has(w) && !STANDING.has(w.replace(/s$/, "")))
      checkable = true;
  }
  return cue && !checkable ? cue : null;
}

// Adjectives the sentiment lexicon scores that name a fact, not a judgement: "Free tier", "Secure by default".
const FACTUAL_ADJECTIVES = new Set(["free", "secure", "open", "automatic", "native", "key", "first", "limited"]);

/**
 * The judgement a list item opens with or ends on: "Good customer support", "Rich plugin ecosystem",
 * "The CLI is fantastic" (an adjective the sentiment lexicon scores, or a judging word, leading the item or
 * said by its copula). Null for an item that names a capability ("HTTP/2 support", "Free tier").
 */
export function itemJudgement(item: string): string | null {
  if (!item || item.length > MAX_NLP) return null;
  // "Good customer support": a capitalised first word is tagged a proper noun; an item's capital is the list's.
  const tokens = read(/^[A-Z][a-z]/.test(item) ? item[0].toLowerCase() + item.slice(1) : item).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(english().its.pos) as string[];
  const judging = (i: number): boolean => {
    const w = words[i]?.toLowerCase() ?? "";
    if (pos[i] !== "ADJ" || FACTUAL_ADJECTIVES.has(w)) return false;
    // "top-level await", "key-value store": a compound's first part names a kind unless it is a judging word.
    if (words[i + 1] === "-") return JUDGING.test(w);
    return JUDGING.test(w) || Number(read(w).out(english().its.sentiment)) !== 0;
  };
  let i = 0;
  while (i < words.length && (pos[i] === "ADV" || pos[i] === "DET")) i++;
  if (judging(i)) return words[i];
  // "The CLI is fantastic": the copula's adjective, after the noun it judges.
  const copula = words.findIndex((w, j) => j > 0 && /^(?:is|are)$/i.test(w));
  if (copula < 0) return null;
  let j = copula + 1;
  while (j < words.length && pos[j] === "ADV") j++;
  return judging(j) && (j + 1 >= words.length || pos[j + 1] === "PUNCT") ? words[j] : null;
}

// What a technology costs or how it fares: "its overhead is acceptable" judges it; "its GitHub integration
// is amazing" still says it has the integration.
const COST =
  /\b(?:overhead|footprint|memory(?: use| usage)?|latency|speed|performance|startup(?: time)?|cost|price|size)$/i;

/** True when a possessed noun phrase names standing or a cost, not a capability ("overhead", "ecosystem"). */
export function namesStanding(noun: string): boolean {
  const last = noun.trim().toLowerCase().split(/\s+/).pop() ?? "";
  return COST.test(noun.trim()) || STANDING.has(last) || STANDING.has(last.replace(/s$/, ""));
}
