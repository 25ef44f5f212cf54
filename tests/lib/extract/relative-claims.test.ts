/** @jest-environment node */
// A relative claim ("A is 6x faster than B", "twice as fast as", "4–5× the throughput of", "50% less
// memory than", "A outperforms B by 3x") is ONE comparison naming both technologies, the favoured first,
// never two claims split from it. Every sentence here is our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const only = (text: string): CandidateClaim => {
  const out = extractClaims(text, EMPTY);
  expect(out).toHaveLength(1);
  return out[0];
};
const read = (c: CandidateClaim) => [c.kind, c.technologies, c.metric, c.value, c.unit, c.statement];

describe("relative claims are kept whole", () => {
  it("a multiple in figures ('~6x faster than') is one comparison, the winner first", () => {
    expect(read(only("In our load test Bun was ~6x faster than Deno."))).toEqual([
      "performance",
      ["bun", "deno"],
      "speed_ratio",
      6,
      "x",
      "Bun: ~6x faster than Deno.",
    ]);
  });

  it("a multiple in words ('roughly twice as fast as', 'about three times as many requests as') keeps its hedge", () => {
    expect(read(only("Gin is roughly twice as fast as Echo on small payloads."))).toEqual([
      "performance",
      ["gin", "echo"],
      "speed_ratio",
      2,
      "x",
      "Gin: roughly twice as fast as Echo.",
    ]);
    expect(only("Echo served about three times as many requests as Fiber.").statement).toBe(
      "Echo: about three times as many requests as Fiber.",
    );
  });

  it("'half as fast as' favours the other side, and says it the sentence's way round", () => {
    const c = only("Fiber is half as fast as Gin under load.");
    expect([c.technologies, c.conditions.favoured, c.statement]).toEqual([
      ["gin", "fiber"],
      "Gin",
      "Fiber: half as fast as Gin.",
    ]);
  });

  it("a range of multiples of another's measure ('4–5× the throughput of') is one comparison with its range", () => {
    const c = only("Fastify delivers 4–5× the throughput of Koa.");
    expect(read(c)).toEqual([
      "performance",
      ["fastify", "koa"],
      "throughput_ratio",
      4,
      "x",
      "Fastify: 4–5x the throughput of Koa.",
    ]);
    expect(c.conditions.range).toBe("4–5x");
  });

  it("a share of a cost ('half the memory of') favours the one that needs less", () => {
    const c = only("Valkey needs half the memory of KeyDB for the same data.");
    expect([c.technologies, c.metric, c.value]).toEqual([["valkey", "keydb"], "memory_ratio", 0.5]);
  });

  it("a percentage of a cost ('50% less memory than') favours the subject", () => {
    expect(read(only("Bun uses 50% less memory than Deno."))).toEqual([
      "performance",
      ["bun", "deno"],
      "memory_difference",
      50,
      "%",
      "Bun: 50% less memory than Deno.",
    ]);
  });

  it("'A outperforms B by 3x' and 'beats B by a factor of 3' are the same comparison, and no extra opinion", () => {
    for (const text of ["Axum outperforms Warp by 3x.", "Axum beats Warp by a factor of three."]) {
      expect(read(only(text))).toEqual([
        "performance",
        ["axum", "warp"],
        "speed_ratio",
        3,
        "x",
        "Axum: 3x faster than Warp.",
      ]);
    }
  });

  it("a standard named in front ('Compared to B, A is 3x faster') is the other side", () => {
    expect(only("Compared to Webpack, Rspack is 3x faster.").technologies).toEqual(["rspack", "webpack"]);
  });
});
