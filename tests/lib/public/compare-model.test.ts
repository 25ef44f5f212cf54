import {
  comparableGroupKey,
  featureSupport,
  groupMeasurements,
  parsePair,
  situationOf,
  type Measurement,
} from "@/lib/public/compare-model";
import { figureGroupOf } from "@/lib/verdicts/directions";
import { toEvidenceClaim } from "@/lib/editorial/load";
import { figureRow } from "./figure-rows";

describe("comparison addresses", () => {
  it("reads two- and three-way pairs and refuses anything else", () => {
    expect(parsePair("django-vs-fastapi")).toEqual(["django", "fastapi"]);
    expect(parsePair("django-vs-fastapi-vs-flask")).toEqual(["django", "fastapi", "flask"]);
    expect(parsePair("django")).toBeNull();
    expect(parsePair("django-vs-django")).toBeNull();
    expect(parsePair("a-vs-b-vs-c-vs-d")).toBeNull();
    expect(parsePair("django-vs-")).toBeNull();
    expect(parsePair("dj<ango-vs-flask")).toBeNull();
  });
});

describe("feature cells", () => {
  it("uses the editor's support condition and replacement first, the wording otherwise", () => {
    expect(featureSupport("Flask has no built-in admin.", { support: "no", replacement: "Flask-Admin" })).toEqual({
      support: "no",
      replacement: "Flask-Admin",
    });
    expect(featureSupport("Flask supports async views.", { support: "partial" })).toEqual({
      support: "partial",
      replacement: null,
    });
    expect(featureSupport("FastAPI does not ship an admin.", {})).toEqual({ support: "no", replacement: null });
    expect(featureSupport("Django ships an admin.", {})).toEqual({ support: "yes", replacement: null });
  });
});

describe("performance groups", () => {
  const m = (
    technology: string,
    value: number,
    conditions: Record<string, string | number>,
    metric = "throughput",
  ): Measurement => ({
    claimSlug: `${technology}-${value}`,
    statement: "",
    status: "VERIFIED",
    technology,
    metric,
    unit: "req/s",
    value,
    conditions,
  });

  it("puts figures measured under the same conditions together and different setups apart", () => {
    const groups = groupMeasurements([
      m("flask", 9500, { workers: 4, server: "Gunicorn" }),
      m("django", 6000, { server: "gunicorn", workers: 4 }),
      m("fastapi", 31000, { workers: 8 }),
      m("fastapi", 45, {}, "latency_p95"),
    ]);
    expect(groups.map((g) => [g.metric, g.groups.map((x) => x.measurements.map((y) => y.technology))])).toEqual([
      ["throughput", [["flask", "django"], ["fastapi"]]],
      ["latency_p95", [["fastapi"]]],
    ]);
  });
});

describe("comparable setups on the compare page", () => {
  it("are the verdict engine's comparable groups", () => {
    const cases: [string, string, Record<string, string | number>][] = [
      ["Throughput", "req/s", { hardware: "2-vcpu VM", server: "gunicorn", workers: 4 }],
      ["throughput", " REQ/S ", { Workers: "4", Hardware: "2-vcpu vm", runtime: "node 22" }],
      ["latency_p95", "ms", {}],
      ["Latency p95", "ms", { endpoint: "Hello-World!" }],
    ];
    for (const [i, [metric, unit, conditions]] of cases.entries()) {
      const engine = figureGroupOf(toEvidenceClaim(figureRow(i, ["django"], 10, conditions, [], metric, unit)));
      expect(comparableGroupKey(metric, unit, conditions)).toBe(engine);
    }
    expect(comparableGroupKey(...cases[0])).toBe(comparableGroupKey(...cases[1]));
  });

  it("put each technology on its own server beside the others, saying what each adds to the shared setup", () => {
    const m = (technology: string, value: number, conditions: Record<string, string | number>): Measurement => ({
      claimSlug: `${technology}-${value}`,
      statement: "",
      status: "VERIFIED",
      technology,
      metric: "throughput",
      unit: "req/s",
      value,
      conditions,
    });
    const [metric] = groupMeasurements([
      m("django", 3900, { hardware: "2-vcpu vm", server: "gunicorn", endpoint: "hello-world" }),
      m("fastapi", 24000, { hardware: "2-vcpu vm", server: "uvicorn", endpoint: "hello-world" }),
      m("flask", 2000, { hardware: "laptop", server: "gunicorn" }),
    ]);
    expect(metric.groups.map((g) => [g.conditions, g.measurements.map((x) => [x.technology, x.own])])).toEqual([
      [
        { hardware: "2-vcpu vm", endpoint: "hello-world" },
        [
          ["django", { server: "gunicorn" }],
          ["fastapi", { server: "uvicorn" }],
        ],
      ],
      [{ hardware: "laptop", server: "gunicorn" }, [["flask", {}]]],
    ]);
  });
});

describe("a recommendation's situation", () => {
  it("is its topic in the statement's own words, else the topic as words, and nothing without a topic", () => {
    expect(situationOf("Use Laravel when the team already writes PHP.", "the-team-already-writes-php")).toBe(
      "the team already writes PHP",
    );
    expect(situationOf("For staff back office, pick Django.", "staff-back-office")).toBe("staff back office");
    expect(
      situationOf("Django is the pick when you need a back office by Friday.", "need-a-back-office-by-friday"),
    ).toBe("need a back office by Friday");
    expect(situationOf("Pick FastAPI.", "model-inference")).toBe("Model inference");
    expect(situationOf("Pick FastAPI.", null)).toBeNull();
    expect(situationOf("Pick FastAPI.", "--")).toBeNull();
  });
});
