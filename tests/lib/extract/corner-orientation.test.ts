/** @jest-environment node */
// Which way round a matrix is when both axes hold names (our own examples): a worded corner that is not the kind of
// thing compared ("API type", "Environment") says the rows are attributes of the technologies across the header.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";
import { TECHS } from "./technologies";

const claims = (text: string) => extractClaims(text, TECHS);
const brief = (c: CandidateClaim) => `${c.technologies.join("+")} ${c.conditions.support ?? ""}`;

describe("a worded corner names the rows", () => {
  it("credits the marks to the technologies across the header when the corner names an attribute kind", () => {
    const text = [
      "| Environment | Django | Flask |",
      "|---|---|---|",
      "| Node.js | ✅ | ❌ |",
      "| Browser | ❌ | ✅ |",
    ].join("\n");
    const out = claims(text);
    // A row label that is a technology is what the claim is about too ("Django supports Node.js").
    expect(out.map(brief)).toEqual([
      "django+nodejs built-in",
      "flask+nodejs missing",
      "django missing",
      "flask built-in",
    ]);
    // Node.js is what is supported, never the subject credited with the mark.
    expect(out.every((c) => c.technologies[0] !== "nodejs")).toBe(true);
  });

  it("reads the rows as the compared things when the corner names their kind", () => {
    const text = [
      "| Framework | PostgreSQL | SQLite |",
      "|---|---|---|",
      "| Django | ✅ | ✅ |",
      "| Flask | ❌ | ✅ |",
    ].join("\n");
    const out = claims(text);
    expect(out.map((c) => c.technologies[0])).toEqual(["django", "django", "flask", "flask"]);
  });

  it("discovers the header's names, not the attribute rows, when the prose names each of them", () => {
    const text = [
      "# Quokka or Wombat",
      "",
      "Quokka mocks requests in tests. Wombat records them instead.",
      "",
      "We used Quokka and Wombat on the same app.",
      "",
      "| Environment | Quokka | Wombat |",
      "|---|---|---|",
      "| Node.js | ✅ | ❌ |",
      "| Browser | ❌ | ✅ |",
      "| Deno | ✅ | ✅ |",
    ].join("\n");
    const out = extractClaims(text, new TechResolver([])).filter((c) => c.kind === "feature" && c.conditions.support);
    expect(out.map((c) => c.technologies[0]).sort()).toEqual([
      "quokka",
      "quokka",
      "quokka",
      "wombat",
      "wombat",
      "wombat",
    ]);
    // A row that is itself a technology is what each works with, not something it has built in.
    const said = out.map((c) => c.statement);
    expect(said).toEqual(expect.arrayContaining(["Quokka supports Node.js.", "Wombat does not support Node.js."]));
    expect(said.some((s) => /built[- ]in node/i.test(s))).toBe(false);
  });
});

describe("marks under a quality are grades, not capabilities", () => {
  it("keeps the capability rows of a mark matrix and drops its quality rows", () => {
    const text = [
      "| Feature | Django | Flask |",
      "|---|---|---|",
      "| Async views | ✅ | ❌ |",
      "| Performance | ✅ | ✅🚀 |",
      "| Size | ❌ | ✅ |",
    ].join("\n");
    const out = claims(text);
    expect(out.map(brief)).toEqual(["django built-in", "flask missing"]);
  });
});

describe("a label naming two cases pairs them with the cell's two values", () => {
  it("reads 'x / y' under '(A/B)' as one figure per case, in order", () => {
    const text = [
      "| Framework | Avg latency (GET/POST) | Throughput (read/write) |",
      "|---|---|---|",
      "| Django | 41ms / 40ms | 7.74MB/s / 9.16MB/s |",
      "| Flask | 81ms / 101ms | 4.77MB/s / 4.33MB/s |",
    ].join("\n");
    const out = claims(text);
    expect(out.map((c) => `${c.technologies[0]} ${c.value} ${c.unit}`)).toEqual([
      "django 41 ms",
      "django 40 ms",
      "django 7.74 MB/s",
      "django 9.16 MB/s",
      "flask 81 ms",
      "flask 101 ms",
      "flask 4.77 MB/s",
      "flask 4.33 MB/s",
    ]);
    expect(out.some((c) => c.kind !== "performance")).toBe(false);
    expect(out[3].statement).toContain("write");
  });
});

describe("a matrix written in letters", () => {
  it("reads Y, N, Y* and ~ as yes, no, with an add-on and partly", () => {
    const text = [
      "| Feature | Django | Flask |",
      "| --- | --- | --- |",
      "| **Sharding** | Y | N |",
      "| **Watch mode** | Y* | ~ |",
    ].join("\n");
    const out = claims(text);
    expect(out.map(brief)).toEqual(["django built-in", "flask missing", "django partial", "flask partial"]);
  });
});

describe("a description under a quality is an opinion", () => {
  it("reads the cells of a quality row as the author's grades and of a capability row as features", () => {
    const text = [
      "| Aspect | Django | Flask |",
      "| --- | --- | --- |",
      "| Complexity | High. Many settings before the first page. | Very low, one file is enough |",
      "| Community | Large and established | Smaller but active |",
      "| Admin | Generated from the models | Added with an extension |",
    ].join("\n");
    const out = claims(text);
    expect(out.map((c) => `${c.kind} ${c.technologies[0]}`)).toEqual([
      "opinion django",
      "opinion flask",
      "opinion django",
      "opinion flask",
      "feature django",
      "feature flask",
    ]);
  });
});
