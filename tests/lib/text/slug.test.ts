// Slugs as public URLs and the pages that show them (finding F21: slugs were cut mid-word).
import { cutAtWord, slugify } from "@/lib/text/slug";

describe("slugs", () => {
  it("a long statement's slug is cut after its last whole word, never inside one", () => {
    const statement =
      "Express achieved about 15,000 requests per second on a 2-vCPU VM with only one worker process and a hello-world endpoint";
    const slug = slugify(statement);
    expect(slug.length).toBeLessThanOrEqual(80);
    // Cut at 80 characters it would end "…-with-only-one-w".
    expect(slug).toBe("express-achieved-about-15-000-requests-per-second-on-a-2-vcpu-vm-with-only-one");
    // Every part is a whole word of the statement.
    for (const part of slug.split("-")) expect(slugify(statement, 1000).split("-")).toContain(part);
  });

  it("a cut that falls exactly at a word's end keeps that word; a first word longer than the bound is cut", () => {
    expect(cutAtWord("hello-world-again", 11)).toBe("hello-world");
    expect(cutAtWord("hello-world-again", 12)).toBe("hello-world");
    expect(cutAtWord("hello-world-again", 13)).toBe("hello-world");
    expect(cutAtWord("supercalifragilistic", 5)).toBe("super");
    expect(cutAtWord("short", 80)).toBe("short");
    expect(slugify("Need a back office by Friday?", 14)).toBe("need-a-back");
    expect(slugify("   ")).toBe("item");
  });
});
