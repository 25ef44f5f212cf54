// The English model is read only when a language helper first runs: the web server imports the
// extraction modules without extracting (the reader pool's threads do), and should not carry the
// model's ≈ 10 MB of heap for nothing.
jest.mock("wink-nlp", () => {
  const actual = jest.requireActual("wink-nlp");
  return { __esModule: true, default: jest.fn(actual) };
});

import winkNLP from "wink-nlp";

describe("the English model", () => {
  it("is not loaded by importing the extraction modules, and is loaded once on first use", async () => {
    const language = await import("@/lib/extract/language");
    await import("@/lib/extract/unit-claims");
    expect(winkNLP).not.toHaveBeenCalled();

    expect(language.isNegatedClause("Django does not support async views")).toBe(true);
    expect(language.isVerb("downloads", "Laravel downloads grew")).toBe(false);
    expect(winkNLP).toHaveBeenCalledTimes(1);
  });
});
