// The "figures over time" charts' data: the verdict engine's comparable groups (the claim rows go
// through the engine's own toEvidenceClaim, so setups are keyed exactly as verdicts rank them),
// one series per technology, positions, ticks and every worded label.
import { figureTimelines, niceCeiling, TIMELINE_BOX, type TimelineClaim } from "@/lib/public/figure-timeline-model";
import { toEvidenceClaim } from "@/lib/editorial/load";
import { figureRow } from "./figure-rows";

const NAMES = { django: "Django", fastapi: "FastAPI", flask: "Flask", express: "Express" };
let n = 0;
/** A public figure as the loader reads it; `published` are its sources' dates (null: undated source). */
function figure(
  technologies: string[],
  value: number,
  conditions: Record<string, string | number>,
  published: (string | null)[],
  extra: { metric?: string; unit?: string; status?: string } = {},
): TimelineClaim {
  n += 1;
  const metric = extra.metric ?? "throughput";
  const unit = extra.unit ?? "req/s";
  const status = extra.status ?? "VERIFIED";
  const slug = `${technologies.join("-")}-${value}-${n}`;
  const row = figureRow(n, technologies, value, conditions, published, metric, unit, status);
  return { slug, statement: row.statement, status, metric, unit, value, conditions, evidence: toEvidenceClaim(row) };
}

const VM = { hardware: "2-vcpu vm", endpoint: "hello-world" };

describe("figures over time", () => {
  it("draws figures of one comparable setup together, each technology's own server aside, and keeps other setups and metrics apart", () => {
    const charts = figureTimelines(
      [
        figure(["django"], 3900, { ...VM, server: "gunicorn" }, ["2025-03-01"]),
        figure(["fastapi"], 24000, { Endpoint: "Hello-World", hardware: "2-vcpu vm", server: "uvicorn" }, [
          "2025-06-01",
        ]),
        figure(["django"], 5200, { hardware: "8-core bare metal", endpoint: "hello-world" }, ["2024-01-10"]),
        figure(["django"], 45, VM, ["2025-03-01"], { metric: "latency_p95", unit: "ms" }),
        figure(["django"], 40, VM, ["2025-09-01"], { metric: "latency_p95", unit: "ms" }),
      ],
      ["django", "fastapi"],
      NAMES,
    );
    expect(
      charts.map((c) => [
        c.heading,
        c.setup,
        c.series.map((s) => `${s.name}:${s.points.map((p) => p.value).join(",")}`),
      ]),
    ).toEqual([
      ["Throughput (req/s)", "hardware 2-vCPU VM · endpoint hello-world", ["Django:3900", "FastAPI:24000"]],
      ["Latency p95 (ms)", "hardware 2-vCPU VM · endpoint hello-world", ["Django:45,40"]],
      // The bare-metal setup's one figure is no chart: the figures table has it (#13, G15).
    ]);
    const [throughput, latency] = charts;
    expect(throughput.better).toBe("Higher is better.");
    expect(latency.better).toBe("Lower is better.");
    expect(throughput.rows.map((p) => p.own)).toEqual(["server Gunicorn", "server Uvicorn"]);
    expect(throughput.title).toBe("Throughput (req/s) by publication date, hardware 2-vCPU VM · endpoint hello-world");
    expect(new Set(charts.map((c) => c.id)).size).toBe(2);
  });

  it("keeps a setup only when the page's technology is in it, with the other public technologies beside it, the page's first", () => {
    const figures = [
      figure(["express"], 15000, VM, ["2025-01-01"]),
      figure(["flask"], 2500, VM, ["2025-02-01"]),
      figure(["django"], 3900, VM, ["2025-03-01"]),
      figure(["express"], 9000, { hardware: "laptop" }, ["2025-01-01"]),
      figure(["secretly-proposed"], 100, VM, ["2025-01-01"]),
    ];
    const charts = figureTimelines(figures, ["flask"], NAMES);
    expect(charts).toHaveLength(1);
    expect(charts[0].series.map((s) => [s.name, s.index])).toEqual([
      ["Flask", 0],
      ["Django", 1],
      ["Express", 2],
    ]);
  });

  it("gives each of the page's technologies the same colour and shape in every chart", () => {
    const charts = figureTimelines(
      [
        figure(["django"], 3900, VM, ["2025-03-01"]),
        figure(["fastapi"], 24000, VM, ["2025-03-01"]),
        figure(["fastapi"], 20000, { hardware: "laptop" }, ["2025-03-01"]),
        figure(["fastapi"], 21000, { hardware: "laptop" }, ["2025-04-01"]),
      ],
      ["django", "fastapi"],
      NAMES,
    );
    expect(charts.map((c) => c.series.map((s) => [s.name, s.index]))).toEqual([
      [
        ["Django", 0],
        ["FastAPI", 1],
      ],
      [["FastAPI", 1]],
    ]);
  });

  it("draws the page's technology and the five others measured most often in a setup, and says how many more there are", () => {
    const names: Record<string, string> = { django: "Django" };
    const figures = [figure(["django"], 100, VM, ["2025-01-01"])];
    for (let t = 0; t < 8; t++) {
      names[`t${t}`] = `Tech ${t}`;
      for (let k = 0; k <= t; k++) figures.push(figure([`t${t}`], 10 + k, VM, ["2025-01-01"]));
    }
    const [chart] = figureTimelines(figures, ["django"], names);
    expect(chart.series.map((s) => s.name)).toEqual(["Django", "Tech 3", "Tech 4", "Tech 5", "Tech 6", "Tech 7"]);
    expect(chart.rows).toHaveLength(1 + 8 + 7 + 6 + 5 + 4);
    expect(chart.moreNote).toBe("3 more technologies measured in this setup are not drawn: see their pages.");
    expect(figureTimelines(figures.slice(0, 2), ["django"], names)[0].moreNote).toBeNull();
  });

  it("leaves out refuted figures and figures that name several technologies at once", () => {
    const charts = figureTimelines(
      [
        figure(["django"], 3900, VM, ["2025-03-01"]),
        figure(["django"], 99000, VM, ["2025-04-01"], { status: "REFUTED" }),
        figure(["django", "fastapi"], 6, VM, ["2025-04-01"], { unit: "req/s" }),
        figure(["django"], 4100, VM, ["2025-05-01"], { status: "DISPUTED" }),
      ],
      ["django"],
      NAMES,
    );
    expect(charts[0].rows.map((p) => [p.value, p.status])).toEqual([
      [3900, "VERIFIED"],
      [4100, "DISPUTED"],
    ]);
    expect(charts[0].rows[1].label).toBe("Django: 4,100 req/s, published 1 May 2025, disputed");
  });

  it("places each figure at its earliest dated source; undated figures are in the table only, and said so", () => {
    const charts = figureTimelines(
      [
        figure(["django"], 3900, VM, [null, "2025-06-01", "2024-06-01"]),
        figure(["django"], 4000, VM, ["2025-06-01"]),
        figure(["fastapi"], 24000, VM, [null]),
      ],
      ["django"],
      NAMES,
    );
    const [chart] = charts;
    expect(chart.rows.map((p) => [p.technologyName, p.date, p.dateLabel])).toEqual([
      ["Django", "2024-06-01", "1 Jun 2024"],
      ["Django", "2025-06-01", "1 Jun 2025"],
      ["FastAPI", null, "no date"],
    ]);
    expect(chart.series.map((s) => s.points.length)).toEqual([2, 0]);
    expect(chart.undatedNote).toBe("1 figure has no dated source: it is in the table only.");
    expect(chart.rows[2].label).toBe("FastAPI: 24,000 req/s, source undated");
  });

  it("spans the plot from the oldest to the newest figure, from zero to a round maximum, with worded ticks", () => {
    const [chart] = figureTimelines(
      [
        figure(["django"], 3900, VM, ["2022-07-01"]),
        figure(["fastapi"], 24000, VM, ["2025-07-01"]),
        figure(["django"], 12000, VM, ["2024-01-01"]),
      ],
      ["django"],
      NAMES,
    );
    const xs = chart.rows.map((p) => Math.round(p.x));
    expect(xs).toEqual([
      TIMELINE_BOX.xPad,
      Math.round(
        TIMELINE_BOX.xPad +
          ((Date.UTC(2024, 0, 1) - Date.UTC(2022, 6, 1)) / (Date.UTC(2025, 6, 1) - Date.UTC(2022, 6, 1))) *
            (100 - 2 * TIMELINE_BOX.xPad),
      ),
      100 - TIMELINE_BOX.xPad,
    ]);
    expect(chart.yTicks.map((t) => t.label)).toEqual(["0 req/s", "12,500 req/s", "25,000 req/s"]);
    expect(chart.yTicks.map((t) => t.at)).toEqual([
      TIMELINE_BOX.bottom,
      (TIMELINE_BOX.bottom + TIMELINE_BOX.top) / 2,
      TIMELINE_BOX.top,
    ]);
    expect(chart.rows.find((p) => p.value === 24000)?.y).toBeCloseTo(
      TIMELINE_BOX.top + (1 - 24000 / 25000) * (TIMELINE_BOX.bottom - TIMELINE_BOX.top),
      0,
    );
    // The ends by date, a new year between them only where it does not crowd them.
    expect(chart.xTicks.map((t) => [t.label, t.anchor])).toEqual([
      ["1 Jul 2022", "start"],
      ["2024", "middle"],
      ["1 Jul 2025", "end"],
    ]);
  });

  it("puts figures of one date in the middle, and draws no more setups than asked", () => {
    const same = figureTimelines(
      [figure(["django"], 10, VM, ["2025-01-01"]), figure(["fastapi"], 20, VM, ["2025-01-01"])],
      ["django"],
      NAMES,
    );
    expect(same[0].rows.map((p) => p.x)).toEqual([50, 50]);
    expect(same[0].xTicks).toEqual([{ at: 50, label: "1 Jan 2025", anchor: "middle" }]);
    const many = Array.from({ length: 9 }, (_, i) =>
      figure(["django"], 100 + i, { hardware: `box ${i}` }, ["2025-01-01"]),
    ).flatMap((f, i) => [f, figure(["django"], 200 + i, { hardware: `box ${i}` }, ["2025-03-01"])]);
    expect(figureTimelines(many, ["django"], NAMES)).toHaveLength(6);
    expect(figureTimelines(many, ["django"], NAMES, 2)).toHaveLength(2);
  });

  it("draws a setup only when its dated figures show a change over time or two technologies; one point stays in the tables (#13, G15)", () => {
    const drawn = (figures: TimelineClaim[]) => figureTimelines(figures, ["django"], NAMES).length;
    // One figure, or one technology's figures all on one day: nothing a chart adds to the figures table.
    expect(drawn([figure(["django"], 3900, VM, ["2025-03-01"])])).toBe(0);
    expect(drawn([figure(["django"], 3900, VM, ["2025-03-01"]), figure(["django"], 4000, VM, ["2025-03-01"])])).toBe(0);
    // An undated figure is never a point: a dated one beside it is still a single point.
    expect(drawn([figure(["django"], 3900, VM, ["2025-03-01"]), figure(["fastapi"], 24000, VM, [null])])).toBe(0);
    // Two points in time of one technology, or two technologies on one day: a chart.
    expect(drawn([figure(["django"], 3900, VM, ["2025-03-01"]), figure(["django"], 4100, VM, ["2025-09-01"])])).toBe(1);
    expect(drawn([figure(["django"], 3900, VM, ["2025-03-01"]), figure(["fastapi"], 24000, VM, ["2025-03-01"])])).toBe(
      1,
    );
  });

  it("ends the y axis on a round figure close above the highest, so the figures fill the plot", () => {
    expect([24000, 27600, 3900, 100, 101, 0.3, 0].map(niceCeiling)).toEqual([25000, 30000, 4000, 100, 150, 0.3, 1]);
  });
});
