// Rules applied to one sentence: figures, release years, "since version", built-in features, opinions.
import { slugify } from "@/lib/text/slug";
import { BUILT_IN_CUE, featureStatement, featuresIn } from "./features";
import { findConditions, findFigures } from "./figures";
import type { Span } from "./sentences";
import type { Mention, TechResolver } from "./technologies";
import type { CandidateClaim, Conditions } from "./types";

export interface SentenceContext {
  resolver: TechResolver;
  /** Technologies the surrounding heading/section/paragraph is about. */
  subject: string[];
  /** A list's lead-in line ("Our benchmark used …:"), for conditions. */
  leadIn: string;
  allowFeatures: boolean;
}

export type Emit = (claim: Omit<CandidateClaim, "quote" | "start" | "end">, span: Span) => void;

const NEGATED = /\b(no built[- ]in|not built[- ]in|has no|lacks?|without an?|doesn\x27t (?:ship|have|include)|does not (?:ship|have|include))\b/i;

const fmt = (n: number): string => n.toLocaleString("en-US");

/** The technology a figure at `pos` is about: the last mention before it (after the previous figure). */
function subjectAt(mentions: Mention[], from: number, pos: number, fallback: string[]): string[] {
  const before = mentions.filter((m) => m.start >= from && m.end <= pos);
  if (before.length) return [before[before.length - 1].slug];
  return fallback.length ? fallback : [];
}

export function applySentenceRules(s: Span, ctx: SentenceContext, emit: Emit): string[] {
  const { resolver } = ctx;
  const mentions = resolver.find(s.text);
  const local = [...new Set(mentions.map((m) => m.slug))];
  const subject = local.length ? local : ctx.subject;
  const name = (slugs: string[]) => slugs.map((x) => resolver.nameOf(x)).join(" and ");

  let prevEnd = 0;
  for (const f of findFigures(s.text)) {
    const fromTo = /\bfrom ([\w. ]{1,40}?) to ([\w. ]{1,40}?)\b/.exec(s.text);
    let techs = subjectAt(mentions, prevEnd, f.start, ctx.subject);
    const moved = fromTo ? resolver.find(fromTo[0]) : [];
    if (f.baseline != null && moved.length >= 2) techs = [moved[moved.length - 1].slug];
    if (!techs.length) continue;
    const conditions: Conditions = findConditions(s.text.slice(prevEnd, f.end), `${s.text} ${ctx.leadIn}`);
    if (f.baseline != null) conditions.before = `${fmt(f.baseline)} ${f.unit}${moved.length >= 2 ? ` (${moved[0].name})` : ""}`;
    prevEnd = f.end;
    const what = f.metric === "throughput" ? `about ${fmt(f.value)} requests per second` : `a ${f.metric.replace("latency_", "")} latency of ${fmt(f.value)} ms`;
    const cond = Object.entries(conditions).filter(([k]) => k !== "before").map(([, v]) => v);
    const was = f.baseline != null ? `, down from ${conditions.before}` : "";
    emit({ statement: `${name(techs)} achieved ${what}${was}${cond.length ? ` (${cond.join(", ")})` : ""}.`, kind: "performance", technologies: techs, topic: "performance", metric: f.metric, value: f.value, unit: f.unit, conditions, stance: "SUPPORTS" }, s);
  }

  const year = /\b(?:first )?(?:released|launched|created|introduced|appeared|came out)(?: \w+){0,2} in (\d{4})\b/i.exec(s.text) ?? /^([A-Z][\w.+ ]{1,40}) \((\d{4})\)/.exec(s.text);
  if (year) {
    const y = Number(year[year.length - 1]);
    // The clause's subject (first mention in the clause holding the date), not the nearest noun.
    const clauseStart = s.text.lastIndexOf(";", year.index) + 1;
    const inClause = mentions.filter((m) => m.start >= clauseStart && m.start < year.index + year[0].length);
    const earlier = mentions.filter((m) => m.start < year.index);
    const techs = (inClause.length ? [inClause[0].slug] : earlier.length ? [earlier[0].slug] : ctx.subject).slice(0, 1);
    if (techs.length && y > 1980 && y < 2100) {
      emit({ statement: `${name(techs)} was first released in ${y}.`, kind: "fact", technologies: techs, topic: "release", metric: "release_year", value: y, unit: "year", conditions: {}, stance: "SUPPORTS" }, s);
    }
  }

  const since = /\bsince (?:version |v)?(?:([A-Z][\w.]*) )?(\d{1,2}\.\d{1,2}|\d{1,2}\.x)\b/.exec(s.text);
  if (since && /\basync/i.test(s.text)) {
    const named = since[1] ? resolver.slugsIn(since[1]) : [];
    const techs = (named.length ? named : subject).slice(0, 1);
    const v = since[2].replace(/\.x$/, "");
    if (techs.length) emit({ statement: `${name(techs)} has supported async views since version ${v}.`, kind: "fact", technologies: techs, topic: "async", metric: "async_since_version", value: Number(v), unit: "version", conditions: {}, stance: "SUPPORTS" }, s);
  }

  if (ctx.allowFeatures && !/\?$/.test(s.text)) {
    let clauseFrom = 0;
    for (const clause of s.text.split(";")) {
      const from = clauseFrom;
      clauseFrom += clause.length + 1;
      const negated = NEGATED.test(clause);
      if (!negated && !BUILT_IN_CUE.test(clause)) continue;
      const inClause = mentions.filter((m) => m.start >= from && m.start < from + clause.length);
      const techs = inClause.length ? [inClause[0].slug] : subject.slice(0, 1);
      const support = negated ? "missing" : "built-in";
      for (const f of featuresIn(clause)) {
        if (techs.length) emit({ statement: featureStatement(name(techs), f, support, null), kind: "feature", technologies: techs, topic: f.topic, metric: null, value: null, unit: null, conditions: { support }, stance: "SUPPORTS" }, s);
      }
    }
  }

  const opinion = /\b(overrated|overhyped|is a myth|the better default|I (?:think|believe)|in my (?:view|opinion)|flatters)\b/i.exec(s.text);
  if (opinion && local.length) {
    emit({ statement: s.text.replace(/\s+/g, " ").replace(/[^.!?]$/, "$&."), kind: "opinion", technologies: local, topic: slugify(opinion[1], 40), metric: null, value: null, unit: null, conditions: { stance: "supports" }, stance: "SUPPORTS" }, s);
  }
  return local.length ? local : ctx.subject;
}
