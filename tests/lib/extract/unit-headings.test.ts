/** @jest-environment node */
// Benchmark tables whose column headings are nothing but units ("ns/op", "B/op", "allocs/op"), as Go's
// testing package and other benchmark tools print them, under a sub-heading that names the test.
// Every text here is our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";
import { unitOnly } from "@/lib/extract/tables";

const EMPTY = new TechResolver([]);
const brief = (c: CandidateClaim) =>
  `${c.technologies.join("+")} ${c.metric}=${c.value} ${c.unit} [${c.conditions.scenario ?? ""}]`;

const TABLES = `# Three Rust HTTP routers under load

### Static route

| Router | ns/op | B/op | allocs/op |
|-----|-------|------|-----------|
| axum | 1,204 | 320 | 4 |
| actix-web | 980 | 288 | 3 |

### Path parameters

| Router | ns/op | B/op | allocs/op |
|-----|-------|------|-----------|
| axum | 1,530 | 352 | 5 |
| actix-web | 1,110 | 300 | 4 |
`;

describe("unit-only column headings", () => {
  it("name the unit, per operation when they say /op; allocations are counted", () => {
    expect(unitOnly("ns/op")).toMatchObject({ unit: "ns", dimension: "time" });
    expect(unitOnly("B/op")).toMatchObject({ unit: "B", dimension: "size" });
    expect(unitOnly("allocs/op")).toMatchObject({ unit: "allocations", dimension: "count" });
    expect(unitOnly("µs")).toMatchObject({ dimension: "time" });
    expect(unitOnly("Router")).toBeNull();
    expect(unitOnly("ops")).toBeNull();
  });

  it("give each row's figures in that unit, per operation, never as a score out of 10", () => {
    const claims = extractClaims(TABLES, EMPTY).filter((c) => c.kind === "performance");
    expect(claims.map(brief)).toEqual(
      expect.arrayContaining([
        "axum time_per_operation=1204 ns [Static route]",
        "axum memory_per_operation=320 B [Static route]",
        "axum allocations_per_operation=4 allocations [Static route]",
        "actix-web time_per_operation=1110 ns [Path parameters]",
      ]),
    );
    expect(claims.some((c) => c.unit === "score")).toBe(false);
    expect(claims.find((c) => c.value === 1204)?.statement).toBe("axum: 1,204 ns per operation (Static route).");
  });

  it("a sub-heading that only organises the page is not a test's name", () => {
    const claims = extractClaims(TABLES.replace("### Static route", "### Results"), EMPTY).filter(
      (c) => c.value === 1204,
    );
    expect(claims[0]?.conditions.scenario).toBeUndefined();
  });
});
