/** @jest-environment node */
// Which technology a claim is about when a sentence names several: contrasts, asides, pronouns, headings,
// coordinated subjects, and setups that are conditions rather than facts. Every text here is our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";
import { frontedEnd } from "@/lib/extract/attribution";

const EMPTY = new TechResolver([]);
const brief = (c: CandidateClaim) =>
  `${c.kind} ${c.technologies.join("+")} ${c.metric ?? c.topic}=${c.value ?? c.conditions.support ?? c.stance}`;
const claims = (text: string) => extractClaims(text, EMPTY);
const briefs = (text: string) => claims(text).map(brief);
const about = (text: string) => [
  ...new Set(
    claims(text)
      .filter((c) => c.kind === "feature")
      .flatMap((c) => c.technologies),
  ),
];

describe("contrasts: the claim is about the subject, never the other side", () => {
  it("'Unlike X, Y …' is about Y", () => {
    expect(briefs("Unlike Redis, Memcached has no persistence.")).toEqual(["feature memcached persistence=missing"]);
    expect(about("Unlike Kafka, RabbitMQ supports per-message acknowledgements.")).toEqual(["rabbitmq"]);
    expect(about("Unlike Express, Fastify does not ship an admin panel.")).toEqual(["fastify"]);
  });

  it("'Compared to X, Y …', 'In contrast to X, Y …' and 'Like X, Y …' are about Y", () => {
    expect(about("Compared with MySQL, PostgreSQL has richer JSON support.")).toEqual(["postgresql"]);
    expect(about("In contrast to Docker, Podman runs rootless containers by default.")).toEqual(["podman"]);
    expect(briefs("In contrast to Docker, Podman works without a daemon.")).toEqual(["feature podman daemon=missing"]);
    expect(about("Like Vite, Turbopack uses native code for its transforms.")).toEqual(["turbopack"]);
  });

  it("a comparison keeps both sides of a judgement, its subject first", () => {
    const [c] = claims("Memcached is simpler than Redis.");
    expect([c.kind, c.technologies]).toEqual(["opinion", ["memcached", "redis"]]);
  });

  it("'Y, on the other hand, …' and 'Y, however, …' reach the verb past the aside", () => {
    expect(
      briefs(
        "Kafka keeps every event in a log. RabbitMQ, on the other hand, deletes a message once consumers acknowledge it.",
      ).map((b) => b.split(" ")[1]),
    ).toEqual(["kafka", "rabbitmq"]);
    const [c] = claims("Kafka, however, does not support per-message acknowledgements.");
    expect([brief(c), c.statement]).toEqual([
      "feature kafka per-message-acknowledgement=missing",
      "Apache Kafka does not support per-message acknowledgements.",
    ]);
  });
});

describe("subordinate mentions: what a technology is built on is not its subject", () => {
  it("an appositive naming another technology is skipped", () => {
    // (What it is built on is a fact relating the two: prose-reader.test.ts.)
    expect(briefs("FastAPI, built on Starlette, supports WebSockets.")).toEqual([
      "fact fastapi+starlette built-on-starlette=SUPPORTS",
      "feature fastapi websocket=built-in",
    ]);
    expect(about("Django REST framework, which sits on top of Django, adds serializers.")).toEqual(["drf"]);
  });

  it("a clause cut before its object says nothing", () => {
    expect(briefs("Ripgrep is built on top of")).toEqual([]);
  });

  it("'built on X' is what the subject is made from; the next 'It' is still the subject", () => {
    expect(about("FastAPI is built on Starlette and Pydantic. It generates OpenAPI docs automatically.")).toEqual([
      "fastapi",
    ]);
  });
});

describe("pronouns resolve to the previous sentence's subject, not to any name", () => {
  it("'It' after a contrast is the subject of the sentence before, not its other side", () => {
    expect(briefs("Unlike Redis, Memcached is multi-threaded. It has no persistence.")).toEqual([
      "feature memcached multi-threaded=built-in",
      "feature memcached persistence=missing",
    ]);
  });

  it("'Unlike X, it …' under a technology's heading stays about that technology", () => {
    expect(
      about("## Django\n\nDjango ships an ORM. Unlike Flask, it includes an admin. It also has migrations."),
    ).toEqual(["django"]);
  });

  it("a clause led by 'it' is about the sentence's subject even when it names another technology", () => {
    expect(
      about("## Caddy\n\nIts config is short. It hands certificates to Let's Encrypt and renews them automatically."),
    ).toEqual(["caddy"]);
  });
});

describe("headings", () => {
  it("a sub-heading naming one technology makes the section about it; one naming none keeps the enclosing section's", () => {
    const text =
      "## Generators\n\n### Hugo\n\n- Ships a built-in image pipeline\n\n### Jekyll\n\nIt supports Liquid templates.\n\n## Hugo\n\n### Templates\n\nIt supports shortcodes.";
    expect(briefs(text)).toEqual([
      "feature hugo image-pipeline=built-in",
      "feature jekyll+liquid liquid-template=built-in",
      "feature hugo shortcode=built-in",
    ]);
  });
});

describe("coordinated subjects", () => {
  it("'X and Y both …' and 'Both X and Y …' give each the claim, stated in the singular", () => {
    const both = claims("Django and Flask both support Jinja templates.");
    expect(both.map(brief)).toEqual([
      "feature django+jinja jinja-template=built-in",
      "feature flask+jinja jinja-template=built-in",
    ]);
    expect(both[1].statement).toBe("Flask supports Jinja templates.");
    expect(briefs("Both Vitest and Jest ship snapshot testing.")).toEqual([
      "feature vitest snapshot-testing=built-in",
      "feature jest snapshot-testing=built-in",
    ]);
  });
});

describe("setups are conditions, not facts", () => {
  it("a setup sentence is carried to every figure of its section", () => {
    const text =
      "## Benchmark\n\nAll runs used Node 20 and PostgreSQL 16 on 8 vCPU.\n\nFastify served 48,000 req/s. Express served 14,000 req/s.";
    const out = claims(text);
    expect(out.map(brief)).toEqual(["performance fastify throughput=48000", "performance express throughput=14000"]);
    for (const c of out)
      expect(c.conditions).toMatchObject({ versions: "Node.js 20, PostgreSQL 16", hardware: "8 vCPU" });
  });

  it("reads the setup of a sentence in the same paragraph as the figure, including a version inside the name", () => {
    const [c] = claims("Tested with Python 3.12 on an 8 vCPU VM. Django served 1,200 req/s.");
    expect(c.conditions).toMatchObject({ versions: "Python 3.12", hardware: "8 vCPU" });
  });

  it("the version of the runtime or OS on a setup line is no fact; the versions of the compared tools stay facts", () => {
    expect(
      briefs("# Fastify vs Express\n\nEnvironment: Node.js 20.11, Ubuntu 22.04\n\nFastify reached 48,000 req/s."),
    ).toEqual(["performance fastify throughput=48000"]);
    expect(briefs("Versions: Qdrant 1.12.1, Milvus 2.5.2")).toEqual([
      "fact qdrant version=SUPPORTS",
      "fact milvus version=SUPPORTS",
    ]);
  });

  it("a sentence reporting its own figure is not a section setup", () => {
    const out = claims("We ran Fastify on 8 vCPU at 48,000 req/s.\n\nExpress served 14,000 req/s.");
    expect(out.find((c) => c.technologies[0] === "express")?.conditions.hardware).toBeUndefined();
  });
});

describe("tables", () => {
  it("a run-together row whose units stand apart from their numbers gives each column's technology its value", () => {
    const text = "Metric Vite Webpack\nCold start 300 ms 4.2 s\nHMR update 20 ms 800 ms";
    expect(briefs(text)).toEqual([
      "performance vite cold_start_time=300",
      "performance webpack cold_start_time=4.2",
      "performance vite hmr_update_time=20",
      "performance webpack hmr_update_time=800",
    ]);
  });

  it("a name in a header's parentheses is the setup of the column, not its technology; a rate header gives bare cells their unit", () => {
    const out = claims(
      "| Database | Inserts/s (PostgreSQL 16, 8 vCPU) |\n|---|---|\n| TimescaleDB | 150,000 |\n| InfluxDB | 320,000 |",
    );
    expect(out.map((c) => [c.technologies, c.value, c.unit])).toEqual([
      [["timescaledb"], 150000, "inserts/s"],
      [["influxdb"], 320000, "inserts/s"],
    ]);
    expect(out[0].conditions.setup).toBe("PostgreSQL 16, 8 vCPU");
  });

  it("cells belong to their column's technology, row by row", () => {
    expect(briefs("| | Redis | Memcached |\n|---|---|---|\n| Persistence | Yes | No |")).toEqual([
      "feature redis persistence=built-in",
      "feature memcached persistence=missing",
    ]);
  });
});

describe("fronted adverbials", () => {
  it("the subject comes after a fronted adverbial, and a name inside it is only a side reference", () => {
    expect(frontedEnd("On the other hand, Valkey is a key-value store.")).toBe("On the other hand, ".length);
    expect(frontedEnd("According to the Caddy docs, Caddy renews certificates itself.")).toBe(
      "According to the Caddy docs, ".length,
    );
    expect(frontedEnd("Historically, Nomad ran one binary.")).toBe("Historically, ".length);
    expect(frontedEnd("Valkey, on the other hand, forks Redis.")).toBe(0);
  });
});

describe("a feature after a fronted adverbial", () => {
  it("is said of the main clause's subject", () => {
    const found = extractClaims(
      "On the other hand, Valkey is a distributed key-value store.",
      new TechResolver([]),
    ).filter((c) => c.kind === "feature");
    expect(found.map((c) => c.technologies)).toEqual([["valkey"]]);
  });
});

describe("a command in a code span names its tool", () => {
  it("'`bun add` …', '`poetry lock` …': the span is the tool, what follows it is said of the tool", () => {
    expect(about("- `bun add` writes a text lockfile next to package.json.")).toEqual(["bun"]);
    expect(about("`poetry lock` resolves every dependency before it installs any.")).toEqual(["poetry"]);
  });

  it("a name in emphasis ('*attrs* supports …', '**Redis** keeps …') is the subject of what follows it", () => {
    expect(about("- *cattrs* supports every mainstream Python version including PyPy.")).toContain("cattrs");
    expect(about("**Valkey** keeps every key in memory.")).toEqual(["valkey"]);
  });

  it("an everyday-word name in lower case outside a code span is still a word", () => {
    expect(about("A warm bun supports a slice of cheese.")).toEqual([]);
  });
});
