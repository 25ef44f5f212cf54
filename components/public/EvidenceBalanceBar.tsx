import type { EvidenceBalance } from "@/lib/public/evidence-balance";

const ROW = 58;
const BAR = 24; // a 24 px tall target (WCAG 2.2 target size)

/** The two bars on one scale: each claim a segment, a focusable link to the claim named by side, kind, claim and weight. */
function BalanceChart({ balance, id }: { balance: EvidenceBalance; id: string }) {
  return (
    <svg
      className="balance-chart"
      width="100%"
      height={balance.rows.length * ROW}
      role="group"
      aria-labelledby={`${id}-title`}
    >
      <title id={`${id}-title`}>{balance.summary}</title>
      {balance.rows.map((row, i) => {
        const y = i * ROW;
        return (
          <g key={row.side}>
            <text x="0" y={y + 16}>
              {row.label}
            </text>
            {row.segments.length === 0 && (
              <rect
                aria-hidden="true"
                x="0"
                y={y + 24}
                width="100%"
                height={BAR}
                rx="3"
                className="balance-chart__empty"
              />
            )}
            {row.segments.map((s) => (
              // A plain SVG link: no client component inside the chart.
              <a key={s.claimSlug} href={`/claims/${s.claimSlug}`} aria-label={s.label}>
                <title>{s.label}</title>
                <rect
                  x={`${s.start}%`}
                  y={y + 24}
                  width={`${s.width}%`}
                  height={BAR}
                  className={`balance-chart__segment balance--${s.kind.toLowerCase()}`}
                />
              </a>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** The counts by kind, the chart's fallback for whoever does not read the bars. */
function BalanceTable({ balance }: { balance: EvidenceBalance }) {
  return (
    <details>
      <summary>The balance as a table</summary>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">{balance.summary}</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Supports</th>
              <th scope="col">Speaks against</th>
            </tr>
          </thead>
          <tbody>
            {balance.kinds.map((k) => (
              <tr key={k.kind}>
                <th scope="row">{k.label}</th>
                <td>{k.supports}</td>
                <td>{k.against}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

const segmentsOf = (balance: EvidenceBalance) => balance.rows.flatMap((row) => row.segments);

/** Counted claims, each linked, with why it counts here. */
function CountedList({ segments, labelledBy }: { segments: ReturnType<typeof segmentsOf>; labelledBy: string }) {
  return (
    <ul className="balance__claims" aria-labelledby={labelledBy}>
      {segments.map((s) => (
        <li key={s.claimSlug}>
          <a href={`/claims/${s.claimSlug}`}>{s.label}</a>
          {s.countsBecause && <span className="reason__match"> counts because: {s.countsBecause}</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * A verdict's evidence balance as server-rendered SVG: one bar for the evidence that supports it and
 * one for what speaks against it, on one scale, each claim a segment coloured by its kind and as
 * wide as its weight. Widths are percentages of the real width (no viewBox scaling). Keyboard and
 * screen readers: a labelled group whose segments are focusable links to their claims, named by
 * side, kind, claim and weight; the counts by kind follow in a table (the fallback).
 */
export function EvidenceBalanceBar({
  balance,
  next = null,
  id,
}: {
  balance: EvidenceBalance | null;
  /**
   * The option the confidence line names after the pick, with the claims it counts for and against
   * it, under a heading worded as that line words it (nextOptionHeading: "the next option" only when it is).
   */
  next?: { name: string; heading: string; balance: EvidenceBalance } | null;
  id: string;
}) {
  if (!balance) return null;
  return (
    <div className="balance">
      <h3 id={`${id}-heading`}>Evidence balance</h3>
      <p className="muted">
        A claim&rsquo;s weight is how much it counts here: recommendations count most and opinions least, more
        independent sources count more, older sources less, and a claim that matches only part of this use case&rsquo;s
        needs counts less.
      </p>
      <ul className="balance__legend" aria-label="Claim kinds">
        {balance.kinds.map((k) => (
          <li key={k.kind}>
            <span className={`balance__swatch balance--${k.kind.toLowerCase()}`} aria-hidden="true" />
            {k.label}
          </li>
        ))}
      </ul>
      <BalanceChart balance={balance} id={id} />
      <BalanceTable balance={balance} />
      {/* Every claim the counts are made of, in sight and each with why it counts here: a reader who
          counts the claims in the confidence line finds every one of them, not only the reasons above,
          the next option's included (G4). */}
      <h4 id={`${id}-counted`}>
        Every claim counted ({segmentsOf(balance).length + (next ? segmentsOf(next.balance).length : 0)})
      </h4>
      <CountedList segments={segmentsOf(balance)} labelledBy={`${id}-counted`} />
      {next && (
        <>
          <p id={`${id}-next`}>
            {next.heading} ({segmentsOf(next.balance).length}):
          </p>
          <CountedList segments={segmentsOf(next.balance)} labelledBy={`${id}-next`} />
        </>
      )}
    </div>
  );
}
