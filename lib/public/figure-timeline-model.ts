// Pure shaping for the "figures over time" charts on technology and comparison pages: public figures
// grouped by the verdict engine's comparable group (same metric, unit and setup: figureGroupOf in
// lib/verdicts/directions.ts, over the setup key of lib/editorial/load.ts), one series per
// technology, each figure placed at the publication date of its earliest dated source. Everything
// a reader sees (ticks, names, dates, figures) is worded here through the formatting layer, so the
// component only draws.
import { figureGroupOf } from "@/lib/verdicts/directions";
import type { EvidenceClaim } from "@/lib/verdicts/types";
import { ownConditions, sharedConditions } from "./compare-model";
import {
  conditionsPhrase,
  countLabel,
  formatDate,
  formatFigure,
  formatYear,
  isoDate,
  metricName,
  type Conditions,
} from "./format";

/** One public figure as the loader reads it: the shown fields, and the engine's view of the same claim. */
export interface TimelineClaim {
  slug: string;
  statement: string;
  status: string;
  /** Metric and unit as written (the engine's are normalized for grouping). */
  metric: string;
  unit: string;
  value: number;
  conditions: Conditions;
  evidence: EvidenceClaim;
}

export interface TimelinePoint {
  claimSlug: string;
  statement: string;
  status: string;
  technology: string;
  technologyName: string;
  value: number;
  figure: string;
  /** ISO day of the earliest dated source, null when no source carries a date (table only). */
  date: string | null;
  dateLabel: string;
  /** What this figure's setup adds to the group's shared one (its own server or runtime), "" if nothing. */
  own: string;
  conditions: Conditions;
  /** Position: x as a percentage of the plot's width, y in pixels from the top (dated points only). */
  x: number;
  y: number;
  /** The point's accessible name and tooltip. */
  label: string;
}

export interface TimelineSeries {
  technology: string;
  name: string;
  /** Palette and marker shape index (0-based, stable per chart). */
  index: number;
  /** Dated points, oldest first. */
  points: TimelinePoint[];
}

export interface TimelineTick {
  at: number;
  label: string;
}

export interface TimelineChart {
  id: string;
  /** "Throughput (req/s)". */
  heading: string;
  /** The setup every figure of the group shares: "hardware: 2-vcpu vm · endpoint: hello-world". */
  setup: string;
  better: string;
  title: string;
  series: TimelineSeries[];
  /** Every figure of the group, dated ones by date then undated ones: the table fallback. */
  rows: TimelinePoint[];
  /** "1 figure has no dated source: it is in the table only.", or null. */
  undatedNote: string | null;
  /** "3 more technologies measured in this setup are not drawn.", or null. */
  moreNote: string | null;
  yTicks: TimelineTick[];
  xTicks: (TimelineTick & { anchor: "start" | "middle" | "end" })[];
}

/** The chart's drawing box in pixels (height) and percent (x padding), shared with the component. */
export const TIMELINE_BOX = { height: 240, top: 22, bottom: 196, xPad: 6 } as const;
/** At most this many setups are drawn per page; the rest stay in the claim lists. */
export const MAX_TIMELINES = 6;
/** At most this many technologies per chart: the page's own, then those measured most often in the setup. */
export const MAX_SERIES = 6;

/**
 * The smallest 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k at or above `value`: a y axis that ends on a
 * round figure whose half is round too, without leaving up to half the plot empty (27,600 → 30,000,
 * not 50,000).
 */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= value * (1 - 1e-9)) ?? 10;
  // 3 × 0.1 is 0.30000000000000004 in binary: the tick would print it.
  return Number((step * power).toPrecision(12));
}

/** The publication date of the earliest dated source of a claim, or null. */
export function earliestSource(evidence: EvidenceClaim): Date | null {
  let first: number | null = null;
  for (const c of evidence.citations) {
    if (!c.publishedAt) continue;
    const t = Date.parse(c.publishedAt);
    if (Number.isFinite(t) && (first === null || t < first)) first = t;
  }
  return first === null ? null : new Date(first);
}

function xTicks(min: number, max: number, x: (t: number) => number): TimelineChart["xTicks"] {
  if (min === max) return [{ at: 50, label: formatDate(new Date(min)), anchor: "middle" }];
  const ticks: TimelineChart["xTicks"] = [
    { at: 0, label: formatDate(new Date(min)), anchor: "start" },
    { at: 100, label: formatDate(new Date(max)), anchor: "end" },
  ];
  // New years between the ends, labelled by year where they do not crowd the end labels (on a phone's
  // plot too: a quarter of 220 px is narrower than a date).
  const years: number[] = [];
  for (let y = new Date(min).getUTCFullYear() + 1; y <= new Date(max).getUTCFullYear(); y++) years.push(y);
  const step = Math.max(1, Math.ceil(years.length / 4));
  years.forEach((year, i) => {
    const at = x(Date.UTC(year, 0, 1));
    if (i % step === 0 && at > 35 && at < 65)
      ticks.splice(ticks.length - 1, 0, { at, label: formatYear(new Date(Date.UTC(year, 0, 1))), anchor: "middle" });
  });
  return ticks;
}

function undatedNote(count: number): string | null {
  if (count === 0) return null;
  return `${countLabel(count, "figure has", "figures have")} no dated source: ${count === 1 ? "it is" : "they are"} in the table only.`;
}

interface Group {
  key: string;
  members: TimelineClaim[];
}

/**
 * Figures by comparable group, drawn as time series: a group is kept when it holds a figure of one
 * of `focus` (the page's technologies); its series are the technologies in `names` (public ones),
 * focus first, and only when it is worth drawing (worthDrawing). A figure naming several technologies at once (a ratio, a shared number) belongs to
 * no one series and is left to the claim lists. Refuted figures are left out, as on the compare
 * page's bars. Groups with more technologies, then more figures, come first.
 */
export function figureTimelines(
  claims: TimelineClaim[],
  focus: string[],
  names: Record<string, string>,
  limit = MAX_TIMELINES,
): TimelineChart[] {
  const groups = new Map<string, Group>();
  for (const claim of claims) {
    const key = figureGroupOf(claim.evidence);
    const [technology, ...others] = claim.evidence.technologySlugs;
    if (key === null || others.length > 0 || !technology || !names[technology] || claim.status === "REFUTED") continue;
    const group = groups.get(key) ?? { key, members: [] };
    groups.set(key, group);
    group.members.push(claim);
  }
  const techsOf = (g: Group) => new Set(g.members.map((m) => m.evidence.technologySlugs[0]));
  return [...groups.values()]
    .filter((g) => focus.some((t) => techsOf(g).has(t)) && worthDrawing(g.members))
    .sort(
      (a, b) => techsOf(b).size - techsOf(a).size || b.members.length - a.members.length || a.key.localeCompare(b.key),
    )
    .slice(0, limit)
    .map((g, i) => chartOf(g, `timeline-${i + 1}`, focus, names));
}

/**
 * A chart says more than the figures table only when it draws a change or a comparison: at least
 * two dated figures, at two points in time or of two technologies. A group of one dated figure (or
 * of one technology's figures on one day) stays in the tables.
 */
export function worthDrawing(members: TimelineClaim[]): boolean {
  const dated = members.flatMap((m) => {
    const date = earliestSource(m.evidence);
    return date ? [{ day: isoDate(date), technology: m.evidence.technologySlugs[0] }] : [];
  });
  return new Set(dated.map((d) => d.day)).size >= 2 || new Set(dated.map((d) => d.technology)).size >= 2;
}

/** The page's own technologies, then the others measured most often in the group, up to MAX_SERIES. */
function shownTechnologies(
  members: TimelineClaim[],
  focus: string[],
  names: Record<string, string>,
): { shown: Set<string>; hidden: number } {
  const counts = new Map<string, number>();
  for (const m of members)
    counts.set(m.evidence.technologySlugs[0], (counts.get(m.evidence.technologySlugs[0]) ?? 0) + 1);
  const own = [...counts.keys()].filter((t) => focus.includes(t));
  const others = [...counts.keys()]
    .filter((t) => !focus.includes(t))
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || names[a].localeCompare(names[b]));
  const room = Math.max(0, MAX_SERIES - own.length);
  return { shown: new Set([...own, ...others.slice(0, room)]), hidden: Math.max(0, others.length - room) };
}

function chartOf(group: Group, id: string, focus: string[], names: Record<string, string>): TimelineChart {
  const { shown, hidden } = shownTechnologies(group.members, focus, names);
  const members = group.members.filter((m) => shown.has(m.evidence.technologySlugs[0]));
  const { metric, unit } = members[0];
  const higherIsBetter = members[0].evidence.figure?.higherIsBetter ?? true;
  const shared = sharedConditions(members);
  const dated = members.map((m) => ({ m, date: earliestSource(m.evidence) }));
  const times = dated.flatMap((d) => (d.date ? [d.date.getTime()] : []));
  const min = times.length ? Math.min(...times) : 0;
  const max = times.length ? Math.max(...times) : 0;
  const { xPad, top, bottom } = TIMELINE_BOX;
  // One decimal is finer than a pixel on any screen, and keeps the markup short.
  const tenth = (v: number) => Math.round(v * 10) / 10;
  const x = (t: number) => (max === min ? 50 : tenth(xPad + ((t - min) / (max - min)) * (100 - 2 * xPad)));
  const yMax = niceCeiling(Math.max(...members.map((m) => m.value), 0));
  const y = (v: number) => tenth(bottom - (Math.max(0, v) / yMax) * (bottom - top));

  const order = [...new Set(members.map((m) => m.evidence.technologySlugs[0]))].sort(
    (a, b) =>
      Number(!focus.includes(a)) - Number(!focus.includes(b)) ||
      focus.indexOf(a) - focus.indexOf(b) ||
      names[a].localeCompare(names[b]),
  );
  // A page's own technologies keep one colour and shape in every chart; the others follow them.
  const present = order.filter((t) => focus.includes(t)).length;
  const seriesIndex = (technology: string, i: number) =>
    focus.includes(technology) ? focus.indexOf(technology) : focus.length + i - present;
  const points = dated.map(({ m, date }): TimelinePoint => {
    const technology = m.evidence.technologySlugs[0];
    const figure = formatFigure(m.value, unit, metric);
    const own = ownConditions(m.conditions, shared);
    const ownText = Object.keys(own).length ? conditionsPhrase(own) : "";
    const dateLabel = date ? formatDate(date) : "no date";
    return {
      claimSlug: m.slug,
      statement: m.statement,
      status: m.status,
      technology,
      technologyName: names[technology],
      value: m.value,
      figure,
      date: date ? isoDate(date) : null,
      dateLabel,
      own: ownText,
      conditions: m.conditions,
      x: date ? x(date.getTime()) : 0,
      y: y(m.value),
      label: `${names[technology]}: ${figure}${ownText ? ` (${ownText})` : ""}, ${date ? `published ${dateLabel}` : "source undated"}${m.status === "VERIFIED" ? "" : `, ${m.status.toLowerCase()}`}`,
    };
  });
  const byDate = (a: TimelinePoint, b: TimelinePoint) =>
    (a.date ?? "9999").localeCompare(b.date ?? "9999") ||
    a.technologyName.localeCompare(b.technologyName) ||
    a.claimSlug.localeCompare(b.claimSlug);
  const rows = [...points].sort(byDate);
  const heading = `${metricName(metric)}${unit ? ` (${unit})` : ""}`;
  const setup = conditionsPhrase(shared);
  return {
    id,
    heading,
    setup,
    better: higherIsBetter ? "Higher is better." : "Lower is better.",
    title: `${heading} by publication date, ${setup}`,
    series: order.map((technology, i) => ({
      technology,
      name: names[technology],
      index: seriesIndex(technology, i),
      points: rows.filter((p) => p.technology === technology && p.date !== null),
    })),
    rows,
    undatedNote: undatedNote(rows.filter((p) => p.date === null).length),
    moreNote:
      hidden > 0
        ? `${countLabel(hidden, "more technology", "more technologies")} measured in this setup ${hidden === 1 ? "is" : "are"} not drawn: see ${hidden === 1 ? "its" : "their"} pages.`
        : null,
    yTicks: [0, 0.5, 1].map((f) => ({ at: y(f * yMax), label: formatFigure(f * yMax, unit, metric) })),
    xTicks: times.length ? xTicks(min, max, x) : [],
  };
}
