/** @jest-environment node */
// A claim's statement reads as plain words: the source's markdown and HTML (code marks, links,
// emphasis, escapes, line breaks, footnote marks, entities) are gone from it, while its quote stays the
// source's exact text. Every text here is our own writing.
import { extractClaims, TechResolver } from "@/lib/extract";
import { featureStatement, rateSupport, type FeatureDef } from "@/lib/extract/features";
import { namedSubject, readableStatement } from "@/lib/extract/statement-text";

describe("readableStatement", () => {
  it.each([
    ["Quarkbase exposes `$rawQuery` for SQL by hand.", "Quarkbase exposes $rawQuery for SQL by hand."],
    ["Use ``a`b`` as the key.", "Use a`b as the key."],
    [
      "Lumen ships [a query planner](https://example.org/planner) of its own.",
      "Lumen ships a query planner of its own.",
    ],
    ["Lumen is **much** faster and *far* lighter than __Tarn__.", "Lumen is much faster and far lighter than Tarn."],
    [
      "Tarn signs requests with KEYS \\(its own key format\\) \\*always\\*.",
      "Tarn signs requests with KEYS (its own key format) *always*.",
    ],
    [
      "Tarn is still young.<br>Do not move production to it yet.",
      "Tarn is still young. Do not move production to it yet.",
    ],
    ["Lumen has no GraphQL<br/>a proxy adds it", "Lumen has no GraphQL; a proxy adds it"],
    ["<sup>2</sup>—Tarn runs in the browser only.", "Tarn runs in the browser only."],
    ["Queues &amp; topics are both <b>durable</b>.", "Queues & topics are both durable."],
  ])("%s", (written, readable) => expect(readableStatement(written)).toBe(readable));

  it("keeps what only looks like markup: names with underscores, a starred mark, arithmetic", () => {
    const text = "snake_case_tool and Y* and 2*3*4 and a * b stay as written.";
    expect(readableStatement(text)).toBe(text);
  });

  it("stays linear on long runs of markup characters", () => {
    const hostile = "`*_[<&\\".repeat(20_000);
    expect(typeof readableStatement(hostile)).toBe("string");
  });
});

describe("extracted claims", () => {
  const resolver = () => new TechResolver([{ slug: "quarkbase", name: "Quarkbase", aliases: [] }]);

  it("state the words without the article's code marks, while the quote keeps them", () => {
    const text = "# Notes on Quarkbase\n\nQuarkbase supports raw SQL queries through `$rawQuery` and `$rawExecute`.\n";
    const claim = extractClaims(text, resolver()).find((c) => /rawQuery/.test(c.statement));
    expect(claim?.statement).not.toMatch(/`/);
    expect(claim?.statement).toMatch(/\$rawQuery and \$rawExecute/);
    expect(claim && text.slice(claim.start, claim.end)).toBe(claim?.quote);
    expect(claim?.quote).toMatch(/`\$rawQuery`/);
  });
});

describe("a missing feature's statement", () => {
  const integrations: FeatureDef = {
    topic: "built-in-and-plugin-integrations",
    label: "built-in and plugin integrations",
    pattern: /integrations/i,
  };

  it("does not say built-in twice when the feature's name starts with it", () => {
    expect(featureStatement("Tarn", integrations, "missing", null)).toBe(
      "Tarn has no built-in and plugin integrations.",
    );
  });

  it("is not read as missing from a description that mentions add-ons in passing", () => {
    expect(rateSupport("Four official clients and a dozen third-party ones, tested on Linux.")).toBeNull();
    expect(rateSupport("needs the lumen-admin package")?.support).toBe("missing");
    expect(rateSupport("Third-party (TarnAdmin)")?.support).toBe("missing");
  });

  it("takes no footnote mark for a replacement", () => {
    expect(rateSupport("❌ <sup>1</sup>")).toEqual({ support: "missing", replacement: null });
  });
});

describe("a statement that names its subject only by a pronoun", () => {
  it("names its one technology instead of 'It' and 'Its', and leaves 'They' (its verb would need agreeing)", () => {
    expect(namedSubject("It natively supports the CDN cache.", ["Cloudflare Workers"])).toBe(
      "Cloudflare Workers natively supports the CDN cache.",
    );
    expect(namedSubject("Its goal is to run code near users.", ["Fly.io"])).toBe(
      "Fly.io's goal is to run code near users.",
    );
    expect(namedSubject("Its runtime is V8.", ["Cloudflare Workers"])).toBe("Cloudflare Workers' runtime is V8.");
    expect(namedSubject("They charge per host.", ["Datadog"])).toBe("They charge per host.");
    expect(namedSubject("It's fast.", ["Bun"])).toBe("It's fast.");
    expect(namedSubject("It is faster than Deno.", ["Bun", "Deno"])).toBe("It is faster than Deno.");
  });
});
