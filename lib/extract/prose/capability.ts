// Capabilities in a sentence: what its subject (a technology, its pronoun, or the section's subject for
// a pros/cons item) has, lacks, is built on or is, clause by clause. Praise with nothing checkable is
// handed back as a judgement for the evaluation rule.
import { capabilityTopic, isNegatedClause, isVerb, judgementIn, namesStanding } from "../language";
import { coordinated, frontedEnd, isSide, singularPredicate, skipAside } from "../attribution";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, lcFirst, sentenceOf, type ProseContext } from "./common";
import { vocabularyTopic } from "./vocabulary";
import { clausesOf, innerClauses, type Clause } from "./clauses";
import { BOUNDARY, predicate, withoutPostposedBuiltIn } from "./predicate";
import { enumerationAfter, lackingAfter } from "./enumeration";
import { headingCapability, withHeadingObject } from "./heading-object";

// "This" alone mostly stands for the sentence before ("This includes choosing …"), not a technology; "this
// library" names one.
const PRONOUN =
  /^(?:it|they|both|th(?:is|at) (?:tool|framework|library|database|engine|runtime|language|package|project|platform|service|server|orm|queue|broker|bundler|runner|client|proxy))\b/i;
// "Both support …", "They have …": a plural verb, said of each one in the statement ("Angular supports …").
const PLURAL_PRONOUN = /^(?:both|they)$/i;
// Support in part: experimental, incomplete, through a plugin.
const PARTIAL =
  /\b(?:partial(?:ly)?|limited support|experimental|incomplete|rudimentary|in (?:beta|preview)|via (?:a )?plugins?|through (?:a )?plugins?|with (?:a )?plugins?|some support)\b/i;
// "X's <what it has> <verb> …": up to four words owned, then the verb of the clause.
const POSSESSIVE =
  /^(?:'s|’s)\s+((?:[\w:./+-]+\s+){0,3}?[\w:./+-]+(?:\s\([^()]{1,40}\))?)\s+(is|are|was|were|has|can|does|will|[a-z]{3,}(?:s|ed))\b/i;
// Possessions that are not capabilities: how it fares, who made it, where it is read about.
const NOT_OWNED =
  /^(?:the\s+)?(?:[\w-]+\s+){0,2}(?:performance|speed|popularity|success|approach|team|creator|author|authors|website|docs|documentation|community|future|latest|main|biggest|own|advantage|strength|weakness|downside|upside|problem|name|version|release|syntax|answer|verdict|take|story|history|goal|aim|figure|figures|number|numbers|share|count|downloads|stars|users)$/i;
const SUBJECTLESS_FEATURE =
  /^(?:(?:(?:does not|doesn't|do not|don't|cannot|can't|can not|can|will not|won't|is not|isn't)\s+)?(?:supports?|has|have|provides?|offers?|includes?|ships(?: with)?|comes? with|lacks?|no|built[- ](?:in|on)|native|first[- ]class|requires?|needs?|uses?|runs on|written in)|(?:cannot|can't|can not|can|will not|won't)\s+[a-z]{3,15})\s/i;
// An item that opens with a verb said of one subject ("doesn't ship a CLI", "supports ESM"): the statement
// is its subject's name and the item as written ("Jest doesn't ship a CLI"); any other item follows "Jest: ".
const FINITE_VERB_FIRST =
  /^(?:does|doesn't|cannot|can't|can|will|won't|is|isn't|supports|has|provides|offers|includes|ships|comes|lacks|requires|needs|uses|runs)\s/i;
// "No support for nested tests", "Without a dashboard": what the item's subject lacks, said without a verb.
const VERBLESS_LACK = /^(?:no|without)\s/i;

// What stays in each item's statement before the item: a preposition, or who is let to do what ("you to use").
const LEADING_PREPOSITION =
  /^(?:(?:you|users|developers|us|one)\s+to\s+[a-z]{2,12}\s+|(?:in|on|with|for|to|into|across|via|through|from|as)\s+)/i;
const WHERE_BEFORE = /\b(?:on|in|under|inside|across|within)\s(?:the\s)?$/i;

/** The topic of what a possessive owns ("Bun's Windows support"), in the vocabulary's words when it is one of them. */
function ownedTopic(owned: string): string | null {
  const own = capabilityTopic("has", owned.replace(/\([^)]*\)/g, " "));
  return vocabularyTopic(owned, own) ?? own;
}

type Subject = { slug: string; name: string };

/** A clause and where its subject is: the technology it opens with, its pronoun, or none (a pros/cons item). */
interface ClauseSubject {
  clause: Clause;
  start: number;
  end: number;
  named: Mention | undefined;
  pronoun: RegExpExecArray | null;
  subjectless: boolean;
  /** "In Elixir, processes are …", "With Flutter and React Native, you can …": the technologies fronted as the clause's setting. */
  setting: Mention[];
}

// A setting fronted before a clause: "In X,", "With X and Y,", "Using X,", "In X instead,".
const SETTING_BEFORE = /^(?:(?:also|but|and|so|now)\s+)?(?:in|with|using)\s+$/i;
const WITH_SETTING = /^(?:(?:also|but|and|so|now)\s+)?(?:with|using)\s[^,;:]{1,60},\s+/i;
const SETTING_AFTER = /^(?:\s+(?:instead|too|also|alone|itself|though))?\s*,\s+$/i;
// A person as the clause's subject ("you can", "we can"): what they can do with the setting, it allows.
const PERSON = /^(?:you|we|one|developers|users|teams)\s+(?=(?:can|cannot|can't|can not)\s)/i;
const PERSON_NOT_CAPABLE = new Set(["need", "have", "want", "like", "think", "know", "see", "say", "use"]);

/** The technologies named as a fronted setting between the clause's start and its main part, when it has one. */
function settingOf(text: string, clauseStart: number, mainStart: number, mentions: Mention[]): Mention[] {
  if (mainStart <= clauseStart) return [];
  const first = mentions.find((m) => m.start > clauseStart && m.end < mainStart);
  if (!first || !SETTING_BEFORE.test(text.slice(clauseStart, first.start))) return [];
  const all = [first, ...coordinated(text, mentions, first)];
  return SETTING_AFTER.test(text.slice(all[all.length - 1].end, mainStart)) ? all : [];
}

function clauseSubject(text: string, clause: Clause, mentions: Mention[], ctx: ProseContext): ClauseSubject {
  const lead = clause.text.length - clause.text.trimStart().length;
  // "Unlike X, Y has …": the clause is about Y; X is only the other side of the contrast.
  const start = frontedEnd(text, clause.at + lead);
  const end = clause.at + clause.text.length;
  // "With X, you can …": a setting frontedEnd leaves in place (elsewhere "with X" is no side reference).
  const withSetting = start === clause.at + lead ? WITH_SETTING.exec(text.slice(start, start + 80)) : null;
  if (withSetting) {
    const mainStart = start + withSetting[0].length;
    const setting = settingOf(text, start, mainStart, mentions);
    if (setting.length)
      return { clause, start: mainStart, end, named: undefined, pronoun: null, subjectless: false, setting };
  }
  // The clause's subject: a technology it opens with (after at most two words), or a pronoun for the last one.
  // "It uses Apache Arrow under the hood": a clause opened by a pronoun is about the pronoun's technology,
  // whatever it names after the verb.
  const opensWithPronoun = /^(?:it|its|they|their)\b/i.test(text.slice(start));
  const named = mentions.find(
    (m) =>
      !opensWithPronoun &&
      m.start >= start &&
      m.start <= start + 24 &&
      m.start < clause.at + clause.text.length &&
      /^(?:\S+\s+){0,2}[`*_]{0,2}$/.test(text.slice(start, m.start)) &&
      !isSide(text, m, start),
  );
  const pronoun = named ? null : PRONOUN.exec(text.slice(start));
  // A pros/cons item under a technology's heading has no subject of its own: "Supports parallel runs",
  // "No built-in retries", "Built on Rust".
  const subjectless =
    !named && !pronoun && clause.at === 0 && ctx.subject.length > 0 && SUBJECTLESS_FEATURE.test(text.slice(start));
  const setting = named || pronoun ? [] : settingOf(text, clause.at + lead, start, mentions);
  return { clause, start, end, named, pronoun, subjectless, setting };
}

/**
 * "In Elixir, processes are like objects", "In React Native, the Hot Reload is built on HMR", "With Flutter,
 * you can embed a screen in a native app": what a clause says in a technology's setting, it says of the
 * technology (what it has, or what it lets you do). The statement is the clause as written.
 */
function settingFeature(s: Span, at: ClauseSubject, emit: Emit, judged: string[]): boolean {
  const text = s.text;
  const main = text.slice(at.start, at.end);
  let topic: string | null;
  let negative: boolean;
  const person = PERSON.exec(main);
  if (person) {
    const said = predicate(` ${main.slice(person[0].length)}`);
    if (!said || said.verb === "is" || PERSON_NOT_CAPABLE.has(said.verb)) return false;
    const judgement = judgementIn(said.phrase);
    if (judgement) {
      judged.push(judgement);
      return false;
    }
    topic =
      vocabularyTopic(said.phrase, capabilityTopic(said.verb, said.phrase)) ?? capabilityTopic(said.verb, said.phrase);
    negative = said.negated;
  } else {
    const owned = POSSESSIVE.exec(`'s ${main.replace(/^(?:the|its|their)\s+/i, "")}`);
    // "all that hassle is gone": what a demonstrative points back to is not named here.
    if (!owned || NOT_OWNED.test(owned[1]) || /\b(?:we|you|it|they|this|that|these|those|there|i)\b/i.test(owned[1]))
      return false;
    const copula = /^(?:is|are|was|were)$/i.test(owned[2]);
    if (!copula && !/^(?:has|can|does|will)$/i.test(owned[2]) && !isVerb(owned[2], main)) return false;
    const rest = `'s ${main.replace(/^(?:the|its|their)\s+/i, "")}`.slice(owned[0].length);
    // "In Redis, the p99 was 2 ms": a figure, for the figure rules.
    if (/^\s*[\d$€£~≈]/.test(rest)) return false;
    const judgement = copula && namesStanding(owned[1]) ? judgementIn(rest, true) : null;
    if (judgement) {
      judged.push(judgement);
      return false;
    }
    topic = ownedTopic(owned[1]);
    negative = /^(?:no|zero)\b/i.test(owned[1]) || /^\s*(?:not|never|n't)\b/i.test(rest);
  }
  if (!topic) return false;
  const support = negative ? "missing" : PARTIAL.test(main) ? "partial" : "built-in";
  const statement = sentenceOf(text.slice(at.clause.at, at.end));
  for (const m of at.setting) emit({ ...base("feature", [m.slug], statement, topic), conditions: { support } }, s);
  return true;
}

// "is confusing", "are really painful", "is impenetrable": a copula's evaluative adjective (not "is built in", "is optional").
const EVALUATIVE_PREDICATE =
  /^\s(?:(?:very|really|quite|too|so|pretty|rather|fairly|extremely|incredibly|surprisingly|still|a bit|somewhat)\s)?(confusing|painful|impenetrable|clunky|awkward|cumbersome|messy|verbose|excellent|great|superb|outstanding|terrible|awful|poor|lacking|sparse|thin|outdated|inconsistent|intuitive|elegant|clean|pleasant|frustrating|overwhelming|convoluted|bloated|brittle|fragile|unreliable|hard to \w+|difficult to \w+|easy to \w+|simple to \w+)\b/i;

/**
 * "Astro's partial hydration means …", "its built-in image optimization handles …": what it has, by the
 * possessive. Returns the owner when a feature was emitted (it becomes the subject of the next clauses).
 */
function ownedFeature(
  s: Span,
  at: ClauseSubject,
  subject: Subject | null,
  emit: Emit,
  judged: string[],
): Subject | null {
  const text = s.text;
  const { clause, start, end: clauseEnd, named } = at;
  const owned =
    named && named.start === start
      ? POSSESSIVE.exec(text.slice(named.end, clauseEnd))
      : !named && subject && /^its\s/i.test(text.slice(start))
        ? POSSESSIVE.exec(`'s ${text.slice(start + 4, clauseEnd)}`)
        : null;
  if (
    !owned ||
    !(named || subject) ||
    !(/^(?:is|are|was|were|has|can|does|will)$/i.test(owned[2]) || isVerb(owned[2], clause.text))
  )
    return null;
  const owner = named ? { slug: named.slug, name: named.name } : subject!;
  // "Fiber's overhead is acceptable", "Celery's configuration is confusing": what the copula says of it is a
  // judgement, not a capability (a standing noun's any judgement; another noun's only an evaluative word).
  const predicate = text.slice((named ? named.end : start + 4) + owned[0].length - (named ? 0 : 3), clauseEnd);
  const copula = /^(?:is|are|was|were)$/i.test(owned[2]);
  const judgement = copula
    ? namesStanding(owned[1])
      ? judgementIn(predicate, true)
      : (EVALUATIVE_PREDICATE.exec(predicate)?.[1] ?? null)
    : null;
  if (judgement) judged.push(judgement);
  const topic = NOT_OWNED.test(owned[1]) || judgement ? null : ownedTopic(owned[1]);
  if (!topic) return null;
  const rest = named ? text.slice(named.end, clauseEnd) : `'s ${text.slice(start + 4, clauseEnd)}`;
  // Only the verb's own negation counts ("does not handle"), not a "without" in its object.
  const negative = /^(?:no|zero)\b/i.test(owned[1]) || /^\s*(?:not|never|n't)\b/i.test(rest.slice(owned[0].length));
  // "its Windows support is still experimental": it has it, in part.
  const partial = PARTIAL.test(rest.slice(owned[0].length));
  emit(
    {
      ...base("feature", [owner.slug], sentenceOf(`${owner.name}${rest.replace(/^’s/, "'s")}`), topic),
      conditions: { support: negative ? "missing" : partial ? "partial" : "built-in" },
    },
    s,
  );
  return owner;
}

/** What the clause's predicate says its subject (and every subject coordinated with it) has, lacks or is. */
function predicateFeatures(
  s: Span,
  mentions: Mention[],
  at: ClauseSubject,
  subject: Subject,
  emit: Emit,
  judged: string[],
  heading?: string,
): boolean {
  const text = s.text;
  const { clause, start, end: clauseEnd, named, pronoun, subjectless } = at;
  // "DuckDB and SQLite are both embedded": every coordinated subject gets the predicate.
  const together = named ? coordinated(text, mentions, named) : [];
  const last = together.length ? together[together.length - 1] : named;
  // "Y, on the other hand, deletes …", "Y, built on X, supports …": the verb comes after the aside.
  const subjectEnd = last ? last.end : subjectless ? start : start + (pronoun?.[0].length ?? 0);
  const asideEnd = subjectless ? subjectEnd : skipAside(text, subjectEnd);
  const from = asideEnd > subjectEnd ? asideEnd - 1 : subjectEnd;
  // "X and Y both support …": the plural predicate, said of each.
  // "support it" under "Local computation caching": the heading's capability.
  const predicateText = withHeadingObject(
    text.slice(from, clauseEnd).replace(together.length ? /^\s(?:both|all|each)(?=\s)/i : /^$/, ""),
    headingCapability(heading),
  );
  const after = subjectless ? ` ${VERBLESS_LACK.test(predicateText) ? "has " : ""}${predicateText}` : predicateText;
  const said = withoutPostposedBuiltIn(predicate(after));
  // "It is built on top of" (the object on the next line of the source): nothing is said yet.
  // "has been under active development since 2007", "has been owned by …": a history (facts.ts), not something it has.
  if (
    !said ||
    /^been\s(?:(?:actively|continuously)\s)?(?:under|in|around|owned|acquired|bought|maintained|sponsored|backed|funded|developed|part|stable)\b/i.test(
      said.phrase,
    ) ||
    /^\s*[\d$€£~≈]/.test(said.phrase) ||
    // "Lerna supports it." with no heading to say what "it" is: nothing checkable.
    /^(?:it|this|that|them)[.!]?$/i.test(said.phrase.trim()) ||
    /\b(?:of|on|to|in|with|for|by|the|an?|and|or)$/i.test(said.phrase.trim())
  )
    return false;
  // "has a phenomenal ecosystem", "is another powerful ORM": praise with nothing checkable is an opinion.
  // "has no lazy API": what it lacks is checkable, whatever adjective names it.
  const judgement = /^(?:no|zero|without)\s/i.test(said.phrase) ? null : judgementIn(said.phrase, said.verb === "is");
  if (judgement) {
    judged.push(judgement);
    return false;
  }
  // "is a much more popular tool": a judgement, not a kind of thing.
  if (
    said.verb === "is" &&
    /\b(?:more|most|less|least|much|better|best|popular|great|good|nice|leading|(?:enterprise|industry|gold|de facto) standard)\b/i.test(
      said.phrase,
    )
  )
    return false;
  const own = capabilityTopic(said.verb, said.phrase);
  const topic = (said.verb === "is" ? null : vocabularyTopic(said.phrase, own)) ?? own;
  if (!topic) return false;
  // Negation of the verb ("does not ship", "has no", "lacks"), not of something later in the object ("supports MDX without plugins").
  const verbEnd = Math.max(0, after.indexOf(said.phrase));
  const negative =
    said.negated ||
    // "stands out by not shipping a garbage collector": what it does by not having it, it lacks.
    /^(?:\S+\s){1,3}?by\snot\s[a-z]{3,20}ing\b/i.test(said.phrase) ||
    /^(?:lacks?|lacked|is missing|was missing|misses)$/.test(said.verb) ||
    /^(?:no|not|zero|without|neither|none)\b/i.test(said.phrase) ||
    /\b(?:not|never)\b|n't\b/i.test(after.slice(0, verbEnd)) ||
    isNegatedClause(after.slice(0, verbEnd));
  const support = negative ? "missing" : PARTIAL.test(clause.text) ? "partial" : "built-in";
  const owners = together.length ? [named as Mention, ...together] : [{ slug: subject.slug, name: subject.name }];
  // "does not support running TypeScript", "is not a drop-in replacement for Node.js": the technology the
  // capability names is part of the claim, after its owner.
  const phraseAt = text.indexOf(said.phrase, from);
  // Up to where the clause's next part begins ("… where pandas evaluates eagerly" is not about pandas' capability).
  const rest = phraseAt < 0 ? "" : text.slice(phraseAt, clauseEnd);
  const objectsEnd = phraseAt + (rest.search(BOUNDARY) < 0 ? rest.length : rest.search(BOUNDARY));
  const objects =
    phraseAt < 0
      ? []
      : mentions
          // "on Windows", "in Docker": where it runs is a setting, not what the capability is about.
          .filter((m) => m.start >= phraseAt && m.end <= objectsEnd && !WHERE_BEFORE.test(text.slice(0, m.start)))
          .map((m) => m.slug);
  for (const owner of owners) {
    const techs = [...new Set([owner.slug, ...objects])].slice(0, 3);
    const said = text.slice(start, clauseEnd);
    const statement = subjectless
      ? sentenceOf(`${owner.name}${FINITE_VERB_FIRST.test(said) ? " " : ": "}${lcFirst(said)}`)
      : sentenceOf(
          `${owner.name}${together.length || PLURAL_PRONOUN.test(pronoun?.[0] ?? "") ? singularPredicate(predicateText).replace(/(?<!\s)\s+both\b/, "") : predicateText}`,
        );
    // The quote is the whole sentence: an editor reads the claim in its context.
    emit({ ...base("feature", techs, statement, topic), conditions: { support } }, s);
  }
  if (said.verb !== "is" && phraseAt >= 0 && !subjectless)
    listedFeatures(s, mentions, { said, phraseAt, from, clauseEnd, owners, support }, emit);
  return true;
}

/**
 * "X supports A, B and C": B and C are capabilities of X as A is, each in its own statement ("X supports B.");
 * "…, which Y does not currently support": Y lacks every one of them ("Y does not currently support A.").
 */
function listedFeatures(
  s: Span,
  mentions: Mention[],
  read: {
    said: { verb: string; phrase: string };
    phraseAt: number;
    from: number;
    clauseEnd: number;
    owners: Subject[];
    support: string;
  },
  emit: Emit,
): void {
  const text = s.text;
  const { said, phraseAt, from, clauseEnd, owners, support } = read;
  const list = enumerationAfter(text, phraseAt + said.phrase.length, clauseEnd);
  if (!list) return;
  // The object starts after the verb when the phrase repeats it ("can stream logs, metrics and traces").
  // ("works in Chrome, Firefox and GIMP", "allows you to use React, Vue and Svelte": those words are the lead's too).
  const verbLed = said.phrase.toLowerCase().startsWith(`${said.verb} `) ? said.verb.length + 1 : 0;
  const objectAt = phraseAt + verbLed + (LEADING_PREPOSITION.exec(said.phrase.slice(verbLed))?.[0].length ?? 0);
  const lead = text.slice(from, objectAt);
  const feature = (tech: string, name: string, verb: string, item: string, itemSupport: string) => {
    const topic = vocabularyTopic(item, capabilityTopic(said.verb, item)) ?? capabilityTopic(said.verb, item);
    if (!topic) return;
    const objects = mentions.filter((m) => item.includes(m.name) && m.slug !== tech).map((m) => m.slug);
    const techs = [...new Set([tech, ...objects])].slice(0, 3);
    emit(
      { ...base("feature", techs, sentenceOf(`${name}${verb}${item}`), topic), conditions: { support: itemSupport } },
      s,
    );
  };
  for (const owner of owners) for (const item of list.items) feature(owner.slug, owner.name, lead, item, support);
  const lacking = support === "built-in" ? lackingAfter(text, list.end, clauseEnd, mentions) : null;
  if (lacking)
    for (const item of [text.slice(objectAt, phraseAt + said.phrase.length), ...list.items])
      feature(lacking.tech.slug, lacking.tech.name, ` ${lacking.verb} `, item, "missing");
}

/** `judged` collects the evaluative words of clauses left as judgements, not capabilities, for the opinion rule. */
export function capability(
  s: Span,
  mentions: Mention[],
  ctx: ProseContext,
  emit: Emit,
  judged: string[] = [],
): boolean {
  let subject: Subject | null = ctx.subject.length
    ? { slug: ctx.subject[0], name: ctx.resolver.nameOf(ctx.subject[0]) }
    : null;
  let any = false;
  for (const clause of innerClauses(s.text, clausesOf(s.text), mentions)) {
    const at = clauseSubject(s.text, clause, mentions, ctx);
    const owner = ownedFeature(s, at, subject, emit, judged);
    if (owner) {
      any = true;
      subject = owner;
      continue;
    }
    if (at.setting.length) {
      if (settingFeature(s, at, emit, judged)) any = true;
      continue;
    }
    // "Both support componentization" after "Angular and Mithril.js … share a few similarities:": each of the two.
    // Under a heading naming one thing or none ("### WebDAV"), "Both support the WebDAV protocol" is said of the
    // two technologies the document compares; with no two to say it of, of nobody.
    const saysBoth = !at.named && /^both$/i.test(at.pronoun?.[0] ?? "");
    const both = !saysBoth ? [] : ctx.subject.length >= 2 ? ctx.subject.slice(0, 2) : (ctx.compared ?? []);
    if (saysBoth && both.length !== 2) continue;
    if (at.named) subject = { slug: at.named.slug, name: at.named.name };
    else if (!saysBoth && ((!at.pronoun && !at.subjectless) || !subject)) continue;
    const owners = saysBoth ? both.map((slug) => ({ slug, name: ctx.resolver.nameOf(slug) })) : [subject!];
    for (const owner of owners) if (predicateFeatures(s, mentions, at, owner, emit, judged, ctx.heading)) any = true;
  }
  return any;
}
