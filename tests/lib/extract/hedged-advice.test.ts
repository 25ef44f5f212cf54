/** @jest-environment node */
// Advice said with a hedge is still advice: "X may be better suited for Y", "X would be worth considering for Y",
// "It is suitable for Y" under X's heading. Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

const advice = (text: string) =>
  extractDocument(text, new TechResolver([]))
    .claims.filter((c) => c.kind === "recommendation")
    .map((c) => [c.technologies.join("+"), c.topic]);

describe("hedged advice", () => {
  it("recommends the technology for the use case it names", () => {
    const text = [
      "# Svelte vs Vue",
      "",
      "## Results",
      "",
      "This shows that Svelte may be better suited for embedded widgets where bundle size matters.",
      "",
      "Vue would be worth considering for admin dashboards.",
      "",
      "## Vue",
      "",
      "It is suitable for teams that are new to front-end work.",
    ].join("\n");
    expect(advice(text)).toEqual([
      ["svelte", "embedded-widgets-where-bundle-size-matters"],
      ["vue", "admin-dashboards"],
      ["vue", "teams-that-are-new-to-front-end-work"],
    ]);
  });
});
