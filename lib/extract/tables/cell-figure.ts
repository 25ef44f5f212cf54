// A quantity in a table cell, read as a figure in the metric its row or column label names: its unit from
// the cell or the label, its reference when the label or cell names one ("% to X", "vs X"), the runtime a
// column stands for ("Node 20"), and numbers with units the vocabulary lacks kept as written.
import { slugify } from "@/lib/text/slug";
import type { Emit } from "../rules";
import type { TechResolver } from "../technologies";
import type { Conditions } from "../types";
import { cellQuantity, describeQuantity, formatNumber, toMilliseconds, type Quantity } from "../quantities";
import type { Cell } from "./cells";
import { brief, clean, lowerWords, RELEASED, snake, type TableContext } from "./common";
import { labelUnit, metricOf, scaledByLabel, PER_OPERATION, RATIO_LABEL, unitOnly } from "./labels";
import { limitLabel, REQUIREMENT_LABEL } from "../limits";

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
  // "~85KB React runtime": a known unit, then words about the value (a note), not a unit of three words.
  const [first, ...words] = m[6].split(" ");
  const head = words.length ? cellQuantity(`1 ${first}`) : null;
  if (head?.unit && head.end === first.length + 2 && !m[7])
    return looseQuantity(`${m[1] ?? ""}${m[2]}${m[3] ? `-${m[3]}` : ""}${m[4] ?? ""} ${first} (${words.join(" ")})`);
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

const SHARE_LABEL = /\b(?:support|share|adoption|popularity|penetration)\b/i;

const DIRECTION_WORD =
  /\b(?:faster|slower|smaller|larger|bigger|lower|higher|better|worse|lighter|heavier|quicker|cheaper|costlier)\b/i;
// A ratio said this way favours the other side ("2.3x slower than B": B is the faster).
const WORSE = /^(?:slower|larger|bigger|worse|heavier|costlier)$/;

const RELATIVE_WORD =
  /\b(?:faster|slower|smaller|larger|bigger|less|more|lower|higher|better|worse|lighter|heavier|advantage|reduction|improvement|gain|speed-?up|difference|saving)\b/i;

// "Time % to quill", "Allocations % of stdlog", "Size vs baseline (%)": a column of signed differences to the named reference.
const PERCENT_TO = /^(.{0,40}?)\s?%\s(?:to|of|vs\.?|versus|relative to|compared to)\s(.{1,40})$/i;
const SIGNED_PERCENT = /^([+\-−–]?)\s?(\d{1,6}(?:\.\d{1,3})?)\s?%$/;

/**
 * A signed percentage under "<metric> % to <reference>": how far the row's technology is from the reference,
 * a relative claim between the two. The reference's own row ("+0%") says nothing.
 */
export function percentTo(c: Cell, ctx: TableContext, emit: Emit): boolean {
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

// "~19.1% of Ajv", "2.3x vs Zod", "40% less than Vite": a quantity relative to a technology the cell names.
const RELATIVE_CELL =
  /^([~≈]?\s?\d{1,6}(?:\.\d{1,3})?\s?[%x×])\s(?:\p{L}+\s){0,2}?(?:of|vs\.?|than|versus)\s(.{2,40})$/u;

/** A cell that names its own reference: the figure compares the row's technology with that one. */
export function relativeCell(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const m = RELATIVE_CELL.exec(clean(c.text));
  const ref = m ? ctx.resolver.find(m[2]).find((t) => t.start === 0 && t.slug !== c.tech) : undefined;
  const q = m && ref ? cellQuantity(m[1]) : null;
  if (!m || !ref || !q) return false;
  const what = c.label.replace(/\([^()]*\)/g, " ").trim() || "value";
  return figure({ ...c, label: `${what} vs ${m[2].slice(ref.start, ref.end)}` }, q, ctx, emit);
}

/** A quantity under a label that measures something -> a performance figure in that label's metric. */
/** What sets a figure apart from its neighbours, said in its statement: the row's case, the scenario, the test, the setup. */
function figureContext(c: Cell, conditions: Conditions): string[] {
  return [
    c.rowCase,
    conditions.scenario,
    conditions.table,
    brief(conditions.dataset),
    brief(conditions.hardware),
    ...Object.entries(conditions)
      .filter(([k]) => /^(?:lockfile|node_modules|cache)$/.test(k) && !/cache/i.test(c.label))
      .map(([, v]) => v),
  ].filter((v): v is string => Boolean(v));
}

// A label naming what was measured, never a count or an id: latency, CPU, load, memory, time, duration.
// A label whose bare numbers are figures though it names no unit: a rate, a score, a speed.
const MEASURING_LABEL = /\b(?:throughput|rps|score|ops|req|requests|queries|qps|count|rate|velocity|speed|quality)\b/i;
const UNSTATED_MEASURE =
  /^(?:(?:avg\.?|average|mean|max\.?|min\.?|peak)\s)?(?:latency|cpu|load|mem(?:ory)?|time|duration)\b(?:\s\p{L}{1,8})*(?:\s\d+m)?(?:\s\((?:avg|max|min|mean|peak|p\d{2})\))?$/iu;

/** The figure in the unit a reader is shown: latencies in ms, throughput without a unit as req/s. */
function inShownUnit(
  q: Quantity,
  unit: string,
  m: { metric: string; latency: boolean },
): { value: number; upTo: number | null; shownUnit: string } {
  // "164ns", "2.25µs": a latency under a millisecond keeps the unit it was measured in ("0 ms" says nothing).
  if (m.latency && !/^(?:µs|ns)$/.test(unit)) {
    const ms = toMilliseconds({ value: 1, unit: unit || "ms" }) ?? 1;
    const inMs = (v: number) => Number((v * ms).toPrecision(12));
    return { value: inMs(q.value), upTo: q.upTo != null ? inMs(q.upTo) : null, shownUnit: "ms" };
  }
  // "12k msg/s" stays messages per second; only a bare or request rate reads as req/s.
  const shownUnit =
    m.metric === "throughput" && (!q.unit || /^(?:req\/s|rps|requests?\/s(?:ec)?)$/i.test(q.unit)) ? "req/s" : unit;
  return { value: q.value, upTo: q.upTo, shownUnit };
}

export function figure(c: Cell, read: Quantity, ctx: TableContext, emit: Emit): boolean {
  const q = scaledByLabel(read, c.label);
  const fromLabel = q.unit ? null : (labelUnit(c.label) ?? c.tableUnit ?? null);
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
  // "Latency | 26.46" (autocannon's columns), "CPU usr (max) | 63.8": a measure of time or of a resource whose unit
  // the table never states is kept, said so.
  const unstated = !unit && UNSTATED_MEASURE.test(clean(c.label));
  if (!m || (!unit && !unstated && !MEASURING_LABEL.test(c.label))) return false;
  if (RELEASED.test(c.label) && !unit) return false;
  const shownAs = inShownUnit(q, unit, m);
  const { value, upTo } = shownAs;
  // Never a unit the table did not give: the figure stays a bare number, its statement says so.
  const shownUnit = unstated ? "" : shownAs.shownUnit;
  const conditions: Conditions = {
    ...c.conditions,
    ...(c.version ? { version: c.version } : {}),
    ...(runtime ? { runtime } : {}),
  };
  if (upTo != null) conditions.range = `${value}–${upTo} ${shownUnit}`;
  const shown = describeQuantity({ ...q, value, upTo, unit: shownUnit });
  const context = figureContext(c, conditions);
  // "2.30x slower", "40% smaller": the cell says which way the ratio goes; the favoured side comes first.
  const way = other ? DIRECTION_WORD.exec(clean(c.text))?.[0].toLowerCase() : undefined;
  const worse = way != null && WORSE.test(way);
  const relativeTo =
    other && !named ? ` ${way ? `${way} than` : "relative to"} ${ctx.resolver.nameOf(other.slug)}` : "";
  // "vCPU: 1" reads "1 vCPU", not "vCPU 1 vCPU".
  const onlyUnit = unitOnly(c.label);
  const said = runtime
    ? `${shown} on ${runtime}`
    : (way || (other && /^relative$/i.test(clean(c.label)))) && !named
      ? shown
      : onlyUnit
        ? `${shown}${PER_OPERATION.test(c.label.trim()) ? " per operation" : ""}`
        : fromLabel?.dimension === "count" && fromLabel.unit.toLowerCase() === clean(c.label).toLowerCase()
          ? shown
          : `${lowerWords(withoutUnit(c.label))} ${shown}`;
  const statement = `${c.display}: ${said}${unstated ? " (unit not stated)" : ""}${relativeTo}${context.length ? ` (${context.slice(0, 4).join("; ")})` : ""}.`;
  // A limit or a support share: a fact about the technology, not a measurement of it.
  // In a price list, what a plan includes ("Data storage | 250 GB") is a term of it too.
  const included = ctx.pricing === true && (q.dimension === "size" || q.dimension === "count");
  const limit = !other && !runtime && (factLabel(clean(c.label), unit) || included);
  emit(
    {
      statement,
      kind: limit ? "fact" : "performance",
      technologies: other ? (worse ? [other.slug, c.tech] : [c.tech, other.slug]) : [c.tech],
      topic: limit ? slugify(clean(c.label), 40) : "performance",
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

/**
 * "Max message size | 256 KB" (what the technology allows), "Minimum storage duration | 90 days" (what it
 * requires) and "Browser support | 97%" (how widely it is supported or used): facts about the technology, not
 * measurements of it.
 */
const factLabel = (label: string, unit: string): boolean =>
  limitLabel(label) || REQUIREMENT_LABEL.test(label) || (unit === "%" && SHARE_LABEL.test(label));

/** "time (ms)" -> "time": the unit in brackets is said with the figure; a label that is only a unit stays. */
function withoutUnit(label: string): string {
  // "Memory (MB)" -> "Memory", "Throughput/Mb" -> "Throughput", "Run Time, s" -> "Run Time".
  const bare = label.replace(/\s?[([][^()[\]]{1,16}[)\]]\s*$|\/[kmg]i?b$|,\s?[^,\s]{1,6}$/i, "");
  return bare.trim() && labelUnit(label) && !labelUnit(bare) ? bare : label;
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
