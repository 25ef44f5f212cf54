/** @jest-environment node */
// A comparison table copied from a web page as text, every cell followed by a blank line. Our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const brief = (c: CandidateClaim) => `${c.kind} ${c.technologies.join("+")} ${c.value ?? ""}${c.unit ?? ""}`.trim();
const cells = (...xs: string[]) => xs.join("\n\n");

const TABLE = cells(
  "Three queues compared",
  "Feature",
  "NATS 2.10",
  "Kafka 3.7",
  "Pulsar 3.2",
  "Median Latency (1KB)",
  "0.4ms",
  "2.1ms",
  "3.3ms",
  "Max Throughput (1KB)",
  "1.1M msg/s",
  "900K msg/s",
  "700K msg/s",
  "Persistence",
  "Optional (JetStream)",
  "Native (log segments)",
  "Native (BookKeeper)",
  "All runs were made on one VM.",
);

describe("a table flattened with a blank line after every cell", () => {
  it("is read row by row under its compared technologies", () => {
    const out = extractClaims(TABLE, EMPTY).map(brief);
    expect(out).toEqual(
      expect.arrayContaining([
        "performance nats 0.4ms",
        "performance pulsar 3.3ms",
        "performance kafka 900000msg/s",
        "feature kafka",
      ]),
    );
  });

  it("needs a corner cell and at least two known names: a run of short paragraphs is not a table", () => {
    const prose = cells(
      "Feature",
      "Fast startup",
      "Small images",
      "Good docs",
      "Easy upgrades",
      "Few moving parts",
      "Low memory",
    );
    expect(extractClaims(prose, EMPTY)).toEqual([]);
  });

  it("keeps whole rows only: a sentence after the table ends it", () => {
    const out = extractClaims(TABLE, EMPTY);
    expect(out.some((c) => /one VM/.test(c.statement))).toBe(false);
  });
});
