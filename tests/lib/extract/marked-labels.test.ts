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
