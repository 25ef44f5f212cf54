/** @jest-environment node */
// What a document is about decides whom its sentences judge: a platform, language or CI service its title
// names is the subject of its sentences, not the setting of a database or framework they also name; a
// title kept outside the text (front matter, a page's <title>) is read as the first heading; past-tense
// capabilities ("lacked", "offered") are capabilities. Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

const read = (text: string, title?: string) => extractDocument(text, new TechResolver([]), { title }).claims;

describe("a document's subjects", () => {
  const text = "By then Heroku lacked private networking for its Postgres databases.";

  it("without a title, a platform beside a database is the database's setting: nothing is said of it", () => {
    expect(read(text).filter((c) => c.technologies.includes("heroku"))).toEqual([]);
  });

  it("a title naming the platform makes it the subject: what it lacked is a missing feature", () => {
    const claims = read(text, "Why we left Heroku");
    const heroku = claims.find((c) => c.kind === "feature" && c.technologies[0] === "heroku");
    expect(heroku?.conditions.support).toBe("missing");
    expect(heroku?.statement).toMatch(/lacked private networking/);
  });

  it("the same holds for a title heading inside the text", () => {
    const claims = read(`# Why we left Heroku\n\n${text}`);
    expect(claims.some((c) => c.kind === "feature" && c.technologies[0] === "heroku")).toBe(true);
  });

  it("claims keep the document's own offsets, and none comes from the title line itself", () => {
    const body = "Intro words here.\n\nRender supports HTTP/2 on every plan.";
    const claims = read(body, "Render did not support anything");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(body.slice(c.start, c.end)).toBe(c.quote);
    }
    expect(claims.every((c) => !/did not support anything/.test(c.quote))).toBe(true);
  });

  it("a title the text already opens with is not read twice", () => {
    const body = "# Leaving Heroku\n\nHeroku offered no HTTP/2 support.";
    expect(read(body, "Leaving Heroku")).toEqual(read(body));
  });
});

describe("capabilities in the past tense", () => {
  it.each([
    ["Travis CI offered free builds for open-source projects.", "travis-ci", "built-in"],
    ["Sidekiq required a separate Redis server.", "sidekiq", "built-in"],
    ["Heroku lacked HTTP/2 support.", "heroku", "missing"],
    ["Heroku did not support HTTP/2.", "heroku", "missing"],
  ])("%s", (sentence, slug, support) => {
    const feature = read(sentence).find((c) => c.kind === "feature" && c.technologies[0] === slug);
    expect(feature?.conditions.support).toBe(support);
  });
});

describe("a short name for a technology the document names in full", () => {
  const names = (text: string) => extractDocument(text, new TechResolver([])).proposed.map((t) => t.name);
  const featureOf = (text: string) =>
    extractDocument(text, new TechResolver([])).claims.find(
      (c) => c.kind === "feature" && /private networking/.test(c.statement),
    );

  it('is that technology, not a new one ("Fly" for Fly.io)', () => {
    const text =
      "# Moving to Fly.io\n\nWe moved every app from Render to Fly.io.\n\nFly supports private networking between apps.\n\n" +
      "Fly and Render both run containers. Render or Fly: either works.";
    expect(names(text)).not.toContain("Fly");
    expect(featureOf(text)?.technologies).toEqual(["fly-io"]);
  });

  it("stays a name of its own where the full name is not in the document", () => {
    const text =
      "# Hosting\n\nWe moved every app from Render to Fly.\n\nFly supports private networking between apps.\n\n" +
      "Fly and Render both run containers. Render or Fly: either works.";
    expect(names(text)).toContain("Fly");
  });
});

describe("a known technology whose name is an everyday word", () => {
  it('is read in the spelling a compared table gives it ("wretch" for Wretch)', () => {
    const text =
      "## Fetch wrappers\n\n| Feature | wretch | ofetch |\n|---|---|---|\n| Retries | ✅ | ❌ |\n| Timeouts | ✅ | ✅ |";
    const { claims, proposed } = extractDocument(text, new TechResolver([]));
    expect(claims.some((c) => c.kind === "feature" && c.technologies[0] === "wretch")).toBe(true);
    expect(proposed.find((t) => t.slug === "wretch")?.name).toBe("Wretch");
  });

  it("keeps matching only as written elsewhere: the everyday word is not the technology", () => {
    const text = "## Notes\n\nA wretch of a deploy supports nothing.";
    expect(read(text).some((c) => c.technologies.includes("wretch"))).toBe(false);
  });
});
