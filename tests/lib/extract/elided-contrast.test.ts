/** @jest-environment node */
// A contrast whose second clause leaves its verb phrase out ("…; Zustand does not", "…, but Vue does"): the
// second technology has or lacks what the first clause says. Every text here is our own writing.
import { extractClaims, TechResolver } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const features = (text: string) =>
  extractClaims(text, EMPTY)
    .filter((c) => c.kind === "feature")
    .map((c) => [c.technologies.join("+"), c.conditions.support, c.statement]);

describe("an elided second clause of a contrast", () => {
  it("says the second technology lacks what the first requires", () => {
    expect(features("Redux requires a store provider around the app; Zustand does not.")).toEqual([
      ["redux", "built-in", "Redux requires a store provider around the app."],
      ["zustand", "missing", "Zustand does not require a store provider around the app (unlike Redux)."],
    ]);
  });

  it("says the second technology has what the first does not ship", () => {
    expect(features("Svelte does not ship a virtual DOM, but Vue does.")).toContainEqual([
      "vue",
      "built-in",
      "Vue ships a virtual DOM (unlike Svelte).",
    ]);
  });

  it("reads a name written in lower case, the statement capitalised", () => {
    expect(features("esbuild supports tree shaking while tsc does not.")).toContainEqual([
      "tsc",
      "missing",
      "tsc does not support tree shaking (unlike esbuild).",
    ]);
  });

  it("keeps what the capability is about, and reads a modal", () => {
    expect(features("Deno can run TypeScript directly, whereas Node.js cannot.")).toContainEqual([
      "nodejs+typescript",
      "missing",
      "Node.js cannot run TypeScript directly (unlike Deno).",
    ]);
  });

  it("says nothing more when the second clause goes on with a verb phrase of its own", () => {
    const out = features("Redux requires a store provider; Zustand does not need one for small apps.");
    expect(out.filter(([techs, , statement]) => techs === "zustand" && String(statement).includes("unlike"))).toEqual(
      [],
    );
  });

  it("says nothing when both clauses agree", () => {
    const out = features("Redux requires a store provider, and MobX does too.");
    expect(out.some(([techs]) => techs === "mobx")).toBe(false);
  });
});

describe("a verb of losing", () => {
  it("says the technology lacks what it loses or fails to preserve", () => {
    expect(features("jq loses the precision of large integers when it calculates.")).toEqual([
      ["jq", "missing", "Jq loses the precision of large integers when it calculates."],
    ]);
    expect(features("Kafka fails to preserve ordering across partitions.").map(([t, s]) => [t, s])).toEqual([
      ["kafka", "missing"],
    ]);
  });
});
