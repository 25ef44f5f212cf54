/** @jest-environment node */
// Numbers in prose read whole (our own sentences): thousands separators with decimals, ranges keep both ends,
// a stated bound ("under 5 ms") stays a bound.
import { extractClaims } from "@/lib/extract";
import { findFigures } from "@/lib/extract/figures";
import { TECHS } from "./technologies";

const claims = (text: string) => extractClaims(text, TECHS);

describe("number parsing in prose", () => {
  it("reads a rate with thousands separators and decimals as one number", () => {
    const [c] = claims("On our test box, Flask served the most traffic (7,118.25 rps) of the three.");
    expect([c.technologies, c.value, c.unit]).toEqual([["flask"], 7118.25, "req/s"]);
  });

  it("reads a time with a thousands separator as one number, never its last group", () => {
    expect(findFigures("median 1,240 ms after the warm-up").map((f) => f.value)).toEqual([1240]);
  });

  it("keeps both ends of a range written before a latency percentile", () => {
    const [c] = claims("A cold Django worker spends 180–420 ms at p50 before the first request.");
    expect([c.value, c.conditions.range]).toEqual([180, "180–420 ms"]);
    expect(c.statement).toContain("180–420 ms");
  });

  it("keeps a bound as a bound", () => {
    const [c] = claims("Express keeps cold starts under 8ms on the smallest plan.");
    expect([c.value, c.conditions.bound]).toEqual([8, "under"]);
    expect(c.statement).toContain("under 8 ms");
  });

  it("does not invent a range or a bound from an unrelated number before the figure", () => {
    const [c] = claims("In 2024 Django kept p95 latency at 45 ms.");
    expect([c.value, c.conditions.range, c.conditions.bound]).toEqual([45, undefined, undefined]);
    expect(findFigures("p50 was 12 ms").map((f) => [f.value, f.upTo, f.bound])).toEqual([[12, null, undefined]]);
  });
});

describe("the owner of a figure in a sentence naming several", () => {
  it("gives a later figure to the sentence's subject, not to the technology it was compared against", () => {
    const out = claims(
      "Flask produced the smallest bundle (38KB), 22% smaller than Django, with 12ms average build time per page.",
    );
    expect(out.filter((c) => c.unit === "ms").map((c) => c.technologies)).toEqual([["flask"]]);
  });

  it("still gives a figure to a name that is its own subject after a comparison", () => {
    const out = claims("Flask beat Express on the tiny route; Django reached 9,100 rps on it.");
    expect(out.filter((c) => c.unit === "req/s").map((c) => c.technologies)).toEqual([["django"]]);
  });
});
