/** @jest-environment node */
// reStructuredText inline markup that wraps or escapes: a link whose target sits on the next line, and the escaped
// space that keeps markup apart from the text it touches ("~\ **3×**"). Our own writing.
import { parseDocument } from "@/lib/import";

const doc = (body: string[]) =>
  parseDocument({
    filename: "bindings.rst",
    bytes: Buffer.from(
      ["Binding tools", "=============", "", ".. note::", "", "   Figures from one laptop.", "", ...body].join("\n"),
    ),
  }).text;

describe("reStructuredText inline markup across lines", () => {
  it("reads a link wrapped inside its backticks as its words", () => {
    const text = doc(["We compiled the module with `Cython", "<https://cython.example>`__, and zanbind."]);
    expect(text).toContain("We compiled the module with Cython, and zanbind.");
    expect(text).not.toContain("<https://");
  });

  it("drops an escaped space, keeping the figure whole", () => {
    expect(doc(["zanbind shows a ~\\ **3× improvement** over Cython."])).toContain("a ~3× improvement over");
  });

  it("leaves literal blocks as they are", () => {
    const text = doc(["Run it::", "", "    echo `a", "    b` \\ c", "", "Done."]);
    expect(text).toContain("echo `a");
    expect(text).toContain("b` \\ c");
  });
});
