/** @jest-environment node */
// Per-technology result blocks: a line with a technology's name (and version) over a list of
// "<metric>: <value>" items, as benchmark write-ups in plain text lay them out. Every text is our own writing.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const read = (name: string, body: string) =>
  extractDocument(parseDocument({ filename: name, bytes: new TextEncoder().encode(body) }).text, new TechResolver([]))
    .claims;
const figures = (claims: CandidateClaim[], slug: string) =>
  claims.filter((c) => c.kind === "performance" && c.technologies.join() === slug).map((c) => [c.value, c.unit]);

const BLOCKS = `Koa vs Hapi: a throughput test
We ran both on a small VM.
Plain JSON endpoint
Koa 2.x
- Requests/sec: 12,410
- Avg latency: 7.9ms
- 99th percentile: 15.2ms
- Memory per request: 1.4MB
Hapi 21
- Requests/sec: 9,870
- Avg latency: 10.3ms
- Memory per request: 2.2MB
`;

describe("a list of figures under a technology's name", () => {
  const claims = read("koa-hapi.txt", BLOCKS);

  it("reads each item as a figure of the technology named above, its unit from the label or the value", () => {
    expect(figures(claims, "koa")).toEqual([
      [12410, "req/s"],
      [7.9, "ms"],
      [15.2, "ms"],
      [1.4, "MB"],
    ]);
    expect(figures(claims, "hapi")).toEqual([
      [9870, "req/s"],
      [10.3, "ms"],
      [2.2, "MB"],
    ]);
  });

  it("keeps the version from the name line as a condition, and a per-request size is a measurement, not a limit", () => {
    const memory = claims.find((c) => c.metric === "memory_per_request" && c.technologies[0] === "koa");
    expect(memory).toMatchObject({ kind: "performance", conditions: { version: "2.x" } });
    expect(claims.some((c) => c.kind === "fact" && c.metric === "memory_per_request")).toBe(false);
  });

  it("reads the same list under a markdown heading naming the technology", () => {
    const md = read("r.md", "# Koa vs Hapi\n\n## Hapi 21\n\n- Requests/sec: 9,870\n- Avg latency: 10.3ms\n");
    expect(figures(md, "hapi")).toEqual([
      [9870, "req/s"],
      [10.3, "ms"],
    ]);
  });

  it("reads a list indented as a whole (a copied page's bullets) item by item, not as children of its first item", () => {
    const indented = BLOCKS.replace(/^- /gm, "  • ");
    expect(figures(read("koa-hapi.txt", indented), "koa")).toEqual([
      [12410, "req/s"],
      [7.9, "ms"],
      [15.2, "ms"],
      [1.4, "MB"],
    ]);
  });

  it("does not take a bare number under a label that names no metric, nor a name line inside prose", () => {
    const other = read("o.txt", "Koa vs Hapi\nKoa 2\n- Contributors: 210\n- Founded: 2013\nWe like Koa 2 a lot.\n");
    expect(figures(other, "koa")).toEqual([]);
  });
});
