/** @jest-environment node */
// A figure's conditions are said with their nouns in the statement the importer writes ("4 workers,
// gunicorn"), and the public title names each part after its key from the same words, so a stored
// statement and its title never disagree. Every text here is our own writing.
import { extractClaims, TechResolver } from "@/lib/extract";
import { countedPhrase, orderedConditions, statementCondition } from "@/lib/extract/condition-words";
import { claimTitle } from "@/lib/public/format";

const EMPTY = new TechResolver([]);

describe("condition words", () => {
  it("a count under a counted key reads with its noun, singular for one; other values stay as written", () => {
    expect(statementCondition("workers", "4")).toBe("4 workers");
    expect(statementCondition("replicas", 1)).toBe("1 replica");
    expect(statementCondition("server", "gunicorn")).toBe("gunicorn");
    expect(statementCondition("concurrency", "50 connections")).toBe("50 connections");
    expect(countedPhrase("hardware", "4")).toBeNull();
    expect(countedPhrase("workers", "four")).toBeNull();
    expect(countedPhrase("users", 12000, (n) => n.toLocaleString("en-US"))).toBe("12,000 users");
  });

  it("setups are said machine first, then counts, then what served them", () => {
    const order = orderedConditions({ server: "puma", endpoint: "json", workers: "2", hardware: "1-vcpu" });
    expect(order.map(([k]) => k)).toEqual(["hardware", "workers", "server", "endpoint"]);
  });

  it("a figure measured with workers behind a server names the count in its statement, not a bare number", () => {
    const text = "# Quart or Sanic\n\nBehind Gunicorn with 4 workers, Sanic served 21,000 requests per second.";
    const sanic = extractClaims(text, EMPTY).find((c) => c.kind === "performance");
    expect(sanic?.conditions).toMatchObject({ workers: "4", server: "gunicorn" });
    expect(sanic?.statement).toMatch(/\(4 workers, gunicorn\)\.$/);
    expect(sanic?.statement).not.toMatch(/\(4,/);
  });

  it("the public title names the importer's worded parts after their keys, in the one order", () => {
    const conditions = { workers: "4", server: "gunicorn" };
    expect(claimTitle("Sanic achieved 21,000 req/s (4 workers, gunicorn).", conditions)).toBe(
      "Sanic achieved 21,000 req/s (4 workers, server Gunicorn).",
    );
    // Statements stored before the importer worded its counts still read the same.
    expect(claimTitle("Sanic achieved 21,000 req/s (4, gunicorn).", conditions)).toBe(
      "Sanic achieved 21,000 req/s (4 workers, server Gunicorn).",
    );
  });
});
