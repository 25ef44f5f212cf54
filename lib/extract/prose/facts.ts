// Facts in a sentence: releases, versions and what they brought, ownership, licence, the language a
// technology is written in, counts (stars, downloads). The year or version belongs to its verb.
import { slugify } from "@/lib/text/slug";
import { isSide } from "../attribution";
import { MONTH } from "../facts";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, bothOf, clean, sentenceOf, type ProseContext } from "./common";

// The year belongs to the verb: "released in 2005", "first released back in March 2011", "conceived (2010)".
const RELEASED =
  /\b(?:first\s+|initially\s+|originally\s+)?(released|release|launched|launch|introduced|created|founded|born|debuted|announced|open[- ]sourced|started|appeared|came out|was written|conceived|conceptuali[sz]ed|designed|developed|began|shipped|became|reached|hit)\b[^.;()]{0,60}?(?:\b(?:in|since|around|circa|back in|during)\s+(?:(?:early|mid|late|[A-Z][a-z]{2,8})\s+)?|\()((?:19|20)\d\d)\b/i;
const ADDED_IN =
  /\b(added|introduced|gained|got|shipped|landed|deprecated|removed|dropped)\s+(?!\s)([^.;]{3,60}?)\s+in\s+(?:(?:version|release)\s+v?|v)?(\d+\.\d+(?:\.\d+)?|(?<=(?:version|release)\s+v?|v)\d+)\b/i;
const OWNER =
  /\b(acquired by|sold to|bought by|owned by|developed by|maintained by|backed by|created by|built by|sponsored by|controlled by|donated to|a project of|part of the|(?:developed|created|born|started|incubated|built|written) at)\s+((?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})/;
// "released under the PostgreSQL License": a licence named by its words, a proper name (case-sensitive).
const NAMED_LICENCE =
  /\b(?:[Ll]icensed|[Rr]eleased|[Dd]istributed|[Aa]vailable|[Pp]ublished) under (?:the |an? )?((?:[A-Z][\w.-]*\s){1,4}Licen[cs]e)\b/;
// "Fastify is an OpenJS Foundation project": the organisation the project belongs to.
const ORG_PROJECT =
  /\b(?:is|are)\s+(?:an?|the)\s+((?:[A-Z][\w.&-]*\s){1,3}?(?:Foundation|Software Foundation|Labs?|Group))\s+(?:(?:sandbox|incubating|graduated|top-level|open[- ]source)\s+)?project\b/;
// "licensed under the MIT", "relicensed to the SSPL", "switched to a source-available licence": the licence (now).
const LICENCE =
  /\b(?:(?:licensed|released|distributed|available|published|dual[- ]licensed) under|relicensed (?:under|to|as)|(?:moved|switched|changed|went)(?: (?:its|their|[A-Z][\w.-]{0,30}(?:'s|’s)) licen[cs]e)?(?: from [^;]{1,40}?)? to|under the|licen[cs]e[ds]?:?|(?:is|are|was|were)(?: (?:placed|dedicated|released))? (?:in|into|to) the|is|are)\s+(?:(?:the|an?)\s+)?(?:(?:dual|new|single|permissive|restrictive)[\s-]+)?(public domain|Unlicense|MIT|Apache(?: License)?(?: 2\.0)?|GPL(?:v?\d)?|AGPL(?:v?\d)?|LGPL|BSD(?:[- ]\d-Clause)?|SSPL|BSL|RSAL|Business Source License|Elastic License(?: 2\.0)?|MPL(?: 2\.0)?|source[- ]available|proprietary|open[- ]source)\b/i;
// A dated event in a technology's life, the year after its verb: "marked end-of-life since 2016", "replatformed
// onto Kubernetes in March 2023", "recommended in 2019 that …", "the migration was announced since 2018".
const EVENT = new RegExp(
  String.raw`\b(?:announced|unveiled|deprecated|discontinued|sunset|retired|archived|end[- ]of[- ]life|EOL|renamed|rebranded|forked|relicensed|migrated|moved|replatformed|switched|adopted|replaced|recommended|decided|dropped|removed|acquired|joined|graduated|donated|abandoned|stopped)\b[^.;:!?]{0,60}?\b(?:in|since|by|as of|during|back in)\s+(?:(?:early|mid|late)\s+)?(?:${MONTH}\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b(?!\s?(?:%|x\b|ms\b))`,
  "i",
);
// "in 2008" right after an ownership or licence: since when it holds.
const IN_YEAR = /^[^.;]{0,40}?\bin\s(?:(?:early|mid|late)\s)?((?:19|20)\d\d)\b/i;
// "Oracle acquired MySQL", "Broadcom bought VMware": the buyer before the technology (active voice).
const BUYER_BEFORE =
  /(?:^|[\s(])((?!(?:We|I|They|You|It|He|She|Then|When|After)\b)[A-Z][\w.&-]{1,30}(?:\s[A-Z][\w.&-]{1,30}){0,3})\s(?:acquired|bought|purchased|took over)\s(?:the\s)?$/;
// "Generic type parameters arrived in Go 1.18": the capability first, then the version it came with.
const ARRIVED_BEFORE =
  /^(?:(?:the|a|an)\s)?(.{3,60}?)\s(?:arrived|landed|(?:was|were) (?:added|introduced)|shipped|appeared|debuted|became (?:available|stable|generally available|the default))\sin\s$/i;
// "Python 3.11 added exception groups": the version, then what it brought.
const MAJOR_BROUGHT = /^\s+v?(\d{1,4})(?=\s(?:added|introduced|brought|shipped|gained|deprecated|removed|dropped)\s)/i;
const VERSION_BROUGHT =
  /^\s(added|introduced|brought|shipped|gained|deprecated|removed|dropped)\s(.{3,60}?)(?=[.;,(]|\s(?:and|but|which|while)\s|$)/i;
// (?<![\d,.]): a count starts where its run of digits, commas and dots starts (from inside one, every
// start would rescan the rest of the run).
const COUNT =
  /(?<![\d,.])(\d[\d,.]*)\s?([kKmMbB]\+?|\+)?\s+(?:(?:GitHub|weekly|monthly|daily|npm|PyPI|Docker Hub)\s+){0,2}(stars|downloads|contributors|users|companies|questions|dependents|customers|installs|commits|releases|pulls)\b/;
const VERSION_AFTER = /^\s+v?(\d+\.\d+(?:\.\d+)?(?:[-.][\w]+)?)\b/;
// Up to two adverbial words between the verb and "in" ("written from scratch in", "rewritten entirely in").
const WRITTEN_IN =
  /\b(?:[Ww]ritten|[Ii]mplemented|[Cc]oded|[Bb]uilt|[Rr]ewritten)\s+(?:[a-z]{2,12}\s+){0,2}?in\s+([A-Z][\w+#.-]{0,20})/;
// "is also open source", "are both open-source": the licence said as a property.
const OPEN_SOURCE = /\b(?:is|are)\s+(?:(?:also|fully|completely|both|all|entirely|100%)\s+)*open[- ]source\b/i;
// "updated its product to version 8.17.0", "switch to version 0.17.15": a version of the technology named before it.
const VERSION_WORD =
  /(?:\b(?:version|release)\s+v?|(?<![\w.])v)(\d{1,4}(?:\.\d{1,4}){1,3}(?:-[\w.]{1,20})?)(?![\w.]*\d)/gi;
// "Jest 30 (February 2026)", "Go 1.22+ (Feb 2024)": a version with the date it came out.
const DATED_VERSION = new RegExp(
  String.raw`^\s+v?(\d{1,4}(?:\.\d{1,4}){0,3})\+?\s?\(\s?(?:${MONTH}\s)?((?:19|20)\d\d)\s?\)`,
);
// "the release of Java 25": the release of a numbered version.
const RELEASE_OF = /\b(?:release|launch|arrival|introduction) of\s+$/i;
// "… 1.0 was released in July 2024": a verb of release after the version, then its year.
const RELEASED_AFTER =
  /^\s{1,4}(?:was|were|has been|got|is)\s(?:(?:first|officially|finally|publicly)\s)?(?:released|launched|shipped|published|announced|tagged|out)\b[^.;]{0,40}?\b((?:19|20)\d\d)\b/i;
const NUMBER_AFTER = /^\s+v?(\d{1,4}(?:\.\d{1,4}){0,3})\b(?!\s?(?:%|x|ms|s\b|MB|GB))/;

// How long something lasted or how far apart two events were, said of the technologies the sentence names:
// "ran X in production for two years", "Y was born 12 years after X", "a four-month study of X and Y".
// The grammar of a duration (a count, a unit of calendar time, and what makes it a span), no event list.
const COUNT_WORD = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)`;
const SPAN_FOR = new RegExp(
  String.raw`\b(?:for|over|after|within)\s(?:(?:about|around|nearly|almost|roughly|over|more than|just over|the (?:last|past))\s)?${COUNT_WORD}\s(years?|months?)\b`,
  "i",
);
const SPAN_APART = new RegExp(
  String.raw`\b${COUNT_WORD}\s(years?|months?)\s(?:later|earlier|after|before|older|younger)\b`,
  "i",
);
const SPAN_LONG = new RegExp(
  String.raw`\b${COUNT_WORD}-(year|month)(?:-long)?\s(?:[a-z]{3,20}\s)?(?:study|project|migration|effort|investigation|evaluation|benchmark|trial|experiment|run|test)\b`,
  "i",
);
const WORD_VALUE: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** A span of calendar time in the sentence: its length and unit ("year", "month"), or null. */
// A sentence that says how a comparison was run: its versions are the setup of the test.
const UNDER_TEST =
  /\b(?:benchmark(?:ed|s|ing)?|tested|ran|measured|comparisons? (?:were|was) (?:done|run|made)|(?:our|this) analysis)\b/i;

export function spanOf(text: string): { value: number; unit: "year" | "month" } | null {
  const m = SPAN_FOR.exec(text) ?? SPAN_APART.exec(text) ?? SPAN_LONG.exec(text);
  if (!m) return null;
  const value = WORD_VALUE[m[1].toLowerCase()] ?? Number(m[1]);
  return Number.isFinite(value) ? { value, unit: /^month/i.test(m[2]) ? "month" : "year" } : null;
}

function expand(n: string, suffix: string | undefined): number {
  const v = Number(n.replace(/,/g, ""));
  const s = (suffix ?? "").replace("+", "").toLowerCase();
  return s === "k" ? v * 1e3 : s === "m" ? v * 1e6 : s === "b" ? v * 1e9 : v;
}

/** "Oracle acquired MySQL in 2010": the buyer owns the technology named after the verb. */
function boughtFacts(s: Span, mentions: Mention[], emit: Emit): boolean {
  let any = false;
  for (const m of mentions.slice(0, 4)) {
    const buyer = BUYER_BEFORE.exec(s.text.slice(Math.max(0, m.start - 80), m.start));
    const by = buyer?.[1];
    if (!by || by === m.name) continue;
    const year = IN_YEAR.exec(s.text.slice(m.end, m.end + 60));
    emit(
      {
        ...base("fact", [m.slug], sentenceOf(s.text), "ownership"),
        conditions: { by, ...(year ? { since: year[1] } : {}) },
      },
      s,
    );
    any = true;
  }
  return any;
}

/** Emits one fact about the sentence's technologies, in the sentence's words. */
type Fact = (
  topic: string,
  metric: string | null,
  value: number | null,
  unit: string | null,
  conditions?: Record<string, string>,
) => void;

/** "in 2008" right after position `at`: since when an ownership or licence holds. */
function sinceAfter(text: string, at: number): Record<string, string> {
  const y = IN_YEAR.exec(text.slice(at, at + 60));
  return y ? { since: y[1] } : {};
}

/**
 * "released in 2005", "added generics in version 1.18": when the technology, or something in it, came out.
 */
function releaseFacts(text: string, fact: Fact): void {
  const released = /\d/.test(text) ? RELEASED.exec(text) : null;
  if (released) fact("release", "release_year", Number(released[2]), "year");
  const added = /\d/.test(text) ? ADDED_IN.exec(text) : null;
  if (added) {
    const v = added[3];
    fact(slugify(`${added[1]} ${added[2]}`, 40), "version", /^\d+(?:\.\d+)?$/.test(v) ? Number(v) : null, "version", {
      version: v,
    });
  }
}

/**
 * A dated event ("deprecated in 2019", "replatformed onto Kubernetes in March 2023") in a sentence no other fact
 * reader took: its year, a fact about every technology the sentence names (three at most).
 */
export function datedEvent(s: Span, mentions: Mention[], emit: Emit): boolean {
  const event = mentions.length && /\d/.test(s.text) ? EVENT.exec(s.text) : null;
  if (!event) return false;
  const techs = [...new Set(mentions.map((m) => m.slug))].slice(0, 3);
  emit(
    {
      ...base("fact", techs, sentenceOf(s.text), "history"),
      metric: "event_year",
      value: Number(event[1]),
      unit: "year",
      conditions: {},
    },
    s,
  );
  return true;
}

/** "maintained by Vercel", "acquired by Oracle in 2010": who owns or makes the technology. */
function ownerFact(text: string, techs: string[], ctx: ProseContext, fact: Fact): void {
  const owner = OWNER.exec(text);
  // A company the lexicon also knows as a platform ("maintained by Vercel") still owns; a tool named after
  // "built by" or "created by" ("built by the Rust compiler") is what it is made with, not who.
  const by = owner ? owner[2].replace(/(?<![A-Z])\.$/, "") : "";
  const makerVerb = owner ? /^(?:built|created|developed) by$/i.test(owner[1]) : false;
  // "maintained by Redis Ltd.": a company named after its product is still its owner.
  const company =
    /\s(?:Inc|Ltd|LLC|GmbH|Corp|Corporation|Labs?|Software|Technologies|Foundation|Team|Company|Co)\.?$/.test(by);
  if (
    owner &&
    by &&
    (!ctx.resolver.find(by).length || !makerVerb) &&
    (company || !techs.some((t) => ctx.resolver.find(by).some((m) => m.slug === t)))
  ) {
    fact("ownership", null, null, null, { by, ...sinceAfter(text, owner.index + owner[0].length) });
    return;
  }
  const project = ORG_PROJECT.exec(text);
  if (project) fact("ownership", null, null, null, { by: project[1].trim() });
}

/** The language a technology is written in and its licence. */
function madeOfFacts(text: string, techs: string[], ctx: ProseContext, fact: Fact): void {
  // "written in Rust", "implemented in C++": the language a technology is written in is a fact about it.
  const written = WRITTEN_IN.exec(text);
  const language = written ? ctx.resolver.find(written[1])[0] : undefined;
  if (written && language && ctx.resolver.ref(language.slug)?.category === "language" && !techs.includes(language.slug))
    fact("language", null, null, null, { language: language.name });
  const licence = NAMED_LICENCE.exec(text) ?? LICENCE.exec(text);
  if (licence && !/\b(?:is|are)\s+open[- ]source\b/i.test(licence[0]) ? licence : OPEN_SOURCE.test(text))
    fact(
      "licence",
      null,
      null,
      null,
      licence ? { licence: licence[1], ...sinceAfter(text, licence.index + licence[0].length) } : {},
    );
}

export function facts(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  // The subject is the first technology no contrast or relation governs ("Unlike X, Y was released …" is about Y);
  // "It's maintained by Facebook … due to the ubiquity of React": an opening "it" is the section's technology.
  const pronoun = /^(?:it|it's|it’s)\s/i.test(text) && ctx.subject.length > 0;
  const subject = pronoun ? undefined : (mentions.find((m) => !isSide(text, m)) ?? mentions[0]);
  const techs = subject ? [subject.slug] : (bothOf(text, mentions, ctx) ?? ctx.subject.slice(0, 1));
  if (!techs.length) return false;
  const name = techs.map((t) => ctx.resolver.nameOf(t)).join(" and ");
  const statement = sentenceOf(subject ? text : text.replace(/^(?:it|they|both|the two)\b/i, name));
  let any = false;
  const fact: Fact = (topic, metric, value, unit, conditions = {}) => {
    emit({ ...base("fact", techs, statement, topic), metric, value, unit, conditions }, s);
    any = true;
  };
  // Every reader runs, in this order: one sentence can say when a technology came out, who owns it and its version.
  // "Polars 1.0 was released in 2024" is the version's release (versionsAfterNames), not the first one.
  const ofVersion = mentions.some((m) => {
    const v = VERSION_AFTER.exec(text.slice(m.end, m.end + 40));
    return v && RELEASED_AFTER.test(text.slice(m.end + v[0].length, m.end + v[0].length + 80));
  });
  if (!ofVersion) releaseFacts(text, fact);
  ownerFact(text, techs, ctx, fact);
  if (boughtFacts(s, mentions, emit)) any = true;
  madeOfFacts(text, techs, ctx, fact);
  const span = mentions.length ? spanOf(text) : null;
  if (span) {
    emit(
      {
        ...base("fact", [...new Set(mentions.map((m) => m.slug))].slice(0, 3), statement, "history"),
        metric: "duration",
        value: span.value,
        unit: span.unit,
        conditions: {},
      },
      s,
    );
    any = true;
  }
  const count = /\d/.test(text) ? COUNT.exec(text) : null;
  if (count) fact(count[3].toLowerCase(), count[3].toLowerCase(), expand(count[1], count[2]), count[3].toLowerCase());
  if (versionsAfterNames(s, mentions, statement, emit)) any = true;
  if (versionWords(s, mentions, ctx, emit)) any = true;
  return any;
}

/** One "version N" fact of one technology. */
function emitVersion(
  s: Span,
  emit: Emit,
  slug: string,
  v: string,
  statement: string,
  conditions: Record<string, string> = {},
): void {
  emit(
    {
      ...base("fact", [slug], statement, "version"),
      metric: "version",
      value: /^\d+\.\d+$/.test(v) ? Number(v) : null,
      unit: "version",
      conditions: { version: v, ...conditions },
    },
    s,
  );
}

/** "PostgreSQL 15 added …", "Jest 30 (February 2026)", "the release of Java 25": the version written after a name. */
function versionsAfterNames(s: Span, mentions: Mention[], statement: string, emit: Emit): boolean {
  const text = s.text;
  let any = false;
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + 40);
    const dated = DATED_VERSION.exec(after);
    const released =
      !dated && RELEASE_OF.test(text.slice(Math.max(0, m.start - 30), m.start)) ? NUMBER_AFTER.exec(after) : null;
    // "PostgreSQL 15 added …": a bare major version counts when a verb of change follows it.
    const v = dated ?? released ?? VERSION_AFTER.exec(after) ?? MAJOR_BROUGHT.exec(after);
    if (!v) continue;
    // A version is always read: as a fact, or (in a test's setup) so that no other rule takes it for a judgement.
    any = true;
    // What the version brought, said either way round: a fact of that capability's version, not a bare "version N".
    const arrived = ARRIVED_BEFORE.exec(text.slice(0, m.start));
    const brought = arrived
      ? null
      : VERSION_BROUGHT.exec(
          text.slice(m.end + v[0].length, m.end + v[0].length + 80).replace(/^\+?\s?\([^()]{0,30}\)/, ""),
        );
    if (arrived || brought) {
      const what = arrived ? `added ${clean(arrived[1])}` : `${brought![1].toLowerCase()} ${clean(brought![2])}`;
      emit(
        {
          ...base("fact", [m.slug], statement, slugify(what, 40)),
          metric: "version",
          value: /^\d+(?:\.\d+)?$/.test(v[1]) ? Number(v[1]) : null,
          unit: "version",
          conditions: { version: v[1], ...(dated ? { released: dated[2] } : {}) },
        },
        s,
      );
    } else if (RELEASED_AFTER.test(text.slice(m.end + v[0].length, m.end + v[0].length + 80))) {
      // "Polars 1.0 was released in July 2024": the version's release, in the sentence's words.
      const year = RELEASED_AFTER.exec(text.slice(m.end + v[0].length, m.end + v[0].length + 80))?.[1] ?? "";
      emitVersion(s, emit, m.slug, v[1], statement, { released: year });
    } else if (dated) {
      emitVersion(
        s,
        emit,
        m.slug,
        v[1],
        `${m.name} ${v[1]} came out in ${text.slice(m.end, m.end + dated[0].length).replace(/^.*\(\s?|\s?\)$/g, "")}.`,
        { released: dated[2] },
      );
    } else if (released || !UNDER_TEST.test(text)) {
      emitVersion(
        s,
        emit,
        m.slug,
        v[1],
        released ? `${m.name} ${v[1]} has been released.` : `${m.name} version ${v[1]}.`,
      );
    }
  }
  return any;
}

/** "updated to version 8.17.0": a version word, of the technology named before it (or the section's subject). */
function versionWords(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  // "We benchmarked X 4.0 against Y 0.60": the versions a test used are its setup, not news about the technology.
  if (!/\d\.\d/.test(text) || UNDER_TEST.test(text)) return false;
  let any = false;
  for (const v of text.matchAll(VERSION_WORD)) {
    const before = mentions.filter((m) => m.end <= v.index);
    const owner = before.length ? before[before.length - 1] : null;
    const slug = owner?.slug ?? ctx.subject[0];
    if (!slug) continue;
    emitVersion(s, emit, slug, v[1], `${owner?.name ?? ctx.resolver.nameOf(slug)} version ${v[1]}.`);
    any = true;
  }
  return any;
}
