// The public charts as a reader meets them: server-rendered SVG whose figures and segments are links
// named for what they show, reachable with Tab in order, with the same figures in a table.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { EvidenceBalanceBar } from "@/components/public/EvidenceBalanceBar";
import { FiguresOverTime, TimelineChart } from "@/components/public/TimelineChart";
import { evidenceBalance } from "@/lib/public/evidence-balance";
import { figureTimelines, type TimelineClaim } from "@/lib/public/figure-timeline-model";
import { toEvidenceClaim } from "@/lib/editorial/load";
import { figureRow } from "../../lib/public/figure-rows";

const NAMES = { django: "Django", fastapi: "FastAPI" };
const figure = (
  n: number,
  tech: string,
  value: number,
  server: string,
  published: (string | null)[],
  status = "VERIFIED",
): TimelineClaim => {
  const conditions = { hardware: "2-vcpu vm", server };
  const row = figureRow(n, [tech], value, conditions, published, "throughput", "req/s", status);
  return {
    slug: `${tech}-${n}`,
    statement: `${NAMES[tech as keyof typeof NAMES]} served ${value} requests per second (2-vcpu vm, ${server}).`,
    status,
    metric: "throughput",
    unit: "req/s",
    value,
    conditions,
    evidence: toEvidenceClaim(row),
  };
};

describe("figures over time", () => {
  const [chart] = figureTimelines(
    [
      figure(1, "django", 3900, "gunicorn", ["2024-03-01"]),
      figure(2, "fastapi", 24000, "uvicorn", ["2025-03-01"]),
      figure(3, "django", 4200, "gunicorn", ["2025-06-01"], "DISPUTED"),
      figure(4, "fastapi", 20000, "uvicorn", [null]),
    ],
    ["django", "fastapi"],
    NAMES,
  );

  it("is a labelled group of links, one per dated figure, each named by technology, figure, its own server and date", () => {
    render(<TimelineChart chart={chart} />);
    const group = screen.getByRole("group", { name: "Throughput (req/s) by publication date, hardware 2-vCPU VM" });
    const links = within(group).getAllByRole("link");
    expect(links.map((a) => [a.getAttribute("aria-label"), a.getAttribute("href")])).toEqual([
      ["Django: 3,900 req/s (server Gunicorn), published 1 Mar 2024", "/claims/django-1"],
      ["Django: 4,200 req/s (server Gunicorn), published 1 Jun 2025, disputed", "/claims/django-3"],
      ["FastAPI: 24,000 req/s (server Uvicorn), published 1 Mar 2025", "/claims/fastapi-2"],
    ]);
    // One line joins Django's two figures; FastAPI has one dated figure, so none.
    expect(group.querySelectorAll("line.timeline-chart__line")).toHaveLength(1);
    // Each series has its own marker shape as well as its colour.
    const shapes = [...group.querySelectorAll("a use")].map((u) => u.getAttribute("href"));
    expect(new Set(shapes).size).toBe(2);
    expect(screen.getByText("1 figure has no dated source: it is in the table only.")).toBeInTheDocument();
  });

  it("labels each drawn figure with its value beside its marker, as decoration the link already names (#13, G15)", () => {
    render(<TimelineChart chart={chart} />);
    const group = screen.getByRole("group", { name: /Throughput \(req\/s\) by publication date/ });
    const values = [...group.querySelectorAll("text.timeline-chart__value")];
    expect(values.map((v) => v.textContent)).toEqual(["3,900 req/s", "4,200 req/s", "24,000 req/s"]);
    for (const v of values) expect(v.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it("reaches every figure with Tab, in series order", async () => {
    const user = userEvent.setup();
    render(<TimelineChart chart={chart} />);
    const names: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      await user.tab();
      names.push(document.activeElement?.getAttribute("aria-label") ?? null);
    }
    expect(names.map((n) => n?.split(":")[0])).toEqual(["Django", "Django", "FastAPI"]);
  });

  it("has a table fallback with every figure, undated ones included, each linked to its claim", () => {
    render(<TimelineChart chart={chart} />);
    const table = screen.getByRole("table", { name: /Throughput \(req\/s\) by publication date/ });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      [
        "1 Mar 2024",
        "Django",
        "3,900 req/s · server Gunicorn",
        "Django served 3900 requests per second (hardware 2-vCPU VM, server Gunicorn).",
      ],
      [
        "1 Mar 2025",
        "FastAPI",
        "24,000 req/s · server Uvicorn",
        "FastAPI served 24000 requests per second (hardware 2-vCPU VM, server Uvicorn).",
      ],
      [
        "1 Jun 2025",
        "Django",
        "4,200 req/s · server Gunicorn",
        "Django served 4200 requests per second (hardware 2-vCPU VM, server Gunicorn). Disputed",
      ],
      [
        "no date",
        "FastAPI",
        "20,000 req/s · server Uvicorn",
        "FastAPI served 20000 requests per second (hardware 2-vCPU VM, server Uvicorn).",
      ],
    ]);
    expect(within(table).getAllByRole("link")).toHaveLength(4);
  });

  it("on a page whose figures stand in a table already, the fallback lists only the figures that table lacks", () => {
    render(<TimelineChart chart={chart} listedElsewhere={new Set(["django-1", "fastapi-2", "django-3"])} />);
    expect(screen.getByText("Figures not listed under Performance above:")).toBeInTheDocument();
    const table = screen.getByRole("table", { name: /Throughput \(req\/s\) by publication date/ });
    expect(
      within(table)
        .getAllByRole("link")
        .map((a) => a.getAttribute("href")),
    ).toEqual(["/claims/fastapi-4"]);
  });

  it("the section is left out when no setup has a figure", () => {
    const { container } = render(<FiguresOverTime charts={[]} />);
    expect(container).toBeEmptyDOMElement();
    render(<FiguresOverTime charts={[chart]} />);
    expect(screen.getByRole("heading", { level: 2, name: "Figures over time" })).toBeInTheDocument();
  });
});

describe("the evidence balance bar", () => {
  const balance = evidenceBalance([
    {
      role: "SUPPORTS",
      weight: 2,
      claim: {
        slug: "admin",
        statement: "Django has an admin interface built in.",
        status: "VERIFIED",
        kind: "FEATURE",
        conditions: {},
      },
    },
    {
      role: "SUPPORTS",
      weight: 1,
      claim: {
        slug: "pick",
        statement: "For staff back office, pick Django.",
        status: "VERIFIED",
        kind: "RECOMMENDATION",
        conditions: {},
      },
    },
    {
      role: "OPPOSES",
      weight: 1,
      claim: {
        slug: "slow",
        statement: "Django served 3,900 requests per second.",
        status: "VERIFIED",
        kind: "PERFORMANCE",
        conditions: {},
      },
    },
  ]);

  it("links each claim as a segment named by side, kind, claim and weight, and is labelled by its summary", () => {
    render(<EvidenceBalanceBar balance={balance} id="balance-x" />);
    const group = screen.getByRole("group", {
      name: "Evidence balance: supports: 2 claims, weight 3; speaks against: 1 claim, weight 1",
    });
    expect(
      within(group)
        .getAllByRole("link")
        .map((a) => [a.getAttribute("aria-label"), a.getAttribute("href")]),
    ).toEqual([
      ["Supports, feature: Django has an admin interface built in. (weight 2)", "/claims/admin"],
      ["Supports, recommendation: Django is recommended for a staff back office. (weight 1)", "/claims/pick"],
      ["Speaks against, performance: Django served 3,900 requests per second. (weight 1)", "/claims/slow"],
    ]);
    expect(screen.getByRole("list", { name: "Claim kinds" }).textContent).toBe("PerformanceFeaturesRecommendations");
  });

  it("has a table fallback by kind", () => {
    render(<EvidenceBalanceBar balance={balance} id="balance-x" />);
    const rows = within(screen.getByRole("table"))
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows).toEqual([
      "KindSupportsSpeaks against",
      "Performance–1 claim, weight 1",
      "Features1 claim, weight 2–",
      "Recommendations1 claim, weight 1–",
    ]);
  });

  it("draws nothing for a verdict without public evidence", () => {
    const { container } = render(<EvidenceBalanceBar balance={null} id="balance-y" />);
    expect(container).toBeEmptyDOMElement();
  });
});
