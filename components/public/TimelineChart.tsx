import { claimTitle } from "@/lib/public/format";
import { TIMELINE_BOX, type TimelineChart as Chart } from "@/lib/public/figure-timeline-model";
import { ClaimCell, DataTable, FigureCell } from "./DataTable";
import { element, escapeMarkup } from "./svg-markup";

/** Marker shapes centred on 0,0, one per series (with its colour), so series differ without colour too. */
const SHAPES = [
  "M-5.5,0a5.5,5.5 0 1,0 11,0a5.5,5.5 0 1,0 -11,0", // circle
  "M-5,-5h10v10h-10z", // square
  "M0,-7L7,0L0,7L-7,0z", // diamond
  "M0,-7L6.5,5.5L-6.5,5.5z", // triangle
];
const PALETTE_SIZE = 6;
const HIT_RADIUS = 12; // a 24 px target (WCAG 2.2 target size)

/** The technologies of the chart, each with its marker shape and colour. */
function TimelineLegend({ series }: { series: Chart["series"] }) {
  return (
    <ul className="timeline__legend" aria-label="Technologies">
      {series.map((s) => (
        <li key={s.technology} className={`timeline__series timeline__series--${s.index % PALETTE_SIZE}`}>
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
            <path d={SHAPES[s.index % SHAPES.length]} />
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}

/** Pixels per character of a tick label (13 px text, figures and a short unit), for the y axis's width. */
const TICK_CHAR_PX = 7.4;

/** The y axis's width: its longest tick label and a gap before the plot. */
function yAxisWidth(chart: Chart): number {
  return Math.ceil(Math.max(1, ...chart.yTicks.map((t) => t.label.length)) * TICK_CHAR_PX) + 10;
}

/**
 * The y axis's tick labels, in a column of their own beside the plot, each level with its grid line:
 * inside the plot they met the figures' value labels of the earliest points.
 */
function yAxisMarkup(chart: Chart, width: number): string {
  const labels = chart.yTicks.map((t) =>
    element("text", { x: width - 8, y: t.at + 4, "text-anchor": "end" }, escapeMarkup(t.label)),
  );
  return labels.join("");
}

/** The grid and the x axis: decoration, hidden from screen readers (each figure names its own value and date). */
function axesMarkup(chart: Chart): string {
  const { height } = TIMELINE_BOX;
  const y = chart.yTicks.map((t) => element("line", { x1: 0, x2: "100%", y1: t.at, y2: t.at }));
  const x = chart.xTicks.map((t) =>
    element(
      "g",
      {},
      element("line", { x1: `${t.at}%`, x2: `${t.at}%`, y1: TIMELINE_BOX.bottom, y2: TIMELINE_BOX.bottom + 6 }) +
        element(
          "text",
          {
            x: `${t.at}%`,
            y: height - 14,
            "text-anchor": t.anchor,
            // A year between the two end dates: left out on a phone's plot, where it meets them.
            class: t.anchor === "middle" && chart.xTicks.length > 1 ? "timeline-chart__year" : undefined,
          },
          escapeMarkup(t.label),
        ),
    ),
  );
  return element("g", { "aria-hidden": "true", class: "timeline-chart__axes" }, y.join("") + x.join(""));
}

/** Closer than this (percent of the plot's width), two value labels would meet on a phone's plot. */
const CROWDED_X = 45;

/** Which of a series' value labels go below their marker: each one crowding a label above it. */
function labelsBelow(points: { x: number }[]): boolean[] {
  const below: boolean[] = [];
  points.forEach((p, i) => below.push(i > 0 && !below[i - 1] && p.x - points[i - 1].x < CROWDED_X));
  return below;
}

/** One technology's figures: lines between them, and each figure a focusable link to its claim. */
function seriesMarkup(s: Chart["series"][number], shapeId: string): string {
  const lines = s.points.slice(1).map((p, i) =>
    element("line", {
      "aria-hidden": "true",
      x1: `${s.points[i].x}%`,
      y1: s.points[i].y,
      x2: `${p.x}%`,
      y2: p.y,
      class: "timeline-chart__line",
    }),
  );
  // Plain SVG links: no client component inside the chart.
  const points = s.points.map((p) =>
    element(
      "a",
      { href: `/claims/${p.claimSlug}`, "aria-label": p.label },
      element("title", {}, escapeMarkup(p.label)) +
        element("circle", { cx: `${p.x}%`, cy: p.y, r: HIT_RADIUS, class: "timeline-chart__hit" }) +
        element("use", {
          href: `#${shapeId}`,
          x: `${p.x}%`,
          y: p.y,
          class: p.status === "VERIFIED" ? undefined : "timeline-chart__open",
        }),
    ),
  );
  // Each figure's value by its marker: the chart reads without hovering (decoration: the link names
  // it). Near an edge the label runs inwards from the marker, so a phone's narrow plot does not cut it;
  // a figure close after one labelled above is labelled below, so neighbours' labels do not overlap.
  const below = labelsBelow(s.points);
  const values = s.points.map((p, i) =>
    element(
      "text",
      {
        "aria-hidden": "true",
        x: `${p.x}%`,
        y: below[i] ? p.y + 21 : p.y - 11,
        dx: p.x < 20 ? -6 : p.x > 80 ? 6 : undefined,
        "text-anchor": p.x < 20 ? "start" : p.x > 80 ? "end" : "middle",
        class: "timeline-chart__value",
      },
      escapeMarkup(p.figure),
    ),
  );
  const group = `timeline-chart__series timeline__series--${s.index % PALETTE_SIZE}`;
  return element("g", { class: group }, lines.join("") + points.join("") + values.join(""));
}

/** The chart's inside as markup (./svg-markup.ts): title, marker shapes, axes, then each series. */
function chartMarkup(chart: Chart, shape: (index: number) => string): string {
  const shapes = SHAPES.map((d, i) => element("path", { id: shape(i), d })).join("");
  return (
    element("title", { id: `${chart.id}-title` }, escapeMarkup(chart.title)) +
    element("defs", {}, shapes) +
    axesMarkup(chart) +
    chart.series.map((s) => seriesMarkup(s, shape(s.index))).join("")
  );
}

/**
 * Figures of one comparable setup over time, as server-rendered SVG. x positions are percentages of
 * the real width and y positions pixels (no viewBox scaling), so text and markers keep their size
 * on a phone; markers are <use>d shapes placed by percentage. Keyboard and screen readers: the
 * chart is a labelled group, each figure a focusable link to its claim named by its technology,
 * figure, own conditions and date; axes are decoration (aria-hidden); the same figures follow in
 * a table (the fallback). The chart's inside is one markup string, not an element per shape
 * (./svg-markup.ts says why).
 */
export function TimelineChart({ chart, listedElsewhere }: { chart: Chart; listedElsewhere?: ReadonlySet<string> }) {
  // On a page whose figures already stand in a table (the compare page's Performance section), the
  // fallback lists only the figures that table lacks, so each figure is read once.
  const rows = listedElsewhere ? chart.rows.filter((p) => !listedElsewhere.has(p.claimSlug)) : chart.rows;
  const { id } = chart;
  const { height } = TIMELINE_BOX;
  const shape = (index: number) => `${id}-shape-${index % SHAPES.length}`;
  const yWidth = yAxisWidth(chart);
  return (
    <div className="chart-group timeline">
      <h3 id={`${id}-heading`}>{chart.heading}</h3>
      <p className="muted">
        Setup: {chart.setup}. {chart.better}
      </p>
      <TimelineLegend series={chart.series} />
      <div className="timeline-chart__frame">
        <svg
          className="timeline-chart__y"
          width={yWidth}
          height={height}
          aria-hidden="true"
          focusable="false"
          dangerouslySetInnerHTML={{ __html: yAxisMarkup(chart, yWidth) }}
        />
        <svg
          className="timeline-chart"
          width="100%"
          height={height}
          role="group"
          aria-labelledby={`${id}-title`}
          dangerouslySetInnerHTML={{ __html: chartMarkup(chart, shape) }}
        />
      </div>
      {chart.undatedNote && <p className="muted">{chart.undatedNote}</p>}
      {chart.moreNote && <p className="muted">{chart.moreNote}</p>}
      {rows.length < chart.rows.length && (
        <p className="muted">
          {rows.length === 0
            ? "These figures are listed in the table under Performance above."
            : "Figures not listed under Performance above:"}
        </p>
      )}
      {rows.length > 0 && <TimelineTable title={chart.title} rows={rows} />}
    </div>
  );
}

/** The chart's figures as a table: the fallback for readers who do not see the chart. */
function TimelineTable({ title, rows }: { title: string; rows: Chart["rows"] }) {
  return (
    <details className="timeline__table">
      <summary>The figures as a table</summary>
      <div className="table-scroll">
        <DataTable caption={title} columns={["Published", "Technology", "Figure", "Claim"]}>
          {rows.map((p) => (
            <tr key={p.claimSlug}>
              <td>{p.dateLabel}</td>
              <td>{p.technologyName}</td>
              <FigureCell figure={p.figure} own={p.own} />
              <ClaimCell slug={p.claimSlug} title={claimTitle(p.statement, p.conditions)} status={p.status} />
            </tr>
          ))}
        </DataTable>
      </div>
    </details>
  );
}

/** The "figures over time" section of a technology or comparison page; nothing when no setup has a figure. */
export function FiguresOverTime({
  charts,
  listedElsewhere,
}: {
  charts: Chart[];
  listedElsewhere?: ReadonlySet<string>;
}) {
  if (charts.length === 0) return null;
  return (
    <section aria-labelledby="over-time">
      <h2 id="over-time">Figures over time</h2>
      <p className="muted">
        Each figure at the publication date of its earliest source; one chart per setup as recorded (same metric, unit
        and recorded test conditions, each technology's own server or runtime aside). Conditions a source did not state,
        such as a worker count, are not known to match: read each figure's claim before comparing.
      </p>
      {charts.map((chart) => (
        <TimelineChart key={chart.id} chart={chart} listedElsewhere={listedElsewhere} />
      ))}
    </section>
  );
}
