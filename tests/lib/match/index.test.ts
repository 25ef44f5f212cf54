// The claim index narrows findSame (exact sub-blocks, token prefix filter) without changing its answer:
// the first same assertion in block order, as a scan of the whole block finds it.
import { ClaimIndex, sameAssertion, type IndexedClaim } from "@/lib/match/index";

let seed = 7;
const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
const WORDS = ["admin", "fast", "slow", "orm", "scale", "teams", "small", "large", "async", "typed", "mature", "simple"];
const KINDS = ["performance", "feature", "fact", "recommendation", "opinion"];

function claim(i: number): IndexedClaim {
  const kind = KINDS[rand(KINDS.length)];
  const statement = Array.from({ length: 1 + rand(5) }, () => WORDS[rand(WORDS.length)]).join(" ");
  return {
    id: `c${i}`, slug: `c${i}`, kind, technologies: [["django"], ["flask"], ["django", "flask"]][rand(3)],
    topic: kind === "recommendation" ? statement.replace(/ /g, "-") : kind === "feature" ? WORDS[rand(3)] : null,
    metric: kind === "performance" ? "throughput" : kind === "fact" ? "release_year" : null,
    value: kind === "performance" ? 1000 + rand(400) : kind === "fact" ? 2005 + rand(4) : null, unit: null,
    conditions: kind === "performance" ? { hardware: `${1 + rand(3)}-vcpu`, ...(rand(2) ? { before: "x" } : {}) } : kind === "feature" ? { support: ["built-in", "missing"][rand(2)] } : kind === "opinion" ? { stance: ["pro", "con"][rand(2)] } : {},
    statement,
  };
}

describe("the claim index", () => {
  it("finds the same first match as scanning the whole block, while comparing far fewer claims", () => {
    const index = new ClaimIndex();
    for (let i = 0; i < 3000; i++) index.add(claim(i));
    let scanned = 0;
    for (let i = 0; i < 500; i++) {
      const candidate = claim(10_000 + i);
      const block = index.block(candidate);
      scanned += block.length;
      const expected = block.find((existing) => sameAssertion(existing, candidate)) ?? null;
      expect(index.findSame(candidate)?.id ?? null).toBe(expected?.id ?? null);
    }
    expect(index.comparisons).toBeLessThan(scanned / 2);
  });

  it("learns claims added after it was built", () => {
    const index = new ClaimIndex();
    const first = claim(1);
    expect(index.findSame({ ...first, id: "other" })).toBeNull();
    index.add(first);
    expect(index.findSame({ ...first, id: "other" })?.id).toBe(first.id);
  });
});
