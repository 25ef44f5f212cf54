/** @jest-environment node */
// Who a list is about and what its items are: a lead-in that names a technology ("Choose X if:") overrides
// the section's; items under it are recommendations (or advice against) said as sentences. Multi-word
// product names are one technology; a table's row label is the technology only when the picks are not in
// its cells. Every text here is our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const claims = (text: string) => extractClaims(text, EMPTY);
const said = (c: CandidateClaim) =>
  `${c.kind} ${c.technologies.join("+")}${c.stance === "CONTRADICTS" ? " against" : ""}: ${c.statement}`;
const saidAll = (text: string) => claims(text).map(said);

describe("a list's subject comes from its own lead-in", () => {
  const guide = [
    "## Echo",
    "",
    "Echo is a web framework for Go.",
    "",
    "**Choose Echo if:**",
    "- Want a minimalist framework",
    "",
    "**Choose net/http if:**",
    "- Want zero dependencies",
    "- Security reviews are strict",
    "- Small internal tools",
  ].join("\n");

  it("'Choose X if:' overrides the enclosing section's technology, and its items are recommendations said as sentences", () => {
    const recs = claims(guide)
      .filter((c) => c.kind === "recommendation")
      .map(said);
    expect(recs).toEqual([
      "recommendation echo: Use Echo when you want a minimalist framework.",
      "recommendation go-net-http: Use net/http when you want zero dependencies.",
      "recommendation go-net-http: Use net/http when security reviews are strict.",
      "recommendation go-net-http: Use net/http for small internal tools.",
    ]);
    expect(
      claims(guide).filter((c) => c.kind === "feature" && /dependencies|security|internal/i.test(c.statement)),
    ).toEqual([]);
  });

  it("'Use When:' with no name is about the section's technology, and a later label ends that list", () => {
    const text =
      "### Gin - the balanced pick\n\n**Use When:**\n- Need good documentation\n- Building CRUD services\n\n**Advantages:**\n- Runs on any Go version\n";
    const recs = claims(text)
      .filter((c) => c.kind === "recommendation")
      .map(said);
    expect(recs).toEqual([
      "recommendation gin: Use Gin when you need good documentation.",
      "recommendation gin: Use Gin when building CRUD services.",
    ]);
  });

  it("'When to use X', 'X is best for:', 'Pick X for:' lead-ins name the subject", () => {
    expect(
      saidAll("## Kafka\n\nKafka keeps a log.\n\n### When to use RabbitMQ\n- Per-message routing rules\n").filter((s) =>
        s.startsWith("recommendation"),
      ),
    ).toEqual(["recommendation rabbitmq: Use RabbitMQ for per-message routing rules."]);
    expect(
      saidAll("## Kafka\n\nRedis is best for:\n- Session data that can be rebuilt\n").filter((s) =>
        s.startsWith("recommendation"),
      ),
    ).toEqual(["recommendation redis: Use Redis for session data that can be rebuilt."]);
    expect(
      saidAll("## Kafka\n\nPick SQLite for:\n- Apps that ship with their data\n").filter((s) =>
        s.startsWith("recommendation"),
      ),
    ).toEqual(["recommendation sqlite: Use SQLite for apps that ship with their data."]);
  });

  it("'Avoid X if:' and 'Don't use X when:' make their items advice against X", () => {
    expect(saidAll("## Router notes\n\n**Avoid Fiber if:**\n- Need middleware written for net/http\n")).toEqual([
      "opinion fiber against: Don't use Fiber when you need middleware written for net/http.",
    ]);
    expect(saidAll("Don't use MongoDB when:\n- Reports join many collections\n")).toEqual([
      "opinion mongodb against: Don't use MongoDB when reports join many collections.",
    ]);
  });

  it("a lead-in whose subject is no technology does not hand its items to the section's", () => {
    const text = "## Fiber\n\nFiber is fast.\n\n**Choose a managed service if:**\n- Nobody on call at night\n";
    expect(claims(text).filter((c) => c.kind === "recommendation")).toEqual([]);
  });

  it("an unknown name in a lead-in is discovered as a proposed technology", () => {
    const text = "## Kafka\n\nKafka keeps a log.\n\n**Choose Quelltext if:**\n- Want one static binary\n";
    expect(saidAll(text).filter((s) => s.startsWith("recommendation"))).toEqual([
      "recommendation quelltext: Use Quelltext when you want one static binary.",
    ]);
  });

  it("a bold label that is only a technology's name is the subject of the items below", () => {
    expect(
      claims("## Summary\n\n**Valkey:**\n- Supports clustering\n").map((c) => `${c.kind} ${c.technologies}`),
    ).toEqual(["feature valkey"]);
    expect(saidAll("## Summary\n\nSome notes:\n- Supports clustering\n")).toEqual([]);
  });
});

describe("multi-word product names are one technology", () => {
  it("'Redis Pub/Sub' is neither Redis nor Google Cloud Pub/Sub", () => {
    const text =
      "## Brokers\n\n**Choose Redis Pub/Sub when:**\n- Losing a message now and then is fine\n\nAzure Service Bus supports sessions. Amazon SQS supports dead-letter queues.";
    expect(claims(text).map((c) => c.technologies.join("+"))).toEqual(["redis-pubsub", "azure-service-bus", "sqs"]);
  });
});

describe("a table's row label is the technology only when the picks are not in its cells", () => {
  it("a 'Best Choice' column names the technology; the first column is what it is chosen for, and the reason is kept", () => {
    const text =
      "| Need | Best Choice | Reason |\n|---|---|---|\n| WebSocket | Fiber | Native support |\n| Static Site | net/http | Nothing to install |\n| Graceful Shutdown | All | Context-based |\n";
    expect(saidAll(text)).toEqual([
      "recommendation fiber: Fiber is recommended for WebSocket (native support).",
      "recommendation go-net-http: net/http is recommended for static site (nothing to install).",
    ]);
  });

  it("a runner-up column is not a recommendation, and use-case labels do not become technologies", () => {
    const text =
      "| Kind of app | Primary Choice | Secondary Choice |\n|---|---|---|\n| REST API | Gin | Fiber |\n| GraphQL Server | Fiber | Gin |\n| Microservice | Fiber | net/http |\n| Kiosk Display | net/http | Echo |\n";
    expect(saidAll(text)).toEqual([
      "recommendation gin: Gin is recommended for REST API.",
      "recommendation fiber: Fiber is recommended for GraphQL server.",
      "recommendation fiber: Fiber is recommended for microservice.",
      "recommendation go-net-http: net/http is recommended for kiosk display.",
    ]);
  });
});

describe("kind from language: praise with nothing checkable is an opinion, a capability stays a feature", () => {
  const kindOf = (text: string) => claims(text).map((c) => `${c.kind} ${c.technologies.join("+")}`);

  it("evaluative predicates about standing (ecosystem, adoption, learning curve) are opinions", () => {
    expect(kindOf("Svelte has gathered astonishing numbers of fans and has a phenomenal ecosystem.")).toEqual([
      "opinion svelte",
    ]);
    expect(kindOf("Vue has great documentation.")).toEqual(["opinion vue"]);
    expect(kindOf("Kafka has a steep learning curve.")).toEqual(["opinion kafka"]);
    expect(
      kindOf("Drizzle has a slightly steeper learning curve compared to Knex.").map((k) => k.split(" ")[0]),
    ).toEqual(["opinion"]);
  });

  it("an evaluative adjective said by the copula, or of a kind of thing, is an opinion", () => {
    expect(kindOf("MikroORM is another powerful ORM.")).toEqual(["opinion mikro-orm"]);
    expect(kindOf("Gin's memory use is acceptable for small services.")).toEqual(["opinion gin"]);
    // Praise of something it has still says it has it (and is an opinion besides).
    expect(kindOf("Hugo's image pipeline is amazing.")).toEqual(["feature hugo", "opinion hugo"]);
  });

  it("a superlative ranks, it does not describe", () => {
    expect(kindOf("Redis has the best client libraries.")).toEqual(["opinion redis"]);
  });

  it("capability statements stay features, evaluative words or not", () => {
    expect(kindOf("PostgreSQL supports partial indexes.")).toEqual(["feature postgresql"]);
    expect(kindOf("Echo has significant startup overhead due to template compilation.")).toEqual(["feature echo"]);
    expect(kindOf("SQLite is an embedded database.")).toEqual(["feature sqlite"]);
    expect(kindOf("Fastify lacks a built-in admin panel.")).toEqual(["feature fastify"]);
  });
});

describe("a version belongs to the row that states it, never to the language the heading names", () => {
  it("cells of an HTML table the table reader did not take give nothing to the section's technology", () => {
    const text =
      '# Three YAML parsers for Python\n\nPython ships no YAML parser of its own.\n\n<td><span alt="v1.4">2011-05-02</span></td>\n<td>v2.0.1</td>\n';
    expect(claims(text).filter((c) => c.kind === "fact" && c.metric === "version")).toEqual([]);
  });
});

describe("a 'Use cases:' label line under one technology's heading", () => {
  const text = [
    "# Three task queues",
    "",
    "### Huey",
    "",
    "Huey is a small task queue for Python.",
    "",
    "**Typical use cases:**",
    "- Simple hobby projects on one server",
    "- Periodic clean-up jobs",
    "",
    "**Setup:**",
    "- Redis running locally",
    "",
    "### Huey or RQ",
    "",
    "Use cases:",
    "- Nightly report generation",
  ].join("\n");

  it("opens a list of the situations that technology suits, each a recommendation for it", () => {
    const recs = claims(text).filter((c) => c.kind === "recommendation");
    expect(recs.map(said)).toEqual([
      "recommendation huey: Huey is a good fit for simple hobby projects on one server.",
      "recommendation huey: Huey is a good fit for periodic clean-up jobs.",
    ]);
  });

  it("an item is a situation read whole, never also an evaluation ('Simple …' judges nothing)", () => {
    expect(claims(text).filter((c) => /hobby/.test(c.statement) && c.kind !== "recommendation")).toEqual([]);
  });

  it("ends at the next label, and says nothing under a heading that names two technologies", () => {
    const all = saidAll(text).join("\n");
    expect(all).not.toMatch(/redis running/i);
    expect(all).not.toMatch(/nightly report/i);
  });
});

describe("a heading that names the winner of one aspect", () => {
  const text = [
    "# Qdrant vs Chroma",
    "",
    "### Bulk Insert Winner: 🏆 **Qdrant**",
    "",
    "- 12x faster than Chroma",
    "",
    "### Query latency — winner: Chroma",
    "",
    "### Chroma winner: Qdrant",
    "",
    "### Winter release notes",
  ].join("\n");
  const recs = claims(text)
    .filter((c) => c.kind === "recommendation")
    .map(said);

  it("recommends the named technology for the aspect before 'Winner', in lower case", () => {
    expect(recs).toContain("recommendation qdrant: Qdrant is the winner for bulk insert.");
    expect(recs).toContain("recommendation chroma: Chroma is the winner for query latency.");
  });

  it("an aspect that is itself a technology, or a heading without a winner, recommends nothing", () => {
    expect(recs).toHaveLength(2);
  });
});
