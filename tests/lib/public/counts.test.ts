import { citedSources, sourcesLabel } from "@/lib/public/counts";

describe("source counts", () => {
  const cite = (articleId: string, houseSource = false) => ({ articleId, article: { houseSource } });

  it("never counts our own write-up as a source, and says it apart", () => {
    expect(citedSources([cite("a"), cite("a"), cite("house", true)])).toEqual({ sources: 1, ourOwn: true });
    expect(sourcesLabel(1, true)).toBe("1 source, plus our own write-up");
    expect(sourcesLabel(0, true)).toBe("our own write-up only");
    expect(sourcesLabel(2)).toBe("2 sources");
  });
});
