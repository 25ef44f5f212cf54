/** @jest-environment node */
// A claim the unit classifier reads from a table row gets a statement an editor would keep: the row's
// technology first, then each cell with its column's header, never the markdown row itself; the quote
// stays the row exactly as written. Every text here is our own writing.
import { TechResolver } from "@/lib/extract";
import { rowStatement } from "@/lib/extract/tables/row-statement";
import { refineWithUnits } from "@/lib/extract/unit-claims";
import type { UnitModel } from "@/lib/extract/unit-model";

const resolver = new TechResolver([]);

/** A hand-made model that calls every table row a feature, or a measurement when it has a time or a rate. */
const rowsAreClaims: UnitModel = {
  bias: [2, 0, 0, 0, 0, 0],
  weights: { "type:table-row": [-6, 2, 4, 0, 0, 0], "type:heading-led": [-6, 2, 4, 0, 0, 0] },
  add: { feature: 0.3, performance: 0.3 },
  drop: 2,
  trainedOn: "test",
};

/** The claims the model adds where the rules (here: none) read nothing. */
const added = (text: string) => refineWithUnits(text, resolver, [], rowsAreClaims);

const DOC = [
  "## Message brokers",
  "",
  "| Broker | Replication | Notes |",
  "| --- | --- | --- |",
  "| **RabbitMQ** | Copies each queue to 3 nodes. | Mirrors over a plugin. |",
  "",
  "Broker | Storage | Retention",
  "--- | --- | ---",
  "Kafka | disk | Keeps segments for 7 days, then deletes them.",
  "",
].join("\n");

describe("a claim read from a table row", () => {
  it("states the row as a sentence, technology first, whether or not the row has outer pipes", () => {
    const claims = added(DOC);
    const rabbit = claims.find((c) => c.technologies.includes("rabbitmq"));
    const kafka = claims.find((c) => c.technologies.includes("kafka"));
    expect(rabbit?.statement).toBe(
      "RabbitMQ: replication — Copies each queue to 3 nodes; notes — Mirrors over a plugin.",
    );
    expect(kafka?.statement).toBe("Kafka: storage disk; retention — Keeps segments for 7 days, then deletes them.");
    for (const c of claims) {
      expect(c.statement.startsWith("|")).toBe(false);
      // The quote is the row exactly as the document has it.
      expect(DOC.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote).toMatch(/\|/);
    }
  });

  it("states a lone pipe line, read as prose without a table, from its cells too", () => {
    const text = "## Notes\n\n| NATS | Ships as one small binary. |\n";
    const claims = added(text);
    expect(claims.map((c) => c.statement)).toEqual(["NATS: Ships as one small binary."]);
    expect(claims[0].quote).toBe("| NATS | Ships as one small binary. |");
  });
});

describe("rowStatement", () => {
  const isTech = (cell: string) => ["RabbitMQ", "Kafka", "NATS"].includes(cell);

  it("pairs each value with its header and keeps a figure's unit", () => {
    expect(rowStatement(["RabbitMQ", "AMQP", "20k msg/s"], ["Broker", "Protocol", "Throughput"], isTech)).toBe(
      "RabbitMQ: protocol AMQP, throughput 20k msg/s.",
    );
  });

  it("puts the technology first wherever its column is, and writes a value alone under an empty header", () => {
    expect(rowStatement(["at least once", "", "Kafka", "2 ms"], ["Delivery", "", "", "p50 latency"], isTech)).toBe(
      "Kafka: delivery — at least once; p50 latency 2 ms.",
    );
    expect(rowStatement(["NATS", "JetStream"], ["", ""], isTech)).toBe("NATS: JetStream.");
  });

  it("reads a column headed by a technology as that technology's value, and check marks as yes or no", () => {
    expect(rowStatement(["Replay", "✅", "❌"], ["Feature", "Kafka", "NATS"], isTech)).toBe(
      "Replay: Kafka yes, NATS no.",
    );
  });

  it("returns nothing for a separator row, so the caller keeps its own wording", () => {
    expect(rowStatement(["---", ":---:"], ["A", "B"], isTech)).toBe("");
  });
});
