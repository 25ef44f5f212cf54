// Sections of public pages rendered to one markup string (components/public/static-markup.ts): the
// markup must be what React itself writes, built once per data object, and anything it cannot write
// the way React would must fail loudly rather than differ. Inside Next.js a section's outer element
// is StaticMarkup, whose markup a document render leaves to the page's HTML: hydrated with real
// React here, without it.
import Link from "next/link";
import { act, useState, type ReactNode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { BarChart } from "@/components/public/BarChart";
import { ConditionsTable } from "@/components/public/ConditionsTable";
import { StatusBadge } from "@/components/public/StatusBadge";
import { KeptMarkup, staticSection } from "@/components/public/static-markup";
import { StaticMarkup } from "@/components/public/StaticMarkup";
import { STATIC_MARKUP_STORE } from "@/components/public/static-markup-store";

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

describe("a static section whose markup the page's HTML carries (StaticMarkup)", () => {
  const MARKUP = '<h2 id="s">Figures</h2><p>Django <a href="/claims/a">120 req/s</a> &amp; more</p>';
  const ID = "section-id-1";
  const store = globalThis as unknown as Record<string, KeptMarkup | undefined>;
  const serverStore = store[STATIC_MARKUP_STORE];
  const element = (html?: string) => (
    <StaticMarkup tag="section" attributes={{ "aria-labelledby": "s", className: "sample" }} id={ID} html={html} />
  );
  beforeAll(() => serverStore?.put(ID, MARKUP));
  afterEach(() => {
    store[STATIC_MARKUP_STORE] = serverStore;
  });

  it("is written into the server's HTML from the process's store, as the plain element would be", () => {
    const plain = renderToStaticMarkup(
      <section aria-labelledby="s" className="sample" dangerouslySetInnerHTML={{ __html: MARKUP }} />,
    );
    expect(renderToStaticMarkup(element())).toBe(plain);
    expect(renderToStaticMarkup(element(MARKUP))).toBe(plain);
  });

  it("fails the server's render rather than leave a section out when its markup is not kept", () => {
    expect(() => renderToStaticMarkup(<StaticMarkup tag="section" attributes={{}} id="never-kept" />)).toThrow(
      /never-kept/,
    );
  });

  it("keeps the server's markup when hydrated without it, and shows it again on a later mount of the same payload", async () => {
    const serverHtml = renderToString(element());
    delete store[STATIC_MARKUP_STORE]; // the browser has no store
    const page = document.createElement("div");
    page.innerHTML = serverHtml;
    document.body.append(page);
    const errors: unknown[] = [];
    const root = await act(async () => hydrateRoot(page, element(), { onRecoverableError: (e) => errors.push(e) }));
    expect(errors).toEqual([]);
    expect(page.querySelector("section")?.innerHTML).toBe(MARKUP);
    // The router's Back to the first page mounts the same payload afresh.
    const later = document.createElement("div");
    document.body.append(later);
    const again = createRoot(later);
    await act(async () => again.render(element()));
    expect(later.querySelector("section")?.innerHTML).toBe(MARKUP);
    // A client-side navigation's payload carries the markup itself.
    await act(async () => root.render(element("<p>Another page</p>")));
    expect(page.querySelector("section")?.innerHTML).toBe("<p>Another page</p>");
    await act(async () => {
      root.unmount();
      again.unmount();
    });
  });
});

describe("the process's store of section markup", () => {
  it("keeps the most recently rendered sections within its size, the oldest going first", () => {
    const kept = new KeptMarkup(10);
    kept.put("a", "aaaa");
    kept.put("b", "bbbb");
    kept.put("a", "aaaa"); // rendered again: now the newest
    kept.put("c", "cccc");
    expect(kept.get("b")).toBeUndefined();
    expect(kept.get("a")).toBe("aaaa");
    expect(kept.get("c")).toBe("cccc");
  });
});
