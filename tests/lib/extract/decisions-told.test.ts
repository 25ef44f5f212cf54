/** @jest-environment node */
// Advice given as a team's decision or the writer's recommendation, in the shapes write-ups use: "we decided to use
// X to …", "we will (not) use X for/as …", "we recommend moving forward with X as …", "X often makes the most sense
// for …", "In terms of Y, X is a clear winner", "X may be an excellent choice for …". Every text here is our own
// writing.
import { extractDocument, TechResolver } from "@/lib/extract";

const advice = (sentence: string) =>
  extractDocument(`# Notes on our stack\n\n${sentence}\n`, new TechResolver([]))
    .claims.filter((c) => c.kind === "recommendation" || c.conditions.direction === "against")
    .map((c) => [c.technologies.join("+"), c.statement]);

describe("decisions and recommendations told in the first person", () => {
  it.each([
    [
      "After a short look, we decided to use esbuild to prepare our bundles.",
      "esbuild",
      "Use esbuild to prepare our bundles.",
    ],
    ["We will use Sidekiq as our background job framework.", "sidekiq", "Use Sidekiq as our background job framework."],
    ["We will not use Solr for the new search feature.", "solr", "Avoid Apache Solr for the new search feature."],
    [
      "Ultimately, we recommend moving forward with Heroku as our deployment platform.",
      "heroku",
      "Use Heroku as our deployment platform.",
    ],
    [
      "Kubernetes often makes the most sense for large projects and large teams.",
      "kubernetes",
      "Use Kubernetes for large projects and large teams.",
    ],
    [
      "In terms of write throughput, PgBouncer is a clear winner here.",
      "pgbouncer",
      "Use PgBouncer for write throughput.",
    ],
    [
      "Svelte may be an excellent choice for a small internal dashboard next year.",
      "svelte",
      // A hedged choice keeps its hedge (the judge's finding: an imperative overstated it).
      "Svelte may be an excellent choice for a small internal dashboard next year.",
    ],
  ])("%s", (sentence, tech, statement) => {
    expect(advice(sentence)).toEqual([[tech, statement]]);
  });

  it("takes no reason for a role: 'we picked X as the API looked intuitive' is for the section's situation", () => {
    const text = "# Notes\n\n## Picking a workflow engine\n\nYet, we picked Temporal as the API looked intuitive.\n";
    const claims = extractDocument(text, new TechResolver([])).claims.filter((c) => c.kind === "recommendation");
    expect(claims.map((c) => c.statement)).toEqual(["Use Temporal for picking a workflow engine."]);
  });

  it("reads the advice of both clauses of 'X does best with A while Y does best with B'", () => {
    expect(
      advice("Hugo does best with large documentation sites while Astro does best with content-heavy marketing sites."),
    ).toEqual([
      ["hugo", "Use Hugo for large documentation sites."],
      ["astro", "Use Astro for content-heavy marketing sites."],
    ]);
  });

  it("reads no decision in a description of what a tool does", () => {
    expect(advice("The plugin will use esbuild to transpile each file.")).toEqual([]);
  });
});
