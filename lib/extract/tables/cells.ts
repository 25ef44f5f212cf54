// One table cell, typed by its content: a rating or count, a quantity under a measuring label (a
// performance figure), a use case under "best for", a year or version (a fact), a support mark or a short
// description (a feature naming the attribute).
import { slugify } from "@/lib/text/slug";
import { sinceVersions } from "../facts";
import { featureStatement, featuresIn, rateSupport } from "../features";
import { cellQuantity, describeQuantity, formatNumber, toMilliseconds, type Quantity } from "../quantities";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { TechResolver } from "../technologies";
import type { Conditions } from "../types";
import { emitChoice } from "./choice";
import {
  BEST_FOR,
  brief,
  clean,
  DELEGATED,
  EXPLICIT_YES,
  FACT_ATTR,
  lcFirst,
  lowerWords,
  RECOMMEND,
  RELEASED,
  snake,
  VERSION,
  VERSIONED,
  type TableContext,
} from "./common";
import { labelUnit, metricOf, PER_OPERATION, RATIO_LABEL, unitOnly } from "./labels";

export interface Cell {
  tech: string;
  /** The technology as the table names it ("Rspack CLI 2.0.0"). */
  display: string;
  version: string | null;
  /** The row or column label the cell answers ("Startup (no cache)", "install"). */
  label: string;
  text: string;
  span: Span;
  conditions: Conditions;
  /** Every technology the table names: the other side of a ratio that names none. */
  peers?: string[];
  /** The rating scale of the cell's column or row when all its values are small bare numbers (a scorecard). */
  scale?: number | null;
  /** The technology whose cell in this ratio column or row reads 1x: what every other ratio there is relative to. */
  baseline?: string | null;
}

/** One cell, typed by its content. */
/**
 * A cell as a feature of its row's technology: a mark or word rating support for the feature its label names, or
 * (with no rating) a description of what the technology has for that attribute. `numeric`: the cell holds a number.
 */
function featureCell(c: Cell, numeric: boolean, ctx: TableContext, emit: Emit): void {
  const { resolver } = ctx;
  const known = featuresIn(c.label);
  // A bare word ("High", "Postgres-only") rates a feature the vocabulary knows; under any other label it is
  // the attribute's value, not "has it built in" ("Setup complexity: High" is not a built-in feature).
  const marked = rateSupport(c.text);
  // "Not graduated" under "CNCF status" is the attribute's value, not a missing capability with a replacement.
  const valueNotRating = !known.length && marked?.support === "missing" && NEGATED_VALUE.test(clean(c.text));
  const rated =
    marked && !valueNotRating && (known.length || marked.support !== "built-in" || EXPLICIT_YES.test(c.text))
      ? marked
      : null;
  const text = clean(c.text);
  const features = known.length
    ? known
    : c.label.length <= 40 && /\p{L}/u.test(c.label)
      ? [{ topic: slugify(c.label, 40), label: c.label.toLowerCase(), pattern: /$^/ }]
      : [];
  const name = resolver.nameOf(c.tech);
  for (const f of features) {
    if (rated) {
      emit(
        {
          statement: featureStatement(name, f, rated.support, rated.replacement),
          kind: "feature",
          technologies: [c.tech],
          topic: f.topic,
          metric: null,
          value: null,
          unit: null,
          conditions: { support: rated.support, ...(rated.replacement ? { replacement: rated.replacement } : {}) },
          stance: "SUPPORTS",
        },
        c.span,
      );
      for (const fact of sinceVersions(c.text, resolver.find(c.text), [c.tech], c.label)) {
        emit(
          {
            statement: `${resolver.nameOf(fact.slug)} has had ${fact.about.toLowerCase()} since version ${fact.value}.`,
            kind: "fact",
            technologies: [fact.slug],
            topic: slugify(fact.about, 40),
            metric: fact.metric,
            value: fact.value,
            unit: "version",
            conditions: {},
            stance: "SUPPORTS",
          },
          c.span,
        );
      }
    } else if (/\p{L}{2}/u.test(text) && text.length <= 200 && !numeric && !DELEGATED.test(text) && !/^`/.test(text)) {
      // (A cell that is code — the command each tool was run with — describes the test, not the tool.)
      // A description ("Schema-based with SDL") is what the technology has for that attribute.
      const kind = FACT_ATTR.test(c.label) ? "fact" : "feature";
      emit(
        {
          statement: `${name}: ${lcFirst(c.label)} — ${text.replace(/(?<![.;,\s])[.;,\s]+$/, "")}.`,
          kind,
          technologies: [c.tech],
          topic: f.topic,
          metric: kind === "fact" ? snake(c.label) : null,
          value: null,
          unit: null,
          conditions: kind === "feature" ? { support: "built-in", detail: text.slice(0, 120) } : {},
          stance: "SUPPORTS",
        },
        c.span,
      );
    }
  }
}

export function readCell(c: Cell, ctx: TableContext, emit: Emit): void {
  const { resolver } = ctx;
  if (!c.text || !c.label || /^(?:n\/a|-|—|–|\?|tbd|none reported)$/i.test(c.text)) return;
  // "Last updated", "Version: latest": how the test was set up (a condition of the other cells), not a claim.
  if (SETUP_ROW.test(clean(c.label)) || NO_CLAIM_CELL.test(clean(c.text))) return;
  if (percentTo(c, ctx, emit)) return;
  if (scored(c, ctx, emit)) return;
  const q = cellQuantity(c.text);
  if (q && figure(c, q, ctx, emit)) return;
  // "100+ TB/day", "743.91 ± 44.54 ms": a number with a unit the vocabulary lacks is still a figure, never a feature.
  const loose = q ? null : looseQuantity(clean(c.text));
  if (loose && figure({ ...c, conditions: { ...c.conditions, ...loose.conditions } }, loose.q, ctx, emit)) return;
  if (BEST_FOR.test(c.label) && !resolver.find(c.text).length) {
    emitChoice([c.tech], c.text, `${resolver.nameOf(c.tech)}`, c.span, ctx, emit, true);
    return;
  }
  if (RECOMMEND.test(c.label) && resolver.find(c.text).length) return;
  if (dated(c, ctx, emit)) return;
  featureCell(c, Boolean(q || loose), ctx, emit);
}

// Rows that describe the test rather than the technology: the version under test, when the page was updated.
export const SETUP_ROW =
  /^(?:versions?(?: tested| under test| used)?|tested version|ver\.?|last updated|updated|last update|date tested|tested on)$/i;
// Cells that say nothing about the technology: nothing was measured, nothing was found, a placeholder.
const NO_CLAIM_CELL = /^(?:not found|not measured|not tested|not applicable|unknown|latest|n\.a\.|—|tba)$/i;
// "Not graduated", "not certified": a negated value; "not supported" still rates support.
const NEGATED_VALUE = /^not (?!supported|available|included|built|native|provided|yet\b)\p{L}+$/iu;
// "17.63 M dims/s", "~10-20 TB/day (single instance)", "743.91 ± 44.54 ms": number, optional range end or
// spread, a short unit, an optional note in brackets.
const LOOSE_FIGURE =
  /^([~≈<>≤≥])?(\d[\d,]{0,12}(?:\.\d{1,6})?)(?:[-–](\d[\d,]{0,12}(?:\.\d{1,6})?))?(\+)? ?(?:± ?(\d[\d,]{0,12}(?:\.\d{1,6})?) )?([A-Za-zµ][A-Za-z/]{0,11}(?: [A-Za-z/]{1,10}){0,2})(?: \(([^()]{1,40})\))?$/;

/** A figure whose unit the vocabulary does not know (kept as written), with its spread and note as conditions. */
export function looseQuantity(text: string): { q: Quantity; conditions: Conditions } | null {
  const m = LOOSE_FIGURE.exec(text);
  if (!m) return null;
  const num = (s: string) => Number(s.replace(/,/g, ""));
  const known = cellQuantity(`1 ${m[6]}`);
  const unit = known && known.end === m[6].length + 2 ? known : null;
  const q: Quantity = {
    value: num(m[2]),
    upTo: m[3] ? num(m[3]) : null,
    unit: unit?.unit ?? m[6],
    dimension: unit?.dimension ?? null,
    start: 0,
    end: text.length,
    at: 0,
    approx: m[1] ?? (m[4] ? "+" : null),
  };
  const conditions: Conditions = {
    ...(m[5] ? { spread: `± ${m[5]} ${q.unit}` } : {}),
    ...(m[7] ? { note: m[7] } : {}),
  };
  return { q, conditions };
}

const RELATIVE_WORD =
  /\b(?:faster|slower|smaller|larger|bigger|less|more|lower|higher|better|worse|lighter|heavier|advantage|reduction|improvement|gain|speed-?up|difference|saving)\b/i;

// "8/10", "4.5 / 5": a rating on a stated scale; "★★★★☆": stars out of five.
const RATING = /^(\d{1,3}(?:\.\d{1,2})?)\s?\/\s?(5|10|100)$/;
const STARS = /^([★⭐]{1,5})(☆{0,4})$/u;
// Counts an editor keeps as facts: "81k" under "GitHub stars", "~20M" under "Weekly downloads".
const COUNT_ATTR =
  /\b(?:stars|downloads|contributors|forks|dependents|users|commits|releases|questions|plugins|packages)\b/i;
const NOT_RATED = /\b(?:year|released?|version|since|count|number|total|size|price|cost|id|rank)\b|#/i;

/** A bare small number in a row or column of them (a scorecard): the scale it is on, or null. */
export function ratingScale(cells: string[], label: string): number | null {
  // A label that states a unit ("Latency (ms) avg") holds measurements, never ratings, however small.
  if (NOT_RATED.test(label) || COUNT_ATTR.test(label) || labelUnit(label)) return null;
  const values = cells.map((x) => clean(x)).filter((x) => x && !/^(?:n\/a|-|—)$/i.test(x));
  if (values.length < 2 || !values.every((x) => /^\d{1,2}(?:\.\d)?$/.test(x))) return null;
  const max = Math.max(...values.map(Number));
  return max <= 5 ? 5 : max <= 10 ? 10 : null;
}

/** Ratings and counts: "8/10", "★★★★☆", a scorecard's bare "7", "81k" GitHub stars. */
function scored(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const text = clean(c.text);
  const rating = RATING.exec(text);
  const stars = STARS.exec(c.text.replace(/\s+/g, ""));
  const bare = c.scale && /^\d{1,2}(?:\.\d)?$/.test(text) ? [text, String(c.scale)] : null;
  const score = rating ? [rating[1], rating[2]] : stars ? [String([...stars[1]].length), "5"] : bare;
  if (score) {
    const statement = `${c.display}: ${lowerWords(c.label)} ${score[0]}/${score[1]}.`;
    emit(
      {
        statement,
        kind: "performance",
        technologies: [c.tech],
        topic: "performance",
        metric: `${snake(c.label)}_score`,
        value: Number(score[0]),
        unit: "score",
        conditions: { ...c.conditions, ...(c.version ? { version: c.version } : {}), scale: `/${score[1]}` },
        stance: "SUPPORTS",
      },
      c.span,
    );
    return true;
  }
  const q = COUNT_ATTR.test(c.label) ? cellQuantity(c.text) : null;
  if (!q || q.unit) return false;
  const noun = (COUNT_ATTR.exec(c.label)?.[0] ?? "").toLowerCase();
  emit(
    {
      statement: `${c.display}: ${describeQuantity(q)} ${lowerWords(c.label)}.`,
      kind: "fact",
      technologies: [c.tech],
      topic: slugify(c.label, 40),
      metric: snake(c.label),
      value: q.value,
      unit: noun,
      conditions: {},
      stance: "SUPPORTS",
    },
    c.span,
  );
  return true;
}

// "Time % to quill", "Allocations % of stdlog", "Size vs baseline (%)": a column of signed differences to the named reference.
const PERCENT_TO = /^(.{0,40}?)\s?%\s(?:to|of|vs\.?|versus|relative to|compared to)\s(.{1,40})$/i;
const SIGNED_PERCENT = /^([+\-−–]?)\s?(\d{1,6}(?:\.\d{1,3})?)\s?%$/;

/**
 * A signed percentage under "<metric> % to <reference>": how far the row's technology is from the reference,
 * a relative claim between the two. The reference's own row ("+0%") says nothing.
 */
function percentTo(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const label = PERCENT_TO.exec(clean(c.label));
  if (!label) return false;
  const ref = ctx.resolver.find(label[2]).find((t) => t.start === 0);
  const cell = SIGNED_PERCENT.exec(clean(c.text).replace(/`/g, ""));
  if (!ref || !cell) return Boolean(ref);
  if (ref.slug === c.tech) return true;
  const value = Number(cell[2]) * (/[-−–]/.test(cell[1]) ? -1 : 1);
  const what = lowerWords(label[1].trim()) || "value";
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  const context = [c.conditions.scenario, c.conditions.table].filter(Boolean);
  const statement = `${c.display}: ${what} ${sign}${formatNumber(Math.abs(value))}% compared with ${ctx.resolver.nameOf(ref.slug)}${context.length ? ` (${context.join("; ")})` : ""}.`;
  emit(
    {
      statement,
      kind: "performance",
      technologies: [c.tech, ref.slug],
      topic: "performance",
      metric: `${snake(label[1]) || "relative"}_difference`,
      value,
      unit: "%",
      conditions: {
        ...c.conditions,
        ...(c.version ? { version: c.version } : {}),
        baseline: ctx.resolver.nameOf(ref.slug),
      },
      stance: "SUPPORTS",
    },
    c.span,
  );
  return true;
}

/** A quantity under a label that measures something -> a performance figure in that label's metric. */
/** The figure in the unit a reader is shown: latencies in ms, throughput without a unit as req/s. */
function inShownUnit(
  q: Quantity,
  unit: string,
  m: { metric: string; latency: boolean },
): { value: number; upTo: number | null; shownUnit: string } {
  if (m.latency) {
    const ms = toMilliseconds({ value: 1, unit: unit || "ms" }) ?? 1;
    return { value: q.value * ms, upTo: q.upTo != null ? q.upTo * ms : null, shownUnit: "ms" };
  }
  const shownUnit = m.metric === "throughput" && (q.dimension || !q.unit) ? "req/s" : unit;
  return { value: q.value, upTo: q.upTo, shownUnit };
}

function figure(c: Cell, q: Quantity, ctx: TableContext, emit: Emit): boolean {
  const fromLabel = q.unit ? null : labelUnit(c.label);
  const unit = q.unit || fromLabel?.unit || "";
  // "Speed-up vs Flask": the figure compares the row's technology with the one the label names.
  const versus = /\b(?:vs\.?|versus|than|over|relative to|compared to)\s/i.exec(c.label);
  const named = versus ? ctx.resolver.find(c.label.slice(versus.index)).find((t) => t.slug !== c.tech) : undefined;
  // "15.9x faster", "7.3% smaller" in a table of two technologies: a ratio between the two, whatever the column says.
  // "Ratio" over bare numbers ("2.31"): each row's own measure (a compression ratio), not one relative to another row.
  const own = fromLabel?.unit === "x" && !c.baseline && RATIO_LABEL.test(clean(c.label));
  const peer =
    !named && !own && (unit === "x" || (unit === "%" && RELATIVE_WORD.test(`${c.text} ${c.label}`)))
      ? (c.peers ?? []).filter((t) => t !== c.tech)
      : [];
  // "1.0x, 2.1x, 5.3x" down a column: each ratio is to the row that reads 1x; that row itself says nothing,
  // and a ratio to nobody named (more than two technologies, no 1x row) cannot be read at all.
  if (
    !named &&
    !own &&
    unit === "x" &&
    (c.baseline === c.tech || (!c.baseline && peer.length !== 1 && (c.peers ?? []).length > 2))
  )
    return true;
  const baseline = !named && unit === "x" && c.baseline && c.baseline !== c.tech ? { slug: c.baseline } : undefined;
  const other = named ?? baseline ?? (peer.length === 1 ? { slug: peer[0] } : undefined);
  // "Node 20" over a column of figures: the runtime the row's technology ran on, a condition, not a metric.
  const runtime = other ? null : settingLabel(c.label, ctx.resolver);
  const m = other
    ? {
        metric: `${snake(versus ? c.label.slice(0, versus.index) : c.label) || "relative"}_${unit === "%" ? "difference" : "ratio"}`,
        latency: false,
      }
    : runtime
      ? { metric: runtimeMetric(q, unit), latency: false }
      : metricOf(c.label, unit);
  // A bare number under a label that names neither a unit nor a metric is not a figure (years, counts, ids).
  if (!m || (!unit && !/\b(?:throughput|rps|score|ops|req|requests|queries|qps|count|rate)\b/i.test(c.label)))
    return false;
  if (RELEASED.test(c.label) && !unit) return false;
  const { value, upTo, shownUnit } = inShownUnit(q, unit, m);
  const conditions: Conditions = {
    ...c.conditions,
    ...(c.version ? { version: c.version } : {}),
    ...(runtime ? { runtime } : {}),
  };
  if (upTo != null) conditions.range = `${value}–${upTo} ${shownUnit}`;
  const shown = describeQuantity({ ...q, value, upTo, unit: shownUnit });
  const context = [
    conditions.scenario,
    conditions.table,
    brief(conditions.dataset),
    brief(conditions.hardware),
    ...Object.entries(conditions)
      .filter(([k]) => /^(?:lockfile|node_modules|cache)$/.test(k) && !/cache/i.test(c.label))
      .map(([, v]) => v),
  ].filter(Boolean);
  const relativeTo = other && !named ? ` relative to ${ctx.resolver.nameOf(other.slug)}` : "";
  // "vCPU: 1" reads "1 vCPU", not "vCPU 1 vCPU".
  const onlyUnit = unitOnly(c.label);
  const said = runtime
    ? `${shown} on ${runtime}`
    : onlyUnit
      ? `${shown}${PER_OPERATION.test(c.label.trim()) ? " per operation" : ""}`
      : fromLabel?.dimension === "count" && fromLabel.unit.toLowerCase() === clean(c.label).toLowerCase()
        ? shown
        : `${lowerWords(c.label)} ${shown}`;
  const statement = `${c.display}: ${said}${relativeTo}${context.length ? ` (${context.slice(0, 4).join("; ")})` : ""}.`;
  emit(
    {
      statement,
      kind: "performance",
      technologies: other ? [c.tech, other.slug] : [c.tech],
      topic: "performance",
      metric: m.metric,
      value,
      unit: shownUnit || null,
      conditions,
      stance: "SUPPORTS",
    },
    c.span,
  );
  return true;
}

/** A column label that is only a runtime, OS or other setting, perhaps with its version ("Node 20", "Bun 1.1"). */
function settingLabel(label: string, resolver: TechResolver): string | null {
  const text = clean(label);
  const found = resolver.find(text);
  if (found.length !== 1 || found[0].start !== 0 || !resolver.isSetting(found[0].slug)) return null;
  return /^(?:v?\d{1,6}(?:\.\d{1,6}){0,3})?$/.test(text.slice(found[0].end).trim()) ? text : null;
}

/** What a figure under a runtime's column measures, from its unit alone. */
function runtimeMetric(q: Quantity, unit: string): string {
  if (unit === "req/s") return "throughput";
  return q.dimension === "rate"
    ? `throughput_${snake(unit)}`
    : q.dimension === "time"
      ? "time"
      : q.dimension === "size"
        ? "size"
        : snake(unit) || "value";
}

/** "Rspack CLI 2.0.0" as a table's row or column: the version the table measured. */
export function versionFact(
  t: { slug: string; version: string | null; display: string },
  span: Span,
  ctx: TableContext,
  emit: Emit,
): void {
  emit(
    {
      statement: `${t.display}: the version measured is ${t.version}.`,
      kind: "fact",
      technologies: [t.slug],
      topic: "version",
      metric: "version",
      value: null,
      unit: "version",
      conditions: { version: t.version ?? "" },
      stance: "SUPPORTS",
    },
    span,
  );
}

/** "Released | 2005" -> a release year; "Latest version | 5.1" -> a version fact. */
function dated(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const name = ctx.resolver.nameOf(c.tech);
  const year = /^(?:\p{L}{3,9}\.? )?((?:19[89]|20\d)\d)$/u.exec(c.text);
  if (year && RELEASED.test(c.label)) {
    emit(
      {
        statement: `${name} was first released in ${year[1]}.`,
        kind: "fact",
        technologies: [c.tech],
        topic: "release",
        metric: "release_year",
        value: Number(year[1]),
        unit: "year",
        conditions: {},
        stance: "SUPPORTS",
      },
      c.span,
    );
    return true;
  }
  const version = c.text.length <= 24 ? VERSION.exec(c.text) : null;
  if (version && VERSIONED.test(c.label)) {
    emit(
      {
        statement: `${name}: ${lcFirst(c.label)} ${version[1]}.`,
        kind: "fact",
        technologies: [c.tech],
        topic: "version",
        metric: "version",
        value: null,
        unit: "version",
        conditions: { version: version[1] },
        stance: "SUPPORTS",
      },
      c.span,
    );
    return true;
  }
  return false;
}
