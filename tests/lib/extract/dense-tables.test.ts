/** @jest-environment node */
// A comparison table copied from a web page as one cell per line, with no blank lines: a corner cell
// ("Feature"), the compared names, then rows of as many cells. Repeated cells ("Yes" / "Yes") and short
// lines stay cells; space-grouped thousands and notes after a unit are read. Every text is our own writing.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const read = (body: string): CandidateClaim[] =>
  extractDocument(
    parseDocument({ filename: "page.txt", bytes: new TextEncoder().encode(body) }).text,
    new TechResolver([]),
  ).claims;

const PAGE = `Koa vs Hapi vs Polka
Our quick decision table
Feature
Koa
Hapi
Polka
Bundle Size
~60KB with deps
38KB
12KB
GitHub Stars
35 000
14 500
5 400
weekly downloads
1.2M
600K
90K
Plugin system
Yes
Yes
No
Learning Curve (1-10)
3 (simple)
`;

describe("a table flattened one cell per line without blank lines", () => {
  const claims = read(PAGE);
  const of = (slug: string, metric: string) => claims.find((c) => c.technologies[0] === slug && c.metric === metric);

  it("reads each row's cells against the names of the header", () => {
    expect(of("koa", "bundle_size")).toMatchObject({ value: 60, unit: "KB", conditions: { note: "with deps" } });
    expect(of("polka", "bundle_size")).toMatchObject({ value: 12, unit: "KB" });
  });

  it("reads thousands grouped by spaces as one number, and keeps a short lowercase cell apart from the one above", () => {
    expect(of("koa", "github_stars")?.value).toBe(35000);
    expect(of("polka", "github_stars")?.value).toBe(5400);
    expect(claims.filter((c) => /downloads/.test(c.metric ?? "")).map((c) => c.value)).toEqual([
      1_200_000, 600_000, 90_000,
    ]);
  });

  it("keeps a value repeated on consecutive lines as two cells", () => {
    const plugin = claims.filter((c) => c.kind === "feature" && /plugin/.test(c.topic ?? ""));
    expect(plugin.map((c) => [c.technologies[0], c.conditions.support])).toEqual([
      ["koa", "built-in"],
      ["hapi", "built-in"],
      ["polka", "missing"],
    ]);
  });

  it("leaves an incomplete last row out", () => {
    expect(claims.some((c) => /learning/i.test(c.statement))).toBe(false);
  });
});

describe("cells that grade or say how widely a technology is supported", () => {
  const claims = read(`Koa vs Polka
Feature
Koa
Polka
Raw speed
Very high
Sufficiently fast
Maturity
Mature
Growing
Browser support
97%
40%
Router
Tree of prefixes
Flat list
`);
  const kinds = (re: RegExp) => claims.filter((c) => re.test(c.topic ?? "")).map((c) => c.kind);

  it("reads a grade as the author's opinion, a description as a feature", () => {
    expect(kinds(/speed/)).toEqual(["opinion", "opinion"]);
    expect(kinds(/maturity/)).toEqual(["opinion", "opinion"]);
    expect(kinds(/router/)).toEqual(["feature", "feature"]);
  });

  it("reads a support share as a fact, not a measurement", () => {
    const support = claims.filter((c) => c.metric === "browser_support");
    expect(support.map((c) => [c.kind, c.value])).toEqual([
      ["fact", 97],
      ["fact", 40],
    ]);
  });
});
