/** @jest-environment node */
// A cost table whose rows are scales ("1,000 users") and whose cells are prices ("$120 (4 instances)"): each cell a
// price fact of its column's technology at that scale, never a count of users. Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

describe("a cost table by scale", () => {
  it("reads each cell as the price at that scale, its bracket a note", () => {
    const text = [
      "# Go vs Rust",
      "",
      "**Monthly hosting costs:**",
      "",
      "| Scenario | Go | Rust |",
      "|----------|-----|------|",
      "| **1,000 users** | $30 | $25 |",
      "| **10,000 users** | $120 (4 instances) | $90 (3 instances) |",
    ].join("\n");
    const facts = extractDocument(text, new TechResolver([])).claims.map((c) => [
      c.kind,
      c.technologies.join("+"),
      c.value,
      c.unit,
      c.conditions.note,
      c.statement,
    ]);
    expect(facts).toEqual([
      ["fact", "go", 30, "$", undefined, "Go: 1,000 users $30."],
      ["fact", "rust", 25, "$", undefined, "Rust: 1,000 users $25."],
      ["fact", "go", 120, "$", "4 instances", "Go: 10,000 users $120 (4 instances)."],
      ["fact", "rust", 90, "$", "3 instances", "Rust: 10,000 users $90 (3 instances)."],
    ]);
  });
});

describe("a column computed from the compared ones", () => {
  it("('Savings', 'Difference') is no technology and says nothing of either", () => {
    const text = [
      "# Go vs Rust",
      "",
      "| Scenario | Go | Rust | Savings |",
      "|---|---|---|---|",
      "| **1,000 users** | $30 | $25 | $5 |",
    ].join("\n");
    const claims = extractDocument(text, new TechResolver([])).claims;
    expect(claims.map((c) => [c.technologies.join("+"), c.value])).toEqual([
      ["go", 30],
      ["rust", 25],
    ]);
  });
});
