/** @jest-environment node */
// A label line coloured by a mark ("⚠️ **Considerations:**") under a technology's heading opens its list of
// weaknesses, as the plain label would (our own text).
import { extractClaims } from "@/lib/extract";
import { TECHS } from "./technologies";

describe("a marked label opens the technology's list", () => {
  it("reads the items under '⚠️ Considerations:' as the section technology's weaknesses", () => {
    const text = ["## Flask", "", "⚠️ **Considerations:**", "- Smaller ecosystem", "- More manual setup required"].join(
      "\n",
    );
    const out = extractClaims(text, TECHS);
    expect(out.length).toBe(2);
    expect(out.every((c) => c.technologies[0] === "flask")).toBe(true);
    expect(out.map((c) => c.quote)).toEqual(["Smaller ecosystem", "More manual setup required"]);
  });
});

describe("a 'Where X is better:' list", () => {
  it("recommends X for each conditional item and leaves the others to the sentence rules", () => {
    const text = [
      "## Django vs. Flask",
      "",
      "### Summary",
      "",
      "Where Flask is better:",
      "",
      "- If you're building a small service.",
      "- Fewer moving parts for one-file apps.",
      "",
      "Where Django is better:",
      "",
      "- If you need an admin for editors.",
    ].join("\n");
    const recs = extractClaims(text, TECHS).filter((c) => c.kind === "recommendation");
    expect(recs.map((c) => `${c.technologies[0]}: ${c.statement}`)).toEqual([
      "flask: Use Flask when you're building a small service.",
      "django: Use Django when you need an admin for editors.",
    ]);
  });
});
