/** @jest-environment node */
// A product's specification sheet: "**Label**: value" items under its heading, figures beside words. Its
// figures are facts (what the product allows), each note in brackets the condition of the figure before
// it; a list of results under a product's name stays a list of measurements. Every text is our own writing.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const read = (name: string, body: string) =>
  extractDocument(parseDocument({ filename: name, bytes: new TextEncoder().encode(body) }).text, new TechResolver([]))
    .claims;
const about = (claims: CandidateClaim[], slug: string, kind: CandidateClaim["kind"]) =>
  claims.filter((c) => c.kind === kind && c.technologies.join() === slug);
const facts = (claims: CandidateClaim[], slug: string) =>
  about(claims, slug, "fact")
    .filter((c) => c.value !== null && c.metric !== "version")
    .map((c) => [c.metric, c.value, c.unit, c.conditions.note ?? null]);

const SHEETS = `# Cloud Run or Azure Functions: what each one allows

Both run a container or a function on demand; here is what each lets you do.

## Google Cloud Run

- **Languages**: anything that fits in a container image
- **Memory**: 512MiB up to 32GiB
- **Request timeout**: 5min (default), 60min (at most)
- **Image size**: 10GB (compressed)

## Azure Functions

- **Languages**: C#, JavaScript, Python, Java, PowerShell
- **Memory**: 1.5GB (Consumption plan), 14GB (Premium plan)
- **Request timeout**: 10min (Consumption plan), 60min (Premium plan)
`;

describe("a product's specification sheet", () => {
  const claims = read("sheets.md", SHEETS);

  it("reads each figure as a fact of the product its heading names, a range as both its ends", () => {
    expect(facts(claims, "cloud-run")).toEqual([
      ["memory", 512, "MiB", null],
      ["memory", 32, "GiB", null],
      ["request_timeout", 5, "min", "default"],
      ["request_timeout", 60, "min", "at most"],
      ["image_size", 10, "GB", "compressed"],
    ]);
    expect(about(claims, "cloud-run", "performance")).toEqual([]);
  });

  it("keeps each figure's note as its condition and says only its own part of the value", () => {
    expect(facts(claims, "azure-functions")).toEqual([
      ["memory", 1.5, "GB", "Consumption plan"],
      ["memory", 14, "GB", "Premium plan"],
      ["request_timeout", 10, "min", "Consumption plan"],
      ["request_timeout", 60, "min", "Premium plan"],
    ]);
    const premium = about(claims, "azure-functions", "fact").find((c) => c.value === 14);
    expect(premium?.statement).toBe("Azure Functions: memory 14GB (Premium plan).");
    expect(premium?.quote).toBe("Memory: 1.5GB (Consumption plan), 14GB (Premium plan)");
  });

  it("reads a value in words as a capability of the product", () => {
    const languages = about(claims, "azure-functions", "feature").filter((c) => /language/.test(c.topic ?? ""));
    expect(languages).toHaveLength(1);
    expect(languages[0].statement).toMatch(/C#, JavaScript, Python, Java, PowerShell/);
  });

  it("leaves a list of results under a product's name as measurements, its name line no worded value", () => {
    const results = read(
      "results.md",
      "# Express vs Fastify: hello world\n\n## Express\n\n- **Server**: Express\n- **Requests/sec**: 14,200\n- **Memory**: 61MB\n",
    );
    expect(about(results, "express", "performance").map((c) => [c.value, c.unit])).toEqual([
      [14200, "req/s"],
      [61, "MB"],
    ]);
    expect(facts(results, "express")).toEqual([]);
  });

  it("takes no benchmark's setup for a product's sheet", () => {
    const setup = read(
      "setup.md",
      "# Redis vs Valkey\n\n## Valkey\n\n- **Hardware**: 4 vCPU, 16GB RAM\n- **Dataset**: 1M keys\n- **Client**: memtier\n- **Throughput**: 180,000 ops/s\n",
    );
    expect(facts(setup, "valkey")).toEqual([]);
  });
});
