import { formatFigure } from "@/lib/public/format";

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
 * and the page shows the same figures in a table right after the chart (the fallback).
 */
export function BarChart({ id, title, unit, bars }: { id: string; title: string; unit: string; bars: Bar[] }) {
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  return (
    <svg className="chart" width="100%" height={bars.length * ROW + 4} role="group" aria-labelledby={`${id}-title`}>
      {/* One string child: React hydrates <title> as a single text node. */}
      <title
        id={`${id}-title`}
      >{`${title}: ${bars.map((b) => `${b.label} ${formatFigure(b.value, unit)}`).join(", ")}`}</title>
      {bars.map((bar, i) => {
        const y = i * ROW;
        const percent = Math.max(0.5, (bar.value / max) * 100);
        return (
          // A plain SVG link: no client component inside the chart.
          <a key={`${bar.href}-${bar.label}`} href={bar.href}>
            {/* A full-row target: easy to tap, and the focus ring outlines the whole bar. */}
            <rect x="0" y={y} width="100%" height={ROW - 4} className="chart__hit" />
            <text x="0" y={y + 16}>
              <tspan fontWeight={600}>{bar.label}</tspan>
              <tspan className="chart__value" dx="8">
                {formatFigure(bar.value, unit)}
                {bar.note ? ` (${bar.note})` : ""}
              </tspan>
            </text>
            <rect
              x="0"
              y={y + 24}
              width={`${percent}%`}
              height="14"
              rx="3"
              className={bar.note ? "chart__bar chart__bar--note" : "chart__bar"}
            />
          </a>
        );
      })}
    </svg>
  );
}
