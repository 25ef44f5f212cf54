/** @jest-environment node */
// A pronoun object stands for what its section's heading names ("Both Lerna and Rush support it." under
// "## 3. Remote build caching"); with no such heading, "supports it" says nothing checkable. Every text here is
// our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

const claimsOf = (text: string) => extractDocument(text, new TechResolver([])).claims;
const features = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === "feature")
    .map((c) => [c.technologies.join("+"), c.statement, c.conditions.support]);

describe("a pronoun object under a capability heading", () => {
  it("says the heading's capability in each subject's statement", () => {
    const text = [
      "# Lerna vs Rush",
      "",
      "## 3. Remote build caching",
      "",
      "Sharing results across machines saves CI time.",
      "",
      "- Both Lerna and Rush support it.",
      "- Bazel doesn't offer it.",
      "",
    ].join("\n");
    expect(features(text)).toEqual([
      ["lerna", "Lerna supports remote build caching.", "built-in"],
      ["rush", "Rush supports remote build caching.", "built-in"],
      ["bazel", "Bazel doesn't offer remote build caching.", "missing"],
    ]);
  });

  it("keeps no capability whose only object is a pronoun when the heading names none", () => {
    const text = ["# Lerna vs Rush", "", "## Overview", "", "Lerna supports it.", ""].join("\n");
    expect(features(text)).toEqual([]);
  });
});

describe("'This' as a subject", () => {
  it("stands for the sentence before, not the section's technology; 'this library' names it", () => {
    const text = [
      "# Lerna vs Rush",
      "",
      "## Rush",
      "",
      "Rush needs a lot of setup. This includes learning its config files and a new CLI.",
      "",
      "This tool supports phased builds.",
      "",
    ].join("\n");
    expect(features(text).map(([, statement]) => statement)).toEqual([
      "Rush needs a lot of setup.",
      "Rush supports phased builds.",
    ]);
  });
});

describe("'Both' under a heading that names one thing", () => {
  it("is the two technologies the document compares, never the heading's one", () => {
    const text = [
      "# SeaweedFS vs JuiceFS",
      "",
      "## Protocols",
      "",
      "### WebDAV",
      "",
      "Both support the WebDAV protocol.",
    ].join("\n");
    expect(features(text).map(([techs, , support]) => [techs, support])).toEqual([
      ["seaweedfs", "built-in"],
      ["juicefs", "built-in"],
    ]);
  });
});
