// Claims in plain sentences: what a sentence says about the technologies it names, decided from its
// construction rather than from a list of phrases. A sentence is tried as advice (use / avoid X for Y,
// X shines at Y, Y → X, Winner: X), a fact (released in, added in version, acquired by, licensed under,
// N stars), a capability (X supports / has / lacks / is built on …, X is a <kind of thing>) and, failing
// those, an evaluation (comparatives, superlatives, judgement words, the sentence's sentiment).
// Runs only on sentences the structural rules found nothing in. Every pattern is anchored at a mention
// or at the sentence start and bounded in length, so the cost is linear in the sentence.
import { slugify } from "@/lib/text/slug";
import { capabilityTopic, isNegatedClause, isVerb, judgementIn, namesStanding, sentimentOf } from "./language";
import { MONTH } from "./facts";
import { coordinated, frontedEnd, isSide, singularPredicate, skipAside } from "./attribution";
import type { Emit } from "./rules";
import type { Span } from "./sentences";
import type { Mention, TechResolver } from "./technologies";
import type { CandidateClaim } from "./types";

export interface ProseContext {
  resolver: TechResolver;
  /** What the heading or section is about, for sentences that name nothing ("Ideal for …", "It supports …"). */
  subject: string[];
  /** The nearest heading's text: the use case of "Ideal for" lines under "## When to pick Redis". */
  heading?: string;
  /** The technologies the document compares ("X vs Y" in its title). */
  compared?: string[];
}

type Claim = Omit<CandidateClaim, "quote" | "start" | "end">;

const MAX = 500;
const clean = (s: string): string => s.replace(/^[\s,;:–—-]+/, "").replace(/(?<![\s.,;:!?–—-])[\s.,;:!?–—-]+$/, "").replace(/\s+/g, " ").trim();
const lcFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const sentenceOf = (s: string): string => { const t = clean(s.replace(/^[-*•▪◦]\s+/, "")); return t ? `${t[0].toUpperCase()}${t.slice(1)}.` : t; };
const base = (kind: Claim["kind"], techs: string[], statement: string, topic: string | null): Claim => ({
  statement, kind, technologies: techs, topic, metric: null, value: null, unit: null, conditions: {}, stance: "SUPPORTS",
});

/** The use case of a piece of advice: up to the end of its clause, not a whole paragraph. */
function useCaseOf(tail: string): string {
  return clean(tail.split(/[.;!?]|,\s(?:but|while|whereas|although|and then)\s|\s[-–—]\s/)[0]).split(/\s+/).slice(0, 14).join(" ");
}

// ---- advice -------------------------------------------------------------------------------------
const USE_VERB = /(?:^|[\s(,;:])(?:(don'?t|do not|never|avoid|stop)\s+)?(use|using|choose|choosing|pick|picking|go with|opt for|consider|prefer|try|stick with|switch to|migrate to|adopt|reach for|start with|avoid|skip)\s+$/i;
const GOOD_AS = /^\s+(?:is|are|remains|would be|is still|makes)\s+(?:(?:the|a|an|your|my|our)\s+)?(?:[\w-]+\s+){0,2}?(choice|option|fit|pick|bet|winner|way to go|solution|candidate|default|go-to)\b\s*(?:(for|when|if|in)\s+(.{3,200}))?/i;
const SHINES = /^\s+(?:(?:really|truly|clearly|still|also)\s+)?(shines|excels|wins|thrives|dominates|is (?:ideal|perfect|great|best|better|well[- ]suited|suited|designed|recommended|built|optimi[sz]ed|made|the (?:better|best|right) (?:choice|fit|option)))\s+(for|when|at|in|with|if)\s+(.{3,200})/i;
const NOT_FOR = /^\s+(?:is|are)\s+(?:not|n't|no longer|probably not)\s+(?:(?:a|the)\s+)?(?:(?:good|great|right|ideal|best|suited|recommended|designed|built|meant|made)\s*)?(?:(?:fit|choice|option)\s*)?(for)\s+(.{3,200})/i;
const OVERKILL = /^\s+(?:is|are|can be|feels)\s+(overkill|too heavy|too much|a poor fit|a bad fit|the wrong choice)\s+(?:for)\s+(.{3,200})/i;
const SUBJECTLESS = /^(?:(?:it|they)(?:'s| is| are)\s+)?(?:ideal|perfect|great|best|good|recommended|suited|well[- ]suited|designed|built|made|a (?:great|good|solid) (?:choice|fit|option))\s+(for|when|if)\s+(.{3,200})/i;
const WINNER = /^(?:the\s+)?(?:winner|verdict|recommendation|our pick|my pick|pick|choice|bottom line|best overall|overall winner|go with|answer)\s*[:\-—–]\s*$/i;
const ARROW = /(?<!\s)\s*(?:→|->|=>|⟶|➡️?)\s*(?:use\s+|pick\s+|choose\s+)?$/i;
const ADVISING = /(?:\b(?:you should|you'd|you can|you could|you might|we recommend|i recommend|we suggest|i suggest|i'd|we'd|consider|just|then|so|instead)|[:;—–-])$/i;
// A heading names a use case when it says who or what for ("For small teams", "Analytics workloads"), not
// when it is a generic section name or a question.
const GENERIC_HEADING = /^(?:notes?|summary|results?|setup|overview|introduction|conclusions?|verdict|benchmarks?|methodology|details|background|faq|tl;?dr|performance|features?|pros|cons|comparison)$/i;
const useCaseHeading = (h: string | undefined): boolean => Boolean(h) && !/\?\s*$/.test(h as string) && !GENERIC_HEADING.test((h as string).trim()) && (h as string).split(/\s+/).length >= 2;
const IF_YOU = /(?:^|[.;]\s*)(?:if|when) (?:you|your team|your project|we)\s+([^,]{3,150}),\s*(?:then\s+)?(?:(?:use|choose|pick|go with|opt for)\s+)?$/i;

function advice(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  const names = (slugs: string[]) => slugs.map((x) => ctx.resolver.nameOf(x)).join(" + ");
  const rec = (techs: string[], useCase: string, against: boolean, connector = "for") => {
    const said = useCaseOf(useCase);
    // "you need a shared cache" -> the use case is "a shared cache"; the statement keeps the sentence's own words.
    const uc = said.replace(/^(?:you|we|your team|teams?)\s+(?:need|want|have|require|care about|are building|build)\s+(?:an?\s+|the\s+)?/i, "").replace(/^(?:an?|the)\s+/i, "");
    if (uc.length < 3) return false;
    const how = `${connector.toLowerCase()} ${lcFirst(said)}`;
    const statement = against ? `Avoid ${names(techs)} ${how}.` : `Use ${names(techs)} ${how}.`;
    emit({ ...base(against ? "opinion" : "recommendation", techs, statement, slugify(against ? `not for ${uc}` : uc, 60)), ...(against ? { conditions: { stance: "contradicts", direction: "against" }, stance: "CONTRADICTS" as const } : {}) }, s);
    return true;
  };
  for (const m of mentions.slice(0, 4)) {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 240);
    const verb = USE_VERB.exec(before);
    // Advice is said to the reader: the verb opens the sentence or follows "you should", "we recommend"…
    // ("webpack is configured to use SWC" describes a setup; it advises nothing).
    const opening = verb ? text.slice(0, Math.max(0, m.start - 60) + verb.index).trim() : "";
    if (verb && (opening === "" || ADVISING.test(opening) || opening.split(/\s+/).length <= 2 && !/\bto$/i.test(opening))) {
      const against = Boolean(verb[1]) || /^(?:avoid|skip)$/i.test(verb[2]);
      const tail = /^\s+(if|when|for|in|whenever|once)\s+(.{3,200})/i.exec(after);
      const uc = tail?.[2] ?? (useCaseHeading(ctx.heading) ? ctx.heading : "") ?? "";
      if (rec([m.slug], uc, against, tail?.[1] ?? "for")) return true;
    }
    const good = GOOD_AS.exec(after);
    if (good && good[2] && rec([m.slug], good[3], false)) return true;
    const shines = SHINES.exec(after);
    if (shines && rec([m.slug], shines[3], false)) return true;
    const notFor = NOT_FOR.exec(after) ?? OVERKILL.exec(after);
    if (notFor && rec([m.slug], notFor[2], true)) return true;
    if (WINNER.test(before.trim() ? before.replace(/^.*[.!?]\s+/, "") : before) && (ctx.heading || before.trim())) {
      if (rec([m.slug], ctx.heading ?? "overall", false)) return true;
    }
    if (ARROW.test(before)) {
      const left = text.slice(0, m.start).replace(ARROW, "").replace(/^.*[.!?:]\s+/, "");
      if (left.length >= 3 && rec([m.slug], left, false)) return true;
    }
    const ifYou = IF_YOU.exec(before);
    if (ifYou && rec([m.slug], ifYou[1], false)) return true;
  }
  if (!mentions.length && ctx.subject.length) {
    const sub = SUBJECTLESS.exec(text);
    if (sub) return rec(ctx.subject.slice(0, 1), sub[2], false);
  }
  return false;
}

// ---- facts --------------------------------------------------------------------------------------
// The year belongs to the verb: "released in 2005", "first released back in March 2011", "conceived (2010)".
const RELEASED = /\b(?:first\s+|initially\s+|originally\s+)?(released|release|launched|launch|introduced|created|founded|born|debuted|announced|open[- ]sourced|started|appeared|came out|was written|conceived|conceptuali[sz]ed|designed|developed|began)\b[^.;()]{0,30}?(?:\b(?:in|since|around|circa|back in|during)\s+(?:(?:early|mid|late|[A-Z][a-z]{2,8})\s+)?|\()((?:19|20)\d\d)\b/i;
const ADDED_IN = /\b(added|introduced|gained|got|shipped|landed|deprecated|removed|dropped)\s+(?!\s)([^.;]{3,60}?)\s+in\s+(?:(?:version|release)\s+v?|v)?(\d+\.\d+(?:\.\d+)?|(?<=(?:version|release)\s+v?|v)\d+)\b/i;
const OWNER = /\b(acquired by|sold to|bought by|owned by|developed by|maintained by|backed by|created by|built by|sponsored by|controlled by|donated to|a project of|forked from|a fork of|part of the)\s+((?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})/;
// "licensed under the MIT", "relicensed to the SSPL", "switched to a source-available licence": the licence (now).
const LICENCE = /\b(?:licensed under|relicensed (?:under|to|as)|(?:moved|switched|changed|went)(?: its licen[cs]e)? to|under the|licen[cs]e[ds]?:?|is|are)\s+(?:(?:the|an?)\s+)?(MIT|Apache(?: License)?(?: 2\.0)?|GPL(?:v?\d)?|AGPL(?:v?\d)?|LGPL|BSD(?:[- ]\d-Clause)?|SSPL|BSL|RSAL|Business Source License|Elastic License(?: 2\.0)?|MPL(?: 2\.0)?|source[- ]available|proprietary|open[- ]source)\b/i;
// "in 2008" right after an ownership or licence: since when it holds.
const IN_YEAR = /^[^.;]{0,40}?\bin\s(?:(?:early|mid|late)\s)?((?:19|20)\d\d)\b/i;
// "Oracle acquired MySQL", "Broadcom bought VMware": the buyer before the technology (active voice).
const BUYER_BEFORE = /(?:^|[\s(])((?!(?:We|I|They|You|It|He|She|Then|When|After)\b)[A-Z][\w.&-]{1,30}(?:\s[A-Z][\w.&-]{1,30}){0,3})\s(?:acquired|bought|purchased|took over)\s(?:the\s)?$/;
// "Generic type parameters arrived in Go 1.18": the capability first, then the version it came with.
const ARRIVED_BEFORE = /^(?:(?:the|a|an)\s)?(.{3,60}?)\s(?:arrived|landed|(?:was|were) (?:added|introduced)|shipped|appeared|debuted|became (?:available|stable|generally available|the default))\sin\s$/i;
// "Python 3.11 added exception groups": the version, then what it brought.
const MAJOR_BROUGHT = /^\s+v?(\d{1,4})(?=\s(?:added|introduced|brought|shipped|gained|deprecated|removed|dropped)\s)/i;
const VERSION_BROUGHT = /^\s(added|introduced|brought|shipped|gained|deprecated|removed|dropped)\s(.{3,60}?)(?=[.;,(]|\s(?:and|but|which|while)\s|$)/i;
// (?<![\d,.]): a count starts where its run of digits, commas and dots starts (from inside one, every
// start would rescan the rest of the run).
const COUNT = /(?<![\d,.])(\d[\d,.]*)\s?([kKmMbB]\+?|\+)?\s+(?:(?:GitHub|weekly|monthly|daily|npm|PyPI|Docker Hub)\s+){0,2}(stars|downloads|contributors|users|companies|questions|dependents|customers|installs|commits|releases|pulls)\b/;
const VERSION_AFTER = /^\s+v?(\d+\.\d+(?:\.\d+)?(?:[-.][\w]+)?)\b/;
const WRITTEN_IN = /\b(?:written|implemented|coded|built|rewritten)\s+(?:(?:entirely|mostly|purely|fully|completely)\s+)?in\s+([A-Z][\w+#.-]{0,20})/;
// "is also open source", "are both open-source": the licence said as a property.
const OPEN_SOURCE = /\b(?:is|are)\s+(?:(?:also|fully|completely|both|all|entirely|100%)\s+)*open[- ]source\b/i;
// "updated its product to version 8.17.0", "switch to version 0.17.15": a version of the technology named before it.
const VERSION_WORD = /(?:\b(?:version|release)\s+v?|(?<![\w.])v)(\d{1,4}(?:\.\d{1,4}){1,3}(?:-[\w.]{1,20})?)(?![\w.]*\d)/gi;
// "Jest 30 (February 2026)", "Go 1.22+ (Feb 2024)": a version with the date it came out.
const DATED_VERSION = new RegExp(String.raw`^\s+v?(\d{1,4}(?:\.\d{1,4}){0,3})\+?\s?\(\s?(?:${MONTH}\s)?((?:19|20)\d\d)\s?\)`);
// "the release of Java 25": the release of a numbered version.
const RELEASE_OF = /\b(?:release|launch|arrival|introduction) of\s+$/i;
const NUMBER_AFTER = /^\s+v?(\d{1,4}(?:\.\d{1,4}){0,3})\b(?!\s?(?:%|x|ms|s\b|MB|GB))/;

function expand(n: string, suffix: string | undefined): number {
  const v = Number(n.replace(/,/g, ""));
  const s = (suffix ?? "").replace("+", "").toLowerCase();
  return s === "k" ? v * 1e3 : s === "m" ? v * 1e6 : s === "b" ? v * 1e9 : v;
}

/** "Both are open source", "Both platforms were conceived in 2010": every technology the document compares. */
function bothOf(text: string, mentions: Mention[], ctx: ProseContext): string[] | null {
  return !mentions.length && /^(?:both|the two)\b/i.test(text) && ctx.compared?.length === 2 ? ctx.compared : null;
}

/** "Oracle acquired MySQL in 2010": the buyer owns the technology named after the verb. */
function boughtFacts(s: Span, mentions: Mention[], emit: Emit): boolean {
  let any = false;
  for (const m of mentions.slice(0, 4)) {
    const buyer = BUYER_BEFORE.exec(s.text.slice(Math.max(0, m.start - 80), m.start));
    const by = buyer?.[1];
    if (!by || by === m.name) continue;
    const year = IN_YEAR.exec(s.text.slice(m.end, m.end + 60));
    emit({ ...base("fact", [m.slug], sentenceOf(s.text), "ownership"), conditions: { by, ...(year ? { since: year[1] } : {}) } }, s);
    any = true;
  }
  return any;
}

function facts(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  const techs = mentions.length ? [mentions[0].slug] : bothOf(text, mentions, ctx) ?? ctx.subject.slice(0, 1);
  if (!techs.length) return false;
  const name = techs.map((t) => ctx.resolver.nameOf(t)).join(" and ");
  const statement = sentenceOf(mentions.length ? text : text.replace(/^(?:it|they|both|the two)\b/i, name));
  let any = false;
  const fact = (topic: string, metric: string | null, value: number | null, unit: string | null, conditions: Record<string, string> = {}) => {
    emit({ ...base("fact", techs, statement, topic), metric, value, unit, conditions }, s);
    any = true;
  };
  const released = /\d/.test(text) ? RELEASED.exec(text) : null;
  if (released) fact("release", "release_year", Number(released[2]), "year");
  const added = /\d/.test(text) ? ADDED_IN.exec(text) : null;
  if (added) {
    const v = added[3];
    fact(slugify(`${added[1]} ${added[2]}`, 40), "version", /^\d+(?:\.\d+)?$/.test(v) ? Number(v) : null, "version", { version: v });
  }
  const owner = OWNER.exec(text);
  // A company the lexicon also knows as a platform ("maintained by Vercel") still owns; a tool named after
  // "built by" or "created by" ("built by the Rust compiler") is what it is made with, not who.
  const by = owner ? owner[2].replace(/(?<![A-Z])\.$/, "") : "";
  const makerVerb = owner ? /^(?:built|created|developed) by$/i.test(owner[1]) : false;
  const since = (at: number): Record<string, string> => { const y = IN_YEAR.exec(text.slice(at, at + 60)); return y ? { since: y[1] } : {}; };
  if (owner && by && (!ctx.resolver.find(by).length || !makerVerb) && !techs.some((t) => ctx.resolver.find(by).some((m) => m.slug === t))) fact("ownership", null, null, null, { by, ...since(owner.index + owner[0].length) });
  if (boughtFacts(s, mentions, emit)) any = true;
  // "written in Rust", "implemented in C++": the language a technology is written in is a fact about it.
  const written = WRITTEN_IN.exec(text);
  const language = written ? ctx.resolver.find(written[1])[0] : undefined;
  if (written && language && ctx.resolver.ref(language.slug)?.category === "language" && !techs.includes(language.slug)) fact("language", null, null, null, { language: language.name });
  const licence = LICENCE.exec(text);
  if (licence && !/\b(?:is|are)\s+open[- ]source\b/i.test(licence[0]) ? licence : OPEN_SOURCE.test(text)) fact("licence", null, null, null, licence ? { licence: licence[1], ...since(licence.index + licence[0].length) } : {});
  const count = /\d/.test(text) ? COUNT.exec(text) : null;
  if (count) fact(count[3].toLowerCase(), count[3].toLowerCase(), expand(count[1], count[2]), count[3].toLowerCase());
  const version = (slug: string, v: string, statement: string, conditions: Record<string, string> = {}) => {
    emit({ ...base("fact", [slug], statement, "version"), metric: "version", value: /^\d+\.\d+$/.test(v) ? Number(v) : null, unit: "version", conditions: { version: v, ...conditions } }, s);
    any = true;
  };
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + 40);
    const dated = DATED_VERSION.exec(after);
    const released = !dated && RELEASE_OF.test(text.slice(Math.max(0, m.start - 30), m.start)) ? NUMBER_AFTER.exec(after) : null;
    // "PostgreSQL 15 added …": a bare major version counts when a verb of change follows it.
    const v = dated ?? released ?? VERSION_AFTER.exec(after) ?? MAJOR_BROUGHT.exec(after);
    if (!v) continue;
    // What the version brought, said either way round: a fact of that capability's version, not a bare "version N".
    const arrived = ARRIVED_BEFORE.exec(text.slice(0, m.start));
    const brought = arrived ? null : VERSION_BROUGHT.exec(text.slice(m.end + v[0].length, m.end + v[0].length + 80).replace(/^\+?\s?\([^()]{0,30}\)/, ""));
    if (arrived || brought) {
      const what = arrived ? `added ${clean(arrived[1])}` : `${brought![1].toLowerCase()} ${clean(brought![2])}`;
      emit({ ...base("fact", [m.slug], statement, slugify(what, 40)), metric: "version", value: /^\d+(?:\.\d+)?$/.test(v[1]) ? Number(v[1]) : null, unit: "version", conditions: { version: v[1], ...(dated ? { released: dated[2] } : {}) } }, s);
      any = true;
      continue;
    }
    if (dated) version(m.slug, v[1], `${m.name} ${v[1]} came out in ${text.slice(m.end, m.end + dated[0].length).replace(/^.*\(\s?|\s?\)$/g, "")}.`, { released: dated[2] });
    else version(m.slug, v[1], released ? `${m.name} ${v[1]} has been released.` : `${m.name} version ${v[1]}.`);
  }
  if (/\d\.\d/.test(text)) {
    for (const v of text.matchAll(VERSION_WORD)) {
      const before = mentions.filter((m) => m.end <= v.index);
      const owner = before.length ? before[before.length - 1] : null;
      const slug = owner?.slug ?? ctx.subject[0];
      if (slug) version(slug, v[1], `${owner?.name ?? ctx.resolver.nameOf(slug)} version ${v[1]}.`);
    }
  }
  return any;
}

// ---- capabilities -------------------------------------------------------------------------------
// A verb of having or doing, after the technology (or its pronoun): what follows is the capability.
const HAS = /^\s*(?:'s\s+|,\s+(?:on the other hand|by contrast|meanwhile|however),\s+)?(?:(?:also|only|now|still|natively|fully|already|even|just|really|actually)\s+)?(?:(does not|doesn't|do not|don't|cannot|can't|can not|won't|isn't able to|is not able to)\s+)?(supports?|has|have|provides?|offers?|includes?|ships?(?: with)?|comes? with|features?|exposes?|bundles?|integrates?(?: with)?|uses?|relies on|is built on(?: top of)?|built on(?: top of)?|is built with|builds on|runs on|runs in|is written in|compiles? to|stores?|handles?|allows?|lets you|enables?|adds?|brings?|requires?|needs?|depends on|is based on|leverages?|implements?|lacks?|is missing|misses|generates?|produces?|manages?|follows?|employs?|treats?|works with|scales?|executes?|keeps?|caches?|spawns?|creates?|embeds?)\s+(.{2,160})/i;
// "X is a columnar database", "X is single-threaded", "X is schema-based": what kind of thing it is.
const IS_A = /^\s+(?:is|are)\s+(?:(?:both|all|each)\s+)?(?:(?:an?|the)\s+)?((?:[\w-]+\s+){0,5}?(?:framework|library|database|engine|store|runtime|language|server|proxy|tool|toolkit|platform|system|bundler|compiler|transpiler|orchestrator|distribution|broker|queue|cache|format|protocol|standard|service|runner|manager|layer|api|orm|dbms|interpreter|vm|extension|plugin|fork|implementation|replacement|alternative|successor|superset|wrapper|client|cli|design|architecture|model))\b/i;
const PROPERTY = /^\s+(?:is|are)\s+(?:(?:both|all|fully|entirely|completely|mostly|largely|primarily|natively|still)\s+)?([a-z]{2,20}-[a-z]{2,20}(?:-[a-z]{2,20})?\b(?!\s+(?:than|to)\b)|[\w-]{1,40}-(?:based|first|only|native|driven|threaded|oriented|compatible|agnostic|aware|safe|free|less|centric|connection|in)|single-threaded|multi-threaded|asynchronous|synchronous|async|stateless|stateful|embedded|distributed|serverless|columnar|in-memory|open[- ]source|schemaless|schema-less|strongly typed|statically typed|dynamically typed|compiled|interpreted)\b/i;
const BOUNDARY = /[,;:!?()]|\.\s|\.$|\s(?:and then|but|which|that|so|because|while|whereas|although|though|when|where|if|unless|than|since|instead|rather)\s/i;

// A present-tense verb after the subject ("runs rootless", "stores data in columns"): a design statement.
const VERB_S = /^\s+(?:(?:also|only|now|still|natively|fully|already|even|just|really|actually|automatically|directly)\s+)?([a-z]{3,20}(?:s|es))\s+(.{2,160})/;
const NOT_VERBS = new Set(["is", "was", "has", "does", "says", "seems", "looks", "feels", "sounds", "appears", "gets", "goes", "comes", "makes", "takes", "means", "wins", "beats", "lags", "shines", "excels", "outperforms", "struggles", "dominates", "its", "this", "thus", "less", "plus", "versus", "series"]);
const PASSIVE_KIND = /^\s+(?:is|was|were|are)\s+(?:(?:built|designed|created|made|meant|conceived|developed|positioned)\s+(?:as|to be))\s+(?:(?:an?|the)\s+)?(.{3,120})/i;
const PRONOUN = /^(?:it|they|this|both)\b/i;
// "X's <what it has> <verb> …": up to four words owned, then the verb of the clause.
const POSSESSIVE = /^(?:'s|’s)\s+((?:[\w:./+-]+\s+){0,3}?[\w:./+-]+(?:\s\([^()]{1,40}\))?)\s+(is|are|was|were|has|can|does|will|[a-z]{3,}(?:s|ed))\b/i;
// Possessions that are not capabilities: how it fares, who made it, where it is read about.
const NOT_OWNED = /^(?:the\s+)?(?:[\w-]+\s+){0,2}(?:performance|speed|popularity|success|approach|team|creator|author|authors|website|docs|documentation|community|future|latest|main|biggest|own|advantage|strength|weakness|downside|upside|problem|name|version|release|syntax|answer|verdict|take|story|history|goal|aim|figure|figures|number|numbers|share|count|downloads|stars|users)$/i;
const SUBJECTLESS_FEATURE = /^(?:supports?|has|have|provides?|offers?|includes?|ships(?: with)?|comes? with|lacks?|no|built[- ](?:in|on)|native|first[- ]class|requires?|needs?|uses?|runs on|written in)\s/i;

interface Clause { text: string; at: number }

/** The clauses of a sentence: cut at ";", ":" and ", and/but/while", each with its offset. */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  const re = /(?:(?<!\s)\s*)?(?:;|:\s|,\s+(?:and|but|while|whereas|so)\s+|\s[-–—]\s)\s*/g;
  let from = 0;
  for (const m of text.matchAll(re)) {
    out.push({ text: text.slice(from, m.index), at: from });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), at: from });
  return out.filter((c) => c.text.trim().length >= 4);
}

/** What one clause says its subject has, lacks or is. */
function predicate(after: string): { verb: string; phrase: string; negated: boolean } | null {
  // A noun-phrase item: "No built-in retries", "Native TypeScript support".
  const item = /^\s*(no|built[- ]in|native|first[- ]class)\s+(.{2,160})/i.exec(after);
  if (item) return { verb: "has", phrase: `${/^no$/i.test(item[1]) ? "" : `${item[1]} `}${item[2]}`.split(BOUNDARY)[0], negated: /^no$/i.test(item[1]) };
  const has = HAS.exec(after);
  if (has) return { verb: has[2].toLowerCase(), phrase: has[3].split(BOUNDARY)[0], negated: Boolean(has[1]) };
  const kind = PASSIVE_KIND.exec(after) ?? IS_A.exec(after) ?? PROPERTY.exec(after);
  if (kind) return { verb: "is", phrase: kind[1].split(BOUNDARY)[0], negated: false };
  const verb = VERB_S.exec(after);
  // "Podman runs without a daemon": what it does without is what it lacks.
  const without = verb ? /^without\s(?:an?\s|the\s|any\s)?(.{2,120})/i.exec(verb[2]) : null;
  if (verb && without && !NOT_VERBS.has(verb[1])) return { verb: "has", phrase: without[1].split(BOUNDARY)[0], negated: true };
  if (verb && !NOT_VERBS.has(verb[1]) && isVerb(verb[1], after)) return { verb: verb[1], phrase: `${verb[1]} ${verb[2].split(BOUNDARY)[0]}`, negated: false };
  return null;
}

/** `judged` collects the evaluative words of clauses left as judgements, not capabilities, for the opinion rule. */
function capability(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit, judged: string[] = []): boolean {
  const text = s.text;
  let subject: { slug: string; name: string } | null = ctx.subject.length ? { slug: ctx.subject[0], name: ctx.resolver.nameOf(ctx.subject[0]) } : null;
  let any = false;
  for (const clause of clausesOf(text)) {
    const lead = clause.text.length - clause.text.trimStart().length;
    // "Unlike X, Y has …": the clause is about Y; X is only the other side of the contrast.
    const start = frontedEnd(text, clause.at + lead);
    // The clause's subject: a technology it opens with (after at most two words), or a pronoun for the last one.
    const named = mentions.find((m) => m.start >= start && m.start <= start + 24 && m.start < clause.at + clause.text.length && /^(?:\S+\s+){0,2}$/.test(text.slice(start, m.start)) && !isSide(text, m, start));
    const pronoun = named ? null : PRONOUN.exec(text.slice(start));
    // A pros/cons item under a technology's heading has no subject of its own: "Supports parallel runs",
    // "No built-in retries", "Built on Rust".
    const subjectless = !named && !pronoun && clause.at === 0 && ctx.subject.length > 0 && SUBJECTLESS_FEATURE.test(text.slice(start));
    const clauseEnd = clause.at + clause.text.length;
    // "Astro's partial hydration means …", "its built-in image optimization handles …": what it has, by the possessive.
    const owned = named && named.start === start ? POSSESSIVE.exec(text.slice(named.end, clauseEnd)) : !named && subject && /^its\s/i.test(text.slice(start)) ? POSSESSIVE.exec(`'s ${text.slice(start + 4, clauseEnd)}`) : null;
    if (owned && (named || subject) && (/^(?:is|are|was|were|has|can|does|will)$/i.test(owned[2]) || isVerb(owned[2], clause.text))) {
      const owner = named ? { slug: named.slug, name: named.name } : subject!;
      // "Fiber's overhead is acceptable": what the copula says of it is a judgement, not a capability.
      const judgement = /^(?:is|are|was|were)$/i.test(owned[2]) && namesStanding(owned[1]) ? judgementIn(text.slice((named ? named.end : start + 4) + owned[0].length - (named ? 0 : 3), clauseEnd), true) : null;
      if (judgement) judged.push(judgement);
      const topic = NOT_OWNED.test(owned[1]) || judgement ? null : capabilityTopic("has", owned[1].replace(/\([^)]*\)/g, " "));
      if (topic) {
        const rest = named ? text.slice(named.end, clauseEnd) : `'s ${text.slice(start + 4, clauseEnd)}`;
        // Only the verb's own negation counts ("does not handle"), not a "without" in its object.
        const negative = /^(?:no|zero)\b/i.test(owned[1]) || /^\s*(?:not|never|n't)\b/i.test(rest.slice(owned[0].length));
        emit({ ...base("feature", [owner.slug], sentenceOf(`${owner.name}${rest.replace(/^’s/, "'s")}`), topic), conditions: { support: negative ? "missing" : "built-in" } }, { text: clause.text, start: s.start + start, end: s.start + clauseEnd });
        any = true;
        subject = owner;
        continue;
      }
    }
    if (named) subject = { slug: named.slug, name: named.name };
    else if ((!pronoun && !subjectless) || !subject) continue;
    // "DuckDB and SQLite are both embedded": every coordinated subject gets the predicate.
    const together = named ? coordinated(text, mentions, named) : [];
    const last = together.length ? together[together.length - 1] : named;
    // "Y, on the other hand, deletes …", "Y, built on X, supports …": the verb comes after the aside.
    const subjectEnd = last ? last.end : subjectless ? start : start + (pronoun?.[0].length ?? 0);
    const asideEnd = subjectless ? subjectEnd : skipAside(text, subjectEnd);
    const from = asideEnd > subjectEnd ? asideEnd - 1 : subjectEnd;
    // "X and Y both support …": the plural predicate, said of each.
    const predicateText = text.slice(from, clause.at + clause.text.length).replace(together.length ? /^\s(?:both|all|each)(?=\s)/i : /^$/, "");
    const after = `${subjectless ? " " : ""}${predicateText}`;
    const said = predicate(after);
    // "It is built on top of" (the object on the next line of the source): nothing is said yet.
    if (!said || !subject || /^\s*[\d$€£~≈]/.test(said.phrase) || /\b(?:of|on|to|in|with|for|by|the|an?|and|or)$/i.test(said.phrase.trim())) continue;
    // "has a phenomenal ecosystem", "is another powerful ORM": praise with nothing checkable is an opinion.
    const judgement = judgementIn(said.phrase, said.verb === "is");
    if (judgement) { judged.push(judgement); continue; }
    // "is a much more popular tool": a judgement, not a kind of thing.
    if (said.verb === "is" && /\b(?:more|most|less|least|much|better|best|popular|great|good|nice|leading|(?:enterprise|industry|gold|de facto) standard)\b/i.test(said.phrase)) continue;
    const topic = capabilityTopic(said.verb, said.phrase);
    if (!topic) continue;
    // Negation of the verb ("does not ship", "has no", "lacks"), not of something later in the object ("supports MDX without plugins").
    const verbEnd = Math.max(0, after.indexOf(said.phrase));
    const negative = said.negated || /^(?:lacks?|is missing|misses)$/.test(said.verb) || /^(?:no|zero|without|neither|none)\b/i.test(said.phrase) || isNegatedClause(after.slice(0, verbEnd));
    const support = negative ? "missing" : /\b(?:partial(?:ly)?|limited support|experimental|rudimentary|via (?:a )?plugins?|through (?:a )?plugins?|with (?:a )?plugins?|some support)\b/i.test(clause.text) ? "partial" : "built-in";
    const owners = together.length ? [named as Mention, ...together] : [{ slug: subject.slug, name: subject.name }];
    for (const owner of owners) {
      const statement = subjectless ? sentenceOf(`${owner.name}: ${lcFirst(text.slice(start, clause.at + clause.text.length))}`) : sentenceOf(`${owner.name}${together.length ? singularPredicate(predicateText).replace(/(?<!\s)\s+both\b/, "") : predicateText}`);
      emit({ ...base("feature", [owner.slug], statement, topic), conditions: { support } }, { text: clause.text, start: s.start + start, end: s.start + clause.at + clause.text.length });
    }
    any = true;
  }
  return any;
}

// ---- evaluations --------------------------------------------------------------------------------
// Judgement words: a sentence with one of these about a technology it names as its subject is an evaluation.
export const EVALUATIVE = /\b(?:better|worse|best|worst|superior|inferior|great|excellent|amazing|awesome|terrible|awful|painful|clunky|bloated|elegant|mature|matured|robust|reliable|stable|battle[- ]tested|popular|loved|hated|critici[sz]ed|praised|overkill|overhyped|underrated|overrated|industry standard|enterprise standard|gold standard|for a (?:good )?reason|de facto|go-to|winner|(?:wins|won)\s(?:by|the|on|hands down|outright|easily|comfortably|clearly)|by a (?:wide|large|huge|long|clear|comfortable|big) margin|hands down|by far|beats|outperforms?|dominates?|lags(?: behind)?|struggles?|shines|excels|impressive|disappointing|frustrating|productive|intuitive|verbose|flexible|powerful|lightweight|heavyweight|steep learning curve|learning curve|pleasant|enjoyable|fragile|brittle|outdated|legacy|nightmare|a breeze|a joy|killer|game[- ]changer|(?:(?!other\b|rather\b)\w+er|more \w+|less \w+) than|(?:the )?(?:most|least) \w+|(?:easi|simpl|fast|slow|clean|saf|cheap)est)\b/i;
const HEDGE = /\b(?:I think|I believe|in my (?:view|opinion|experience)|IMO|IMHO|personally|to me|honestly|frankly)\b/i;
// Relative figures ("3x faster", "18x more popular") are the figure rules' business, not an opinion.
const RATIO = /\d\s?(?:x|×|times)\b|\d\s?%/i;
// Sentences about the article itself, not about a technology.
const ABOUT_THE_TEXT = /^(?:in this (?:article|post|guide|piece|comparison)|this (?:article|post|guide) (?:will|is|compares|covers)|we(?:'re| are) (?:measuring|comparing|going to)|the goals? of this|read our|let'?s (?:look|compare|dive)|here'?s (?:what|how))\b/i;

// A sentence whose subject is left to the context: a pronoun for the technology last named ("Its data
// layer is unmatched…"), or a comparison with its subject elided ("Faster than X, more stable than Y").
const CONTEXT_SUBJECT = /^(?:(?:it|its|they|their)\b(?!\s+(?:is|was)\s+(?:clear|true|worth|possible|important|likely|hard|easy)\b)|(?:(?:much|far|way|a lot)\s+)?(?:[a-z]{3,}er|more\s+[a-z]+|less\s+[a-z]+)(?:\s+[a-z]+){0,3}?\s+than\b)/i;
// A comparative whose standard is not said ("a broader ecosystem", "superior tooling"): the other compared technology.
export const COMPARATIVE = /\b(?:better|worse|superior|inferior|faster|slower|simpler|easier|harder|broader|richer|smaller|larger|bigger|lighter|heavier|cheaper|safer|stronger|weaker|cleaner|newer|older|more\s+\w+|less\s+\w+|fewer)\b/i;

// "Winner: X", "The clear winner is X", "Verdict — X": the author's verdict, said before the name.
const VERDICT_BEFORE = /^(?:the\s)?(?:(?:overall|clear|outright|obvious|our|my)\s)?(?:winner|verdict)\s?(?:[:—–-]|is)\s?$/i;
// "I love …", "we really enjoyed …": the writer's own feeling about what the sentence names.
const FEELING = /\b(?:I|we)\s(?:(?:really|absolutely|just|still|genuinely)\s)?(?:love|loved|hate|hated|like|liked|enjoy|enjoyed|adore|dislike|disliked|can't stand|cannot stand|miss)\b/i;

/** The verdict a line gives ("Winner: PostgreSQL, by a wide margin"): an opinion for the technology it names. */
function verdict(s: Span, mentions: Mention[], emit: Emit): boolean {
  const first = mentions[0];
  if (!first || !VERDICT_BEFORE.test(s.text.slice(0, first.start))) return false;
  emit({ ...base("opinion", [first.slug], sentenceOf(s.text), "verdict"), conditions: { stance: "supports" } }, s);
  return true;
}

/** `judged`: an evaluative word the capability rule found in a predicate it left as a judgement. */
function evaluation(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit, judged?: string): boolean {
  const text = s.text;
  if (RATIO.test(text) || ABOUT_THE_TEXT.test(text)) return false;
  if (verdict(s, mentions, emit)) return true;
  // The technology is what the sentence is about: named near its start, before the judgement, or given by the context.
  const fromContext = (!mentions.length || mentions[0].start > 0) && CONTEXT_SUBJECT.test(text) && ctx.subject.length ? ctx.subject.slice(0, 1) : bothOf(text, mentions, ctx);
  const subject = mentions[0];
  // Failing a judgement word, the writer's own feeling ("I love …") is one. (wink-nlp's sentiment alone is
  // not: measured on batches 1–3 it read descriptions such as "supports …" or "a solid foundation" as judgements.)
  const judgedCue = judged ? [judged] : null;
  const cue = fromContext ? EVALUATIVE.exec(text) ?? HEDGE.exec(text) ?? FEELING.exec(text) ?? judgedCue : subject && subject.start <= 60 ? EVALUATIVE.exec(text.slice(subject.end)) ?? HEDGE.exec(text) ?? FEELING.exec(text) ?? judgedCue : null;
  if (!cue) return false;
  let techs = [...new Set([...(fromContext ?? []), ...mentions.map((m) => m.slug)])].slice(0, 3);
  const compared = ctx.compared ?? [];
  // "TimescaleDB has a broader ecosystem": broader than what the article compares it with.
  if (techs.length === 1 && compared.length === 2 && compared.includes(techs[0]) && COMPARATIVE.test(text)) techs = [techs[0], ...compared.filter((t) => t !== techs[0])];
  const negative = sentimentOf(text) < -0.1;
  emit({ ...base("opinion", techs, sentenceOf(text), slugify(cue[0], 40)), conditions: { stance: negative ? "contradicts" : "supports" }, stance: negative ? "CONTRADICTS" : "SUPPORTS" }, s);
  return true;
}

/** Claims of one sentence the structural rules said nothing about. Returns how many were emitted. */
export function proseClaims(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): number {
  if (s.text.length > MAX || s.text.length < 8 || /\?\s*$/.test(s.text)) return 0;
  if (!mentions.length && !ctx.subject.length && !bothOf(s.text, mentions, ctx)) return 0;
  let n = 0;
  const counting: Emit = (c, span) => { n++; emit(c, span); };
  const advised = advice(s, mentions, ctx, counting);
  const fact = facts(s, mentions, ctx, counting);
  // Advice usually fills one clause ("X excels at A, while Y is column-oriented"): the others may still describe.
  const judged: string[] = [];
  const feature = capability(s, mentions, ctx, counting, judged);
  if (!advised && !fact) evaluation(s, mentions, ctx, counting, judged[0]);
  return n;
}
