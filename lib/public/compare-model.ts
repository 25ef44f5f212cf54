// Pure shaping for /compare pages: pair slugs, feature cells, comparable performance groups.

/** "django-vs-fastapi" -> ["django", "fastapi"]; null unless 2 or 3 distinct non-empty slugs. */
export function parsePair(pair: string): string[] | null {
  const slugs = pair.toLowerCase().split("-vs-");
  if (slugs.length < 2 || slugs.length > 3 || slugs.some((s) => !/^[a-z0-9][a-z0-9-]*$/.test(s))) return null;
  return new Set(slugs).size === slugs.length ? slugs : null;
}

export type Support = "yes" | "partial" | "no";

const NEGATION = /\b(no|not|lacks?|without|doesn['’]t|does not|cannot|can['’]t|missing)\b/i;

/** How a FEATURE claim answers "does it have this?": an editor's `support` condition, else its wording. */
export function featureSupport(statement: string, conditions: Record<string, unknown>): { support: Support; replacement: string | null } {
  const given = String(conditions.support ?? "").toLowerCase();
  const support: Support = given === "partial" ? "partial" : given === "no" || given === "false" ? "no" : given === "yes" || given === "true" ? "yes" : NEGATION.test(statement) ? "no" : "yes";
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
  conditions: Record<string, string | number | boolean>;
  measurements: Measurement[];
}

export interface MetricGroups {
  metric: string;
  unit: string;
  /** More than one group means the figures were measured differently and must not be read side by side. */
  groups: MeasurementGroup[];
}

const conditionsKey = (c: Record<string, unknown>) => JSON.stringify(Object.keys(c).sort().map((k) => [k.toLowerCase(), String(c[k]).toLowerCase()]));

/** Figures grouped by metric and unit, then by identical conditions. */
export function groupMeasurements(measurements: Measurement[]): MetricGroups[] {
  const byMetric = new Map<string, MetricGroups>();
  for (const m of measurements) {
    const metricKey = `${m.metric}\u0000${m.unit}`;
    const metric = byMetric.get(metricKey) ?? { metric: m.metric, unit: m.unit, groups: [] };
    byMetric.set(metricKey, metric);
    const key = conditionsKey(m.conditions);
    let group = metric.groups.find((g) => conditionsKey(g.conditions) === key);
    if (!group) {
      group = { conditions: m.conditions, measurements: [] };
      metric.groups.push(group);
    }
    group.measurements.push(m);
  }
  // The setup most technologies share comes first: it is the one worth reading side by side.
  const breadth = (g: MeasurementGroup) => new Set(g.measurements.map((m) => m.technology)).size;
  for (const metric of byMetric.values()) metric.groups.sort((a, b) => breadth(b) - breadth(a) || b.measurements.length - a.measurements.length);
  return [...byMetric.values()];
}
