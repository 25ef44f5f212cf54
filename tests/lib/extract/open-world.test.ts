/** @jest-environment node */
// Extraction on an open world: technologies from the shipped lexicon and from the document itself,
// and claims read from plain sentences. Every text here is our own writing.
import { discoverTechnologies } from "@/lib/extract/discover";
import { extractClaims, extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const brief = (c: CandidateClaim) =>
  `${c.kind} ${c.technologies.join("+")} ${c.metric ?? c.topic}=${c.value ?? c.conditions.support ?? c.stance}`;
const briefs = (text: string) => extractClaims(text, EMPTY).map(brief);

describe("technologies without a catalogue", () => {
  it("an empty catalogue still recognises widely used technologies, by name and alias", () => {
    expect(EMPTY.slugsIn("We moved the queue from RabbitMQ to NATS, and the cache from Memcached to Redis.")).toEqual(
      expect.arrayContaining(["rabbitmq", "nats", "memcached", "redis"]),
    );
    expect(EMPTY.slugsIn("Postgres and MySQL")).toHaveLength(2);
    expect(EMPTY.slugsIn("Nomad or K8s")).toHaveLength(2);
  });

  it("an everyday word is a technology only as written ('next week' is not Next.js; FLASK in a heading is Flask)", () => {
    expect(EMPTY.slugsIn("We will go next week and express our thanks.")).toEqual([]);
    expect(EMPTY.slugsIn("Next.js renders on the server.")).toHaveLength(1);
    expect(EMPTY.slugsIn("FLASK — small and explicit")).toHaveLength(1);
  });

  it("a server, runtime or API style named beside a framework is its setting, not its rival", () => {
    expect(briefs("Django on Gunicorn served about 5,000 requests per second.")).toEqual([
      "performance django throughput=5000",
    ]);
  });

  it("the sides of 'X vs Y' in a heading become proposed technologies when nobody knows them", () => {
    const { claims, proposed } = extractDocument(
      "# Zephyrdb vs Quillstream: a week with both\n\nQuillstream does not support secondary indexes.",
      EMPTY,
    );
    expect(proposed.map((t) => t.name)).toEqual(["Quillstream"]);
    expect(claims.map(brief)).toEqual(["feature quillstream secondary-index=missing"]);
  });

  it("a heading listing three or more names, and sibling headings that are each a name, name compared things", () => {
    const { proposed } = extractDocument(
      [
        "# Sound codecs: Vorbex presets, QOAC, Trill9 and Mumble-XQ",
        "",
        "We tried Trill9 first and then went back to Vorbex for speech. Trill9 supports gapless playback.",
        "Mumble-XQ does not support streaming. Vorbex has a built-in equalizer.",
        "",
        "## Installation",
        "",
        "## Usage",
        "",
        "### Rivals to Vorbex",
        "",
        "#### QOAC",
        "",
        "QOAC halves the size of a Vorbex file.",
        "",
        "#### Wavelet",
        "",
        "Wavelet is slower to decode than QOAC, and in tests Wavelet lost twice; we keep Wavelet for music.",
      ].join("\n"),
      EMPTY,
    );
    expect(proposed.map((t) => t.name).sort()).toEqual(["Mumble-XQ", "QOAC", "Trill9", "Vorbex", "Wavelet"]);
  });

  it("a lower-case package named by its own heading, and what the page says it compares", () => {
    const { claims } = extractDocument(
      [
        "# Comparisons",
        "",
        "In this section we compare quillparse to other parsing libraries.",
        "",
        "quillparse does not support streaming input. Everyone likes quillparse.",
        "",
        "## tarnlex",
        "",
        "tarnlex reuses buffers between calls.",
        "",
        "## spindle-json",
        "",
        "spindle-json lacks schema validation.",
      ].join("\n"),
      EMPTY,
    );
    expect(claims.map(brief)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^feature quillparse /),
        expect.stringMatching(/^feature tarnlex /),
        expect.stringMatching(/^feature spindle-json /),
      ]),
    );
  });

  it("a name of several words coordinated with a known technology is discovered whole, short of a known name after it", () => {
    const { claims } = extractDocument(
      "Neon and Tessaly Cove both offer connection pooling.\n\nIn the end I picked Neon and Tessaly Cove Postgres.\n\n" +
        "Consider Tessaly Cove if you want every database setting tuned for Postgres by its own support team.\n",
      EMPTY,
    );
    const advice = claims.find((c) => c.kind === "recommendation");
    expect(advice?.technologies).toEqual(["tessaly-cove"]);
    expect(advice?.statement).toBe(
      "Use Tessaly Cove if you want every database setting tuned for Postgres by its own support team.",
    );
  });

  it("never proposes a kind of software or an edition ('API', 'ORM', 'Studio', 'Pro') as a technology", () => {
    const { proposed } = extractDocument(
      "## Knex vs Kysely\n\nWhile Kysely and Knex solve similar problems, they work in different ways.\n\n## API design\n\n" +
        "Knex mirrors SQL in its API while Kysely Builder provides a typed layer.\n\n" +
        "For the few reports that cannot be written with the Kysely Builder API, Kysely also offers raw SQL.\n",
      EMPTY,
    );
    expect(proposed.map((p) => p.name)).not.toContain("API");
  });
});

describe("claims in plain sentences", () => {
  it("reads capabilities, what a technology lacks, and what kind of thing it is", () => {
    expect(briefs("Apache Kafka stores every event in a replicated log.")).toEqual([
      expect.stringMatching(/^feature kafka .*=built-in$/),
    ]);
    expect(briefs("Memcached has no persistence, and it does not support secondary indexes.")).toEqual([
      "feature memcached persistence=missing",
      "feature memcached secondary-index=missing",
    ]);
    expect(briefs("ClickHouse is a columnar database built for analytics.")).toEqual([
      expect.stringMatching(/^feature clickhouse columnar-database=built-in$/),
    ]);
    expect(briefs("Astro supports MDX out of the box without plugins.")).toEqual([
      expect.stringMatching(/^feature astro mdx=built-in$/),
    ]);
  });

  it("reads a pros and cons list under a technology's heading, whose items have no subject of their own", () => {
    const text =
      "## Playwright\n\nPros:\n\n- Supports parallel test runs across browsers\n- No built-in visual regression testing\n- Built on the DevTools protocol\n";
    expect(briefs(text)).toEqual([
      "feature playwright parallel-test-runs-across-browser=built-in",
      "feature playwright visual-regression-testing=missing",
      "feature playwright built-on-devtools-protocol=built-in",
    ]);
  });

  it("reads advice for and against, with its use case", () => {
    expect(briefs("Use Redis when you need a shared cache across servers.")).toEqual([
      expect.stringMatching(/^recommendation redis .*shared-cache-across-servers=SUPPORTS$/),
    ]);
    expect(briefs("Kubernetes is overkill for a single small side project.")).toEqual([
      expect.stringMatching(/^opinion kubernetes not-for-single-small-side-project=CONTRADICTS$/),
    ]);
    expect(briefs("For teams that want zero configuration, Caddy is the better choice.")).toHaveLength(1);
  });

  it("keeps a list's last item, after its serial comma, in the capability it belongs to", () => {
    expect(
      extractClaims("PostgreSQL and MySQL enable fast, scalable, and efficient data retrieval.", EMPTY).map(
        (c) => c.statement,
      ),
    ).toEqual([
      "PostgreSQL enables fast, scalable, and efficient data retrieval.",
      "MySQL enables fast, scalable, and efficient data retrieval.",
    ]);
    expect(
      extractClaims("asdf installs the plugin, installs the runtime, and sets the version.", EMPTY).map(
        (c) => c.statement,
      ),
    ).toEqual(["Asdf installs the plugin, installs the runtime, and sets the version."]);
  });

  it("keeps a long use case whole, or cuts it where one of its parts ends, never mid-phrase", () => {
    const [whole] = extractClaims(
      "Consider Northflank if your app and users are mostly in Europe, or if your team thinks mainly in terms of Docker images.",
      EMPTY,
    );
    expect(whole.statement).toBe(
      "Use Northflank if your app and users are mostly in Europe, or if your team thinks mainly in terms of Docker images.",
    );
    const [cut] = extractClaims(
      "Consider Railway if your priorities are quick builds and previews for every branch, or you would rather drive your infrastructure through a web page than a terminal most of the working day.",
      EMPTY,
    );
    expect(cut.statement).toBe("Use Railway if your priorities are quick builds and previews for every branch.");
  });

  it("a section named 'Recommendations for others' is no use case; a section naming who it is for is", () => {
    const statements = (text: string) => extractClaims(text, EMPTY).map((c) => c.statement);
    expect(statements("## Recommendations for others\n\nConsider Neon.\n")).toEqual([]);
    expect(statements("## Small teams\n\nConsider Neon.\n")).toEqual(["Use Neon for small teams."]);
  });

  it("reads facts: releases, versions, licences and counts", () => {
    expect(briefs("RabbitMQ was first released in 2007.")).toEqual(["fact rabbitmq release_year=2007"]);
    expect(briefs("Redis is licensed under the BSD license.")).toEqual([expect.stringMatching(/^fact redis licence=/)]);
    expect(briefs("Vite has more than 70k GitHub stars.")).toEqual(["fact vite stars=70000"]);
  });

  it("reads evaluations of the technology a sentence is about, but not sentences about the article", () => {
    expect(briefs("Honestly, Jenkins feels clunky next to newer CI tools.")).toEqual([
      expect.stringMatching(/^opinion jenkins .*=/),
    ]);
    expect(briefs("In this article we compare Jenkins and GitHub Actions in depth.")).toEqual([]);
  });

  it("a feature-list item that praises is an opinion; one that names a capability, digits in its name included, a feature", () => {
    const text =
      "## Pulsar\n\nPros:\n\n- HTTP/2 support.\n- Top-level await\n- Good customer support.\n- The CLI is fantastic.\n- Minimal overhead\n- Large community\n";
    expect(briefs(text)).toEqual([
      "feature pulsar http-2=built-in",
      "feature pulsar top-level-await=built-in",
      "opinion pulsar good-customer-support=SUPPORTS",
      "opinion pulsar the-cli-is-fantastic=SUPPORTS",
      "opinion pulsar minimal-overhead=SUPPORTS",
      "opinion pulsar large-community=SUPPORTS",
    ]);
  });

  it("an item of one technology's list that says something of another is about the other", () => {
    const text =
      "## Nomad\n\nPros:\n\n- The Kubernetes scheduler is complex.\n- Native Consul integration\n- Managed Postgres\n\nCons:\n\n- HA Postgres databases are not available.\n";
    expect(briefs(text)).toEqual([
      expect.stringMatching(/^opinion kubernetes /),
      expect.stringMatching(/^feature nomad .*consul.*=built-in$/),
      expect.stringMatching(/^feature nomad .*postgres.*=built-in$/),
      expect.stringMatching(/^feature nomad .*postgres.*=missing$/),
    ]);
  });

  it("reads a capability whose subject is not where the sentence starts", () => {
    // Two subjects of a plural kind: each is one of that kind.
    expect(extractClaims("Both Svelte and SolidJS are compiled frameworks.", EMPTY).map((c) => c.statement)).toEqual([
      "Svelte is a compiled framework.",
      "SolidJS is a compiled framework.",
    ]);
    // A clause of its own after a conjunction; "X and Y" stays a pair of subjects.
    expect(briefs("Deploys are simple because it is one binary and Go has cheap goroutines.")).toEqual([
      expect.stringMatching(/^feature go cheap-goroutine=built-in$/),
    ]);
    expect(briefs("We had to add a scheduler since Sidekiq does not ship a cron feature.")).toEqual([
      expect.stringMatching(/^feature sidekiq .*cron.*=missing$/),
    ]);
    // A comparison between the subject and its verb is an aside.
    expect(briefs("Quart, like Flask, ships Jinja2 templates.")).toEqual([expect.stringMatching(/^feature quart /)]);
    // A technology fronted as the setting: what the clause says there, it says of the technology.
    expect(briefs("In Elixir, processes are cheap to spawn by the thousand.")).toEqual([
      expect.stringMatching(/^feature elixir process.*=built-in$/),
    ]);
    expect(briefs("With Flutter and React Native, you can embed one screen in an existing native app.")).toEqual([
      expect.stringMatching(/^feature flutter .*=built-in$/),
      expect.stringMatching(/^feature react-native .*=built-in$/),
    ]);
  });

  it("a plural kind said of one thing, a pointer back, a number and a compound word are not capabilities", () => {
    expect(briefs("ScyllaDB is outperforming the other databases.")).not.toContainEqual(
      expect.stringMatching(/^feature/),
    );
    expect(briefs("But with Solid Queue, all that hassle is gone.")).toEqual([]);
    expect(briefs("In Redis, the p99 was 2 ms.")).not.toContainEqual(expect.stringMatching(/^feature/));
    expect(briefs("In Ruby, we never ask whether we can create another object.")).toEqual([]);
    // "key" in "key-value" is no praise: a kind of store, not an opinion.
    expect(briefs("Valkey is a key-value store.")).toEqual([
      expect.stringMatching(/^feature valkey key-value-store=built-in$/),
    ]);
  });

  it("every quote is the exact source span", () => {
    const text = "Intro line.\nMemcached has no persistence, and it does not support secondary indexes.\n";
    for (const c of extractClaims(text, EMPTY)) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });
});

describe("a resolver extended with technologies learned during an import", () => {
  it("stays open: a later document's own new names are still discovered", () => {
    const text = "# Zephyrdb vs Quillstream: a week with both\n\nQuillstream does not support secondary indexes.";
    const learned = EMPTY.extendedWith([{ slug: "gunicorn", name: "Gunicorn", aliases: [], proposed: true }]);
    expect(learned.open).toBe(true);
    expect(extractDocument(text, learned)).toEqual(extractDocument(text, EMPTY));
  });
});

describe("a word for a kind of thing", () => {
  it("is never proposed as a technology, where a table's header puts it beside products", () => {
    const text = [
      "# Cold storage for backups",
      "",
      "| | Big cloud | Smaller cloud | Backblaze B2 | Wasabi |",
      "|---|---|---|---|---|",
      "| Egress | $90/TB | $10/TB | $10/TB | free |",
      "| Minimum term | 90 days | none | none | 90 days |",
      "",
      "| Provider | Storage |",
      "|---|---|",
      "| Backblaze B2 | $6/TB |",
      "| Wasabi | $7/TB |",
    ].join("\n");
    const names = discoverTechnologies(text, new TechResolver([])).map((t) => t.name.toLowerCase());
    for (const kind of ["cloud", "big cloud", "smaller cloud", "provider"]) expect(names).not.toContain(kind);
  });
});
