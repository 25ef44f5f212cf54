import { tagShape } from "@/lib/import/tag-shape";

describe("tagShape", () => {
  it("counts nesting and elements, leaving void and self-closing tags flat", () => {
    const html = '<div><p>One<br>two <img src="a.png"><svg><path d="M0 0"/></svg></p><p>three</p></div>';
    expect(tagShape(html)).toEqual({ depth: 3, elements: 7 });
  });

  it("closing tags bring the depth back, never below zero", () => {
    expect(tagShape("</div></div><section><article></article></section>").depth).toBe(2);
  });

  it("still counts tags whose attributes never close or run past the bound", () => {
    const unclosed = "<div class=x ".repeat(50);
    expect(tagShape(unclosed).depth).toBe(50);
    const long = `<div title="${"x".repeat(5_000)}">`.repeat(30);
    expect(tagShape(long)).toEqual({ depth: 30, elements: 30 });
  });

  it("reads text without tags as flat", () => {
    expect(tagShape("a < b and c > d, 3<4")).toEqual({ depth: 0, elements: 0 });
  });
});
