// Pure shaping for /compare pages: pair slugs, feature cells, comparable performance groups.
import { normalizeStatement } from "@/lib/text/normalize";
import { setupKey } from "@/lib/editorial/load";
import { humanize } from "./words";

/** "django-vs-fastapi" -> ["django", "fastapi"]; null unless 2 or 3 distinct non-empty slugs. */
export function parsePair(pair: string): string[] | null {
  const slugs = pair.toLowerCase().split("-vs-");
  if (slugs.length < 2 || slugs.length > 3 || slugs.some((s) => !/^[a-z0-9][a-z0-9-]*$/.test(s))) return null;
  return new Set(slugs).size === slugs.length ? slugs : null;
}

export type Support = "yes" | "partial" | "no";

const NEGATION = /\b(no|not|lacks?|without|doesn['’]t|does not|cannot|can['’]t|missing)\b/i;

/** How a FEATURE claim answers "does it have this?": an editor's `support` condition, else its wording. */
export function featureSupport(
  statement: string,
  conditions: Record<string, unknown>,
): { support: Support; replacement: string | null } {
  const given = String(conditions.support ?? "").toLowerCase();
  const support: Support =
    given === "partial"
      ? "partial"
      : given === "no" || given === "false"
        ? "no"
        : given === "yes" || given === "true"
          ? "yes"
          : NEGATION.test(statement)
            ? "no"
            : "yes";
  const replacement = conditions.replacement ?? conditions.alternative ?? null;
  return { support, replacement: replacement == null ? null : String(replacement) };
}

export interface Measurement {
  claimSlug: string;
  statement: string;
  status: string;
  technology: string;
  metric: string;
  unit: string;
  value: number;
  conditions: Record<string, string | number | boolean>;
}

export interface MeasurementGroup {
  /** The setup every figure of the group shares (what the group was measured under). */
  conditions: Record<string, string | number | boolean>;
  /** Each figure with what its own setup adds to the shared one (its technology's server or runtime). */
  measurements: (Measurement & { own: Record<string, string | number | boolean> })[];
}

export interface MetricGroups {
  metric: string;
  unit: string;
  /** More than one group means the figures were measured differently and must not be read side by side. */
  groups: MeasurementGroup[];
}

type Conditions = Record<string, string | number | boolean>;

/**
 * The verdict engine's comparable group of a figure (figureGroupOf in lib/verdicts/directions.ts over
 * the figure lib/editorial/load.ts reads): same metric and unit, and the same setup with each
 * technology's own server or runtime left out. A test holds the two equal.
 */
export function comparableGroupKey(metric: string, unit: string, conditions: Conditions): string {
  return `${normalizeStatement(metric)}\u0000${unit.trim().toLowerCase()}\u0000${setupKey(conditions)}`;
}

const sameWords = (a: unknown, b: unknown) => normalizeStatement(String(a)) === normalizeStatement(String(b));

/** Conditions every member states with the same value (keys and values compared as the engine compares them). */
export function sharedConditions(members: { conditions: Conditions }[]): Conditions {
  if (members.length === 0) return {};
  const [first, ...rest] = members;
  const out: Conditions = {};
  for (const [key, value] of Object.entries(first.conditions)) {
    const everywhere = rest.every((m) =>
      Object.entries(m.conditions).some(([k, v]) => sameWords(k, key) && sameWords(v, value)),
    );
    if (everywhere) out[key] = value;
  }
  return out;
}

/** What one figure's conditions add to its group's shared setup. */
export function ownConditions(conditions: Conditions, shared: Conditions): Conditions {
  const sharedKeys = new Set(Object.keys(shared).map((k) => normalizeStatement(k)));
  return Object.fromEntries(Object.entries(conditions).filter(([k]) => !sharedKeys.has(normalizeStatement(k))));
}

/** Figures grouped by metric and unit, then by comparable setup (the verdict engine's groups). */
export function groupMeasurements(measurements: Measurement[]): MetricGroups[] {
  const byMetric = new Map<string, { metric: string; unit: string; groups: Map<string, Measurement[]> }>();
  for (const m of measurements) {
    const metricKey = `${normalizeStatement(m.metric)}\u0000${m.unit.trim().toLowerCase()}`;
    const metric = byMetric.get(metricKey) ?? {
      metric: m.metric,
      unit: m.unit,
      groups: new Map<string, Measurement[]>(),
    };
    byMetric.set(metricKey, metric);
    const key = comparableGroupKey(m.metric, m.unit, m.conditions);
    metric.groups.set(key, [...(metric.groups.get(key) ?? []), m]);
  }
  // The setup most technologies share comes first: it is the one worth reading side by side.
  const breadth = (g: MeasurementGroup) => new Set(g.measurements.map((m) => m.technology)).size;
  return [...byMetric.values()].map(({ metric, unit, groups }) => ({
    metric,
    unit,
    groups: [...groups.values()]
      .map((members): MeasurementGroup => {
        const shared = sharedConditions(members);
        return {
          conditions: shared,
          measurements: members.map((m) => ({ ...m, own: ownConditions(m.conditions, shared) })),
        };
      })
      .sort((a, b) => breadth(b) - breadth(a) || b.measurements.length - a.measurements.length),
  }));
}

/**
 * The situation a recommendation is made for, in the statement's own words: its topic (the use
 * case as a key, "the-team-already-writes-php") where the statement says it ("Use Laravel when the
 * team already writes PHP." → "the team already writes PHP"), else the topic as words; null without a topic.
 */
export function situationOf(statement: string, topic: string | null): string | null {
  const words = (topic ?? "").split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0) return null;
  // The topic's words (letters and digits only) one after another, at most three marks between: linear.
  const said = words.length <= 40 && new RegExp(`\\b${words.join("[^A-Za-z0-9]{1,3}")}\\b`, "i");
  const found = said ? said.exec(statement) : null;
  return found ? found[0] : humanize(words.join(" "));
}
