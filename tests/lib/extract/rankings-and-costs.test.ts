/** @jest-environment node */
// A project's tracker counts, the writer's rankings, prices said in sentences, how long a technology has existed,
// and organisations named after a technology. Every text here is our own writing.
import { extractClaims, TechResolver } from "@/lib/extract";

const EMPTY = new TechResolver([]);
const claimsOf = (text: string) => extractClaims(text, EMPTY);

describe("counts in a table of community figures", () => {
  it("reads open and closed issues as facts counting issues, beside the stars", () => {
    const text = [
      "# Picking a job queue",
      "",
      "| Library   | Open Issues | Closed Issues | Stars |",
      "| --------- | ----------- | ------------- | ----- |",
      "| Bull      | 312         | 1840          | 15000 |",
      "| Bee-Queue | 41          | 290           | 3700  |",
      "",
    ].join("\n");
    const facts = claimsOf(text).map((c) => [c.kind, c.technologies[0], c.value, c.unit, c.statement]);
    expect(facts).toEqual(
      expect.arrayContaining([
        ["fact", "bull", 312, "issues", "Bull: 312 open issues."],
        ["fact", "bull", 1840, "issues", "Bull: 1,840 closed issues."],
        ["fact", "bee-queue", 41, "issues", "Bee-Queue: 41 open issues."],
        ["fact", "bee-queue", 3700, "stars", "Bee-Queue: 3,700 stars."],
      ]),
    );
    expect(facts.filter((f) => f[0] !== "fact")).toEqual([]);
  });
});

describe("rankings", () => {
  const ranked = (text: string) =>
    claimsOf(text)
      .filter((c) => c.topic === "ranking")
      .map((c) => [c.kind, c.technologies[0], c.conditions.place, c.statement]);

  it("reads each technology's place as the writer's opinion on the section's aspect", () => {
    const text =
      "# Three queues\n\n## Speed\n\nBull - 1st place. Bee-Queue - 2nd place. BullMQ comes in third place.\n";
    expect(ranked(text)).toEqual([
      ["opinion", "bull", "1st", "Bull - 1st place (Speed)."],
      ["opinion", "bee-queue", "2nd", "Bee-Queue - 2nd place (Speed)."],
      ["opinion", "bullmq", "third", "BullMQ comes in third place (Speed)."],
    ]);
  });

  it("gives 'it' the technology the sentence before was about", () => {
    const text = "# Three queues\n\n## Setup\n\nBullMQ needs Redis 6.2. It is 2nd place overall.\n";
    expect(ranked(text)).toEqual([["opinion", "bullmq", "2nd", "BullMQ is 2nd place overall (Setup)."]]);
  });

  it("does not read a place that ranks nothing named", () => {
    expect(ranked("# Three queues\n\nThe first place to look is the dashboard.\n")).toEqual([]);
  });

  it("reads the sentences of a notes table under each row's label", () => {
    const text = [
      "# Three queues",
      "",
      "| Aspect      | Notes                                                   |",
      "| ----------- | ------------------------------------------------------- |",
      "| Setup       | BullMQ - 1st place. Bull - 2nd place.                    |",
      "| Retries     | Bull has built-in retries with backoff.                  |",
      "",
    ].join("\n");
    const claims = claimsOf(text);
    expect(claims.filter((c) => c.topic === "ranking").map((c) => [c.technologies[0], c.statement])).toEqual([
      ["bullmq", "BullMQ - 1st place (Setup)."],
      ["bull", "Bull - 2nd place (Setup)."],
    ]);
    expect(claims.find((c) => c.kind === "feature")).toMatchObject({
      technologies: ["bull"],
      quote: "Bull has built-in retries with backoff.",
    });
  });
});

describe("prices in sentences", () => {
  it("gives each price to the technology named before it, a range both of its ends", () => {
    const text = [
      "# Hosting the app",
      "",
      "Render's starter plan costs $7 a month, while a Fly.io machine of the same size is $5.70 per month.",
      "",
      "With a worker and a database on Render the bill comes to $25-$40/mo.",
      "",
    ].join("\n");
    const prices = claimsOf(text)
      .filter((c) => c.topic === "price")
      .map((c) => [c.kind, c.technologies[0], c.value, c.unit, c.statement]);
    expect(prices).toEqual([
      ["fact", "render", 7, "$/month", "Render: $7 per month."],
      ["fact", "fly-io", 5.7, "$/month", "Fly.io: $5.7 per month."],
      ["fact", "render", 25, "$/month", "Render: $25–$40 per month."],
      ["fact", "render", 40, "$/month", "Render: $25–$40 per month."],
    ]);
  });
});

describe("how long a technology has existed", () => {
  it("reads 'under active development since' as the year it has existed since, not a capability", () => {
    const claims = claimsOf("Heroku has been under active development since 2007 and is owned by Salesforce.");
    expect(claims.map((c) => [c.kind, c.topic, c.value])).toEqual(expect.arrayContaining([["fact", "release", 2007]]));
    expect(claims.find((c) => c.topic === "release")?.statement).toBe("Heroku has been around since 2007.");
    expect(claims.filter((c) => c.kind === "feature")).toEqual([]);
  });

  it("keeps what a technology has been designed for as a capability", () => {
    const claims = claimsOf("Zstandard has been designed for fast decompression of both small and large inputs.");
    expect(claims.map((c) => [c.kind, c.technologies[0]])).toContainEqual(["feature", "zstandard"]);
  });

  it("does not read 'in production with a config file' as who uses it", () => {
    const claims = claimsOf("Heroku supports deploying containers in production with the heroku.yml file.");
    expect(claims.map((c) => [c.kind, c.topic])).not.toContainEqual(["fact", "adoption"]);
    expect(claims.map((c) => c.kind)).toContain("feature");
  });
});

describe("organisations named after a technology", () => {
  it("names no technology in 'the Node.js Foundation', 'the OpenJS Foundation' or 'Python Software Foundation'", () => {
    for (const text of [
      "It is sponsored by the Node.js Foundation.",
      "It is maintained by the OpenJS Foundation and contributors.",
      "The Python Software Foundation holds the trademark.",
    ])
      expect(EMPTY.find(text)).toEqual([]);
  });

  it("still reads the technologies themselves", () => {
    expect(EMPTY.find("We moved from Node.js to Python.").map((m) => m.slug)).toEqual(["nodejs", "python"]);
  });
});

describe("an opening 'it'", () => {
  it("is the section's technology, not one the sentence names after its verb", () => {
    const text =
      "# Test runners\n\n## Vitest\n\nVitest reuses the Vite config. It's maintained by Acme Labs and is popular thanks to the reach of Vue and Nuxt.\n";
    const owned = claimsOf(text).filter((c) => c.topic === "ownership");
    expect(owned.map((c) => [c.technologies, c.conditions.by, c.statement])).toEqual([
      [["vitest"], "Acme Labs", "Vitest's maintained by Acme Labs and is popular thanks to the reach of Vue and Nuxt."],
    ]);
  });
});
