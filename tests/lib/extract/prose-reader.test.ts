/** @jest-environment node */
// Claims in plain sentences, read from their construction: facts relating two technologies, the language a
// technology is written in whoever is contrasted with it, advice in a fragment under a technology's
// heading or with its condition fronted, and judgements of the section's technology that name none.
// Every sentence here is our own writing.
import { extractClaims, extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const claims = (text: string): CandidateClaim[] => extractClaims(text, EMPTY);
const read = (c: CandidateClaim) => [c.kind, c.technologies, c.topic];

describe("facts that relate two technologies", () => {
  it("built on, builds on, a fork of, the successor to: a fact about both, not a capability of the first", () => {
    expect(claims("Remix is a web framework built on React.").map(read)).toContainEqual([
      "fact",
      ["remix", "react"],
      "built-on-react",
    ]);
    expect(claims("Nuxt builds on Vue and adds server rendering.").map(read)).toEqual([
      ["fact", ["nuxt", "vue"], "built-on-vue"],
    ]);
    expect(claims("Valkey is a fork of Redis.").map(read)).toEqual([["fact", ["valkey", "redis"], "fork-of-redis"]]);
    expect(claims("OpenTofu is the successor to Terraform.").map(read)).toEqual([
      ["fact", ["opentofu", "terraform"], "successor-to-terraform"],
    ]);
  });

  it("a name inside a noun phrase or after a preposition is not the subject of the relation", () => {
    const made = claims("Our gateway, the usual choice for Kubernetes, is built on Envoy.");
    expect(made.filter((c) => c.kind === "fact")).toEqual([]);
  });

  it("built on something that is no technology stays a design statement", () => {
    expect(claims("Sanic is built on a custom event loop.").map((c) => c.kind)).not.toContain("fact");
  });
});

describe("the state of a project", () => {
  it("deprecated, in maintenance mode, no longer maintained: a status fact, with since when", () => {
    expect(claims("Gulp is now in maintenance mode.").map((c) => [c.kind, c.technologies, c.conditions])).toEqual([
      ["fact", ["gulp"], { status: "in maintenance mode" }],
    ]);
    expect(claims("TSLint was officially deprecated in 2019.").map((c) => [c.kind, c.conditions])).toEqual([
      ["fact", { status: "deprecated", since: "2019" }],
    ]);
    expect(claims("Gulp has been deprecated.").map((c) => [c.kind, c.topic])).toEqual([["fact", "status"]]);
  });

  it("a deprecated part of a technology is not the technology's status", () => {
    expect(claims("Flask's old extension API was deprecated in 2019.").filter((c) => c.topic === "status")).toEqual([]);
  });
});

describe("the language a technology is written in", () => {
  it("is read across an adverbial and credited to the subject, not the technology it is contrasted with", () => {
    const [c] = claims(
      "Rewritten from scratch in Rust, with a different design than Webpack, Rspack aims at speed.",
    ).filter((x) => x.topic === "language");
    expect([c.kind, c.technologies, c.conditions]).toEqual(["fact", ["rspack"], { language: "Rust" }]);
  });
});

describe("advice in plain sentences", () => {
  const under = (body: string) => claims(`## Caddy\n\n${body}`).map((c) => [c.kind, c.technologies, c.statement]);

  it("a fragment under a technology's heading, graded or naming another technology in its use case", () => {
    expect(under("Very good for small teams and side projects.")).toEqual([
      ["recommendation", ["caddy"], "Use Caddy for small teams and side projects."],
    ]);
    expect(under("A sensible choice if you already run Docker.")).toEqual([
      ["recommendation", ["caddy"], "Use Caddy if you already run Docker."],
    ]);
  });

  it("a negated fragment is advice against the section's technology", () => {
    expect(under("Slower to start, and not meant for short-lived jobs.")).toEqual([
      ["opinion", ["caddy"], "Avoid Caddy for short-lived jobs."],
    ]);
  });

  it("a condition fronted before a dash, and 'for you' is the reader, not a use case", () => {
    expect(claims("If you want everything in one binary - HAProxy is the best option for you.").map(read)).toEqual([
      ["recommendation", ["haproxy"], "everything-in-one-binary"],
    ]);
    expect(claims("If you only serve static files - Caddy is the answer.").map(read)).toEqual([
      ["recommendation", ["caddy"], "you-only-serve-static-files"],
    ]);
  });

  it("a passive of preference, and a choice made over another technology, keep their condition", () => {
    expect(claims("Envoy is generally recommended if you run many microservices.").map(read)).toEqual([
      ["recommendation", ["envoy"], "you-run-many-microservices"],
    ]);
    expect(claims("Envoy still preferred when you need a service mesh.").map(read)).toEqual([
      ["recommendation", ["envoy"], "service-mesh"],
    ]);
    expect(claims("You should pick Envoy over HAProxy when you operate a service mesh.").map(read)).toEqual([
      ["recommendation", ["envoy"], "you-operate-a-service-mesh"],
    ]);
  });
});

describe("a choice said against a rival", () => {
  it("'a better fit for Y than Z' recommends the first over the second for Y, in the writer's words", () => {
    const [c] = claims("Django is a better fit for content-heavy sites than Flask.");
    expect([c.kind, c.technologies, c.topic, c.statement]).toEqual([
      "recommendation",
      ["django", "flask"],
      "content-heavy-sites",
      "Django is a better fit for content-heavy sites than Flask.",
    ]);
  });
});

describe("judgements of the section's technology that name none", () => {
  const under = (heading: string, body: string) =>
    claims(`## ${heading}\n\n${body}`).map((c) => [c.kind, c.technologies]);

  it("a verbless fragment whose adjectives judge, and a noun phrase said to fare well or badly", () => {
    expect(under("Caddy", "Sensible defaults and painless certificates.")).toEqual([["opinion", ["caddy"]]]);
    expect(under("Caddy", "The most feature-complete option.")).toEqual([["opinion", ["caddy"]]]);
    expect(under("Caddy", "Configuration can become painful at scale.")).toEqual([["opinion", ["caddy"]]]);
  });

  it("a description, a sentence about the text, or a section comparing two technologies gives nothing", () => {
    expect(under("Caddy", "A single static binary.")).toEqual([]);
    expect(under("Caddy", "This distinction is important when you compare tools.")).toEqual([]);
    expect(under("Caddy", "We installed it on a laptop.")).toEqual([]);
    expect(under("Caddy", "Other encodings must be specifically specified with a flag.")).toEqual([]);
    expect(under("Caddy vs Nginx", "Sensible defaults and painless certificates.")).toEqual([]);
  });
});

describe("a dated event in a technology's life", () => {
  it("is a fact with its year about every technology the sentence names", () => {
    const said = claims(
      "When the team moved search to Meilisearch in March 2023, the Elasticsearch cluster stayed behind.",
    );
    expect(said.filter((c) => c.kind === "fact").map((c) => [c.technologies, c.metric, c.value, c.unit])).toEqual([
      [["meilisearch", "elasticsearch"], "event_year", 2023, "year"],
    ]);
    expect(
      claims("CoffeeScript was marked end-of-life by our platform team since 2016.").map((c) => [c.metric, c.value]),
    ).toContainEqual(["event_year", 2016]);
  });

  it("leaves the year to the reader that knows the event: a release, an owner, a status", () => {
    const years = (text: string) => claims(text).filter((c) => c.metric === "event_year");
    expect(years("TSLint was officially deprecated in 2019.")).toEqual([]);
    expect(years("MySQL was acquired by Oracle in 2010.")).toEqual([]);
    expect(years("Svelte was first released in 2016.")).toEqual([]);
  });
});

describe("one compared technology against 'the other systems'", () => {
  const DOC = [
    "# How fast is Quokka?",
    "",
    "We compare Quokka to the current releases of Redis, KeyDB and Dragonfly on two machines.",
    "",
    "Quokka outperforms the competing systems on every batch size we tried.",
    "",
    "Quokka starts in under a second.",
  ].join("\n");
  const said = extractDocument(DOC, EMPTY).claims;

  it("credits the judgement to the others the document named", () => {
    const beats = said.find((c) => /competing systems/.test(c.statement));
    expect(beats?.technologies).toEqual(["quokka", "redis", "keydb", "dragonfly"]);
  });

  it("leaves a sentence about one of them alone", () => {
    const starts = said.find((c) => /starts in under a second/.test(c.quote));
    expect(starts?.technologies ?? ["quokka"]).toEqual(["quokka"]);
  });
});
