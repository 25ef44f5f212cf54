// Performance figures in prose and lists: throughput ("~17,000 requests/second", "50k req/s"), latency
// ("p95 from 180 ms to 45 ms"), any other measured quantity with a word saying what it measures ("builds
// in 15 seconds", "ships under 10KB of JS", "a 95 Lighthouse score") and comparisons between two
// technologies ("6x faster than", "1.5-2x slower than", "50% less memory than"), with their conditions.
import { slugify } from "@/lib/text/slug";
import type { Emit, SentenceContext } from "./rules";
import type { Span } from "./sentences";
import type { Mention } from "./technologies";
import type { Migration } from "./layout";
import type { Conditions } from "./types";
import { orderedConditions, statementCondition } from "./condition-words";
import { findConditions, findFigures } from "./figures/find";
import { fmt, type Figure } from "./figures/figure";
import { withHeadingMeasure } from "./figures/comparisons";

export type { Figure } from "./figures/figure";
export { MULTIPLE_WORDS } from "./figures/comparisons";
export { benchmarkOutput, BENCHMARK_COMMAND, type OutputFigure } from "./figures/output-lines";

export { findConditions, findFigures } from "./figures/find";

// ---- From figures to claims ----

/** The technology a figure is about: "3,900 req/s for DRF" / "42 ms (Express)" right after it; else the
 *  last name since the previous figure; else the previous figure's; else the section's; else a later name
 *  that is not where things moved away from ("… once we moved it to Express"). */
function figureSubject(
  text: string,
  mentions: Mention[],
  f: Figure,
  from: number,
  previous: string[],
  fallback: string[],
): { techs: string[]; consumed: number } {
  const after = mentions.find(
    (m) =>
      m.start >= f.end &&
      // A figure set in code or emphasis ("`1.6s` for ripgrep") keeps its closing mark before the name.
      /^[`*_]{0,2}\s*(?:\(|for\s+(?:(?:the|a|an|our|its|their)\s+)?(?:[\w-]+\s+){0,3})$/i.test(
        text.slice(f.end, m.start),
      ),
  );
  if (after) return { techs: [after.slug], consumed: after.end };
  // "takes about 200ms in the Python code, and now takes 40-50ms in the Go code": the version a figure was measured on.
  const version = mentions.find(
    (m) =>
      m.start >= f.end &&
      /^\s{1,2}(?:in|on|with)\s(?:the\s|our\s|its\s)?$/i.test(text.slice(f.end, m.start)) &&
      IMPLEMENTATION.test(text.slice(m.end, m.end + 20)),
  );
  if (version) return { techs: [version.slug], consumed: version.end };
  // "X …, 22% smaller than Y, with 12 ms per build": the side compared against is never a later figure's subject.
  const before = mentions.filter(
    (m) => m.start >= from && m.end <= f.at && !COMPARED_AGAINST.test(text.slice(Math.max(0, m.start - 16), m.start)),
  );
  if (before.length) return { techs: [before[before.length - 1].slug], consumed: f.end };
  if (previous.length) return { techs: previous, consumed: f.end };
  if (fallback.length) return { techs: fallback, consumed: f.end };
  const later = mentions.find(
    (m) => m.start >= f.end && !/\bfrom\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start)),
  );
  return { techs: later ? [later.slug] : [], consumed: f.end };
}

// What a figure is counted per, right after it: "10 MB of memory per connection", "2 ms for each request".
const PER =
  /^(?:\s{1,3}(?:of|in)\s{1,3}(?:memory|ram|disk|storage|heap|cpu time)\b)?\s{1,3}(?:per|for each|for every|each)\s{1,3}((?:million |thousand |1,?000 )?(?:connection|request|process|worker|thread|client|user|row|document|message|item|instance|node|core|container|pod|query|call|operation|key|tenant|job|event|page|file|record|entry|transaction)s?)\b/i;

// "… in the Go code", "… in the Rust version": the implementation a figure was measured on.
const IMPLEMENTATION = /^\s(?:code|codebase|version|implementation|port|rewrite|build|app)\b/i;

const COMPARED_AGAINST = /\b(?:than|versus|vs\.?|compared (?:to|with)|relative to)\s$/i;

const DATABASE = /^(?:PostgreSQL|Postgres|MySQL|MariaDB|SQLite|MongoDB|Redis)$/i;

/** Writes per second and read/write latencies belong to the database the sentence names, not to the app
 *  framework next to it ("SQLite … for a Laravel app: 850 writes per second"). */
function storageSubject(
  text: string,
  mentions: Mention[],
  f: Figure,
  from: number,
): { techs: string[]; consumed: number } | null {
  const storage =
    f.metric === "write_throughput" ||
    /\b(?:reads?|writes?|inserts?)\b/i.test(text.slice(Math.max(from, f.start - 25), f.end));
  if (!storage) return null;
  const databases = mentions.filter((m) => DATABASE.test(text.slice(m.start, m.end)));
  const before = databases.filter((m) => m.end <= f.at);
  const db = before[before.length - 1] ?? databases[0];
  return db ? { techs: [db.slug], consumed: f.end } : null;
}

function figureWords(f: Figure): string {
  if (f.words) return f.words;
  if (f.metric === "throughput")
    return `about ${fmt(f.value)} ${f.unit === "queries/s" ? "queries" : "requests"} per second`;
  if (f.metric === "write_throughput") return `about ${fmt(f.value)} writes per second`;
  const bound = f.bound ? `${f.bound} ` : "";
  const value = f.upTo != null ? `${fmt(f.value)}–${fmt(f.upTo)}` : fmt(f.value);
  if (f.metric === "cold_start") return `a cold start of ${bound}${value} ms`;
  const pct = f.metric.replace(/^latency_?/, "");
  return `a ${pct ? `${pct} ` : ""}latency of ${bound}${value} ms`;
}

/** A comparison's two sides: the subject (named before the number in its clause, or between the number and
 *  "than") and the technology right after "than"/"over"/"compared to"; the favoured one first. */
function comparedPair(
  text: string,
  mentions: Mention[],
  f: Figure,
  from: number,
  fallback: string[],
  compared: string[] = [],
): string[] {
  const versus = f.versus!;
  if (versus.elided) {
    // "X is 3x faster" with no "than": faster than the other technology the document compares X with.
    const clauseStart = Math.max(from, text.lastIndexOf(";", f.start) + 1);
    const before = mentions.filter((m) => m.start >= clauseStart && m.end <= f.at);
    // "Compared to B, A is 3x faster": the standard is named in front of the clause.
    const fronted = FRONTED_STANDARD.exec(text.slice(clauseStart, f.at));
    // "As the figures show, compared to B, A has 30% lower CPU, 68% lower memory": fronted after a lead-in, it is
    // the standard of every figure listed after it.
    const leadIn = fronted ? null : FRONTED_AFTER_LEAD.exec(text.slice(0, f.at));
    const standard = fronted
      ? mentions.find((m) => m.start >= clauseStart && m.end <= clauseStart + fronted[0].length)
      : leadIn
        ? mentions.find((m) => m.start >= leadIn.index && m.end <= leadIn.index + leadIn[0].length)
        : undefined;
    // "Compared to legacy in-memory datastores, A delivers 25X more": the standard is no technology compared here.
    if (fronted && !standard) return [];
    const own = before.filter((m) => m !== standard);
    const subject = own[own.length - 1]?.slug ?? fallback[0];
    const other =
      standard && standard.slug !== subject
        ? standard.slug
        : compared.length === 2 && subject && compared.includes(subject)
          ? compared.find((t) => t !== subject)
          : undefined;
    return subject && other ? (versus.favoursFirst ? [subject, other] : [other, subject]) : [];
  }
  const other = mentions.find((m) => m.start >= versus.at && m.start - versus.at <= 30);
  const clauseStart = Math.max(from, text.lastIndexOf(";", f.start) + 1);
  const before = mentions.filter((m) => m.start >= clauseStart && m.end <= f.at);
  const between = mentions.find(
    (m) => m.start >= f.end - (versus.at - f.start) && m.end <= versus.at && m.start >= f.start,
  );
  const subject = before[before.length - 1]?.slug ?? between?.slug ?? fallback[0];
  if (!other || !subject || other.slug === subject) return [];
  return versus.favoursFirst ? [subject, other.slug] : [other.slug, subject];
}

/**
 * "Compared to legacy in-memory datastores, A delivers 25X more throughput": a figure against something that is no
 * technology, kept as the subject's, the standard in its words ("versus").
 */
function againstNamedThing(
  s: Span,
  mentions: Mention[],
  f: Figure,
  from: number,
  ctx: SentenceContext,
  emit: Emit,
): void {
  const clauseStart = Math.max(from, s.text.lastIndexOf(";", f.start) + 1);
  const fronted = f.versus?.elided ? FRONTED_STANDARD.exec(s.text.slice(clauseStart, f.at)) : null;
  if (!fronted || mentions.some((m) => m.start >= clauseStart && m.end <= clauseStart + fronted[0].length)) return;
  const before = mentions.filter((m) => m.start >= clauseStart + fronted[0].length && m.end <= f.at);
  const subject = before[before.length - 1]?.slug ?? ctx.subject[0];
  const standard = fronted[0]
    .replace(/^\s?(?:(?:when|if)\s)?\S+(?:\s(?:to|with))?\s/i, "")
    .replace(/,$/, "")
    .trim();
  if (!subject || !standard) return;
  emit(
    {
      statement: `${ctx.resolver.nameOf(subject)}: ${f.versus!.phrase} than ${standard}.`,
      kind: f.kind ?? "performance",
      technologies: [subject],
      topic: "performance",
      metric: f.metric,
      value: f.value,
      unit: f.unit,
      conditions: { ...(f.upTo != null ? { range: `${fmt(f.value)}–${fmt(f.upTo)}${f.unit}` } : {}), versus: standard },
      stance: "SUPPORTS",
    },
    s,
  );
}

/** Where the technology after "than" ends: it is no subject of what follows, which may go on about the same one. */
function standardEnd(f: Figure, mentions: Mention[]): number {
  const at = f.versus && !f.versus.elided ? f.versus.at : -1;
  return at < 0 ? 0 : (mentions.find((m) => m.start >= at && m.start - at <= 30)?.end ?? 0);
}

/** The technologies coordinated before the subject of a comparison ("Deno and Node.js are …", "A, B and C …"). */
function coordinatedBefore(
  text: string,
  mentions: Mention[],
  [subject, other]: [string, string],
  at: number,
  from: number,
): string[] {
  const before = mentions.filter((m) => m.start >= from && m.end <= at);
  let i = before.map((m) => m.slug).lastIndexOf(subject);
  const out: string[] = [];
  while (i > 0 && /^\s{0,2}(?:,|&|and|,\s{0,2}and)\s{1,2}$/i.test(text.slice(before[i - 1].end, before[i].start))) {
    // "Compared to B, A is 3x faster": the standard fronted before the subject is the other side, not a subject.
    if (before[i - 1].slug === other) break;
    if (before[i - 1].slug !== subject && !out.includes(before[i - 1].slug)) out.unshift(before[i - 1].slug);
    i--;
  }
  return out;
}

const FRONTED_STANDARD =
  /^\s?(?:(?:when|if)\s)?(?:compared (?:to|with)|relative to|against|versus|vs\.?|next to|unlike)\s[^,;]{1,60},/i;
const FRONTED_AFTER_LEAD = /(?<=^[^,;]{0,80},\s?)(?:compared (?:to|with)|relative to|versus)\s[^,;]{1,80},/i;

/**
 * A comparison's claims, the favoured side first: one for the subject nearest the figure and one for every technology
 * coordinated before it ("Deno and Node.js are 4x faster than Bun": two).
 */
function comparisons(
  s: Span,
  mentions: Mention[],
  f: Figure,
  pair: string[],
  from: number,
  resolver: SentenceContext["resolver"],
  emit: Emit,
): void {
  const versus = f.versus!;
  const nearest = versus.favoursFirst ? pair[0] : pair[1];
  const other = versus.favoursFirst ? pair[1] : pair[0];
  for (const subject of [...coordinatedBefore(s.text, mentions, [nearest, other], f.at, from), nearest]) {
    const both = versus.favoursFirst ? [subject, other] : [other, subject];
    // The sentence's own direction, said the favoured way round: "Jest is 1.5–2x faster than Vitest".
    const statement = `${resolver.nameOf(subject)}: ${versus.phrase} ${versus.join ?? "than"} ${resolver.nameOf(other)}.`;
    const conditions: Conditions = {
      ...(f.upTo != null ? { range: `${fmt(f.value)}–${fmt(f.upTo)}${f.unit}` } : {}),
      favoured: resolver.nameOf(both[0]),
    };
    emit(
      {
        statement,
        kind: f.kind ?? "performance",
        technologies: both,
        topic: f.kind === "fact" ? slugify(f.metric, 40) : "performance",
        metric: f.metric,
        value: f.value,
        unit: f.unit,
        conditions,
        stance: "SUPPORTS",
      },
      s,
    );
  }
}

/** Performance claims (and comparisons of popularity, as facts) of one sentence. */
export function figureClaims(s: Span, mentions: Mention[], ctx: SentenceContext, emit: Emit): void {
  const { resolver } = ctx;
  const name = (slugs: string[]) => slugs.map((x) => resolver.nameOf(x)).join(" and ");
  let prevEnd = 0;
  let previous: string[] = [];
  // "Oxc is 3 times faster than Swc and 5 times faster than Biome": the second comparison keeps the first's subject.
  let compareSubject: string[] = [];
  for (const f of findFigures(s.text, ctx.leadIn)) {
    if (f.versus) {
      const pair = comparedPair(s.text, mentions, f, prevEnd, [...compareSubject, ...ctx.subject], ctx.compared);
      if (!pair.length) {
        againstNamedThing(s, mentions, f, prevEnd, ctx, emit);
        continue;
      }
      comparisons(s, mentions, withHeadingMeasure(f, ctx.heading), pair, prevEnd, resolver, emit);
      prevEnd = Math.max(f.end, standardEnd(f, mentions));
      compareSubject = [f.versus.favoursFirst ? pair[0] : pair[1]];
      continue;
    }
    // A change ("from 420 ms to 90 ms") under a move from one technology to another: before is the old one's.
    const move = f.baseline != null ? (movedIn(s.text, resolver) ?? documentMove(mentions, ctx)) : null;
    const found =
      storageSubject(s.text, mentions, f, prevEnd) ??
      figureSubject(s.text, mentions, f, prevEnd, previous, ctx.subject);
    // "Winner: Linkerd (8ms vs 26ms median)": the figure after "vs" is the other compared technology's, when the
    // document compares two; with no such other, it is nobody's.
    const otherSide = f.otherSide ? (ctx.compared ?? []).filter((t) => !previous.includes(t)) : [];
    if (f.otherSide && otherSide.length !== 1) continue;
    const techs = f.otherSide ? otherSide : move ? [move.to] : found.techs;
    if (!techs.length) continue;
    const conditions: Conditions = findConditions(s.text.slice(prevEnd, f.end), `${s.text} ${ctx.leadIn}`);
    // "PostgreSQL uses 10 MB": the figure's own technology is no condition of it.
    if (typeof conditions.database === "string" && techs.includes(conditions.database)) delete conditions.database;
    // "10 MB of memory per connection": what the figure is counted per, said with it and compared only with its kind.
    const per = PER.exec(s.text.slice(f.end, f.end + 80))?.[1]?.toLowerCase();
    if (per) conditions.per = per;
    if (f.baseline != null)
      conditions.before = `${fmt(f.baseline)} ${f.unit}${move ? ` (${resolver.nameOf(move.from)})` : ""}`;
    if (f.upTo != null) conditions.range = `${fmt(f.value)}–${fmt(f.upTo)} ${f.unit}`;
    if (f.bound) conditions.bound = f.bound;
    prevEnd = found.consumed;
    // The pair's first side stays the subject of what follows it ("8ms vs 26ms median; 39ms vs 232ms max").
    if (!f.otherSide) previous = techs;
    // Said with their nouns ("4 workers, gunicorn"), never as bare numbers: the statement is what an editor reads.
    const cond = orderedConditions(conditions)
      .filter(([k]) => k !== "before" && k !== "range" && k !== "bound" && k !== "per")
      .map(([k, v]) => statementCondition(k, v));
    const was = f.baseline != null ? `, ${f.baseline > f.value ? "down" : "up"} from ${conditions.before}` : "";
    const each = per ? ` per ${per}` : "";
    const statement = f.words
      ? `${name(techs)}: ${f.words}${each}${was}${cond.length ? ` (${cond.join(", ")})` : ""}.`
      : `${name(techs)} achieved ${figureWords(f)}${each}${was}${cond.length ? ` (${cond.join(", ")})` : ""}.`;
    emit(
      {
        statement,
        kind: "performance",
        technologies: techs,
        topic: "performance",
        metric: f.metric,
        value: f.value,
        unit: f.unit,
        conditions,
        stance: "SUPPORTS",
      },
      s,
    );
    if (move && f.baseline != null) beforeTheMove(f, f.baseline, move, conditions, ctx, s, emit);
  }
}

/** The figure the old technology had before the move: a measurement of its own, stated as such. */
function beforeTheMove(
  f: Figure,
  baseline: number,
  move: Migration,
  after: Conditions,
  ctx: SentenceContext,
  s: Span,
  emit: Emit,
): void {
  const { resolver } = ctx;
  const conditions: Conditions = { ...after, stage: `before the move to ${resolver.nameOf(move.to)}` };
  delete conditions.before;
  const said = f.words
    ? `${f.words.replace(/\s?[~≈]?\d[\d.,–-]*\s?\S*$/, "")} ${fmt(baseline)} ${f.unit}`.trim()
    : figureWords({ ...f, value: baseline, baseline: null, upTo: null, bound: undefined });
  const verb = f.words ? ":" : " achieved";
  emit(
    {
      statement: `${resolver.nameOf(move.from)}${verb} ${said} (${conditions.stage}).`,
      kind: "performance",
      technologies: [move.from],
      topic: "performance",
      metric: f.metric,
      value: baseline,
      unit: f.unit,
      conditions,
      stance: "SUPPORTS",
    },
    s,
  );
}

/** "after moving from Express to Fastify": the sentence's own move, the first "from X to Y" naming two technologies. */
function movedIn(text: string, resolver: SentenceContext["resolver"]): Migration | null {
  for (const m of text.matchAll(/\bfrom\s([\w. -]{1,40}?)\s(?:to|onto)\s([\w.-]{1,30}(?:\s[\w.-]{1,30})?)/g)) {
    const [from, to] = [resolver.find(m[1])[0], resolver.find(m[2])[0]];
    if (from && to && from.slug !== to.slug) return { from: from.slug, to: to.slug };
  }
  return null;
}

/** The document's move, when the sentence names nothing else (its figures are the move's before and after). */
function documentMove(mentions: Mention[], ctx: SentenceContext): Migration | null {
  const m = ctx.migration;
  return m && mentions.every((x) => x.slug === m.from || x.slug === m.to) ? m : null;
}
