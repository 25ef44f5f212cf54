/** @jest-environment node */
// The hashtags that end a social post: found in time linear in the post's length. The regex this
// replaced, /(?:\s*#[\p{L}\p{N}_]+)+\s*$/u, retried every start position of a long run of hashtags
// that ends in something else, so a 60 KB post took 10 s and froze the whole server.
import fc from "fast-check";
import { parseDocument } from "@/lib/import";
import { trailingHashtags } from "@/lib/import/common";
import { detectFormat } from "@/lib/import/detect";

// The reproduction: a first line over 280 characters with two "→" makes it a social post.
const hostilePost = (tags: number): string => `Django → FastAPI → Flask → ${"x".repeat(300)}\n${"#a ".repeat(tags)}!`;

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

describe("a social post ending in a long run of hashtags and then something else", () => {
  it("parses in well under a second of CPU (60 KB took 10 s when the search was quadratic)", () => {
    const text = hostilePost(20_000);
    expect(detectFormat(text)).toBe("SOCIAL_POST");
    const started = cpuMs();
    const doc = parseDocument({ text });
    const ms = cpuMs() - started;
    expect(doc.tags).toEqual(["a"]);
    // The "!" ends the post, so none of the tags is trailing: the text keeps them all.
    expect(doc.text.endsWith("#a #a !")).toBe(true);
    expect(ms).toBeLessThan(1000);
  });

  it("format detection, which looked for trailing tags the same way in a first line of up to 4 KB, is as quick", () => {
    // Each detection of this line took ~13 ms of CPU with the quadratic search; now well under 1 ms.
    const line = `${"#a ".repeat(1_400)}x`;
    const started = cpuMs();
    for (let i = 0; i < 200; i++) expect(detectFormat(line)).toBe("TEXT");
    expect(cpuMs() - started).toBeLessThan(1000);
  });
});

// The old regexes as the reference: on short strings their cost does not matter, their answers do.
const OLD_TRAILING = /(?:\s*#[\p{L}\p{N}_]+)+\s*$/u;
const OLD_DETECT = /(#[\p{L}\p{N}_]+\s*){2,}$/u;
const pieces = [
  "#",
  "#",
  "a",
  "Z",
  "é",
  "_",
  "7",
  " ",
  "\n",
  "\t",
  "\u00a0",
  "!",
  "-",
  "😀",
  "𝒜",
  "\ud800",
  "\udc00",
  "漢",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(""));

describe("trailingHashtags answers what the old regexes answered", () => {
  it("where the trailing tags start (the post's text ends there)", () => {
    fc.assert(
      fc.property(text, (s) => {
        const old = OLD_TRAILING.exec(s);
        expect(trailingHashtags(s).start).toBe(old ? old.index : s.length);
      }),
      { numRuns: 5000 },
    );
  });

  it("whether a line ends in two hashtags or more (a social post's first line)", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(trailingHashtags(s).count >= 2).toBe(OLD_DETECT.test(s));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["Great post #django #python", 10, 2],
    ["#a#b", 0, 2],
    ["no tags here", 12, 0],
    ["C# is fine", 10, 0],
    ["ends with a tag #one  \n", 15, 1],
  ])("%j: tags from %i, %i of them", (s, start, count) => {
    expect(trailingHashtags(s)).toEqual({ start, count });
  });
});
