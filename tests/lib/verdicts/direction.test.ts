// What a claim says about each technology it names, read from its words (lib/extract/direction.ts).
import { deriveDirections, higherIsBetter } from "@/lib/extract/direction";

const read = (kind: string, statement: string, technologies: string[]) =>
  deriveDirections({ kind, statement, technologies });

describe("the direction a claim's words give each technology", () => {
  it("a feature a technology lacks, or has only partly, speaks against it", () => {
    expect(read("FEATURE", "FastAPI has no built-in admin interface.", ["fastapi"])).toEqual({ fastapi: "against" });
    expect(read("FEATURE", "WebSockets have only partial support in Django.", ["django"])).toEqual({
      django: "against",
    });
    expect(read("FEATURE", "Django has an admin interface built in.", ["django"])).toEqual({ django: "supports" });
  });

  it("has-versus-lacks in one sentence speaks for one and against the other", () => {
    expect(read("FEATURE", "Django ships an admin, unlike Flask.", ["django", "flask"])).toEqual({
      django: "supports",
      flask: "against",
    });
    expect(read("FEATURE", "Django ships an admin, but FastAPI has none.", ["django", "fastapi"])).toEqual({
      django: "supports",
      fastapi: "against",
    });
  });

  it("a technology another one supports or works with is neither for nor against it", () => {
    expect(read("FEATURE", "Flask does not support Redis.", ["flask", "redis"])).toEqual({
      flask: "against",
      redis: "neutral",
    });
    expect(read("FEATURE", "Django supports PostgreSQL.", ["django", "postgresql"])).toEqual({
      django: "supports",
      postgresql: "neutral",
    });
    expect(read("FEATURE", "Redis is supported by Flask.", ["flask", "redis"])).toEqual({
      flask: "supports",
      redis: "supports",
    });
  });

  it('a recommendation speaks for its pick; "avoid X" and the one passed over speak against', () => {
    expect(read("RECOMMENDATION", "For streaming inference API, pick FastAPI.", ["fastapi"])).toEqual({
      fastapi: "supports",
    });
    expect(read("RECOMMENDATION", "Avoid Flask for a back office; use Django instead.", ["flask", "django"])).toEqual({
      flask: "against",
      django: "supports",
    });
    expect(read("RECOMMENDATION", "Pick Django over Flask for a back office.", ["django", "flask"])).toEqual({
      django: "supports",
      flask: "against",
    });
  });

  it("a relative figure speaks for the better side and against the other", () => {
    expect(read("PERFORMANCE", "FastAPI is 6x faster than Django.", ["fastapi", "django"])).toEqual({
      fastapi: "supports",
      django: "against",
    });
    expect(read("PERFORMANCE", "Django is slower than FastAPI on JSON.", ["django", "fastapi"])).toEqual({
      django: "against",
      fastapi: "supports",
    });
  });

  it("a lone figure counts by its rank among figures measured the same way, never by existing", () => {
    expect(read("PERFORMANCE", "Django achieved about 3,900 requests per second.", ["django"])).toEqual({
      django: "rank",
    });
  });

  it("facts such as release years are neutral", () => {
    expect(read("FACT", "FastAPI was first released in 2018.", ["fastapi"])).toEqual({ fastapi: "neutral" });
  });

  it("opinions follow their evaluative words", () => {
    expect(read("OPINION", "Express can't scale.", ["express"])).toEqual({ express: "against" });
    expect(read("OPINION", "Django is a productive, mature framework.", ["django"])).toEqual({ django: "supports" });
    expect(read("OPINION", "Django exists.", ["django"])).toEqual({ django: "neutral" });
  });

  it("knows which way is better by the figure's metric and unit", () => {
    expect(higherIsBetter("throughput", "req/s")).toBe(true);
    expect(higherIsBetter("latency_p95", "ms")).toBe(false);
    expect(higherIsBetter("memory", "MB")).toBe(false);
  });
});
