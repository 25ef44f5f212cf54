/** @jest-environment node */
// A technology's feature list (our own examples): each noun-phrase item is a capability it has, lacks or
// partly has, kept in the item's own words.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";

const features = (text: string) => extractClaims(text, new TechResolver([])).filter((c) => c.kind === "feature");
const brief = (c: CandidateClaim) => `${c.technologies.join("+")} ${c.conditions.support} ${c.statement}`;

describe("feature lists under a technology's heading", () => {
  const text = [
    "# Redis vs Memcached",
    "",
    "## Redis Key Features",
    "- Pub/sub channels for fan-out messaging",
    "- Lua scripting without a round trip per command",
    "- Limited multi-key transactions across shards",
    "- No built-in SQL query layer",
    "- Up to 10x more throughput with pipelining",
    "- Memcached is simpler to run",
  ].join("\n");
  const out = features(text);

  it("reads each item as a capability of the heading's technology, in the item's words", () => {
    expect(out.map(brief)).toEqual([
      "redis built-in Redis: pub/sub channels for fan-out messaging.",
      "redis built-in Redis: lua scripting without a round trip per command.",
      "redis partial Redis: limited multi-key transactions across shards.",
      "redis missing Redis: no built-in SQL query layer.",
    ]);
    for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("leaves figures and items led by another technology to the sentence rules", () => {
    expect(out.some((c) => /10x/.test(c.statement))).toBe(false);
    expect(out.some((c) => c.technologies.includes("redis") && /simpler/.test(c.statement))).toBe(false);
  });

  it("a list under a heading that names no single technology is not a feature list", () => {
    expect(
      features("# Redis vs Memcached\n\n## Key Features of Both\n- Pub/sub channels for fan-out messaging\n"),
    ).toEqual([]);
  });
});

it("keeps the capitals of a name that opens an item", () => {
  const out = features("## Redis Key Features\n- JavaScript client support\n");
  expect(out.map((c) => c.statement)).toEqual(["Redis: JavaScript client support."]);
});

describe("pros and cons lists", () => {
  const text = [
    "# Redis vs Memcached",
    "",
    "### Redis Pros",
    "- Friendly command-line client for newcomers",
    "- Sorted sets and streams",
    "- Richer data structures",
    "",
    "### Memcached Cons",
    "- No persistence to disk",
    "- Limited to string values",
    "- Needs a client library per language",
    "- Steeper learning curve than Redis",
  ].join("\n");
  const out = extractClaims(text, new TechResolver([]));
  const brief = (c: CandidateClaim) =>
    `${c.kind} ${c.technologies.join("+")} ${c.kind === "feature" ? c.conditions.support : c.stance} ${c.statement}`;

  it("a judged item is an opinion (for under pros, against under cons); a capability item is a feature", () => {
    expect(out.map(brief)).toEqual([
      "opinion redis SUPPORTS Redis: friendly command-line client for newcomers.",
      "feature redis built-in Redis: sorted sets and streams.",
      "opinion redis+memcached SUPPORTS Redis: richer data structures.",
      "feature memcached missing Memcached: no persistence to disk.",
      "feature memcached partial Memcached: limited to string values.",
      "opinion memcached CONTRADICTS Memcached: needs a client library per language.",
      "opinion memcached+redis CONTRADICTS Memcached: steeper learning curve than Redis.",
    ]);
    for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });
});

it("an item that opens with a capability verb stays a feature, comparative or not", () => {
  const out = extractClaims(
    "# Redis vs Memcached\n\n### Redis Pros\n- Supports more eviction policies\n",
    new TechResolver([]),
  );
  expect(out.map((c) => `${c.kind} ${c.technologies.join("+")}`)).toEqual(["feature redis"]);
});

describe("a pros and cons table under a technology's heading", () => {
  const text = [
    "# Three queue proxies",
    "",
    "### Redis",
    "| Pros | Cons |",
    "| --- | --- |",
    "| Built-in replication | Single threaded |",
    "| Lua scripting | Lacks native TLS in older versions |",
  ].join("\n");
  const claims = extractClaims(text, new TechResolver([]));

  it("reads each cell as an item of the technology's list, quoted exactly", () => {
    const redis = claims.filter((c) => c.technologies[0] === "redis");
    expect(redis.map((c) => c.quote)).toEqual([
      "Built-in replication",
      "Single threaded",
      "Lua scripting",
      "Lacks native TLS in older versions",
    ]);
    for (const c of redis) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("makes no claim of the header words themselves", () => {
    expect(claims.map((c) => c.statement).join(" ")).not.toMatch(/\bpros\b|\bcons\b/i);
  });
});

describe("a 'Why X' heading", () => {
  it("lists X's reasons, read as its strengths, not as the situations to use it in", () => {
    const text =
      "# Redis vs Memcached\n\n## Why should I use Redis?\n\n- Sorted sets and streams\n- Redis supports replication out of the box.\n";
    const out = extractClaims(text, new TechResolver([]));
    expect(out.filter((c) => c.kind === "recommendation")).toEqual([]);
    expect(out.filter((c) => c.kind === "feature").map((c) => c.statement)).toEqual([
      "Redis: sorted sets and streams.",
      "Redis has replication built in.",
    ]);
  });
});

describe("a strengths list of named qualities", () => {
  const text = [
    "# Picking a web framework",
    "",
    "## Express",
    "### Strengths:",
    "- Tiny API: Learn it in an evening",
    "- Ecosystem: A package for anything you can name",
    "- Authentication: Starter kits scaffold logins in minutes",
  ].join("\n");
  const out = extractClaims(text, new TechResolver([]));

  it("reads 'Quality: praise' as an opinion of the technology, not a capability it has", () => {
    const about = (word: RegExp) =>
      out.filter((c) => c.technologies.includes("express") && word.test(c.statement)).map((c) => c.kind);
    expect(about(/tiny api/i)).toEqual(["opinion"]);
    expect(about(/ecosystem/i)).toEqual(["opinion"]);
  });

  it("keeps an item whose label is a capability the catalogue knows as a feature", () => {
    expect(
      out.some(
        (c) => c.kind === "feature" && c.technologies.includes("express") && /authentication/i.test(c.statement),
      ),
    ).toBe(true);
  });
});

describe("what a technology can or will do", () => {
  it("a modal before a base verb is a capability; its negation is a missing one", () => {
    expect(features("Caddy will renew certificates without a cron job.").map(brief)).toEqual([
      "caddy built-in Caddy will renew certificates without a cron job.",
    ]);
    expect(
      features("Nomad cannot schedule GPU workloads on Windows.").map((c) => [c.technologies, c.conditions.support]),
    ).toEqual([[["nomad"], "missing"]]);
  });

  it("a modal that says how it fares or what it becomes is not a capability", () => {
    expect(features("Caddy can be slow under heavy reloads.")).toEqual([]);
    expect(features("Nomad will struggle with thousands of jobs.")).toEqual([]);
  });
});

describe("a list under a technology's name on a line of its own, each item said without its subject", () => {
  // Our own writing: notes on two test runners, each name bold on its own line (the importer keeps the name),
  // its items verb-led or verbless, as people jot pros and cons.
  const text = [
    "# Notes on two runners",
    "",
    "Mocha",
    "- doesn't support nested describe blocks",
    "- supports parallel runs with a flag",
    "- no support for snapshot files",
    "- is painfully slow on a cold start",
    "",
    "Jest:",
    "- ridiculously slow cold start",
    "- useless output by default",
  ].join("\n");
  const out = extractClaims(text, new TechResolver([]));
  const said = out.map((c) => `${c.kind} ${c.technologies.join("+")} ${c.conditions.support ?? ""} ${c.statement}`);

  it("writes a verb-led item with its subject, and reads what it has or lacks", () => {
    expect(said).toEqual(
      expect.arrayContaining([
        "feature mocha missing Mocha doesn't support nested describe blocks.",
        "feature mocha built-in Mocha supports parallel runs with a flag.",
        "feature mocha missing Mocha: no support for snapshot files.",
      ]),
    );
    expect(out.find((c) => /snapshot/.test(c.statement))?.topic).toBe("snapshot-file");
  });

  it("reads a judgement said without its subject as an opinion of the named technology", () => {
    expect(said).toEqual(
      expect.arrayContaining([
        "opinion mocha  Mocha is painfully slow on a cold start.",
        "opinion jest  Ridiculously slow cold start.",
        "opinion jest  Useless output by default.",
      ]),
    );
  });

  it("takes blame the sentiment lexicon scores neutral as a judgement against the technology", () => {
    const slow = out.find((c) => c.statement === "Ridiculously slow cold start.");
    expect(slow?.stance).toBe("CONTRADICTS");
    expect(out.find((c) => c.statement === "Mocha is painfully slow on a cold start.")?.stance).toBe("CONTRADICTS");
  });

  it("quotes each item exactly where it stands", () => {
    for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });
});
