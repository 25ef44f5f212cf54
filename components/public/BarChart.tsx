import { formatFigure } from "@/lib/public/format";
import { element, escapeMarkup } from "./svg-markup";

export interface Bar {
  label: string;
  value: number;
  href: string;
  note?: string;
}

const ROW = 46;

/**
 * Horizontal bars as SVG, each bar a link to its claim. Sizes are percentages of the real width
 * (no viewBox scaling), so the text stays readable on a phone.
 * Keyboard and screen readers: the chart is a labelled group (not role="img", whose children are
 * presentational and would hide the links), each bar is a focusable link named by its visible
 * text (technology and figure: no separate aria-label that could disagree with what is shown),
 * and the page shows the same figures in a table right after the chart (the fallback). Its inside is
 * one markup string, not an element per shape (./svg-markup.ts says why).
 */
export function BarChart({ id, title, unit, bars }: { id: string; title: string; unit: string; bars: Bar[] }) {
  return (
    <svg
      className="chart"
      width="100%"
      height={bars.length * ROW + 4}
      role="group"
      aria-labelledby={`${id}-title`}
      dangerouslySetInnerHTML={{ __html: barsMarkup(id, title, unit, bars) }}
    />
  );
}

/** The chart's inside as markup (./svg-markup.ts): its title, then one link per bar. */
function barsMarkup(id: string, title: string, unit: string, bars: Bar[]): string {
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const label = `${title}: ${bars.map((b) => `${b.label} ${formatFigure(b.value, unit)}`).join(", ")}`;
  let markup = element("title", { id: `${id}-title` }, escapeMarkup(label));
  bars.forEach((bar, i) => {
    const y = i * ROW;
    const percent = Math.max(0.5, (bar.value / max) * 100);
    const value = `${formatFigure(bar.value, unit)}${bar.note ? ` (${bar.note})` : ""}`;
    // A plain SVG link; a full-row target: easy to tap, and the focus ring outlines the whole bar.
    markup += element(
      "a",
      { href: bar.href },
      element("rect", { x: 0, y, width: "100%", height: ROW - 4, class: "chart__hit" }) +
        element(
          "text",
          { x: 0, y: y + 16 },
          element("tspan", { "font-weight": 600 }, escapeMarkup(bar.label)) +
            element("tspan", { class: "chart__value", dx: 8 }, escapeMarkup(value)),
        ) +
        element("rect", {
          x: 0,
          y: y + 24,
          width: `${percent}%`,
          height: 14,
          rx: 3,
          class: bar.note ? "chart__bar chart__bar--note" : "chart__bar",
        }),
    );
  });
  return markup;
}
