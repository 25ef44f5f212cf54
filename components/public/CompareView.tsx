import Link from "next/link";
import type { PublicDecisionSummary } from "@/lib/public/decisions";
import { DecisionCard } from "./DecisionParts";
import type { ComparePage } from "@/lib/public/compare";
import type { Support } from "@/lib/public/compare-model";
import {
  claimTitle,
  conditionsPhrase,
  contradictionNote,
  featureName,
  formatFigure,
  metricName,
  replacementText,
} from "@/lib/public/format";
import { sourcesLabel } from "@/lib/public/counts";
import { BarChart } from "./BarChart";
import { OtherClaims, Recommendations } from "./CompareClaims";
import { ConditionsTable } from "./ConditionsTable";
import { ClaimCell, DataTable, FigureCell } from "./DataTable";
import { StatusBadge } from "./StatusBadge";
import { staticSection } from "./static-markup";
import { FiguresOverTime } from "./TimelineChart";

const SUPPORT: Record<Support, { icon: string; label: string; className: string }> = {
  yes: { icon: "✓", label: "Yes", className: "cell-yes" },
  partial: { icon: "◐", label: "Partly", className: "cell-partial" },
  no: { icon: "✗", label: "No", className: "cell-no" },
};

type Technologies = ComparePage["technologies"];
type MetricFigures = ComparePage["performance"][number];

/**
 * The comparison's sections, each rendered to markup once per page data (./static-markup.ts): the
 * page renders per request, and its ≈ 800 elements were most of each request's CPU.
 */
export function CompareView({ page, decisions = [] }: { page: ComparePage; decisions?: PublicDecisionSummary[] }) {
  const { technologies } = page;
  return (
    <>
      {staticSection(page, "verdicts", () => (
        <VerdictMatrix verdicts={page.verdicts} technologies={technologies} />
      ))}
      {staticSection(decisions, "team-decisions", () => (
        <TeamDecisions decisions={decisions} />
      ))}
      {staticSection(page, "recommendations", () => (
        <Recommendations recommendations={page.recommendations} technologies={technologies} />
      ))}
      {staticSection(page, "features", () => (
        <FeatureMatrix features={page.features} technologies={technologies} />
      ))}
      {staticSection(page, "performance", () => (
        <PerformanceSection performance={page.performance} technologies={technologies} />
      ))}
      {staticSection(page, "over-time", () => (
        <FiguresOverTime
          charts={page.timelines}
          listedElsewhere={
            new Set(page.performance.flatMap((m) => m.groups.flatMap((g) => g.measurements.map((x) => x.claimSlug))))
          }
        />
      ))}
      {staticSection(page, "other-claims", () => (
        <OtherClaims groups={page.otherClaims} />
      ))}
      {staticSection(page, "open", () => (
        <OpenContradictions contradictions={page.contradictions} />
      ))}
      {staticSection(page, "consensus", () => (
        <Consensus consensus={page.consensus} />
      ))}
    </>
  );
}

function VerdictMatrix({ verdicts, technologies }: { verdicts: ComparePage["verdicts"]; technologies: Technologies }) {
  return (
    <section aria-labelledby="verdicts">
      <h2 id="verdicts">Verdicts by use case</h2>
      {verdicts.length === 0 ? (
        <p className="empty">
          No published verdict recommends {technologies.length === 2 ? "either of them" : "any of these"} yet.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table matrix">
            <thead>
              <tr>
                <th scope="col">Use case</th>
                {technologies.map((t) => (
                  <th key={t.slug} scope="col">
                    {t.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {verdicts.map((v) => (
                <tr key={v.slug}>
                  <th scope="row">
                    <Link href={`/use-cases/${v.useCase.slug}`}>{v.useCase.name}</Link>
                  </th>
                  {technologies.map((t) => (
                    <td key={t.slug}>
                      {v.recommended.includes(t.slug) ? (
                        <span className="cell-yes">
                          <span aria-hidden="true">✓</span> Recommended
                        </span>
                      ) : (
                        <span className="muted">–</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function TeamDecisions({ decisions }: { decisions: PublicDecisionSummary[] }) {
  return (
    <section aria-labelledby="team-decisions">
      <h2 id="team-decisions">What teams decided</h2>
      {decisions.length === 0 ? (
        <p className="empty">No team has shared a decision between these yet.</p>
      ) : (
        <ul className="card-grid card-grid--wide">
          {decisions.map((d) => (
            <DecisionCard key={d.slug} decision={d} headingLevel={3} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FeatureMatrix({ features, technologies }: { features: ComparePage["features"]; technologies: Technologies }) {
  return (
    <section aria-labelledby="features">
      <h2 id="features">Features</h2>
      {features.length === 0 ? (
        <p className="empty">No checked feature claims yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table matrix">
            <thead>
              <tr>
                <th scope="col">Feature</th>
                {technologies.map((t) => (
                  <th key={t.slug} scope="col">
                    {t.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {features.map((row) => (
                <tr key={row.topic}>
                  <th scope="row">{featureName(row.topic)}</th>
                  {technologies.map((t) => (
                    <FeatureCell key={t.slug} cells={row.cells[t.slug] ?? []} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function FeatureCell({ cells }: { cells: ComparePage["features"][number]["cells"][string] }) {
  return (
    <td>
      {cells.length === 0 && <span className="muted">Not recorded</span>}
      {cells.map((cell) => (
        <p key={cell.claimSlug}>
          <Link
            href={`/claims/${cell.claimSlug}`}
            title={claimTitle(cell.statement)}
            className={SUPPORT[cell.support].className}
          >
            <span aria-hidden="true">{SUPPORT[cell.support].icon}</span> {SUPPORT[cell.support].label}
          </Link>
          {cell.replacement && <span className="muted"> · {replacementText(cell.replacement)}</span>}
          {cell.status !== "VERIFIED" && (
            <>
              {" "}
              <StatusBadge status={cell.status} />
            </>
          )}
        </p>
      ))}
    </td>
  );
}

function PerformanceSection({
  performance,
  technologies,
}: {
  performance: ComparePage["performance"];
  technologies: Technologies;
}) {
  return (
    <section aria-labelledby="performance">
      <h2 id="performance">Performance</h2>
      {performance.length === 0 && <p className="empty">No checked figures yet.</p>}
      {performance.map((metric) => (
        <section key={`${metric.metric}-${metric.unit}`} aria-labelledby={`m-${metric.metric}`}>
          <h3 id={`m-${metric.metric}`}>
            {metricName(metric.metric)}
            {metric.unit ? ` (${metric.unit})` : ""}
          </h3>
          {metric.groups.length > 1 && (
            <p className="not-comparable">
              Measured under {metric.groups.length} different setups: not comparable across groups.
            </p>
          )}
          {metric.groups.map((group, gi) => (
            <FigureGroup key={`chart-${metric.metric}-${gi}`} metric={metric} index={gi} technologies={technologies} />
          ))}
        </section>
      ))}
    </section>
  );
}

/** One comparable setup of a metric: its bar chart, the figures as a table, and the conditions they share. */
function FigureGroup({
  metric,
  index: gi,
  technologies,
}: {
  metric: MetricFigures;
  index: number;
  technologies: Technologies;
}) {
  const group = metric.groups[gi];
  const id = `chart-${metric.metric}-${gi}`;
  const name = (slug: string) => technologies.find((t) => t.slug === slug)?.name ?? slug;
  return (
    <div className="chart-group">
      {metric.groups.length > 1 && (
        <h4>
          Setup {gi + 1}: {conditionsPhrase(group.conditions)}
        </h4>
      )}
      <BarChart
        id={id}
        title={metric.groups.length > 1 ? `${metricName(metric.metric)}, setup ${gi + 1}` : metricName(metric.metric)}
        unit={metric.unit}
        bars={group.measurements.map((m) => ({
          label: name(m.technology),
          value: m.value,
          href: `/claims/${m.claimSlug}`,
          note: m.status === "VERIFIED" ? undefined : m.status.toLowerCase(),
        }))}
      />
      <DataTable
        caption={`${metricName(metric.metric)} figures${metric.groups.length > 1 ? `, setup ${gi + 1}` : ""}`}
        columns={["Technology", "Figure", "Claim"]}
      >
        {group.measurements.map((m) => (
          <tr key={`${m.claimSlug}-${m.technology}`}>
            <td>{name(m.technology)}</td>
            <FigureCell
              figure={formatFigure(m.value, m.unit, m.metric)}
              own={Object.keys(m.own).length > 0 ? conditionsPhrase(m.own) : ""}
            />
            <ClaimCell slug={m.claimSlug} title={claimTitle(m.statement, m.conditions)} status={m.status} />
          </tr>
        ))}
      </DataTable>
      {Object.keys(group.conditions).length > 0 ? (
        <ConditionsTable conditions={group.conditions} caption="Conditions" />
      ) : (
        <p className="muted">No conditions recorded.</p>
      )}
    </div>
  );
}

function OpenContradictions({ contradictions }: { contradictions: ComparePage["contradictions"] }) {
  return (
    <section aria-labelledby="open">
      <h2 id="open">Open contradictions</h2>
      {contradictions.length === 0 ? (
        <p className="empty">None open.</p>
      ) : (
        <ul className="contradictions">
          {contradictions.map((c) => (
            <li key={c.id}>
              {/* Each side on its own line, so a status badge never runs into the other claim's words. */}
              <ul className="contradiction__sides">
                {[c.claimA, c.claimB].map((side) => (
                  <li key={side.slug}>
                    <Link href={`/claims/${side.slug}`}>{claimTitle(side.statement, side.conditions)}</Link>{" "}
                    <StatusBadge status={side.status} />
                  </li>
                ))}
              </ul>
              {/* The stored reason is the editors' working note ("laravel: release year 2011 vs 2012"): visitors get its kind in words. */}
              <p className="muted">{contradictionNote(c.kind, "OPEN")}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Consensus({ consensus }: { consensus: ComparePage["consensus"] }) {
  return (
    <section aria-labelledby="consensus">
      <h2 id="consensus">Consensus</h2>
      <p className="muted">
        Claims backed by at least two different independent sources (our own write-up is not counted as one).
      </p>
      {consensus.length === 0 ? (
        <p className="empty">No claim has two independent sources yet.</p>
      ) : (
        <ul className="claim-list">
          {consensus.map((c) => (
            <li key={c.slug} className="claim-list__item">
              <Link href={`/claims/${c.slug}`} className="claim-list__statement">
                {claimTitle(c.statement, c.conditions)}
              </Link>
              <span className="claim-list__meta">
                <StatusBadge status={c.status} />
                <span>{sourcesLabel(c.sources, c.ourOwn)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
