/** @jest-environment node */
// A decision record written without MADR's "Chosen option:": the decision said as a sentence under "## Decision",
// its rationale and consequences about the option chosen, and each alternative's "Pros: …" / "Cons: …" written on one
// line. Every text here is our own writing.
import { extractClaims, TechResolver } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const RECORD = `# ADR 7: Pick a message broker for order events

## Context

Orders are written by three services and read by five.

## Decision

We will use **RabbitMQ** as the order event bus, run by our platform team.

Rationale:
- Built-in dead-letter queues
- Mature client libraries for every language we use

## Consequences

### Positive
- Simple routing with exchanges and bindings

### Negative
- No replay of messages already consumed

## Alternatives

### Apache Kafka
**Pros**: Message replay, very high throughput (partitioned logs)
**Cons**: No per-message routing, heavier operations
`;

const claims = extractClaims(RECORD, EMPTY);
const about = (slug: string) =>
  claims.filter((c) => c.technologies[0] === slug).map((c) => [c.kind, c.topic, c.conditions.support ?? null]);

describe("a decision said as a sentence under the decision heading", () => {
  it("recommends the option for the role the sentence gives it", () => {
    const picked = claims.filter((c) => c.kind === "recommendation");
    expect(picked.map((c) => [c.technologies, c.statement])).toEqual([
      [["rabbitmq"], "Use RabbitMQ as the order event bus (the decision record's choice)."],
    ]);
  });

  it("reads the rationale and the consequences as the chosen option's", () => {
    const rabbit = about("rabbitmq");
    expect(rabbit).toEqual(
      expect.arrayContaining([
        ["feature", "dead-letter-queue", "built-in"],
        ["feature", "replay", "missing"],
      ]),
    );
    expect(rabbit.length).toBeGreaterThanOrEqual(5);
  });
});

describe("an alternative's pros and cons written on one line", () => {
  it("reads each comma-separated item about the alternative, keeping a bracket whole", () => {
    const kafka = claims.filter((c) => c.technologies[0] === "kafka");
    expect(kafka.map((c) => c.quote)).toEqual([
      "Message replay",
      "very high throughput (partitioned logs)",
      "No per-message routing",
      "heavier operations",
    ]);
    expect(kafka.find((c) => c.quote === "No per-message routing")?.conditions.support).toBe("missing");
  });
});
