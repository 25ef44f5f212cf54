/** @jest-environment node */
// Claims in the prose of "why X" essays, "why not X" answers and migration guides ("coming from Y"): the
// subject a pronoun stands for, sentences that open in lower case, what a technology is made with, a
// version's release, who owns it, advice in every common shape, and what a capability names. Read from
// the construction of the sentence, not from phrase lists. Every sentence here is our own writing.
import { extractClaims, TechResolver, type CandidateClaim } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const claims = (text: string): CandidateClaim[] => extractClaims(text, EMPTY, { unitModel: null });
const brief = (c: CandidateClaim) => [c.kind, c.technologies, c.conditions.support ?? c.conditions.status ?? null];

describe("the subject of a sentence", () => {
  it("a clause opened by a pronoun is about the technology before it, not one named after the verb", () => {
    const made = claims("Polars is quick to learn. It uses Apache Arrow under the hood.");
    expect(made.filter((c) => c.kind !== "opinion").map((c) => [c.kind, c.technologies, c.statement])).toEqual([
      ["fact", ["polars", "arrow"], "Polars uses Apache Arrow under the hood."],
    ]);
    const its = claims("Bun is popular. Its Windows support is still experimental.").filter(
      (c) => c.kind === "feature",
    );
    expect(its.map(brief)).toEqual([["feature", ["bun"], "partial"]]);
  });

  it("a sentence that opens with a lower-case name is a sentence of its own", () => {
    const made = claims("pandas evaluates every step eagerly. pandas has no lazy API.");
    expect(made.map((c) => c.quote)).toContain("pandas has no lazy API.");
    expect(made.find((c) => c.quote === "pandas has no lazy API.")?.conditions.support).toBe("missing");
  });

  it("a runtime that opens the sentence is its subject, not the setting of what it names", () => {
    const made = claims("Deno has had npm compatibility since 1.28.");
    expect(made.map((c) => [c.kind, c.technologies, c.value])).toEqual([["fact", ["deno"], 1.28]]);
  });
});

describe("what a capability says", () => {
  it("a technology named in the capability is part of the claim; where it runs is not", () => {
    expect(claims("Bun will not support running TypeScript without a build step.").map(brief)).toEqual([
      ["feature", ["bun", "typescript"], "missing"],
    ]);
    expect(claims("Nomad cannot schedule GPU jobs on Windows.").map(brief)).toEqual([
      ["feature", ["nomad"], "missing"],
    ]);
  });

  it("after a fronted subordinate clause the main clause starts at its pronoun, with its own negation", () => {
    const made = claims("Although Bun supports ES2022 it is not a drop-in replacement for Node.js.");
    expect(made.map(brief)).toEqual([
      ["feature", ["bun"], "built-in"],
      ["feature", ["bun", "nodejs"], "missing"],
    ]);
    // The quote is the whole sentence, for every claim read from it.
    expect(new Set(made.map((c) => c.quote)).size).toBe(1);
  });

  it("doing something by not having it, and lacking something an adjective names, are missing", () => {
    expect(claims("Bun stands out by not bundling a JIT tier.").map(brief)).toEqual([["feature", ["bun"], "missing"]]);
    expect(claims("Flask has no lazy loader, so every blueprint loads at start.").map(brief)).toEqual([
      ["feature", ["flask"], "missing"],
    ]);
  });
});

describe("facts in essays", () => {
  it("what a technology is made with: powered by, a wrapper around, uses B under the hood", () => {
    expect(claims("Vitest is powered by Vite.").map((c) => [c.kind, c.technologies])).toEqual([
      ["fact", ["vitest", "vite"]],
    ]);
    expect(claims("Zustand is a small wrapper around React state.").map((c) => [c.kind, c.technologies])).toEqual([
      ["fact", ["zustand", "react"]],
    ]);
    // "uses B" alone is a capability; the relation needs what follows the object.
    expect(claims("Express uses a middleware stack.").map((c) => c.kind)).toEqual(["feature"]);
  });

  it("a version's release is a fact of that version, not the technology's first release", () => {
    expect(claims("Polars 1.0 was released in July 2024.").map((c) => [c.kind, c.conditions, c.statement])).toEqual([
      ["fact", { version: "1.0", released: "2024" }, "Polars 1.0 was released in July 2024."],
    ]);
  });

  it("an owner named after its product, a licence changed by someone else, an experimental project", () => {
    expect(claims("Redis is maintained by Redis Ltd.").map((c) => c.conditions)).toEqual([{ by: "Redis Ltd" }]);
    expect(claims("HashiCorp moved Terraform's license to the BSL in 2023.").map((c) => c.conditions)).toEqual([
      { licence: "BSL", since: "2023" },
    ]);
    expect(claims("Bun is in beta.").map(brief)).toEqual([["fact", ["bun"], "beta"]]);
  });
});

describe("advice in every common shape", () => {
  const advice = (text: string) =>
    claims(text).map((c) => [c.kind, c.technologies, c.conditions.direction ?? "for", c.statement]);

  it("we (don't) recommend X for Y, you don't want X if Y", () => {
    expect(advice("We recommend Polars for tables larger than memory.")).toEqual([
      ["recommendation", ["polars"], "for", "Use Polars for tables larger than memory."],
    ]);
    expect(advice("We do not recommend Gatsby for brand-new sites.")).toEqual([
      ["opinion", ["gatsby"], "against", "Avoid Gatsby for brand-new sites."],
    ]);
    expect(advice("You probably don't want Polars if your team depends on plotting plugins.")).toEqual([
      ["opinion", ["polars"], "against", "Avoid Polars if your team depends on plotting plugins."],
    ]);
    // Wanting, not denied, advises nothing.
    expect(advice("If you want Redis, expect to run it yourself.").filter((c) => c[0] === "recommendation")).toEqual(
      [],
    );
  });

  it("prefer X over Y for Z names both, the chosen one first", () => {
    expect(advice("Prefer Vitest over Jest for fresh projects.")).toEqual([
      ["recommendation", ["vitest", "jest"], "for", "Use Vitest over Jest for fresh projects."],
    ]);
  });
});

describe("capabilities said by existence, and one name per capability", () => {
  it("'there is no X in Y', 'in Y there is no X', 'with Y you get X'", () => {
    expect(claims("There is no built-in scheduler in Celery.").map(brief)).toEqual([
      ["feature", ["celery"], "missing"],
    ]);
    expect(claims("In Polars, there is no notion of a row index.").map(brief)).toEqual([
      ["feature", ["polars"], "missing"],
    ]);
    expect(claims("With Polars you get parallel execution for free.").map(brief)).toEqual([
      ["feature", ["polars"], "built-in"],
    ]);
    // "There are many reasons to pick Celery" says nothing Celery has.
    expect(claims("There are many reasons to pick Celery.").filter((c) => c.kind === "feature")).toEqual([]);
  });

  it("a phrase that is a term of the vocabulary takes its topic; a more specific phrase keeps its own", () => {
    expect(claims("Laravel includes an admin interface.").map((c) => c.topic)).toEqual(["admin"]);
    expect(claims("Express does not offer an admin panel.").map((c) => [c.topic, c.conditions.support])).toEqual([
      ["admin", "missing"],
    ]);
    expect(claims("Flask supports Jinja templates.").map((c) => c.topic)).not.toContain("templates");
  });

  it("'does not <verb>' is a capability it lacks", () => {
    expect(claims("Dask does not optimize queries.").map(brief)).toEqual([["feature", ["dask"], "missing"]]);
  });
});

describe("advantages and trade-offs under a technology's heading", () => {
  const text = [
    "# Go routers",
    "",
    "### Fiber",
    "",
    "**Advantages:**",
    "- ✅ Request routing without reflection",
    "- ✅ Vast plugin catalogue",
    "",
    "**Trade-offs:**",
    "- ⚠️ Incompatible with the standard handler interface",
    "- ❌ Server push",
    "",
    "### Echo",
    "",
    "Benefits:",
    "- GPU offload: run handlers on accelerators",
    "- Supports graceful shutdown",
  ].join("\n");
  const made = claims(text);
  const of = (re: RegExp) =>
    made.filter((c) => re.test(c.statement)).map((c) => [c.kind, c.technologies, c.conditions.support ?? c.stance]);

  it("a label line opens the list; a leading mark is the verdict, not part of the statement", () => {
    expect(of(/routing without reflection/)).toEqual([["feature", ["fiber"], "built-in"]]);
    expect(made.find((c) => /routing without reflection/.test(c.statement))?.statement).toBe(
      "Fiber: request routing without reflection.",
    );
    expect(of(/plugin catalogue/)).toEqual([["opinion", ["fiber"], "SUPPORTS"]]);
    expect(of(/incompatible/i)).toEqual([["feature", ["fiber"], "missing"]]);
    expect(of(/server push/i)).toEqual([["feature", ["fiber"], "missing"]]);
  });

  it("a label that names a capability stays a feature; a predicate item is read as a sentence about the section's technology", () => {
    expect(of(/GPU offload/)).toEqual([["feature", ["echo"], "built-in"]]);
    expect(of(/graceful shutdown/)).toEqual([["feature", ["echo"], "built-in"]]);
  });
});

describe("a condition addressed to the reader", () => {
  it("'If you …, X' advises X only when X is the answer", () => {
    expect(
      claims("If you need a shared cache, Redis is the obvious choice.").map((c) => [c.kind, c.statement]),
    ).toEqual([["recommendation", "Use Redis if you need a shared cache."]]);
    expect(
      claims("If you are coming from pandas, Polars will feel familiar.").filter((c) => c.kind === "recommendation"),
    ).toEqual([]);
  });
});

describe("a judgement said through a verb of judging", () => {
  it("'find X hard', 'consider X slow': an opinion of X, against it when the quality is a drawback", () => {
    expect(claims("Many teams find Webpack hard to configure.").map((c) => [c.kind, c.technologies, c.stance])).toEqual(
      [["opinion", ["webpack"], "CONTRADICTS"]],
    );
    expect(claims("Most of us consider Vite pleasant to work with.").map((c) => [c.kind, c.stance])).toEqual([
      ["opinion", "SUPPORTS"],
    ]);
  });
});

describe("a lead-in cut off at its colon", () => {
  it("claims nothing itself ('X is quick because:'); the items below it still do", () => {
    const text = [
      "# Caddy vs Nginx",
      "",
      "In short, Caddy is simple because:",
      "",
      "- Caddy supports HTTP/3 out of the box",
    ].join("\n");
    const made = claims(text);
    expect(made.filter((c) => /because/.test(c.statement))).toEqual([]);
    expect(made.some((c) => /HTTP\/3/.test(c.statement))).toBe(true);
  });

  it("a complete sentence that ends in a colon is still read", () => {
    const made = claims("# Caddy vs Nginx\n\nCaddy supports HTTP/3 out of the box:\n\n- no flag to turn on");
    expect(made.some((c) => /HTTP\/3/.test(c.statement))).toBe(true);
  });
});
