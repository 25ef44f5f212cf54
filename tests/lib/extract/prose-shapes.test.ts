/** @jest-environment node */
// Claims in plain sentences, in general shapes (issue #16): advice said with a condition before its
// answer, by a modal, with a fronted use case or against a choice; facts of licences, makers and
// releases said with other verbs. Every sentence here is our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const claims = (text: string): CandidateClaim[] => extractClaims(text, EMPTY, { unitModel: null });
const of = (text: string, kind: string) => claims(text).filter((c) => c.kind === kind);
const against = (c: CandidateClaim) => c.stance === "CONTRADICTS";

describe("advice: a condition, then its answer", () => {
  it("'When …: X' and 'If …: X' lines recommend X in that situation, keeping the verb", () => {
    const [rec] = of("When the release date cannot move: Django", "recommendation");
    expect([rec.technologies, rec.statement]).toEqual([["django"], "Use Django when the release date cannot move."]);
    expect(
      of("If every millisecond of the hot path counts: Rust", "recommendation").map((c) => c.technologies),
    ).toEqual([["rust"]]);
  });

  it("a key–value line is a setting, not advice", () => {
    expect(of("Database: PostgreSQL", "recommendation")).toEqual([]);
    expect(of("Runtime: Node.js", "recommendation")).toEqual([]);
  });

  it("a question answered by an arrow reads as a condition", () => {
    const [rec] = of("Do you need foreign keys everywhere? -> Use PostgreSQL.", "recommendation");
    expect(rec.statement).toBe("Use PostgreSQL if you need foreign keys everywhere.");
  });
});

describe("advice: by its grammar", () => {
  it("a subject that should use X names the use case", () => {
    const [rec] = of("Teams shipping nightly analytics reports should use ClickHouse.", "recommendation");
    expect([rec.technologies, rec.statement]).toEqual([
      ["clickhouse"],
      "Use ClickHouse for teams shipping nightly analytics reports.",
    ]);
  });

  it("the writer recommending X is no use case; a use case fronted before the writer is", () => {
    expect(of("So, in the end, I would recommend ClickHouse nowadays.", "recommendation")).toEqual([]);
    const [rec] = of("For nightly reports, I would recommend ClickHouse.", "recommendation");
    expect([rec.technologies, rec.statement]).toEqual([["clickhouse"], "Use ClickHouse for nightly reports."]);
  });

  it("'I would not use X for Y' advises against X", () => {
    const [op] = claims("I would not use MongoDB for a double-entry ledger.");
    expect([op.kind, op.technologies, against(op)]).toEqual(["opinion", ["mongodb"], true]);
  });

  it("a poor choice for Y is advice against, never a pick", () => {
    const got = claims("Cassandra is a poor choice for ad-hoc reporting queries.");
    expect(got.filter((c) => c.kind === "recommendation")).toEqual([]);
    expect(got.filter(against).map((c) => c.technologies)).toEqual([["cassandra"]]);
  });

  it("a use case fronted before 'X is the <adjective> choice' makes it a recommendation", () => {
    const [rec] = of("For a five-person agency, Laravel is the safer choice.", "recommendation");
    expect([rec.technologies, rec.statement]).toEqual([["laravel"], "Use Laravel for a five-person agency."]);
  });

  it("'makes sense for' and 'suited to' recommend", () => {
    expect(
      of("NATS makes sense for chatty service-to-service messaging.", "recommendation").map((c) => c.technologies),
    ).toEqual([["nats"]]);
    expect(
      of("## Memcached\n\nBest suited to caching rendered fragments.", "recommendation").map((c) => c.technologies),
    ).toEqual([["memcached"]]);
  });

  it("a heading comparing two technologies is no use case, and liking a pick is no advice", () => {
    expect(of("# Redis vs Memcached\n\nNobody regrets choosing Redis.", "recommendation")).toEqual([]);
  });
});

describe("facts said with other verbs", () => {
  it("licences: released under a named licence, the public domain, a move from one licence to another", () => {
    const licence = (text: string) =>
      of(text, "fact")
        .filter((c) => c.topic === "licence")
        .map((c) => [c.technologies, c.conditions.licence]);
    expect(licence("Grafana is released under the Affero General Public License.")).toEqual([
      [["grafana"], "Affero General Public License"],
    ]);
    expect(licence("SQLite is in the public domain.")).toEqual([[["sqlite"], "public domain"]]);
    expect(licence("Kibana moved from Apache 2.0 to SSPL in 2031.")).toEqual([[["kibana"], "SSPL"]]);
  });

  it("where a technology was made, and the foundation that holds it, are ownership", () => {
    expect(
      of("Cassandra was originally developed at Facebook.", "fact").map((c) => [c.topic, c.conditions.by]),
    ).toEqual([["ownership", "Facebook"]]);
    expect(of("Fastify is an OpenJS Foundation project.", "fact").map((c) => [c.topic, c.conditions.by])).toEqual([
      ["ownership", "OpenJS Foundation"],
    ]);
  });

  it("releases said with 'shipped', 'became' or a place before the year", () => {
    const year = (text: string) =>
      of(text, "fact")
        .filter((c) => c.unit === "year")
        .map((c) => [c.technologies, c.value]);
    expect(year("The first stable version of Elixir shipped in September 2014.")).toEqual([[["elixir"], 2014]]);
    expect(year("Rails was created at a small Chicago web consultancy in 2004.")).toEqual([[["rails"], 2004]]);
  });
});

describe("opinions by the grammar of a possessive", () => {
  it("what a technology owns, judged by a linking verb, is an opinion besides the capability (as the prose rule reads it)", () => {
    expect(
      claims("Prisma's migrations are fragile.")
        .map((c) => `${c.kind} ${c.technologies.join("+")}`)
        .sort(),
    ).toEqual(["feature prisma", "opinion prisma"]);
    expect(
      claims("In my experience, Prisma's migrations are fragile.")
        .map((c) => c.kind)
        .sort(),
    ).toEqual(["feature", "opinion"]);
  });
});
