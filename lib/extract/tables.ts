// Tables read as a whole: which way round the technologies are (across the header or down the first
// column), what each row or column measures (its label names the metric, its unit or the cells' units),
// and what each cell says by its content: a quantity -> a performance figure, yes/no/partial -> a feature,
// a technology under "winner"/"best for" -> a recommendation, a year or version -> a fact, a short
// description -> a feature statement naming the attribute.
import { slugify } from "@/lib/text/slug";
import { sinceVersions } from "./facts";
import { featureStatement, featuresIn, rateSupport } from "./features";
import { cellQuantity, describeQuantity, toMilliseconds, type Quantity } from "./quantities";
import type { Emit } from "./rules";
import type { Span } from "./sentences";
import type { Table } from "./tables/shape";
import type { TechResolver } from "./technologies";
import type { Conditions } from "./types";

export { findTables, type Table } from "./tables/shape";

export interface TableContext {
  resolver: TechResolver;
  /** The setup in force where the table stands (section conditions). */
  setup: Conditions;
}

const clean = (s: string): string => s.replace(/[\p{Extended_Pictographic}\ufe0f]/gu, "").replace(/\*\*|__/g, "").replace(/\s+/g, " ").trim();
const lcFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
/** "Index Time" -> "index time", keeping acronyms ("HMR", "RSS"). */
const lowerWords = (s: string): string => s.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
/** A condition short enough for a statement: its first two comma-separated parts, at most 40 characters. */
const brief = (v: string | undefined): string | undefined => (v ? v.split(/,\s*/).slice(0, 2).join(", ").slice(0, 40) : undefined);
const snake = (s: string): string => slugify(s, 60).replace(/-/g, "_");
// Starts only where a digit run starts, so a long run of digits is scanned once, not once per digit.
const VERSION = /(?<![\w.])v?(\d{1,6}(?:\.\d{1,6}){1,3}(?:[-+][\w.]{1,20})?)(?![\w.])/;
const COMPARISON = /\b(?:vs\.?|versus|than|over|compared|relative|speed-?up|ratio|diff(?:erence)?|delta|gain)\b|%|×/i;
const RECOMMEND = /\b(?:best for|winner|wins|recommend(?:ed|ation)?|pick|choice|choose|verdict|better for|go with|use)\b/i;
const BEST_FOR = /\b(?:best for|good for|ideal for|use (?:it )?(?:when|for)|use cases?|sweet spot)\b/i;
const CHECK = /^(?:✔️?|✓|✅|☑️?|yes|y|x|✗|✘|❌|no|n|-|—|n\/a)?$/i;
const RELEASED = /\b(?:released|release|first release|launched|since|year|created|born)\b/i;
const VERSIONED = /\b(?:version|latest|stable|release)\b/i;
// "via your framework", "bring Prisma": the cell says where the attribute comes from, not what the technology has.
const DELEGATED = /^(?:via|through|using|bring|add|install|use|plugin|extension)\b/i;
const EXPLICIT_YES = /✅|✔|✓|☑|^(?:yes|built[- ]in|included|native|supported|automatic)\b/i;
const FACT_ATTR = /\b(?:licen[cs]e|language|written in|maintainer|maintained by|owner|company|backed by|stars|downloads)\b/i;

/** The one technology a cell names, when the cell is that name (plus a version or a short qualifier). */
export function techOf(cell: string, resolver: TechResolver): { slug: string; version: string | null; display: string } | null {
  const text = clean(cell);
  if (!text || text.length > 48 || COMPARISON.test(text)) return null;
  // "Inserts/s (PostgreSQL 16, 8 vCPU)": a name in parentheses is the setup of the column, not its technology.
  const asides = [...text.matchAll(/\([^()]*\)/g)].map((p) => [p.index, p.index + p[0].length] as const);
  const found = resolver.find(text).filter((m) => !asides.some(([a, b]) => m.start > a && m.end < b));
  if (!found.length || new Set(found.map((m) => m.slug)).size > 1) return null;
  const version = VERSION.exec(text)?.[1] ?? null;
  let rest = text;
  for (const m of [...found].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  rest = rest.replace(VERSION, " ").replace(/\([^()]*\)/g, " ").replace(/[^\p{L}\d]+/gu, " ").trim();
  return rest.split(" ").filter(Boolean).length <= 2 ? { slug: found[0].slug, version, display: text } : null;
}

/** "Memory (MB)", "Time [s]", "Latency, ms", "Throughput (req/s)": the unit a column's bare numbers are in. */
function labelUnit(label: string): Quantity | null {
  const text = label.trim();
  // "Heap Used MB": a unit as the label's last word.
  const m = /[([,]\s?(?:in )?([^()[\],]{1,12})[)\]]?$/.exec(text) ?? /\bin (ms|seconds|s|MB|GB|KB)\b/.exec(text) ?? /\s(ms|sec|secs|seconds|KB|MB|GB|KiB|MiB|GiB|%)$/.exec(text);
  const unit = m ? cellQuantity(`1 ${m[1].trim()}`) : null;
  if (unit) return unit;
  // "Throughput (rps) mean", "Latency (ms) avg": a unit in brackets before the column's own heading
  // (a group heading over several columns, joined with each column's).
  for (const inner of text.matchAll(/[([]([^()[\],]{1,12})[)\]]/g)) {
    const found = cellQuantity(`1 ${inner[1].trim()}`);
    if (found) return found;
  }
  // "Inserts/s", "Requests per second (8 vCPU)": the label, without its setup, is itself a rate.
  const bare = text.replace(/\([^()]*\)|\[[^[\]]*\]/g, " ").trim();
  const whole = bare.length <= 30 ? cellQuantity(`1 ${bare}`) : null;
  if (whole?.dimension === "rate") return whole;
  const perOperation = unitOnly(bare);
  if (perOperation) return perOperation;
  // "vCPU", "Nodes", "CPU cores": a label that names what is counted is the unit of its bare numbers.
  const counted = COUNTED.exec(bare);
  if (!counted) return null;
  const noun = /^v?cpus?$/i.test(counted[1]) ? (/^v/i.test(counted[1]) ? "vCPU" : "CPU") : counted[1].toLowerCase();
  return { value: 1, upTo: null, unit: noun, dimension: "count", start: 0, end: 0, at: 0, approx: null };
}

// "ns/op", "B/op", "µs", "MB": a heading that is nothing but a unit, as benchmark tools print their
// columns (Go's testing package, criterion, JMH); "/op" says the figure is per operation.
const PER_OPERATION = /^(.{1,8}?)\s?(?:\/\s?op|per op(?:eration)?)$/i;
const ALLOCATIONS = /^allocs?$|^allocations?$/i;

/** The unit a unit-only heading names, or null; allocations per operation are counted. */
export function unitOnly(label: string): Quantity | null {
  const perOp = PER_OPERATION.exec(label.trim());
  const unit = (perOp ? perOp[1] : label).trim();
  if (perOp && ALLOCATIONS.test(unit)) return { value: 1, upTo: null, unit: "allocations", dimension: "count", start: 0, end: 0, at: 0, approx: null };
  const q = unit.length <= 8 ? cellQuantity(`1 ${unit}`) : null;
  return q && q.end === unit.length + 2 && (q.dimension === "time" || q.dimension === "size") ? q : null;
}

// What a resource or deployment row counts: its bare numbers are so many of these, not a score.
const COUNTED = /^(?:(?:min(?:imum)?|max(?:imum)?|required|recommended|number of|#)\s)?(v?CPUs?|(?:CPU\s)?cores?|nodes?|threads?|workers?|replicas?|instances?|brokers?|partitions?|shards?|servers?|machines?|connections?)$/i;

/** What a label measures, keeping the long-standing keys for latency and request throughput. */
export function metricOf(label: string, unit: string): { metric: string; latency: boolean } | null {
  const pct = /\b(p\d{2}(?:\.\d)?|median|average|avg|mean|max)\b/i.exec(label);
  if (pct && (!unit || toMilliseconds({ value: 1, unit }) != null)) return { metric: /average|avg|mean/i.test(pct[1]) ? "latency_mean" : `latency_${pct[1].toLowerCase()}`, latency: true };
  if (/\b(?:latency|response time)\b/i.test(label) && (!unit || toMilliseconds({ value: 1, unit }) != null)) return { metric: "latency", latency: true };
  if (/\b(?:throughput|req(?:uests)?\s?\/\s?s(?:ec)?|requests per second|rps)\b/i.test(label) && (!unit || unit === "req/s")) {
    // The mean is the throughput a reader compares; a peak or a floor is a figure of its own.
    const extreme = /\b(max(?:imum)?|min(?:imum)?|peak)\b/i.exec(label)?.[1].toLowerCase().slice(0, 3);
    return { metric: extreme === "pea" ? "throughput_peak" : extreme ? `throughput_${extreme}` : "throughput", latency: false };
  }
  const onlyUnit = unitOnly(label);
  if (onlyUnit) {
    const per = PER_OPERATION.test(label.trim()) ? "_per_operation" : "";
    return { metric: `${onlyUnit.dimension === "time" ? "time" : onlyUnit.dimension === "size" ? "memory" : "allocations"}${per}`, latency: false };
  }
  const words = label.replace(/\((?:[^()]{0,12}\bis better|ms|s|sec|MB|GB|KB|kB|%|x|req\/s)\)|\[[^\]]{0,12}\]/gi, " ").trim();
  if (!/\p{L}/u.test(words)) return null;
  const inParen = /\(([^()]{1,30})\)/.exec(words)?.[1] ?? "";
  // "(PostgreSQL 16, 8 vCPU)" is how it was measured (a condition), "(cold)" what was measured.
  const paren = SETUP_PAREN.test(inParen) ? "" : inParen;
  const main = words.replace(/\([^()]*\)/g, " ");
  const timed = toMilliseconds({ value: 1, unit }) != null && !/\b(?:time|latency|duration|took|elapsed)\b/i.test(main);
  return { metric: [snake(main), timed ? "time" : "", paren ? snake(paren) : ""].filter(Boolean).join("_"), latency: false };
}

// A parenthesis stating the setup: hardware, or a name with a version ("PostgreSQL 16", "Node 20").
const SETUP_PAREN = /\d\s?(?:vCPUs?|cores?|CPUs?|GB|GiB|threads|connections|workers)\b|\b[A-Z][\w.]{1,20}\sv?\d{1,3}(?:\.\d{1,3}){0,2}\b/;

/** Conditions a label carries: "(no cache)" / "with cache" -> cache. */
function labelConditions(label: string): Conditions {
  const inParen = /\(([^()]{1,60})\)/.exec(label)?.[1] ?? "";
  const setup: Conditions = SETUP_PAREN.test(inParen) ? { setup: inParen.trim() } : {};
  const cache = /\b(no|without|with|cold|warm)[ -](?:the )?cache\b|\b(cached|uncached)\b/i.exec(label);
  if (!cache) return setup;
  const word = (cache[1] ?? cache[2]).toLowerCase();
  return { ...setup, cache: /^(?:no|without|cold|uncached)$/.test(word) ? "no cache" : "with cache" };
}

interface Cell {
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
}

// A corner cell naming what the rows are ("Capability", "Feature", "Metric") says the technologies run
// across the header, even when some row labels are themselves in the lexicon ("OpenAPI", "WebSockets").
const ATTRIBUTE_CORNER = /^(?:capabilit(?:y|ies)|features?|metrics?|criteri(?:on|a)|aspects?|attributes?|dimensions?|categor(?:y|ies)|properties|property|characteristics?|comparison|what)$/i;

export function readTable(table: Table, ctx: TableContext, emit: Emit): void {
  const header = table.header.map(clean);
  // Cells keep their marks (✅, ❌, 🟡 rate support); technology and label reading cleans its own copy.
  const rows = table.rows.map((r) => r.map((c) => c.replace(/\*\*|__/g, "").replace(/\s+/g, " ").trim()));
  const keep = rows.map((r) => !r.every((c) => /^:?-{2,}:?$/.test(c) || !c));
  const across = alongside(header.map((h, i) => (i > 0 ? techOf(h, ctx.resolver) : null)), header, ctx.resolver, 1);
  const down = alongside(rows.map((r) => techOf(r[0] ?? "", ctx.resolver)), rows.map((r) => r[0] ?? ""), ctx.resolver, 0);
  withDerivedUnits(header);
  const peers = [...new Set([...across, ...down].flatMap((t) => (t ? [t.slug] : [])))];
  const downCount = down.filter(Boolean).length;
  const acrossCount = across.filter(Boolean).length;
  // A caption-like lead-in ("Build metrics:") tells two otherwise identical tables apart; a sentence does not.
  const caption: Conditions = table.leadIn && table.leadIn.split(/\s+/).length <= 5 ? { table: table.leadIn.replace(/:$/, "") } : {};
  const tableConditions: Conditions = { ...ctx.setup, ...caption };
  for (const t of [...across, ...down]) if (t?.version) versionFact(t, table.spans[0], ctx, emit);
  // "Requirement | Best Choice | Reason" / "WebSocket | Fiber | …": when a choice column names the
  // technologies, the first column is what they are chosen for, even where a label is itself in the
  // lexicon ("WebSocket", "gRPC Gateway"): the row label is the attribute, the cell the technology.
  if (!acrossCount && choiceColumns(header, rows, keep, ctx.resolver).length) {
    choiceTable(header, rows, table.spans, ctx, emit);
    return;
  }
  if (downCount && downCount * 2 >= keep.filter(Boolean).length && downCount >= acrossCount && !(acrossCount >= 2 && ATTRIBUTE_CORNER.test(header[0] ?? ""))) {
    const columnScale = header.map((h, i) => (i > 0 ? ratingScale(rows.filter((_, ri) => down[ri] && keep[ri]).map((r) => r[i] ?? ""), h) : null));
    rows.forEach((r, ri) => {
      const t = down[ri];
      if (!t || !keep[ri]) return;
      for (let i = 1; i < r.length && i < header.length; i++) {
        readCell({ tech: t.slug, display: t.display, version: t.version, label: header[i], text: r[i], span: table.spans[ri], conditions: { ...tableConditions, ...labelConditions(header[i]) }, peers, scale: columnScale[i] }, ctx, emit);
      }
    });
    relativeColumns(header, rows, down, table.spans, tableConditions, ctx, emit);
    return;
  }
  if (acrossCount) {
    readAcross(table, header, rows, keep, across, tableConditions, ctx, emit);
    return;
  }
  choiceTable(header, rows, table.spans, ctx, emit);
}

/**
 * A header or first column whose cells are mostly technologies: a cell there that is exactly a
 * technology's name in another casing ("poetry", "`make`") is that technology too.
 */
function alongside(found: Array<ReturnType<typeof techOf>>, cells: string[], resolver: TechResolver, from: number): Array<ReturnType<typeof techOf>> {
  const known = found.filter(Boolean).length;
  if (known < 2 || known * 2 < cells.length - from) return found;
  return found.map((t, i) => {
    if (t || i < from) return t;
    const m = resolver.wholeName(clean(cells[i] ?? ""));
    return m ? { slug: m.slug, version: null, display: m.name } : null;
  });
}

// A column of spreads ("Std Dev", "±", "σ") is in the unit of the measurement column before it.
const SPREAD = /^(?:std\.?\s?dev(?:iation)?|standard deviation|stddev|σ|±|sd|spread|variance)$/i;

/** "Std Dev" after "Cold Install Time (sec)" -> "Std Dev of Cold Install Time (sec)": its metric and unit. */
function withDerivedUnits(header: string[]): void {
  for (let i = 1; i < header.length; i++) {
    if (!SPREAD.test(header[i].trim()) || labelUnit(header[i]) || !labelUnit(header[i - 1])) continue;
    header[i] = `${header[i]} of ${header[i - 1]}`;
  }
}

// "0.082s (1.00x)": a figure with its ratio to the table's baseline row, the row whose ratio is 1.
const RELATIVE = /\((\d{1,4}(?:\.\d{1,3})?)\s?[x×]\)/;

/** Figures given relative to a baseline row ("(2.04x)" beside "(1.00x)"): each a ratio to the baseline's technology. */
function relativeColumns(header: string[], rows: string[][], down: Array<ReturnType<typeof techOf>>, spans: Span[], base: Conditions, ctx: TableContext, emit: Emit): void {
  for (let i = 1; i < header.length; i++) {
    const ratios = rows.map((r) => RELATIVE.exec(r[i] ?? ""));
    const baseAt = ratios.findIndex((m, ri) => m != null && Number(m[1]) === 1 && down[ri]);
    if (baseAt < 0) continue;
    const baseline = down[baseAt]!;
    const what = metricOf(header[i], "")?.metric ?? snake(header[i]);
    rows.forEach((r, ri) => {
      const t = down[ri];
      const m = ratios[ri];
      if (!t || !m || ri === baseAt || t.slug === baseline.slug) return;
      const value = Number(m[1]);
      const statement = `${t.display}: ${lowerWords(header[i])} ${formatRatio(value)} that of ${baseline.display}.`;
      emit({ statement, kind: "performance", technologies: [baseline.slug, t.slug], topic: "performance", metric: `${what}_ratio`, value, unit: "x", conditions: { ...base, baseline: baseline.display, subject: t.display }, stance: "SUPPORTS" }, spans[ri]);
    });
  }
}

const formatRatio = (v: number): string => `${v}x`;

/** Technologies across the header: the other columns name the row (a label) or qualify it (check marks). */
function readAcross(table: Table, header: string[], rows: string[][], keep: boolean[], across: Array<ReturnType<typeof techOf>>, base: Conditions, ctx: TableContext, emit: Emit): void {
  const others = header.map((_, i) => i).filter((i) => !across[i]);
  const checkCols = others.filter((i) => i > 0 && rows.every((r) => CHECK.test(r[i] ?? "")));
  const winnerCols = others.filter((i) => i > 0 && RECOMMEND.test(header[i]) && !checkCols.includes(i));
  const labelCols = others.filter((i) => !checkCols.includes(i) && !winnerCols.includes(i));
  const allTechs = across.flatMap((t) => (t ? [t.slug] : []));
  rows.forEach((r, ri) => {
    if (!keep[ri]) return;
    const label = labelCols.map((i) => r[i] ?? "").filter(Boolean).join(" ");
    const checks: Conditions = {};
    for (const i of checkCols) {
      const v = (r[i] ?? "").toLowerCase();
      if (v !== "n/a") checks[snake(header[i])] = `${v && !/^(?:no|n|✗|✘|❌|-|—)$/.test(v) ? "with" : "no"} ${header[i].toLowerCase()}`;
    }
    for (const i of winnerCols) {
      const techs = /\b(?:both|tie|either)\b/i.test(r[i] ?? "") ? allTechs : ctx.resolver.slugsIn(r[i] ?? "");
      if (techs.length && label) emitChoice(techs, label, r[i], table.spans[ri], ctx, emit);
    }
    const rowScale = ratingScale(across.flatMap((t, i) => (t ? [r[i] ?? ""] : [])), label);
    across.forEach((t, i) => {
      if (!t || !r[i]) return;
      readCell({ tech: t.slug, display: t.display, version: t.version, label, text: r[i], span: table.spans[ri], conditions: { ...base, ...labelConditions(label), ...checks }, peers: allTechs, scale: rowScale }, ctx, emit);
    });
  });
}

/** One cell, typed by its content. */
function readCell(c: Cell, ctx: TableContext, emit: Emit): void {
  const { resolver } = ctx;
  if (!c.text || !c.label || /^(?:n\/a|-|—|–|\?|tbd|none reported)$/i.test(c.text)) return;
  if (scored(c, ctx, emit)) return;
  const q = cellQuantity(c.text);
  if (q && figure(c, q, ctx, emit)) return;
  if (BEST_FOR.test(c.label) && !resolver.find(c.text).length) {
    emitChoice([c.tech], c.text, `${resolver.nameOf(c.tech)}`, c.span, ctx, emit, true);
    return;
  }
  if (RECOMMEND.test(c.label) && resolver.find(c.text).length) return;
  if (dated(c, ctx, emit)) return;
  const known = featuresIn(c.label);
  // A bare word ("High", "Postgres-only") rates a feature the vocabulary knows; under any other label it is
  // the attribute's value, not "has it built in" ("Setup complexity: High" is not a built-in feature).
  const marked = rateSupport(c.text);
  const rated = marked && (known.length || marked.support !== "built-in" || EXPLICIT_YES.test(c.text)) ? marked : null;
  const text = clean(c.text);
  const features = known.length ? known : c.label.length <= 40 && /\p{L}/u.test(c.label) ? [{ topic: slugify(c.label, 40), label: c.label.toLowerCase(), pattern: /$^/ }] : [];
  const name = resolver.nameOf(c.tech);
  for (const f of features) {
    if (rated) {
      emit({ statement: featureStatement(name, f, rated.support, rated.replacement), kind: "feature", technologies: [c.tech], topic: f.topic, metric: null, value: null, unit: null, conditions: { support: rated.support, ...(rated.replacement ? { replacement: rated.replacement } : {}) }, stance: "SUPPORTS" }, c.span);
      for (const fact of sinceVersions(c.text, resolver.find(c.text), [c.tech], c.label)) {
        emit({ statement: `${resolver.nameOf(fact.slug)} has had ${fact.about.toLowerCase()} since version ${fact.value}.`, kind: "fact", technologies: [fact.slug], topic: slugify(fact.about, 40), metric: fact.metric, value: fact.value, unit: "version", conditions: {}, stance: "SUPPORTS" }, c.span);
      }
    } else if (/\p{L}{2}/u.test(text) && text.length <= 200 && !q && !DELEGATED.test(text) && !/^`/.test(text)) {
      // (A cell that is code — the command each tool was run with — describes the test, not the tool.)
      // A description ("Schema-based with SDL") is what the technology has for that attribute.
      const kind = FACT_ATTR.test(c.label) ? "fact" : "feature";
      emit({ statement: `${name}: ${lcFirst(c.label)} — ${text.replace(/(?<![.;,\s])[.;,\s]+$/, "")}.`, kind, technologies: [c.tech], topic: f.topic, metric: kind === "fact" ? snake(c.label) : null, value: null, unit: null, conditions: kind === "feature" ? { support: "built-in", detail: text.slice(0, 120) } : {}, stance: "SUPPORTS" }, c.span);
    }
  }
}

const RELATIVE_WORD = /\b(?:faster|slower|smaller|larger|bigger|less|more|lower|higher|better|worse|lighter|heavier|advantage|reduction|improvement|gain|speed-?up|difference|saving)\b/i;

// "8/10", "4.5 / 5": a rating on a stated scale; "★★★★☆": stars out of five.
const RATING = /^(\d{1,3}(?:\.\d{1,2})?)\s?\/\s?(5|10|100)$/;
const STARS = /^([★⭐]{1,5})(☆{0,4})$/u;
// Counts an editor keeps as facts: "81k" under "GitHub stars", "~20M" under "Weekly downloads".
const COUNT_ATTR = /\b(?:stars|downloads|contributors|forks|dependents|users|commits|releases|questions|plugins|packages)\b/i;
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
    emit({ statement, kind: "performance", technologies: [c.tech], topic: "performance", metric: `${snake(c.label)}_score`, value: Number(score[0]), unit: "score", conditions: { ...c.conditions, scale: `/${score[1]}` }, stance: "SUPPORTS" }, c.span);
    return true;
  }
  const q = COUNT_ATTR.test(c.label) ? cellQuantity(c.text) : null;
  if (!q || q.unit) return false;
  const noun = (COUNT_ATTR.exec(c.label)?.[0] ?? "").toLowerCase();
  emit({ statement: `${c.display}: ${describeQuantity(q)} ${lowerWords(c.label)}.`, kind: "fact", technologies: [c.tech], topic: slugify(c.label, 40), metric: snake(c.label), value: q.value, unit: noun, conditions: {}, stance: "SUPPORTS" }, c.span);
  return true;
}

/** A quantity under a label that measures something -> a performance figure in that label's metric. */
function figure(c: Cell, q: Quantity, ctx: TableContext, emit: Emit): boolean {
  const fromLabel = q.unit ? null : labelUnit(c.label);
  const unit = q.unit || fromLabel?.unit || "";
  // "Speed-up vs Flask": the figure compares the row's technology with the one the label names.
  const versus = /\b(?:vs\.?|versus|than|over|relative to|compared to)\s/i.exec(c.label);
  const named = versus ? ctx.resolver.find(c.label.slice(versus.index)).find((t) => t.slug !== c.tech) : undefined;
  // "15.9x faster", "7.3% smaller" in a table of two technologies: a ratio between the two, whatever the column says.
  const peer = !named && (unit === "x" || (unit === "%" && RELATIVE_WORD.test(`${c.text} ${c.label}`))) ? (c.peers ?? []).filter((t) => t !== c.tech) : [];
  const other = named ?? (peer.length === 1 ? { slug: peer[0] } : undefined);
  // "Node 20" over a column of figures: the runtime the row's technology ran on, a condition, not a metric.
  const runtime = other ? null : settingLabel(c.label, ctx.resolver);
  const m = other
    ? { metric: `${snake(versus ? c.label.slice(0, versus.index) : c.label) || "relative"}_${unit === "%" ? "difference" : "ratio"}`, latency: false }
    : runtime ? { metric: runtimeMetric(q, unit), latency: false } : metricOf(c.label, unit);
  // A bare number under a label that names neither a unit nor a metric is not a figure (years, counts, ids).
  if (!m || (!unit && !/\b(?:throughput|rps|score|ops|req|requests|queries|qps|count|rate)\b/i.test(c.label))) return false;
  if (RELEASED.test(c.label) && !unit) return false;
  let value = q.value;
  let upTo = q.upTo;
  let shownUnit = unit;
  if (m.latency) {
    const ms = toMilliseconds({ value: 1, unit: unit || "ms" }) ?? 1;
    value *= ms;
    upTo = upTo != null ? upTo * ms : null;
    shownUnit = "ms";
  } else if (m.metric === "throughput") shownUnit = "req/s";
  const conditions: Conditions = { ...c.conditions, ...(c.version ? { version: c.version } : {}), ...(runtime ? { runtime } : {}) };
  if (upTo != null) conditions.range = `${value}–${upTo} ${shownUnit}`;
  const shown = describeQuantity({ ...q, value, upTo, unit: shownUnit });
  const context = [conditions.scenario, conditions.table, brief(conditions.dataset), brief(conditions.hardware), ...Object.entries(conditions).filter(([k]) => /^(?:lockfile|node_modules|cache)$/.test(k) && !/cache/i.test(c.label)).map(([, v]) => v)].filter(Boolean);
  const relativeTo = other && !named ? ` relative to ${ctx.resolver.nameOf(other.slug)}` : "";
  // "vCPU: 1" reads "1 vCPU", not "vCPU 1 vCPU".
  const onlyUnit = unitOnly(c.label);
  const said = runtime
    ? `${shown} on ${runtime}`
    : onlyUnit
    ? `${shown}${PER_OPERATION.test(c.label.trim()) ? " per operation" : ""}`
    : fromLabel?.dimension === "count" && fromLabel.unit.toLowerCase() === clean(c.label).toLowerCase() ? shown : `${lowerWords(c.label)} ${shown}`;
  const statement = `${c.display}: ${said}${relativeTo}${context.length ? ` (${context.slice(0, 4).join("; ")})` : ""}.`;
  emit({ statement, kind: "performance", technologies: other ? [c.tech, other.slug] : [c.tech], topic: "performance", metric: m.metric, value, unit: shownUnit || null, conditions, stance: "SUPPORTS" }, c.span);
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
  return q.dimension === "rate" ? `throughput_${snake(unit)}` : q.dimension === "time" ? "time" : q.dimension === "size" ? "size" : snake(unit) || "value";
}

/** "Rspack CLI 2.0.0" as a table's row or column: the version the table measured. */
function versionFact(t: { slug: string; version: string | null; display: string }, span: Span, ctx: TableContext, emit: Emit): void {
  emit({ statement: `${t.display}: the version measured is ${t.version}.`, kind: "fact", technologies: [t.slug], topic: "version", metric: "version", value: null, unit: "version", conditions: { version: t.version ?? "" }, stance: "SUPPORTS" }, span);
}

/** "Released | 2005" -> a release year; "Latest version | 5.1" -> a version fact. */
function dated(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const name = ctx.resolver.nameOf(c.tech);
  const year = /^(?:\p{L}{3,9}\.? )?((?:19[89]|20\d)\d)$/u.exec(c.text);
  if (year && RELEASED.test(c.label)) {
    emit({ statement: `${name} was first released in ${year[1]}.`, kind: "fact", technologies: [c.tech], topic: "release", metric: "release_year", value: Number(year[1]), unit: "year", conditions: {}, stance: "SUPPORTS" }, c.span);
    return true;
  }
  const version = c.text.length <= 24 ? VERSION.exec(c.text) : null;
  if (version && VERSIONED.test(c.label)) {
    emit({ statement: `${name}: ${lcFirst(c.label)} ${version[1]}.`, kind: "fact", technologies: [c.tech], topic: "version", metric: "version", value: null, unit: "version", conditions: { version: version[1] }, stance: "SUPPORTS" }, c.span);
    return true;
  }
  return false;
}

function emitChoice(techs: string[], useCase: string, answer: string, span: Span, ctx: TableContext, emit: Emit, bestFor = false): void {
  const names = techs.map((t) => ctx.resolver.nameOf(t)).join(" and ");
  const statement = bestFor ? `${names} is best for ${lcFirst(useCase.replace(/(?<![.;\s])[.;\s]+$/, ""))}.` : `For ${lowerWords(useCase.replace(/(?<![.:;\s])[.:;\s]+$/, ""))}, pick ${techs.length > 1 ? names : answer.replace(/(?<![.;\s])[.;\s]+$/, "")}.`;
  emit({ statement, kind: "recommendation", technologies: techs, topic: slugify(useCase, 60), metric: null, value: null, unit: null, conditions: {}, stance: "SUPPORTS" }, span);
}

// "Secondary Choice", "Alternative": the runner-up, which the table does not recommend.
const SECOND_PICK = /\b(?:secondary|second|alternatives?|runner[- ]up|backup|fallback)\b/i;
// A column that explains the pick ("Reason", "Why"): said beside the recommendation.
const REASON = /^(?:reason|reasons|why|because|rationale|notes?)$/i;

/** The columns whose heading says pick/choice/recommended and whose cells mostly name a technology. */
function choiceColumns(header: string[], rows: string[][], keep: boolean[], resolver: TechResolver): number[] {
  const kept = rows.filter((_, ri) => keep[ri]);
  return header
    .map((h, i) => i)
    .filter((i) => i > 0 && RECOMMEND.test(header[i]) && !BEST_FOR.test(header[i]) && !SECOND_PICK.test(header[i]))
    .filter((i) => { const named = kept.filter((r) => techOf(r[i] ?? "", resolver) ?? resolver.find(r[i] ?? "")[0]?.start === 0).length; return kept.length > 0 && named * 2 >= kept.length; });
}

/** No technology in the header or first column: a "use case | pick" table, one recommendation per pick column. */
function choiceTable(header: string[], rows: string[][], spans: Span[], ctx: TableContext, emit: Emit): void {
  const keep = rows.map((r) => !r.every((c) => /^:?-{2,}:?$/.test(c) || !c));
  const last = header.length >= 2 ? header.length - 1 : -1;
  const found = choiceColumns(header, rows, keep, ctx.resolver);
  const columns = found.length ? found : last >= 0 && (RECOMMEND.test(header[last]) || /framework|answer|fit/i.test(header[last])) ? [last] : [];
  const reasonAt = header.findIndex((h, i) => i > 0 && REASON.test(h.trim()));
  rows.forEach((r, ri) => {
    const label = r[0] ?? "";
    for (const at of columns) {
      const answer = r[at] ?? "";
      const techs = ctx.resolver.slugsIn(answer);
      // "Either: Rails or Laravel" names two candidates, not a recommendation.
      if (!techs.length || !label || (techs.length > 1 && /\beither\b|\bor\b/i.test(answer))) continue;
      const reason = reasonAt > 0 && at === columns[0] ? clean(r[reasonAt] ?? "").replace(/(?<![.;\s])[.;\s]+$/, "") : "";
      emitChoice(techs, label, reason ? `${answer} (${lcFirst(reason)})` : answer, spans[ri], ctx, emit);
    }
  });
}
