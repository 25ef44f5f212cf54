// Limits: what a technology allows at most (or at least), as documentation states it: "- Max message size:
// 256 KB" under a technology's heading, "- Bigtable: 10 GB per table", "Queues per vhost: no hard limit", a
// "Max message size" row of a table. A limit is a fact about the technology, not a measurement of it.
import { slugify } from "@/lib/text/slug";
import { quantitiesIn } from "./quantities";
import type { Emit } from "./rules";
import type { Span } from "./sentences";
import type { TechResolver } from "./technologies";
import type { Conditions } from "./types";

/** A label that names a bound: "Max message size", "Retention limit", "Quota" (a minimum is a requirement, not a limit). */
export const LIMIT_WORD = /\b(?:max(?:imum)?|limits?|quotas?|caps?|ceiling|retention|allowed|at most|upper bound)\b/i;
const LIMIT_WORDS = new RegExp(LIMIT_WORD.source, "gi");
/** A heading or lead-in that says its lines are limits: "Limits", "Service quotas", "Hard limits at a glance". */
export const LIMITS_SECTION = /\b(?:limits|limitations|quotas|constraints|caps|ceilings)\b/i;
// "10 GB per table", "Queues per vhost": a capacity counted per container is a limit too.
const PER_CONTAINER = /\bper\s\p{L}/u;
const NO_LIMIT =
  /^(?:unlimited|no (?:hard |fixed |practical |set )?(?:limit(?:ation)?s?|cap|maximum)|not limited|none|infinite)(?=$|[\s(,.;])/i;
// What may stand before a limit's number: a bound word, or nothing.
const BOUND = /^(?:(up to|at most|max(?:imum)?(?: of)?|under|below|about|around|roughly|~|≈|<|≤)\s?)?$/i;

export interface LimitValue {
  /** The number (null for "unlimited", "no hard limit"). */
  value: number | null;
  unit: string;
  /** The value as written, trimmed: what the statement says. */
  said: string;
  dimension: string | null;
}

/** A limit's value: a quantity that opens the text ("256 KB", "up to 14 days", "about 200,000"), or "unlimited". */
export function limitValue(raw: string): LimitValue | null {
  const text = raw
    .replace(/[*_`]+/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;,]$/, "");
  if (!text || text.length > 120) return null;
  if (NO_LIMIT.test(text)) return { value: null, unit: "", said: text, dimension: null };
  const q = quantitiesIn(text.slice(0, 80), 2)[0];
  if (!q || !BOUND.test(text.slice(0, q.at).trim()) || q.dimension === "ratio") return null;
  // "14 days", "200,000 partitions": a bare number takes the noun after it as its unit, as written.
  const noun = q.unit ? null : /^\s([a-z]{2,16})\b/i.exec(text.slice(q.end, q.end + 20))?.[1];
  const unit = q.unit || (noun && !/^(?:per|by|on|in|for|of|and|or)$/i.test(noun) ? noun.toLowerCase() : "");
  return { value: q.value, unit, said: text.slice(0, 100), dimension: q.dimension };
}

// "Max latency", "Peak throughput", "Max RSS", "Max build time", "CPU usr (max)", "Mem used (max)": the largest of
// several measurements, not a bound.
export const MEASURED_LABEL =
  /\b(?:latency|latencies|throughput|rss|speed|p\d{2}|response times?|ops|req|requests|rps|qps|tps|cpu|mem(?:ory)? used|load \d+m|(?:build|startup|start-up|boot|run|load|cold start|install)\s(?:time|duration))\b/i;

/**
 * A label naming what a product requires at least ("Minimum storage duration", "Min price", "Minimum nodes"): a
 * term of the product, a fact like a limit, not the least of several measurements ("Min", "Min latency").
 */
export const REQUIREMENT_LABEL =
  /\bmin(?:imum)?\.?\s(?:[a-z]+\s)?(?:price|cost|charge|fee|spend|commitment|term|(?:storage|billing|retention) duration|billing|order|nodes?|instances?|seats?|version)\b/i;

/** A row or column label naming a limit ("Max message size", "Retention limit"), not a measured maximum. */
export function limitLabel(label: string): boolean {
  // "Max", "Max [ms]": a column of the largest measurement; a limit names what it bounds ("Max message size").
  const bounded = label
    .replace(LIMIT_WORDS, " ")
    .replace(/[([][^()[\]]*[)\]]/g, " ")
    .replace(/[^\p{L}]+/gu, "");
  return LIMIT_WORD.test(label) && !MEASURED_LABEL.test(label) && bounded.length >= 3;
}

/** Whether "label: value" states a limit, in a section (heading, lead-in) that may say so. */
export function isLimit(label: string, value: LimitValue, context: string): boolean {
  if (MEASURED_LABEL.test(label)) return false;
  if (LIMIT_WORD.test(label) || LIMITS_SECTION.test(context)) return true;
  // "In-flight messages: 120,000 per queue": counted per container; a rate or a time per something is a measurement.
  if (value.value == null) return PER_CONTAINER.test(label);
  return PER_CONTAINER.test(`${label} ${value.said}`) && value.dimension !== "rate" && value.dimension !== "time";
}

/** Emits the limit as a fact about the technology: "Amazon SQS: max message size 256 KB." */
export function emitLimit(
  tech: string,
  label: string,
  value: LimitValue,
  span: Span,
  resolver: TechResolver,
  emit: Emit,
  conditions: Conditions = {},
): void {
  const what = label.replace(/[*_`]+/g, "").trim();
  // "max message size 256 KB"; a value in words is set apart: "queues per vhost — no hard limit".
  const join = value.value == null ? " — " : " ";
  const said = what ? `${what.charAt(0).toLowerCase()}${what.slice(1)}${join}${value.said}` : value.said;
  emit(
    {
      statement: `${resolver.nameOf(tech)}: ${said}.`,
      kind: "fact",
      technologies: [tech],
      topic: slugify(what || "limit", 40),
      metric: slugify(what || "limit", 40).replace(/-/g, "_"),
      value: value.value,
      unit: value.value == null ? null : value.unit || null,
      conditions: { ...conditions, limit: value.value == null ? "none" : "stated" },
      stance: "SUPPORTS",
    },
    span,
  );
}

// "- Max message size: 256 KB", "- **Bigtable**: 10 GB per table": a label, a colon, the value.
const LABELLED = /^([^:]{2,60}?):\s+(.{1,120})$/;

/**
 * A list item that states a limit: "<limit>: <value>" about the section's one technology, or "<technology>:
 * <value>" under a lead-in or heading about limits. True when the item was read as one.
 */
export function limitItem(
  body: string,
  span: Span,
  subject: string[],
  context: string,
  resolver: TechResolver,
  emit: Emit,
): boolean {
  const m = LABELLED.exec(body.replace(/\*\*|__/g, "").trim());
  if (!m) return false;
  const value = limitValue(m[2]);
  if (!value) return false;
  const label = m[1].trim();
  const named = resolver.find(label);
  // "Bigtable: 10 GB per table": the label is the technology, the limit is what its value says.
  if (named.length === 1 && named[0].start === 0 && named[0].end >= label.length - 1) {
    if (!LIMITS_SECTION.test(context) && !PER_CONTAINER.test(value.said)) return false;
    emitLimit(named[0].slug, "", value, span, resolver, emit);
    return true;
  }
  if (subject.length !== 1 || named.length || !isLimit(label, value, context)) return false;
  emitLimit(subject[0], label, value, span, resolver, emit);
  return true;
}
