// Rules applied to one sentence: figures, dated facts, built-in/missing features, advice, opinions.
import { slugify } from "@/lib/text/slug";
import { elidedContrast } from "./prose/elided-contrast";
import { ABOUT_THE_PAGE, proseClaims } from "./prose";
import { othersOf, withOthers } from "./the-others";
import { coordinated, frontedEnd, mainMentions } from "./attribution";
import { evaluativeIn } from "./evaluative";
import { adviceIn } from "./recommendations";
import {
  BUILT_IN_CUE,
  isNegated,
  isNegatedAt,
  PARTIAL_PROSE_CUE,
  featureStatement,
  featuresIn,
  type FeatureDef,
  type Support,
} from "./features";
import { releaseYears, sinceVersions } from "./facts";
import { figureClaims, MULTIPLE_WORDS } from "./figures";
import type { Span } from "./sentences";
import type { Migration } from "./layout";
import type { Mention, TechResolver } from "./technologies";
import type { CandidateClaim } from "./types";

export interface SentenceContext {
  resolver: TechResolver;
  /** Technologies the surrounding heading/section/paragraph is about. */
  subject: string[];
  /** A list's lead-in line ("Our benchmark used …:"), for conditions. */
  leadIn: string;
  allowFeatures: boolean;
  /** Features named in the previous clause of the same line: "it"/"them" in the next one refers to them. */
  memory?: { features: FeatureDef[] };
  /** The nearest heading above the sentence. */
  heading?: string;
  /** The technologies the document compares ("X vs Y" in its title): what "both" and an elided "than" refer to. */
  compared?: string[];
  /** The move the document reports ("from X to Y"): a figure's value before it belongs to X, after it to Y. */
  migration?: Migration | null;
}

// A sentence cut off at its colon by a word that needs what follows: a conjunction, a preposition, a verb.
const OPEN_LEAD_IN =
  /\b(?:because|since|as follows|the following|following|include|includes|including|like|such as|namely|is|are|was|were|to|for|with|by|of|and|or|than)\s?:$/i;

export type Emit = (claim: Omit<CandidateClaim, "quote" | "start" | "end">, span: Span) => void;

const OPINION =
  /\b(overrated|overhyped|underrated|is a myth|the better default|I (?:think|believe)|in my (?:view|opinion)|flatters|hot take|unpopular opinion|controversial|the most productive|(?:still )?beats|(?:is|isn't|is not|is no longer) (?:just )?a toy)\b/i;

/** A negator at most six words before the end of the text, with no punctuation between. */
const NEGATION_BEFORE = /\b(?:no|not|without|neither|nor)\b(?:\s+[^\s.,;:!?]+){0,6}\s*$/i;

function supportIn(clause: string, featureAt: number, possessed: boolean): Support | null {
  const before = clause.slice(0, featureAt);
  if (PARTIAL_PROSE_CUE.test(clause)) return "partial";
  // A "no"/"not"/"without" shortly before the feature, in the same phrase, covers it ("no user model or
  // login flow"); one before a comma or further away negates something else ("did not provide this
  // header, and so the admin endpoints…", "without a framework, … a templating system").
  if (isNegatedAt(clause, featureAt) || NEGATION_BEFORE.test(before)) return "missing";
  // A negation elsewhere in the clause is about something else, and a "built-in" may be its ("scramble for
  // a job scheduler since Sidekiq doesn't come with a built-in cron feature"): only a possessive says it has it.
  if (isNegated(clause)) return possessed && !BUILT_IN_CUE.test(clause) ? "built-in" : null;
  // "Django's admin …": the possessive says the technology has it.
  return BUILT_IN_CUE.test(clause) || possessed ? "built-in" : null;
}

const isRelease = (c: { kind: string; metric: string | null }): boolean =>
  c.kind === "fact" && c.metric === "release_year";
// A sentence with a release year says more only with a verb or a relation besides ("Django (2005)" says nothing more).
const MORE_THAN_A_RELEASE = /\b(?:is|are|was|were|has|have|by|of|on|supports?|provides?|offers?|includes?|ships?)\b/i;
// Beside a release year, the rest of the sentence may say what the technology is, who made it, what it is built
// on or inspired by; its other numbers ("seven years earlier") are the release's context, not facts of their own.
const keptBesideRelease = (c: { kind: string; value: number | null }): boolean =>
  c.kind === "feature" || (c.kind === "fact" && c.value == null);

// No real sentence is this long: longer runs are machine output or adversarial input, and every rule
// below is at least linear in the sentence, some in (matches × sentence).
const MAX_SENTENCE = 3000;

export function applySentenceRules(s: Span, ctx: SentenceContext, emitClaim: Emit): string[] {
  const { resolver } = ctx;
  // A sentence about the page itself (a teaser, where its numbers come from) claims nothing about a technology.
  if (s.text.length > MAX_SENTENCE || ABOUT_THE_PAGE.test(s.text)) return ctx.subject;
  // "X is fast because:", "It supports the following:": a lead-in whose claim is the list below it, not itself.
  if (OPEN_LEAD_IN.test(s.text.trimEnd())) return ctx.subject;
  let emitted = 0;
  let releases = 0;
  const others = othersOf(s.text, ctx.compared);
  const contrasted = new Set<string>();
  const emit: Emit = (c, span) => {
    if (isRelease(c)) releases++;
    else emitted++;
    emitClaim(others ? withOthers(c, others) : c, span);
    // "X requires A; Y does not": what the first clause says of X, the other way round of Y (once per sentence).
    const other = c.kind === "feature" ? elidedContrast(s, resolver.find(s.text), c, resolver) : null;
    if (other && !contrasted.has(other.technologies[0])) {
      contrasted.add(other.technologies[0]);
      emitClaim(other, span);
    }
  };
  const local = structuralRules(s, ctx, emit);
  // What the structural rules did not recognise is read as plain language; a release year read here leaves the
  // rest of its sentence to it ("Deno, created by Ryan Dahl and released in 2018": who made it), not its figures.
  if (!emitted && (!releases || MORE_THAN_A_RELEASE.test(s.text)))
    proseClaims(
      s,
      resolver.find(s.text),
      { resolver, subject: ctx.subject, heading: ctx.heading, compared: ctx.compared },
      (c, span) => {
        if (!releases || keptBesideRelease(c)) emit(c, span);
      },
    );
  return local;
}

/** "first released in 2005", "has had async views since version 3.1": a release year or a capability's first version. */
function releaseFacts(s: Span, mentions: Mention[], ctx: SentenceContext, subject: string[], emit: Emit): void {
  const { resolver } = ctx;
  const facts = [
    ...releaseYears(s.text, mentions, ctx.subject),
    ...(/\bsince\b/i.test(s.text) ? sinceVersions(s.text, mentions, subject, null) : []),
  ];
  for (const fact of facts) {
    const statement =
      fact.metric === "release_year"
        ? `${resolver.nameOf(fact.slug)} ${fact.about === "since" ? "has been around since" : "was first released in"} ${fact.value}.`
        : `${resolver.nameOf(fact.slug)} has had ${fact.about} since version ${fact.value}.`;
    emit(
      {
        statement,
        kind: "fact",
        technologies: [fact.slug],
        topic: fact.metric === "release_year" ? "release" : slugify(fact.about, 40),
        metric: fact.metric,
        value: fact.value,
        unit: fact.metric === "release_year" ? "year" : "version",
        conditions: {},
        stance: "SUPPORTS",
      },
      s,
    );
  }
}

/** Advice in the sentence: a recommendation for a use case, or advice against one (an opinion that contradicts). */
function adviceClaims(s: Span, resolver: TechResolver, emit: Emit): void {
  for (const a of adviceIn(s, resolver)) {
    if (a.against)
      emit(
        {
          statement: a.statement,
          kind: "opinion",
          technologies: a.techs,
          topic: slugify(`not for ${a.useCase}`, 60),
          metric: null,
          value: null,
          unit: null,
          conditions: { stance: "contradicts" },
          stance: "CONTRADICTS",
        },
        s,
      );
    else
      emit(
        {
          statement: a.statement,
          kind: "recommendation",
          technologies: a.techs,
          topic: slugify(a.useCase, 60),
          metric: null,
          value: null,
          unit: null,
          conditions: {},
          stance: "SUPPORTS",
        },
        s,
      );
  }
}

function structuralRules(s: Span, ctx: SentenceContext, emit: Emit): string[] {
  const { resolver } = ctx;
  const mentions = resolver.find(s.text);
  // "Unlike Flask, Django …", "FastAPI, built on Starlette, …": the sentence is about Django, FastAPI.
  const main = mainMentions(s.text, mentions);
  const local = [...new Set(main.map((m) => m.slug))];
  const named = [...new Set(mentions.map((m) => m.slug))];
  // A sentence that opens with "It"/"They" is about what the one before was about, whatever it names later.
  const pronounLed = ctx.subject.length > 0 && PRONOUN_LED.test(s.text.slice(frontedEnd(s.text)));
  const subject = pronounLed ? ctx.subject : local.length ? local : ctx.subject;

  const hasDigit = /\d/.test(s.text);
  // A comparison ("A: 3x faster than B") already says who the sentence favours: no second, opinion claim for it.
  let comparedHere = false;
  const emitFigure: Emit = (c, span) => {
    comparedHere ||= c.conditions.favoured != null;
    emit(c, span);
  };
  if (hasDigit || MULTIPLE_WORDS.test(s.text)) figureClaims(s, mentions, ctx, emitFigure);

  if (hasDigit) releaseFacts(s, mentions, ctx, subject, emit);

  if (ctx.allowFeatures && !/\?$/.test(s.text))
    featureClauses(s, main, { slugs: subject, named: pronounLed || local.length > 0 }, ctx, emit);

  adviceClaims(s, resolver, emit);

  const opinion = OPINION.exec(s.text);
  if (opinion && named.length && !comparedHere) {
    // A judgement is about every side it compares ("X still beats Y"), the sentence's subject first.
    const sides = [...new Set([...local, ...named])];
    emit(
      {
        statement: s.text.replace(/\s+/g, " ").replace(/[^.!?]$/, "$&."),
        kind: "opinion",
        technologies: sides,
        topic: slugify(opinion[1], 40),
        metric: null,
        value: null,
        unit: null,
        conditions: { stance: "supports" },
        stance: "SUPPORTS",
      },
      s,
    );
  }
  return subject;
}

const PRONOUN_LED =
  /^(?:(?:but|and|so|also|still|however,?)\s)?(?:it|its|they|their)\b(?!\s(?:is|was)\s(?:clear|true|worth|possible|important|likely|hard|easy)\b)/i;

/** Features with a support cue, clause by clause ("…built in, but it does not ship an ORM"). */
/** Whom a sentence is about, and whether it says so itself (by name or "it") or only its section does. */
interface SentenceSubject {
  slugs: string[];
  named: boolean;
}

function featureClauses(s: Span, mentions: Mention[], about: SentenceSubject, ctx: SentenceContext, emit: Emit): void {
  const subject = about.slugs;
  const clauses = s.text.split(/;|,? but |, while |, whereas /);
  let clauseFrom = 0;
  for (const clause of clauses) {
    const from = s.text.indexOf(clause, clauseFrom);
    clauseFrom = from + clause.length;
    const inClause = mentions.filter((m) => m.start >= from && m.start < from + clause.length);
    // "…, but it does not ship an ORM": a clause led by a pronoun is about the sentence's subject.
    const pronounLed = PRONOUN_LED.test(clause.trimStart());
    const first = inClause[0];
    // "Django and Flask both ship an admin": coordinated subjects share the clause.
    const together = first && !pronounLed && first.start - from <= 24 ? coordinated(s.text, mentions, first) : [];
    const techs = pronounLed || !first ? subject.slice(0, 1) : [first.slug, ...together.map((m) => m.slug)];
    const named = featuresIn(clause);
    let found = named;
    // "FastAPI generates them automatically": the feature is the one the previous clause named.
    if (!found.length && ctx.memory?.features.length && inClause.length) found = ctx.memory.features;
    if (named.length && ctx.memory) ctx.memory.features = named;
    for (const f of found) {
      // A feature carried over from the previous clause sits, in effect, at this clause's end ("Flask has neither without plugins").
      const hit = clause.search(f.pattern);
      const at = hit < 0 ? clause.length : hit;
      const owner = inClause.find((m) => /^(?:'|’)s\s+(?:[\w-]+\s+)?$/.test(clause.slice(m.end - from, at)));
      const possessed = owner != null && named.includes(f);
      const support = supportIn(clause, at, possessed);
      if (!support) continue;
      // "Has no X" is said of a technology the sentence names or points to ("it does not ship an ORM"),
      // never of one the section is about in general: a negation nearby is too often about something else.
      if (support === "missing" && !pronounLed && !first && !about.named) continue;
      // "Prisma's migrations are fragile": it has them, and the linking verb judges them (an opinion besides).
      const judged =
        possessed && support === "built-in" && !BUILT_IN_CUE.test(clause) ? evaluativeIn(clause.slice(at)) : null;
      if (judged?.shape === "linking")
        emit(
          {
            statement: s.text.replace(/\s+/g, " ").replace(/[^.!?]$/, "$&."),
            kind: "opinion",
            technologies: techs.slice(0, 1),
            topic: slugify(`${f.topic} ${judged.cue}`, 40),
            metric: null,
            value: null,
            unit: null,
            conditions: {},
            stance: "SUPPORTS",
          },
          s,
        );
      for (const tech of techs)
        emit(
          {
            statement: featureStatement(ctx.resolver.nameOf(tech), f, support, null),
            kind: "feature",
            technologies: [tech],
            topic: f.topic,
            metric: null,
            value: null,
            unit: null,
            conditions: { support },
            stance: "SUPPORTS",
          },
          s,
        );
    }
  }
}
