import { highlightSegments, quoteInContext } from "@/lib/public/segments";

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

describe("highlightSegments", () => {
  const text = "Django has a built-in admin. FastAPI is fast. Flask is small.";

  it("marks each cited span and leaves the rest plain, reproducing the text exactly", () => {
    const segments = highlightSegments(text, [
      { start: 0, end: 28, target: "django-admin" },
      { start: 29, end: 45, target: "fastapi-fast" },
    ]);
    expect(join(segments)).toBe(text);
    expect(segments.map((s) => [s.text, s.targets])).toEqual([
      ["Django has a built-in admin.", ["django-admin"]],
      [" ", []],
      ["FastAPI is fast.", ["fastapi-fast"]],
      [" Flask is small.", []],
    ]);
  });

  it("splits overlapping spans into non-overlapping pieces that carry every claim covering them", () => {
    const segments = highlightSegments(text, [
      { start: 0, end: 20, target: "a" },
      { start: 10, end: 28, target: "b" },
    ]);
    expect(join(segments)).toBe(text);
    expect(segments.map((s) => [s.start, s.end, s.targets])).toEqual([
      [0, 10, ["a"]],
      [10, 20, ["a", "b"]],
      [20, 28, ["b"]],
      [28, text.length, []],
    ]);
    for (let i = 1; i < segments.length; i++) expect(segments[i].start).toBe(segments[i - 1].end);
  });

  it("clamps offsets past the end, ignores empty, reversed, negative-only and non-numeric spans", () => {
    const segments = highlightSegments(text, [
      { start: 46, end: 10_000, target: "tail" },
      { start: 5, end: 5, target: "empty" },
      { start: 20, end: 10, target: "reversed" },
      { start: -9, end: -1, target: "before" },
      { start: Number.NaN, end: 4, target: "nan" },
    ]);
    expect(join(segments)).toBe(text);
    expect(segments.filter((s) => s.targets.length).map((s) => [s.text, s.targets])).toEqual([
      ["Flask is small.", ["tail"]],
    ]);
  });

  it("merges duplicate citations of the same span into one highlight", () => {
    const segments = highlightSegments(text, [
      { start: 0, end: 6, target: "a" },
      { start: 0, end: 6, target: "a" },
    ]);
    expect(segments[0]).toEqual({ text: "Django", start: 0, end: 6, targets: ["a"] });
  });

  it("handles an empty text and no spans", () => {
    expect(highlightSegments("", [{ start: 0, end: 3, target: "x" }])).toEqual([]);
    expect(highlightSegments(text, [])).toEqual([{ text, start: 0, end: text.length, targets: [] }]);
  });
});

describe("quoteInContext", () => {
  const text =
    "Intro words here. " +
    "Filler sentence number one. ".repeat(10) +
    "FastAPI served 31,000 requests per second. " +
    "After text goes on. ".repeat(10);

  it("returns the quote with text before and after, cut at word boundaries with ellipses", () => {
    const quote = "FastAPI served 31,000 requests per second.";
    const start = text.indexOf(quote);
    const context = quoteInContext(text, quote, start, start + quote.length, 40);
    expect(context.located).toBe(true);
    expect(context.quote).toBe(quote);
    expect(context.before.startsWith("…")).toBe(true);
    expect(context.after.endsWith("…")).toBe(true);
    expect(text).toContain(context.before.slice(1));
    expect(text).toContain(context.after.slice(0, -1));
  });

  it("finds the quote again when the stored offsets are stale", () => {
    const quote = "FastAPI served 31,000 requests per second.";
    const context = quoteInContext(text, quote, 0, 5);
    expect(context).toMatchObject({ quote, located: true });
  });

  it("shows the quote alone, flagged, when the text no longer contains it", () => {
    expect(quoteInContext(text, "Not in the text.", 3, 10)).toEqual({
      before: "",
      quote: "Not in the text.",
      after: "",
      located: false,
    });
  });
});
