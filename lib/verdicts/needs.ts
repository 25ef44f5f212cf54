// What a use case needs, in words a claim can match. A need has a reader-facing label ("needs an
// admin UI": shown as "counts because: needs an admin UI"), the terms a claim's topic, capability
// or context uses for it, and the figures that measure it (a throughput figure measures "high
// traffic", never "an admin UI"). Editors keep each use case's needs (UseCase.needs); a use case
// without any gets the defaults of its drivers below. Pure data, shared by the engine and the loader.
import { z } from "zod";
import { DRIVER_TERMS, DRIVERS, isDriverKey, type DriverKey } from "./drivers";
import { PhraseIndex, tokensOf } from "./text";

export interface Need {
  /** A driver key (team decisions citing that driver count through it) or an editor's own key. */
  key: string;
  label: string;
  terms: string[];
  /** Metrics of figures that measure this need ("throughput", "latency"); none for most needs. */
  metrics?: string[];
}

/** A need or driver key: lower-case words joined by single dashes (the wizard's drivers use it too). */
export const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const phrase = z.string().trim().min(1).max(60);

/** One need as editors write it (UseCase.needs is a JSON array of these). */
export const needSchema = z.strictObject({
  key: z.string().trim().min(1).max(60).regex(KEY, "Use lower-case letters, digits and single dashes."),
  label: z.string().trim().min(3).max(80),
  terms: z.array(phrase).max(30).default([]),
  metrics: z.array(phrase).max(10).default([]),
});

export const needsSchema = z
  .array(needSchema)
  .max(20)
  .refine((needs) => new Set(needs.map((n) => n.key)).size === needs.length, "Each need's key appears once.")
  .refine(
    (needs) => needs.every((n) => n.terms.length + n.metrics.length > 0),
    "Each need names at least one term or metric: otherwise no claim can match it.",
  );

// A relative speed claim without a figure ("6x faster than") speaks to the same need.
const THROUGHPUT = ["throughput", "requests per second", "req s", "rps", "faster", "slower"];
const LATENCY = ["latency", "response time", "p95", "p99"];

/** What a driver's need adds to the driver: the figures that measure it. Its label is the driver's own. */
const NEED_METRICS: Partial<Record<DriverKey, string[]>> = {
  "high-traffic-io": [...THROUGHPUT, ...LATENCY],
  "ml-serving": LATENCY,
};

/** A driver's label as a need reads inside a sentence ("counts because: needs an admin UI"). */
export function needLabel(key: DriverKey): string {
  const label = DRIVERS.find((d) => d.key === key)!.label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The default need of a driver (its terms are the driver's terms). */
export function driverNeed(key: DriverKey): Need {
  const metrics = NEED_METRICS[key];
  return { key, label: needLabel(key), terms: [...DRIVER_TERMS[key]], ...(metrics ? { metrics: [...metrics] } : {}) };
}

/** The needs of a use case described only by its drivers. */
export function needsOfDrivers(drivers: readonly string[]): Need[] {
  return [...new Set(drivers)].filter(isDriverKey).map(driverNeed);
}

/** Stored needs when valid and non-empty; null otherwise (the caller falls back to defaults). */
export function storedNeeds(value: unknown): Need[] | null {
  const parsed = needsSchema.safeParse(value);
  return parsed.success && parsed.data.length ? parsed.data : null;
}

/**
 * Workloads that measure a framework's fixed overhead rather than any need: an endpoint returning a
 * constant ("hello world", "plaintext", a ping). Figures taken on them still rank against their own
 * setup, but count for no use case: 24,000 req/s of "hello world" says nothing about high traffic.
 */
const SYNTHETIC_WORKLOADS = [
  "hello world",
  "helloworld",
  "plaintext",
  "plain text",
  "noop",
  "no op",
  "empty response",
  "empty endpoint",
  "ping",
  "static string",
];
const synthetic = new PhraseIndex<string>();
for (const phrase of SYNTHETIC_WORKLOADS) synthetic.add(phrase, phrase);

/** Whether a figure's conditions name a synthetic workload (its setup key holds the conditions). */
export function isSyntheticWorkload(figure: { setup: string }): boolean {
  return synthetic.match(tokensOf(figure.setup)).size > 0;
}

/** The synthetic workload a figure's conditions name ("hello world"), null for a real one. */
export function syntheticWorkloadOf(figure: { setup: string }): string | null {
  return [...synthetic.match(tokensOf(figure.setup)).keys()].sort()[0] ?? null;
}

/** What a figure measures, as the engine matches it against a need's metrics. */
export interface MeasuredFigure {
  metric: string;
  unit: string;
  setup: string;
}

/** A figure as above, with the technologies it is about (their names), for saying whose it is. */
export interface NamedFigure extends MeasuredFigure {
  technologies: string[];
}

/**
 * Why the figures that would measure a need count for none of it, in words, grouped by each figure's
 * own reason (review 12, R12-3; as the wizard's "figures read but not counted"): those taken on an
 * empty endpoint measure no real workload; the others measured a real one, but no figure in the same
 * setup ranks them above or below another (the need counts none of them, so none was ranked). Null
 * when no figure measures the need.
 */
export function uncountedFiguresReason(need: Need, figures: readonly NamedFigure[], category: string): string | null {
  const metrics = new PhraseIndex<true>();
  for (const metric of need.metrics ?? []) metrics.add(metric, true);
  const measuring = figures.filter((f) => metrics.match(tokensOf(`${f.metric} ${f.unit}`)).size > 0);
  if (measuring.length === 0) return null;
  const empty = measuring.filter((f) => syntheticWorkloadOf(f) !== null);
  const real = measuring.filter((f) => syntheticWorkloadOf(f) === null);
  const parts: string[] = [];
  if (empty.length) {
    const setups = [...new Set(empty.map(syntheticWorkloadOf))].sort().map((w) => `"${w}"`);
    parts.push(
      `${groupOf(empty, real.length === 0)} taken on ${setups.length > 1 ? "" : "a "}${setups.join(" or ")} endpoint${setups.length > 1 ? "s, which measure" : ", which measures"} no real workload`,
    );
  }
  if (real.length)
    parts.push(
      `${groupOf(real, empty.length === 0)} on a real workload, but no figure in the same setup ranks ${real.length === 1 ? "it" : "them"} above or below another of these ${category}`,
    );
  return parts.join("; ");
}

/**
 * "the throughput figures were" (every figure), "2 throughput figures for Express were" (a group of
 * one metric), or "2 figures for Express (latency p95 and throughput) were": a count never reads as
 * counting one metric's figures when it counts several (review 13, R13-2).
 */
function groupOf(figures: readonly NamedFigure[], all: boolean): string {
  const metrics = [...new Set(figures.map((f) => f.metric))].sort();
  const names = metrics.join(" and ");
  const whose = [...new Set(figures.flatMap((f) => f.technologies))].sort((a, b) => a.localeCompare(b, "en"));
  const named = whose.length > 1 ? `${whose.slice(0, -1).join(", ")} and ${whose[whose.length - 1]}` : whose.join("");
  const of = named ? ` for ${named}` : "";
  if (all) return `the ${names} figures${of} were`;
  const one = figures.length === 1;
  const counted =
    metrics.length === 1
      ? `${figures.length} ${names} figure${one ? "" : "s"}${of}`
      : `${figures.length} figures${of} (${names})`;
  return `${counted} ${one ? "was" : "were"}`;
}
