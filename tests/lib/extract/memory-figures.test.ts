/** @jest-environment node */
// Memory a technology takes, said in prose ("uses 140MiB of RAM at idle", "needs about 2 GB of RAM"), against the
// memory of the machine a benchmark ran on ("a VM with 8 GB of RAM"), and the state it was measured in. Every text
// here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";

const figures = (md: string) =>
  extractDocument(
    parseDocument({ filename: "notes.md", bytes: new TextEncoder().encode(md) }).text,
    new TechResolver([]),
  )
    .claims.filter((c) => c.kind === "performance")
    .map((c) => [c.technologies[0], c.metric, c.value, c.unit]);

describe("memory a technology takes", () => {
  it("'uses … of RAM at idle' and '… at peak' are figures of that state; 'needs about 2 GB of RAM' one without", () => {
    expect(
      figures(
        "# Flux vs Argo CD\n\nFlux uses 140MiB of RAM at idle and 300MiB at peak.\n\nArgo CD needs about 2 GB of RAM.\n",
      ),
    ).toEqual([
      ["flux", "memory_idle", 140, "MiB"],
      ["flux", "memory_peak", 300, "MiB"],
      ["argo-cd", "memory", 2, "GB"],
    ]);
  });

  it("a machine's RAM is the setup, not a figure", () => {
    expect(figures("# Flux vs Argo CD\n\nWe ran Flux on a VM with 8 GB of RAM.\n")).toEqual([]);
  });
});
