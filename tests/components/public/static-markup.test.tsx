// Sections of public pages rendered to one markup string (components/public/static-markup.ts): the
// markup must be what React itself writes, built once per data object, and anything it cannot write
// the way React would must fail loudly rather than differ.
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { BarChart } from "@/components/public/BarChart";
import { ConditionsTable } from "@/components/public/ConditionsTable";
import { StatusBadge } from "@/components/public/StatusBadge";
import { staticSection } from "@/components/public/static-markup";

function Row({ name, value }: { name: string; value: number }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        {value} req/s{value > 100 && <span className="muted"> · fast</span>}{" "}
        <StatusBadge status={value > 100 ? "VERIFIED" : "DISPUTED"} />
      </td>
    </tr>
  );
}

const section = (rows: { name: string; value: number }[]) => (
  <section aria-labelledby="sample" className="sample">
    <h2 id="sample">Figures &amp; more: &lt;&quot;quoted&quot; &apos;text&apos;&gt;</h2>
    <>
      <p>
        Tab{0} and {"<b>not bold</b>"} and {'it\'s "quoted" & <escaped>'}
        <br />
        <Link href="/claims/a?b=1&c=<2>" className="cell-yes" title={`Say "hi" & <go>`} prefetch={false}>
          <span aria-hidden="true">✓</span> Yes
        </Link>
      </p>
      {null}
      {false}
      {undefined}
    </>
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <path d="M-5,-5h10v10h-10z" />
    </svg>
    <BarChart id="chart" title="Throughput" unit="req/s" bars={[{ label: "A & B", value: 3, href: "/claims/x" }]} />
    <details open>
      <summary>The figures as a table</summary>
      <table className="data-table">
        <tbody>
          {rows.map((r) => (
            <Row key={r.name} {...r} />
          ))}
        </tbody>
      </table>
    </details>
    <ConditionsTable conditions={{ hardware: "2-vcpu vm", workers: 4, cached: true }} />
    <input type="search" maxLength={200} tabIndex={-1} hidden={false} aria-invalid={false} data-x={true} />
    <label htmlFor="q" hidden>
      <time dateTime="2026-01-02">2 January</time>
    </label>
  </section>
);

const ROWS = [
  { name: "Django", value: 120 },
  { name: "FastAPI <async>", value: 80 },
];

describe("a page section as static markup", () => {
  it("is the markup React writes for the same elements, inside the same outer element", () => {
    const data = { rows: ROWS };
    const element = staticSection(data, "sample", () => section(data.rows));
    expect(element).not.toBeNull();
    expect(renderToStaticMarkup(<>{element}</>)).toBe(renderToStaticMarkup(section(ROWS)));
    // An outer element whose inside is markup already keeps it.
    const chart = () => (
      <BarChart id="c" title="Latency" unit="ms" bars={[{ label: "A", value: 2, href: "/claims/a" }]} />
    );
    expect(renderToStaticMarkup(<>{staticSection(data, "chart", chart)}</>)).toBe(renderToStaticMarkup(chart()));
  });

  it("renders a section once per data object and name, again for a new object", () => {
    let renders = 0;
    const render = (rows: typeof ROWS) => () => {
      renders += 1;
      return section(rows);
    };
    const first = { rows: ROWS };
    const markup = () => renderToStaticMarkup(<>{staticSection(first, "sample", render(first.rows))}</>);
    expect(markup()).toBe(markup());
    expect(renders).toBe(1);
    staticSection(first, "other", render(first.rows));
    expect(renders).toBe(2);
    const next = { rows: [...ROWS, { name: "Flask", value: 50 }] };
    expect(renderToStaticMarkup(<>{staticSection(next, "sample", render(next.rows))}</>)).toContain("Flask");
    expect(renders).toBe(3);
  });

  it("is nothing when the section renders nothing", () => {
    const Empty = (): ReactNode => null;
    expect(staticSection({}, "empty", () => <Empty />)).toBeNull();
  });

  it("refuses what it cannot write as React would: state, handlers, style objects, async components", () => {
    function Counter() {
      const [count] = useState(0);
      return <span>{count}</span>;
    }
    async function Later() {
      return <span>later</span>;
    }
    const cases: (() => ReactNode)[] = [
      () => (
        <div>
          <Counter />
        </div>
      ),
      () => (
        <div>
          <button onClick={() => undefined}>Go</button>
        </div>
      ),
      () => (
        <div>
          <span style={{ color: "red" }}>red</span>
        </div>
      ),
      () => <div>{Later() as unknown as ReactNode}</div>,
      () => (
        <div>
          <Later />
        </div>
      ),
      () => (
        <div>
          <svg>
            <path strokeWidth={2} />
          </svg>
        </div>
      ),
    ];
    cases.forEach((render, i) => expect(() => staticSection({}, `case-${i}`, render)).toThrow());
  });
});
