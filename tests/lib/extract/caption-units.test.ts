/** @jest-environment node */
// A table of bare numbers takes its unit from the line above it: a heading closing on the unit in parentheses
// ("### 50 connections (requests / second)") or a caption opening on it ("Jobs per second, 4 workers"). The
// unit in parentheses is then no part of the figures' case. Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";
import { captionUnit, withoutCaptionUnit } from "@/lib/extract/tables/caption";

const figuresOf = (text: string) =>
  extractDocument(text, new TechResolver([]))
    .claims.filter((c) => c.kind === "performance")
    .map((c) => [c.technologies[0], c.value, c.unit, c.conditions.scenario ?? c.conditions.table ?? null]);

describe("a table's unit from the line above it", () => {
  it("reads the unit a heading closes on in parentheses, and leaves it out of the case", () => {
    const text = [
      "# Fastify vs Restify: a speed check",
      "",
      "### 50 connections (requests / second)",
      "",
      "| Route      | Fastify | Restify |",
      "|------------|---------|---------|",
      "| Plain text | 1510.20 | 1320.75 |",
      "",
    ].join("\n");
    expect(figuresOf(text)).toEqual([
      ["fastify", 1510.2, "req/s", "50 connections"],
      ["restify", 1320.75, "req/s", "50 connections"],
    ]);
  });

  it("reads a caption that opens on its unit, any countable work per second", () => {
    expect(captionUnit("Jobs per second, 4 workers")?.unit).toBe("jobs/s");
    expect(captionUnit("### Requests per second (higher is better)")?.unit).toBe("req/s");
    expect(captionUnit("Seconds: lower is better")?.unit).toBe("s");
    expect(captionUnit("(MB, lower is better)")?.unit).toBe("MB");
  });

  it("finds no unit in a caption that only mentions a measure or starts with another word", () => {
    expect(captionUnit("Throughput at 50 connections")).toBeNull();
    expect(captionUnit("Seconds matter when the queue backs up")).toBeNull();
    expect(captionUnit("Results for 2024 (preliminary)")).toBeNull();
    expect(withoutCaptionUnit("Cold start (first run)")).toBe("Cold start (first run)");
    expect(withoutCaptionUnit("Cold start (ms)")).toBe("Cold start");
  });
});
