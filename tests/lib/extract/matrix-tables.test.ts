/** @jest-environment node */
// Comparison matrices from READMEs: an HTML table inside markdown, compared things that no catalogue or
// lexicon knows (named only by the table's shape), and ✓/✗ marks. Every text here is our own writing.
import { extractDocument, TechResolver, type CandidateClaim } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { normalizeMarkdownBody } from "@/lib/import/markdown";

const EMPTY = new TechResolver([]);
const brief = (c: CandidateClaim) =>
  `${c.kind} ${c.technologies.join("+")} ${c.metric ?? c.topic}=${c.value ?? c.conditions.support ?? ""}`;
const fromMarkdown = (md: string) => {
  const doc = parseDocument({ filename: "matrix.md", bytes: new TextEncoder().encode(md) });
  return extractDocument(doc.text, EMPTY);
};

const HTML_MATRIX = `# How three TOML readers compare

<table>
  <tr><th></th><th>tomlkit</th><th>Tomli</th><th>qtoml</th></tr>
  <tr><th colspan="4">Upkeep</th></tr>
  <tr><th>Contributors</th><td>48</td><td>21</td><td>3</td></tr>
  <tr><th>Keeps comments</th><td>✓</td><td>✗</td><td>✗</td></tr>
  <tr><th>Parse time (ms)</th><td>95</td><td>12</td><td>30</td></tr>
</table>
`;

describe("an HTML table inside a markdown document", () => {
  it("is read as rows, a heading spanning the whole table groups rows and is not one", () => {
    const text = normalizeMarkdownBody(HTML_MATRIX);
    expect(text).toContain("|  | tomlkit | Tomli | qtoml |");
    expect(text).toContain("| Contributors | 48 | 21 | 3 |");
    expect(text).not.toContain("Upkeep");
    expect(text).not.toContain("<t");
  });

  it("inside a code fence stays code, and a block that never closes is left as written", () => {
    expect(normalizeMarkdownBody("```html\n<table><tr><td>1</td></tr></table>\n```")).toContain("<table>");
    expect(normalizeMarkdownBody("<table>\n<tr><td>a</td><td>b</td></tr>\nno end")).toContain("<table>");
  });

  it("gives each compared package its figures, marks and counts, though none of them is known", () => {
    const { claims, proposed } = fromMarkdown(HTML_MATRIX);
    expect(proposed.map((t) => t.name).sort()).toEqual(["Tomli", "qtoml", "tomlkit"]);
    expect(claims.map(brief)).toEqual(
      expect.arrayContaining([
        "fact tomlkit contributors=48",
        "feature tomlkit keeps-comments=built-in",
        "feature tomli keeps-comments=missing",
        "performance qtoml parse_time=30",
      ]),
    );
  });
});

describe("compared things named by a table's shape", () => {
  it("a first column under 'Library' names the compared packages", () => {
    const { proposed } = extractDocument(
      "| Library | Stars | Licence |\n| --- | --- | --- |\n| tomlkit | 700 | MIT |\n| qtoml | 20 | MIT |\n| Tomli | 400 | MIT |",
      EMPTY,
    );
    expect(proposed.map((t) => t.name).sort()).toEqual(["Tomli", "qtoml", "tomlkit"]);
  });

  it("a header of usual column words is not a list of technologies", () => {
    const { proposed } = extractDocument(
      "|  | value | notes |\n| --- | --- | --- |\n| speed | 3 | fast |\n| size | 4 | small |",
      EMPTY,
    );
    expect(proposed).toEqual([]);
  });

  it("a header with one sentence-like cell is not a matrix of things", () => {
    const { proposed } = extractDocument(
      "|  | tomlkit | what we liked most |\n| --- | --- | --- |\n| speed | 3 | fast |",
      EMPTY,
    );
    expect(proposed).toEqual([]);
  });
});

describe("check marks", () => {
  it("✓ is support and ✗ its absence, with nothing left over as a replacement", () => {
    const { claims } = extractDocument("|  | Django | Flask |\n| --- | --- | --- |\n| Admin panel | ✓ | ✗ |", EMPTY);
    const statements = claims.map((c) => c.statement);
    expect(statements.some((s) => /Django has .*admin.* built in/i.test(s))).toBe(true);
    expect(statements.some((s) => /Flask has no built-in admin/i.test(s))).toBe(true);
    expect(statements.join(" ")).not.toMatch(/replacement is [✓✗]/);
  });
});

describe("a package named after its language", () => {
  it("'python-tomlkit' in a matrix header is its own technology, not Python", () => {
    const { claims } = extractDocument(
      "|  | python-tomlkit | Tomli |\n| --- | --- | --- |\n| Contributors | 48 | 21 |",
      EMPTY,
    );
    expect(claims.map(brief)).toEqual(expect.arrayContaining(["fact python-tomlkit contributors=48"]));
    expect(claims.some((c) => c.technologies.includes("python"))).toBe(false);
  });
});

describe("libraries down the first column, runtimes across the header", () => {
  const TABLE =
    "| Library | Node 18 | Node 20 |\n| --- | ---: | ---: |\n| toml-fast 🚀 | 1200 ops/s | 1400 ops/s |\n| smol-toml | 900 ops/s | 990 ops/s |\n| iarna-toml* | 300 ops/s | 330 ops/s |";

  it("each figure is the library's, on the runtime its column names (a condition, not a rival)", () => {
    const claims = extractDocument(TABLE, EMPTY).claims;
    const fast = claims.find((c) => c.value === 1400);
    expect(fast).toMatchObject({
      technologies: ["toml-fast"],
      unit: "ops/s",
      statement: "toml-fast: 1,400 ops/s on Node 20.",
    });
    expect(fast?.conditions.runtime).toBe("Node 20");
    expect(claims.some((c) => c.technologies.includes("nodejs"))).toBe(false);
  });

  it("emoji and footnote marks are not part of a package's name", () => {
    expect(
      extractDocument(TABLE, EMPTY)
        .proposed.map((t) => t.name)
        .sort(),
    ).toEqual(["iarna-toml", "smol-toml", "toml-fast"]);
  });
});

describe("a matrix of integrations: technologies across the header and down the rows", () => {
  // Our own writing: which client libraries each message broker's team maintains.
  const SDKS = [
    "# Client libraries",
    "",
    "| SDK | RabbitMQ | NATS | Apache Pulsar |",
    "|---|:---:|:---:|:---:|",
    "| Python | ✅ | ✅ | ✅ |",
    "| Go | ✅ | ✅ | ❌ |",
    "| Rust | ❌ | ✅ | ❌ |",
    "| Java | ✅ | ✅ | ✅ |",
  ].join("\n");

  it("reads the header's technologies as the compared ones, each row what they support", () => {
    const { claims } = fromMarkdown(SDKS);
    const features = claims.filter((c) => c.kind === "feature");
    expect(new Set(features.map((c) => c.technologies[0]))).toEqual(new Set(["rabbitmq", "nats", "pulsar"]));
    // Each claim also names the SDK's language its row is ("NATS supports Rust").
    expect(new Set(features.map((c) => c.technologies[1]))).toEqual(new Set(["python", "go", "rust", "java"]));
    expect(features.find((c) => c.technologies[0] === "pulsar" && /go/i.test(c.topic ?? ""))?.conditions.support).toBe(
      "missing",
    );
  });
});

describe("a table whose header names only technologies, over sentences", () => {
  // Our own writing: two HTTP mocking libraries side by side, a sentence per cell.
  const SIDE_BY_SIDE = [
    "# Mocking HTTP in tests",
    "",
    "| Nock | Polly.JS |",
    "|---|---|",
    "| Intercepts requests made through the Node.js http module. | Records real responses and replays them later. |",
    "| Does not run in the browser. | Runs in the browser and in Node.js. |",
  ].join("\n");

  it("reads each cell as a feature of its column's technology, a negated one as missing", () => {
    const { claims } = fromMarkdown(SIDE_BY_SIDE);
    expect(claims.map((c) => [c.technologies.join("+"), c.statement, c.conditions.support])).toEqual([
      ["nock", "Nock: intercepts requests made through the Node.js http module.", "built-in"],
      ["polly", "Polly: records real responses and replays them later.", "built-in"],
      ["nock", "Nock: does not run in the browser.", "missing"],
      ["polly", "Polly: runs in the browser and in Node.js.", "built-in"],
    ]);
  });
});

describe("a stop sign in a feature matrix", () => {
  it("says the capability is missing, as a cross does; an orange diamond says partial", () => {
    const text = [
      "# SWR vs RTK Query",
      "",
      "| | SWR | RTK Query |",
      "|---|---|---|",
      "| Polling | ✅ | ✅ |",
      "| Infinite queries | 🔶 | 🛑 |",
      "| Query cancellation | 🛑 | ✅ |",
    ].join("\n");
    const rated = extractDocument(text, EMPTY)
      .claims.filter((c) => c.kind === "feature")
      .map((c) => [c.technologies.join(), c.topic, c.conditions.support]);
    expect(rated).toEqual(
      expect.arrayContaining([
        ["rtk-query", "infinite-queries", "missing"],
        ["swr", "query-cancellation", "missing"],
        ["swr", "infinite-queries", "partial"],
      ]),
    );
  });
});

describe("a matrix cell saying how often the thing has it", () => {
  it("'Sometimes', 'Rarely' and '(sometimes)' are partial support, 'Rare, if any' none, without a made-up replacement", () => {
    const { claims } = fromMarkdown(`# Coordination stores

| | etcd | Apache ZooKeeper |
|---|---|---|
| Linearizable reads | Yes | Sometimes |
| Change notification | Watches | Triggers (sometimes) |
| JSON API | Yes | Rarely |
| Lock primitives | Yes | Rare, if any |
`);
    const zookeeper = claims.filter((c) => c.technologies[0] === "zookeeper");
    expect(zookeeper.map((c) => [c.topic, c.conditions.support, c.conditions.replacement ?? null])).toEqual([
      ["linearizable-reads", "partial", null],
      ["change-notification", "partial", "Triggers (sometimes)"],
      ["json-api", "partial", null],
      ["lock-primitives", "missing", null],
    ]);
  });
});
