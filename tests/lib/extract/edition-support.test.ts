/** @jest-environment node */
// A feature matrix's worded cells: "Not guaranteed" lacks it; "Basic", "Exclusive to the Enterprise Edition", "Pro
// plan only", "Relies on object storage" have it in part (a little, in one edition, through another component);
// "Full" and "Supported" have it. Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

describe("worded support cells", () => {
  it("read as missing, partial or built-in by what they say", () => {
    const text = [
      "# Rookstore vs Pailfs",
      "",
      "| Feature | Rookstore | Pailfs |",
      "|---|---|---|",
      "| Rename atomicity | Not guaranteed | Ensured through database transactions |",
      "| Audit log | Supported | Exclusive to the Enterprise Edition |",
      "| Erasure coding | Supported | Relies on object storage |",
      "| POSIX compatibility | Basic | Full |",
      "| Quotas | Pro plan only | Yes |",
    ].join("\n");
    const support = extractDocument(text, new TechResolver([]))
      .claims.filter((c) => c.kind === "feature")
      .map((c) => [c.technologies[0], c.conditions.support]);
    expect(support).toEqual([
      ["rookstore", "missing"],
      ["pailfs", "built-in"],
      ["rookstore", "built-in"],
      ["pailfs", "partial"],
      ["rookstore", "built-in"],
      ["pailfs", "partial"],
      ["rookstore", "partial"],
      ["pailfs", "built-in"],
      ["rookstore", "partial"],
      ["pailfs", "built-in"],
    ]);
  });
});
