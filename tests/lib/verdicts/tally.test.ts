import fc from "fast-check";
import { CitationIds, SourceGraph } from "@/lib/verdicts/tally";
import { countSources } from "@/lib/verdicts/weights";
import type { EvidenceCitation, EvidenceClaim } from "@/lib/verdicts/types";
import { claim } from "./fixtures";

/** A claim holding exactly these citations (countSources reads only the citations). */
const holding = (citations: EvidenceCitation[]): EvidenceClaim => ({
  ...claim(["django"], "Django has an admin"),
  citations,
});
const ids = new CitationIds();
/** A citation's article and key as the graph numbers them. */
const numbered = (c: EvidenceCitation): [number, number] => {
  const { pairs } = ids.of(holding([c]));
  return [pairs[0], pairs[1]];
};

describe("independent sources kept up to date (SourceGraph)", () => {
  it("counts what countSources counts after any mix of citations coming and going", () => {
    // Few articles and keys, so citations join and split components often; a citation may be held twice.
    const citation = fc.record({
      articleId: fc.constantFrom("a1", "a2", "a3", "a4", "a5", "a6"),
      sourceKey: fc.constantFrom("k1", "k2", "k3", "k4"),
      publishedAt: fc.constant(null),
    });
    const op = fc.tuple(fc.boolean(), citation, fc.nat(40));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const graph = new SourceGraph();
        const held: EvidenceCitation[] = [];
        for (const [adding, c, pick] of ops) {
          if (adding || held.length === 0) {
            held.push(c);
            graph.add(...numbered(c));
          } else {
            const [gone] = held.splice(pick % held.length, 1);
            graph.remove(...numbered(gone));
          }
          expect(graph.components).toBe(countSources([holding(held)]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a removal that splits a source in two counts two sources again", () => {
    const graph = new SourceGraph();
    const bridge = numbered({ articleId: "a2", sourceKey: "k1", publishedAt: null });
    graph.add(...numbered({ articleId: "a1", sourceKey: "k1", publishedAt: null }));
    graph.add(...bridge);
    graph.add(...numbered({ articleId: "a2", sourceKey: "k2", publishedAt: null }));
    graph.add(...numbered({ articleId: "a3", sourceKey: "k2", publishedAt: null }));
    expect(graph.components).toBe(1);
    graph.remove(...bridge);
    expect(graph.components).toBe(2);
  });
});
