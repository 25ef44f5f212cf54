// Table rows read by their header: feature matrices (technology columns × feature rows), figure tables
// (technology columns × metric rows, or technology rows × metric columns) and use case → choice tables.
import { slugify } from "@/lib/text/slug";
import { featureStatement, featuresIn, rateSupport, type FeatureDef } from "./features";
import { sinceVersions } from "./facts";
import type { Emit } from "./rules";
import type { Span } from "./sentences";
import type { TechResolver } from "./technologies";

const clean = (s: string): string => s.replace(/[.:;,\s]+$/, "").replace(/\s+/g, " ").trim();
const lcFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const fmt = (n: number): string => n.toLocaleString("en-US");

/** A column or row label naming a measurement: "p95 list-page latency", "Requests/s", "p99". */
function metricOf(label: string): { metric: string; unit: "ms" | "req/s" } | null {
  const pct = /\b(p\d{2}|median|average|mean)\b/i.exec(label);
  if (pct) return { metric: /average|mean/i.test(pct[1]) ? "latency_mean" : `latency_${pct[1].toLowerCase()}`, unit: "ms" };
  if (/\b(?:latency|response time)\b/i.test(label)) return { metric: "latency", unit: "ms" };
  if (/\b(?:throughput|req(?:uests)?\s?\/\s?s(?:ec)?|requests per second|rps)\b/i.test(label)) return { metric: "throughput", unit: "req/s" };
  return null;
}

/** "27,300", "2.1k", "19 ms", "0.9 s" -> a number in the metric's unit; words or empty cells -> null. */
function valueOf(cell: string, unit: "ms" | "req/s"): number | null {
  const m = /^[~≈]?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?([kK])?\s?(ms|s|µs|req\/s|rps)?\b/.exec(cell.trim());
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, "")) * (m[2] ? 1000 : 1);
  if (unit === "ms") return m[3] === "s" ? n * 1000 : m[3] === "µs" ? n / 1000 : n;
  return m[3] && !/req|rps/.test(m[3]) ? null : n;
}

// The header's technology per column, worked out once per table rather than once per row.
const headerTechs = new WeakMap<string[], Array<string | null>>();

export function tableRow(cells: string[], header: string[], span: Span, resolver: TechResolver, emit: Emit): void {
  const one = (text: string): string | null => { const s = resolver.slugsIn(text); return s.length === 1 && text.length < 40 ? s[0] : null; };
  const techCols = headerTechs.get(header) ?? header.map(one);
  headerTechs.set(header, techCols);
  const label = cells[0] ?? "";
  const perf = (tech: string, m: { metric: string; unit: "ms" | "req/s" }, value: number) => {
    const what = m.unit === "req/s" ? `about ${fmt(value)} requests per second` : `a ${m.metric.replace(/^latency_?/, "")} latency of ${fmt(value)} ms`.replace("a  ", "a ");
    emit({ statement: `${resolver.nameOf(tech)} achieved ${what}.`, kind: "performance", technologies: [tech], topic: "performance", metric: m.metric, value, unit: m.unit, conditions: {}, stance: "SUPPORTS" }, span);
  };

  if (techCols.some(Boolean) && !techCols[0]) {
    const metric = metricOf(label);
    if (metric) {
      cells.forEach((cell, i) => { const v = techCols[i] && i > 0 ? valueOf(cell, metric.unit) : null; if (v != null) perf(techCols[i]!, metric, v); });
      return;
    }
    let features: FeatureDef[] = featuresIn(label);
    // A feature the vocabulary does not know ("Row-level security") is still a feature of the matrix.
    if (!features.length && label.length <= 40 && /[a-z]/i.test(label)) features = [{ topic: slugify(label, 40), label: label.toLowerCase(), pattern: /$^/ }];
    for (const f of features) {
      cells.forEach((cell, i) => {
        const tech = techCols[i];
        const rated = tech && i > 0 ? rateSupport(cell) : null;
        if (!tech || !rated) return;
        emit({ statement: featureStatement(resolver.nameOf(tech), f, rated.support, rated.replacement), kind: "feature", technologies: [tech], topic: f.topic, metric: null, value: null, unit: null, conditions: { support: rated.support, ...(rated.replacement ? { replacement: rated.replacement } : {}) }, stance: "SUPPORTS" }, span);
        for (const fact of sinceVersions(cell, resolver.find(cell), [tech], label)) {
          emit({ statement: `${resolver.nameOf(fact.slug)} has had ${fact.about.toLowerCase()} since version ${fact.value}.`, kind: "fact", technologies: [fact.slug], topic: slugify(fact.about, 40), metric: fact.metric, value: fact.value, unit: "version", conditions: {}, stance: "SUPPORTS" }, span);
        }
      });
    }
    return;
  }
  const rowTech = one(label);
  const metricCols = header.map((h, i) => (i > 0 ? metricOf(h) : null));
  if (rowTech && metricCols.some(Boolean)) {
    cells.forEach((cell, i) => { const m = metricCols[i]; const v = m ? valueOf(cell, m.unit) : null; if (m && v != null) perf(rowTech, m, v); });
    return;
  }
  if (header.length >= 2 && /pick|choice|choose|recommend|use|winner|best|fit|framework|answer/i.test(header[header.length - 1])) {
    const answer = cells[cells.length - 1] ?? "";
    const techs = resolver.slugsIn(answer);
    // "Either: Rails or Laravel" names two candidates, not a recommendation.
    if (!techs.length || !label || (techs.length > 1 && /\beither\b|\bor\b/i.test(answer))) return;
    emit({ statement: `For ${lcFirst(clean(label))}, pick ${clean(answer)}.`, kind: "recommendation", technologies: techs, topic: slugify(clean(label), 60), metric: null, value: null, unit: null, conditions: {}, stance: "SUPPORTS" }, span);
  }
}
