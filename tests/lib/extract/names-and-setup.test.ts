/** @jest-environment node */
// A name must read as a name, and the versions a test used are its setup (our own sentences).
import { extractClaims, TechResolver } from "@/lib/extract";

const open = new TechResolver([]);
const claims = (text: string) => extractClaims(text, open);
const slugs = (text: string) => open.find(text).map((m) => m.slug);

describe("everyday-word names", () => {
  it("does not read the verb in 'if you find yourself' or 'to find out' as GNU find", () => {
    expect(slugs("If you find yourself rewriting the admin, look elsewhere.")).not.toContain("find");
    expect(slugs("We wanted to find out which is faster.")).not.toContain("find");
  });

  it("nor after a negated or emphatic auxiliary ('couldn't find', 'did not find', 'just find')", () => {
    expect(slugs("I couldn't find a reporter I like.")).not.toContain("find");
    expect(slugs("We did not find a single regression.")).not.toContain("find");
    expect(slugs("You just find the slow query and fix it.")).not.toContain("find");
  });

  it("still reads the command where it is the command", () => {
    expect(slugs("Use `find` or fd to list files; fd beats find on large trees.")).toContain("find");
  });
});

describe("a name of several words written as one", () => {
  it("reads 'SolidQueue' as Solid Queue, in its capitals only", () => {
    expect(slugs("Unlike Sidekiq, SolidQueue doesn't come with a built-in dashboard.")).toEqual([
      "sidekiq",
      "solid-queue",
    ]);
    expect(slugs("Rename solidqueue before the deploy.")).toEqual([]);
  });
});

describe("versions under test", () => {
  it("makes no claim of the versions a benchmark sentence names, nor an opinion of the sentence", () => {
    expect(
      claims(
        "We ran a controlled benchmark across Django 5.0, Flask 3.1 and Express to find out which delivers the best bundle.",
      ),
    ).toEqual([]);
    expect(claims("All comparisons were done with Flask v3.1.0.").filter((c) => c.kind === "fact")).toEqual([]);
  });

  it("still reads a version stated as news", () => {
    expect(claims("Express version 5.1 is out now.").map((c) => [c.kind, c.conditions.version])).toEqual([
      ["fact", "5.1"],
    ]);
  });
});

describe("suitability is a recommendation", () => {
  it("reads 'is suitable for' and 'is most effective when applied to' as recommendations with their use case", () => {
    expect(claims("Flask is suitable for small internal tools.").map((c) => [c.kind, c.statement])).toEqual([
      ["recommendation", "Use Flask for small internal tools."],
    ]);
    expect(
      claims("Express is most effective when applied to short-lived request handlers.").map((c) => [
        c.kind,
        c.statement,
      ]),
    ).toEqual([["recommendation", "Use Express for short-lived request handlers."]]);
  });

  it("leaves a bare 'is useful' without a use case to the opinion rules", () => {
    expect(claims("SQLite is useful.").map((c) => c.kind)).not.toContain("recommendation");
  });
});

describe("sentences about the page itself", () => {
  it("makes no claim of a teaser or a sourcing sentence", () => {
    expect(claims("If you are Django-first and wondering whether Flask is overhyped, keep reading.")).toEqual([]);
    expect(claims("Numbers in this article come from the Django case study at a payments firm.")).toEqual([]);
    expect(claims("In this post we will compare Flask and Django on routing.")).toEqual([]);
  });

  it("still reads the same judgement said of the technology", () => {
    expect(claims("Flask is overhyped for large teams.").map((c) => c.kind)).toEqual(["opinion"]);
  });
});
