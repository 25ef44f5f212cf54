// The claim index narrows findSame (exact sub-blocks, token prefix filter) without changing its answer:
// the first same assertion in block order, as a scan of the whole block finds it.
import { ClaimIndex, sameAssertion } from "@/lib/match/index";
import { randomClaims } from "./support/random-claims";

const claim = randomClaims(7);

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

  it("forgets a removed claim everywhere, and answers as if it had never been added", () => {
    const claim = randomClaims(5);
    const index = new ClaimIndex();
    const kept = Array.from({ length: 800 }, (_, i) => claim(i));
    const removed = Array.from({ length: 200 }, (_, i) => claim(1000 + i));
    for (const c of kept.slice(0, 400)) index.add(c);
    for (const c of removed) index.add(c);
    for (const c of kept.slice(400)) index.add(c);
    for (const c of removed) index.remove(c);
    const fresh = new ClaimIndex();
    for (const c of kept) fresh.add(c);
    expect(index.size).toBe(fresh.size);
    for (const c of [...removed, ...Array.from({ length: 300 }, (_, i) => claim(5000 + i))]) {
      const probe = { ...c, id: `probe-${c.id}` };
      expect(index.findSame(probe)?.id ?? null).toBe(fresh.findSame(probe)?.id ?? null);
      expect(index.block(probe).map((x) => x.id)).toEqual(fresh.block(probe).map((x) => x.id));
      expect(index.comparable(probe)?.map((x) => x.id)).toEqual(fresh.comparable(probe)?.map((x) => x.id));
    }
  });
});
