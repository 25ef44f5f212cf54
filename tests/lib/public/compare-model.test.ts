import { featureSupport, groupMeasurements, parsePair, type Measurement } from "@/lib/public/compare-model";

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
    expect(featureSupport("Flask has no built-in admin.", { support: "no", replacement: "Flask-Admin" })).toEqual({ support: "no", replacement: "Flask-Admin" });
    expect(featureSupport("Flask supports async views.", { support: "partial" })).toEqual({ support: "partial", replacement: null });
    expect(featureSupport("FastAPI does not ship an admin.", {})).toEqual({ support: "no", replacement: null });
    expect(featureSupport("Django ships an admin.", {})).toEqual({ support: "yes", replacement: null });
  });
});

describe("performance groups", () => {
  const m = (technology: string, value: number, conditions: Record<string, string | number>, metric = "throughput"): Measurement => ({
    claimSlug: `${technology}-${value}`, statement: "", status: "VERIFIED", technology, metric, unit: "req/s", value, conditions,
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
