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
    expect(features("# Redis vs Memcached\n\n## Key Features of Both\n- Pub/sub channels for fan-out messaging\n")).toEqual([]);
  });
});

it("keeps the capitals of a name that opens an item", () => {
  const out = features("## Redis Key Features\n- JavaScript client support\n");
  expect(out.map((c) => c.statement)).toEqual(["Redis: JavaScript client support."]);
});
