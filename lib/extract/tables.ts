// Tables read as a whole: which way round the technologies are (across the header or down the first
// column), what each row or column measures (its label names the metric, its unit or the cells' units),
// and what each cell says by its content: a quantity -> a performance figure, yes/no/partial -> a feature,
// a technology under "winner"/"best for" -> a recommendation, a year or version -> a fact, a short
// description -> a feature statement naming the attribute.
import type { Emit } from "./rules";
import type { Span } from "./sentences";
import type { Table } from "./tables/shape";
import type { TechResolver } from "./technologies";
import type { Conditions } from "./types";
import { ratingScale, readCell, SETUP_ROW, versionFact } from "./tables/cells";
import { captionOf, captionUnit, labelAbove } from "./tables/caption";
import { withGroupRows } from "./tables/group-rows";
import { describedColumns } from "./tables/described";
import { rowGroups, type RowGroups } from "./tables/groups";
import { baselineOf, relativeAsRatios, relativeColumns, withDerivedUnits } from "./tables/relative";
import { choiceColumns, choiceTable, emitChoice } from "./tables/choice";
import {
  BEST_FOR,
  CHECK,
  clean,
  markedCell,
  namesAttributes,
  RECOMMEND,
  REMARK_COLUMN,
  snake,
  techOf,
  type TableContext,
} from "./tables/common";
import { connectionsIn, labelConditions, labelUnit } from "./tables/labels";
import { companionColumns, companionsOf, withCompanions } from "./tables/companions";
import { withSubHeader } from "./tables/sub-header";
import { axisByContent, keyColumn, valueKind, withColumnFirst } from "./tables/orientation";
import { readStatusTable } from "./tables/status-table";
import { blanksAsMissing } from "./tables/blank-cells";
import { withLegend } from "./tables/legend";
import { withoutCommandColumns } from "./tables/command-columns";

export { findTables, type Table } from "./tables/shape";
export { techOf, type TableContext } from "./tables/common";
export { unitOnly } from "./tables/labels";
export { ratingScale } from "./tables/cells";

// A corner cell naming what the rows are ("Capability", "Feature", "Metric") says the technologies run
// across the header, even when some row labels are themselves in the lexicon ("OpenAPI", "WebSockets").
const ATTRIBUTE_CORNER =
  /^(?:capabilit(?:y|ies)|features?|metrics?|criteri(?:on|a)|aspects?|attributes?|dimensions?|categor(?:y|ies)|properties|property|characteristics?|comparison|what)$/i;

/** A worded corner (not a technology, not the kind of thing compared): the rows are attributes. */
function attributeCorner(corner: string, resolver: TableContext["resolver"]): boolean {
  return ATTRIBUTE_CORNER.test(corner.trim()) || (namesAttributes(corner) && !resolver.find(corner).length);
}

// A corner naming the kind of the rows' technologies in general words ("Tool", "Option"): the rows are compared.
const GENERIC_KIND = /^(?:tools?|projects?|products?|names?|options?|alternatives?|solutions?|technolog(?:y|ies))$/i;

/**
 * "| SDK | Meilisearch | Algolia |" over "| Python | ✅ | ✅ |": a header made only of technologies, over rows of
 * marks whose corner does not name the rows' own kind ("Framework" over Django and Flask would), compares the
 * header's technologies; the rows (SDKs, integrations, platforms) are what each supports.
 */
function integrationMatrix(
  header: string[],
  rows: string[][],
  acrossCount: number,
  down: Array<ReturnType<typeof techOf>>,
  resolver: TechResolver,
): boolean {
  if (acrossCount < 2 || acrossCount !== header.length - 1) return false;
  const cells = rows.flatMap((r) => r.slice(1)).filter((c) => c.trim());
  if (cells.length < 4 || cells.filter((c) => valueKind(c) === "mark").length < cells.length * 0.8) return false;
  const corner = clean(header[0] ?? "").toLowerCase();
  const kind = corner.replace(/(?:ies|s)$/, "");
  if (!kind || GENERIC_KIND.test(corner)) return false;
  return !down.some((t) => t && (resolver.ref(t.slug)?.category ?? "").includes(kind));
}

/** Technologies down the first column: each row's cells are its figures or features, in the column's metric. */
function readDown(
  table: Table,
  header: string[],
  rows: string[][],
  keep: boolean[],
  down: Array<ReturnType<typeof techOf>>,
  peers: string[],
  { base, groups }: { base: Conditions; groups: RowGroups | null },
  ctx: TableContext,
  emit: Emit,
): void {
  const columnScale = header.map((h, i) =>
    i > 0
      ? ratingScale(
          rows.filter((_, ri) => down[ri] && keep[ri]).map((r) => r[i] ?? ""),
          h,
        )
      : null,
  );
  const columnBaseline = header.map((_, i) => baselineOf(rows.map((r, ri) => [down[ri]?.slug, r[i] ?? ""] as const)));
  const setupColumns = header.map((h, i) => i > 0 && SETUP_ROW.test(h));
  const companions = companionColumns(rows, keep, down, ctx.resolver);
  rows.forEach((r, ri) => {
    const t = down[ri];
    if (!t || !keep[ri]) return;
    const setup = setupOf(header, r, setupColumns);
    const rowCase = groups ? clean(r[groups.caseColumn] ?? "") : undefined;
    // "| Python 3.8 | gunicorn/flask | 1413 |": the row's figures are the stack's, named as the row names it.
    // "| Go (fasthttp) | 120000 |": the framework in brackets ran too.
    const stack = [...t.with, ...companions.flatMap((i) => companionsOf(r[i] ?? "", ctx.resolver))].filter(
      (s) => s !== t.slug,
    );
    const ran = companions.map((i) => clean(r[i] ?? "")).filter(Boolean);
    const rowEmit: Emit = stack.length
      ? (claim, span) => emit({ ...claim, technologies: [...new Set([...claim.technologies, ...stack])] }, span)
      : emit;
    for (let i = 1; i < r.length && i < header.length; i++) {
      if (i === groups?.caseColumn || groups?.moreCases.includes(i) || companions.includes(i)) continue;
      readCell(
        {
          tech: t.slug,
          display: ran.length ? `${t.display} (${ran.join(", ")})` : t.display,
          version: t.version ?? setup.version ?? null,
          label: header[i],
          text: r[i],
          span: table.spans[ri],
          conditions: {
            ...base,
            ...(t.variant ? { variant: t.variant } : {}),
            ...connectionsIn(r[0] ?? ""),
            ...(groups && rowCase ? { [groups.caseKey]: rowCase } : {}),
            ...Object.fromEntries(
              (groups?.moreCases ?? []).map((c) => [snake(header[c]) || "case", clean(r[c] ?? "")]),
            ),
            ...labelConditions(header[i]),
          },
          rowCase,
          peers,
          scale: ctx.unit ? null : columnScale[i],
          baseline: columnBaseline[i],
          tableUnit: ctx.unit,
        },
        ctx,
        rowEmit,
      );
    }
  });
  relativeColumns(header, rows, down, table.spans, base, ctx, emit);
}

const PRICE_CELL = /^\[?[$€£]\s?\d/;

/** A cell naming each figure's measure ("QPS: 159K, P99: 0.82ms") needs no row label: each is read under its own. */
const namedFigures =
  (table: Table, ctx: TableContext, emit: Emit) =>
  (t: { slug: string; display: string; version: string | null }, text: string, span: Span): void => {
    const conditions = { ...ctx.setup, ...captionOf(table.leadIn || labelAbove(table.caption)) };
    readCell({ tech: t.slug, display: t.display, version: t.version, label: "", text, span, conditions }, ctx, emit);
  };

export function readTable(given: Table, where: TableContext, emit: Emit): void {
  let ctx = where;
  const table = withGroupRows(withSubHeader(given), where.resolver);
  const header = table.header.map(clean);
  // Cells keep their marks (✅, ❌, 🟡 rate support); technology and label reading cleans its own copy.
  const cleaned = table.rows.map((r) => r.map((c) => withLegend(markedCell(c), table.legend)));
  const keep = cleaned.map((r) => !r.every((c) => /^:?-{2,}:?$/.test(c) || !c));
  const rows = blanksAsMissing(withoutCommandColumns(cleaned, keep), keep, table.header.length);
  // A column of prices ("$5", "€0.002/GB"): the table is a price list, its sizes what a plan includes.
  const pricing = header.some((_, i) => i > 0 && rows.filter((r) => PRICE_CELL.test(r[i] ?? "")).length >= 2);
  if (pricing && !ctx.pricing) ctx = { ...ctx, pricing };
  // "| Nock | Mock Service Worker |" over sentences: each column describes its technology.
  const kept = rows.filter((_, ri) => keep[ri]);
  const keptSpans = table.spans.filter((_, ri) => keep[ri]);
  if (
    readStatusTable(
      { header, rows: kept, spans: keptSpans, subject: ctx.subject ?? null, resolver: ctx.resolver },
      emit,
    )
  )
    return;
  if (describedColumns(header, kept, keptSpans, ctx.resolver, emit, namedFigures(table, ctx, emit))) return;
  relativeAsRatios(header, rows);
  // "Rank | Library | Ops/sec": the compared things are named in a later column; read as if it came first.
  const at = choiceColumns(header, rows, keep, ctx.resolver).length ? -1 : keyColumn(header, rows, keep, ctx.resolver);
  if (at > 0) {
    // A first column of situations ("JSON API for a SPA") beside the one naming technologies: a choice per row.
    const situations = rows.every((r, ri) => !keep[ri] || (valueKind(r[0] ?? "") === "text" && /\S\s\S/.test(r[0])));
    if (BEST_FOR.test(header[0]) || situations) return choiceTable(header, rows, table.spans, ctx, emit, [at]);
    // The first column that gave way to the names ("c:clang*", a rank) is the table's own key, no attribute.
    const moved = <T>(r: T[]): T[] => withColumnFirst(r, at).filter((_, i) => i !== 1);
    return readTable({ ...table, header: moved(table.header), rows: table.rows.map(moved) }, ctx, emit);
  }
  const across = alongside(
    header.map((h, i) => (i > 0 ? techOf(h, ctx.resolver) : null)),
    header,
    ctx.resolver,
    1,
  );
  const named = alongside(
    rows.map((r) => techOf(r[0] ?? "", ctx.resolver)),
    rows.map((r) => r[0] ?? ""),
    ctx.resolver,
    0,
  );
  // "| **BigCache** | Set | … |" then "| | Get | … |": the technology named once heads its group of rows.
  const groups = rowGroups(header, rows, keep, named);
  const down = groups?.down ?? named;
  withDerivedUnits(header);
  const peers = [...new Set([...across, ...down].flatMap((t) => (t ? [t.slug] : [])))];
  const acrossCount = across.filter(Boolean).length;
  // A caption-like lead-in ("Build metrics:") tells two otherwise identical tables apart; a sentence does not.
  const caption: Conditions = captionOf(table.leadIn || labelAbove(table.caption));
  const tableConditions: Conditions = { ...ctx.setup, ...caption };
  // The caption's unit, else the one the section's prose states ("X calls/sec compared to …").
  const unit = captionUnit(table.caption ?? table.leadIn) ?? ctx.unit ?? null;
  // A version in a row's name is quoted from that row; one in the header from the first row, which carries the header.
  for (const t of across) if (t?.version) versionFact(t, table.spans[0], ctx, emit);
  down.forEach((t, ri) => {
    if (t?.version) versionFact(t, table.spans[ri] ?? table.spans[0], ctx, emit);
  });
  // "Requirement | Best Choice | Reason" / "WebSocket | Fiber | …": when a choice column names the
  // technologies, the first column is what they are chosen for, even where a label is itself in the
  // lexicon ("WebSocket", "gRPC Gateway"): the row label is the attribute, the cell the technology.
  if (!acrossCount && choiceColumns(header, rows, keep, ctx.resolver).length) {
    choiceTable(header, rows, table.spans, ctx, emit);
    return;
  }
  // "Job | Time (Poetry) | Time (uv)": one attribute per column, each naming its technology in parentheses, says
  // the tools run across the header, whatever the rows name (the jobs timed: "Pyright", "Test Python 3.9").
  const tools = toolsInParentheses(header, ctx.resolver);
  if (tools) {
    readAcross(table, header, rows, keep, tools, tableConditions, { ...ctx, unit }, emit);
    return;
  }
  const axis = axisOf(header, rows, keep, across, down, ctx.resolver);
  if (axis === "down")
    readDown(table, header, rows, keep, down, peers, { base: tableConditions, groups }, { ...ctx, unit }, emit);
  else if (axis === "across") readAcross(table, header, rows, keep, across, tableConditions, { ...ctx, unit }, emit);
  else choiceTable(header, rows, table.spans, ctx, emit);
}

type Techs = Array<ReturnType<typeof techOf>>;

const CAPABILITY_TAIL =
  /\b(?:bindings?|support|integrations?|plugins?|adapters?|sdks?|drivers?|hooks?|extensions?|wrappers?|connectors?|compat(?:ibility)?|interop)$/i;

/** Which way round the technologies are: down the first column, across the header, or neither (a choice table). */
function axisOf(
  header: string[],
  rows: string[][],
  keep: boolean[],
  across: Techs,
  down: Techs,
  resolver: TechResolver,
): "down" | "across" | null {
  const downCount = down.filter(Boolean).length;
  const acrossCount = across.filter(Boolean).length;
  const kept = rows.filter((_, ri) => keep[ri]);
  // The values decide where they can (a column of durations beside rows that mix durations and sizes), whatever
  // the header's words; otherwise the names do, as below.
  const content = axisByContent(kept.map((r) => r.slice(1)));
  if (content === "down" && downCount >= 2) return "down";
  if (content === "across" && acrossCount >= 2) return "across";
  // "| SDK | Meilisearch | Algolia |" over "| Python | ✅ | ✅ |": a header made only of technologies over rows of
  // marks compares the header's technologies; the rows (SDKs, integrations, platforms) are what each supports.
  if (integrationMatrix(header, kept, acrossCount, down, resolver)) return "across";
  // "| | urql | Apollo | Relay |" over "| React Bindings | ✅ | ✅ | ✅ |": rows naming another technology's bindings,
  // support or integration are capabilities of the header's technologies, not compared things themselves.
  const capabilityRows = down.filter((t) => t?.variant && CAPABILITY_TAIL.test(t.variant)).length;
  if (acrossCount >= 2 && acrossCount === header.length - 1 && capabilityRows * 2 >= downCount && capabilityRows)
    return "across";
  if (
    downCount &&
    downCount * 2 >= kept.length &&
    downCount >= acrossCount &&
    !(acrossCount >= 2 && attributeCorner(header[0] ?? "", resolver))
  )
    return "down";
  return acrossCount ? "across" : null;
}

/**
 * The technologies of header cells that all say one attribute and, in parentheses, the technology it was
 * measured on ("Time (Poetry)", "Time (uv)"), by column; null for any other header.
 */
function toolsInParentheses(header: string[], resolver: TechResolver): ReturnType<typeof techOf>[] | null {
  const cells = header.slice(1).map((c) => /^([^()]{1,40}?)\s?\(\s?([^()]{1,40}?)\s?\)$/.exec(c.trim()));
  if (cells.length < 2 || cells.some((m) => !m || m[1].toLowerCase() !== cells[0]?.[1].toLowerCase())) return null;
  // The parentheses are a name's place: "UV" there is uv as the document writes it elsewhere.
  const tools = cells.map((m) => {
    const name = (m as RegExpExecArray)[2];
    return techOf(name, resolver) ?? techOf(name.toLowerCase(), resolver);
  });
  return tools.every(Boolean) && new Set(tools.map((t) => t?.slug)).size === tools.length ? [null, ...tools] : null;
}

/** A row's setup cells (the version under test): conditions of its figures, not claims. */
function setupOf(header: string[], row: string[], setupColumns: boolean[]): { version?: string } {
  const at = setupColumns.findIndex((s, i) => s && /\d/.test(row[i] ?? ""));
  return at >= 0 ? { version: clean(row[at]) } : {};
}

/**
 * A header or first column whose cells are mostly technologies: a cell there that is exactly a
 * technology's name in another casing ("poetry", "`make`") is that technology too.
 */
function alongside(
  found: Array<ReturnType<typeof techOf>>,
  cells: string[],
  resolver: TechResolver,
  from: number,
): Array<ReturnType<typeof techOf>> {
  const known = found.filter(Boolean).length;
  if (known < 2 || known * 2 < cells.length - from) return found;
  return found.map((t, i) => {
    if (t || i < from) return t;
    const m = resolver.wholeName(clean(cells[i] ?? ""));
    return m ? { slug: m.slug, version: null, display: m.name, variant: null, with: [] } : null;
  });
}

/** Technologies across the header: the other columns name the row (a label) or qualify it (check marks). */
function readAcross(
  table: Table,
  header: string[],
  rows: string[][],
  keep: boolean[],
  across: Array<ReturnType<typeof techOf>>,
  base: Conditions,
  ctx: TableContext,
  emit: Emit,
): void {
  const others = header.map((_, i) => i).filter((i) => !across[i]);
  const checkCols = others.filter((i) => i > 0 && rows.every((r) => CHECK.test(r[i] ?? "")));
  const winnerCols = others.filter((i) => i > 0 && RECOMMEND.test(header[i]) && !checkCols.includes(i));
  // A column between two technologies' columns is a compared thing the resolver does not know, never part of the row's label.
  const first = across.findIndex(Boolean);
  const last = across.length - 1 - [...across].reverse().findIndex(Boolean);
  // A "Description" column explains the row's label; it is not part of it.
  const labelCols = others.filter(
    (i) =>
      !checkCols.includes(i) &&
      !winnerCols.includes(i) &&
      (i < first || i > last) &&
      !(i > last && REMARK_COLUMN.test(header[i])),
  );
  const allTechs = across.flatMap((t) => (t ? [t.slug] : []));
  // "fastq (ops/sec)", "Eta, ms": a technology's column may give its bare numbers' unit beside its name.
  const columnUnit = header.map((h, i) => (across[i] ? labelUnit(h) : null));
  rows.forEach((r, ri) => {
    if (!keep[ri]) return;
    const label = labelCols
      .map((i) => r[i] ?? "")
      .filter(Boolean)
      .join(" ");
    const checks: Conditions = {};
    for (const i of checkCols) {
      const v = (r[i] ?? "").toLowerCase();
      if (v !== "n/a")
        checks[snake(header[i])] =
          `${v && !/^(?:no|n|✗|✘|❌|-|—)$/.test(v) ? "with" : "no"} ${header[i].toLowerCase()}`;
    }
    for (const i of winnerCols) {
      const techs = /\b(?:both|tie|either)\b/i.test(r[i] ?? "") ? allTechs : ctx.resolver.slugsIn(r[i] ?? "");
      if (techs.length && label) emitChoice(techs, label, r[i], table.spans[ri], ctx, emit);
    }
    const rowScale = ratingScale(
      across.flatMap((t, i) => (t ? [r[i] ?? ""] : [])),
      label,
    );
    const rowBaseline = baselineOf(across.map((t, i) => [t?.slug, t ? (r[i] ?? "") : ""] as const));
    across.forEach((t, i) => {
      if (!t || !r[i]) return;
      readCell(
        {
          tech: t.slug,
          // The name without the unit its header cell gave ("fastq (ops/sec)" -> "fastq").
          display: columnUnit[i] ? t.display.replace(/\s?(?:[([][^()[\]]{1,16}[)\]]|,[^,]{1,16})$/, "") : t.display,
          version: t.version,
          label,
          text: r[i],
          span: table.spans[ri],
          conditions: { ...base, ...labelConditions(label), ...checks },
          peers: allTechs,
          scale: ctx.unit || columnUnit[i] ? null : rowScale,
          baseline: rowBaseline,
          tableUnit: ctx.unit ?? columnUnit[i],
          matrix: true,
        },
        ctx,
        withCompanions(t.with, emit),
      );
    });
  });
}
