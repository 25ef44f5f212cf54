/** @jest-environment node */
// The regexes rewritten to match in linear time (found by regex-growth.test.ts) answer what they
// answered before, on random strings of the characters they care about: the old form is the reference.
// Most rewrites only stop a match from being tried where it could not start anyway (inside a run of
// the characters it repeats), or merge two adjacent quantifiers over the same characters into one.
import fc from "fast-check";

type Use = "replace" | "exec" | "all";

interface Rewrite {
  where: string;
  before: RegExp;
  after: RegExp;
  use: Use;
  /** What the random strings are made of: the regex's own characters and words, and a few it must reject. */
  alphabet: string[];
  /** A match capturing only blanks (a technology or use case of spaces) is nothing to its caller: compared as no match. */
  blankIsNothing?: boolean;
}

const SPACES = [" ", " ", "\t", "\n", "\u00a0"];
/** `pieces`: single characters as a string, or words and characters as an array. */
/**
 * `pieces`: single characters as a string, or words and characters as an array. `wordsApart`: the
 * strings are those words each followed by one space (no runs of blanks), for the rewrites whose
 * answer only changes where a run of blanks used to start a captured phrase.
 */
function rewrite(
  where: string,
  before: RegExp,
  after: RegExp,
  use: Use,
  pieces: string | string[],
  wordsApart = false,
): Rewrite {
  const alphabet = wordsApart
    ? (pieces as string[]).map((p) => `${p} `)
    : [...SPACES, ...(typeof pieces === "string" ? Array.from(pieces) : pieces)];
  return { where, before, after, use, alphabet, blankIsNothing: wordsApart };
}

const blank = (m: RegExpMatchArray): boolean => m.slice(1).some((g) => g !== undefined && g !== "" && !g.trim());

// What a use of the regex sees: the replaced text, the first match with its groups, or every match.
function answer(re: RegExp, s: string, use: Use, blankIsNothing = false): unknown {
  if (use === "replace") return s.replace(re, "<$&>");
  if (use === "exec") {
    const m = new RegExp(re.source, re.flags.replace("g", "")).exec(s);
    return m && !(blankIsNothing && blank(m)) ? [m.index, ...m] : null;
  }
  const all = [...s.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))];
  return all.filter((m) => !(blankIsNothing && blank(m))).map((m) => [m.index, ...m]);
}

const REWRITES: Rewrite[] = [
  rewrite("lib/import/common.ts urlInfo", /\/+$/, /(?<!\/)\/+$/, "replace", "/ab"),
  rewrite("lib/import/common.ts tidyLines", /[ \t]+$/, /(?<![ \t])[ \t]+$/, "replace", "ab"),
  rewrite(
    "lib/import/webpage.ts run-together tags",
    /[A-Z]{2,}(?=[A-Z][a-z]|$)|[A-Z][a-z0-9.+#-]*/g,
    /(?<![A-Z])[A-Z]{2,}(?=[A-Z][a-z]|$)|[A-Z][a-z0-9.+#-]*/g,
    "all",
    "ABCab1.+#-!",
  ),
  rewrite("lib/extract/discover.ts clean", /[:;,.!?]+$/, /(?<![:;,.!?])[:;,.!?]+$/, "replace", ":;,.!?ab"),
  rewrite("lib/extract/discover.ts nameLike", /[.+#-]+$/, /(?<![.+#-])[.+#-]+$/, "replace", ".+#-ab"),
  rewrite(
    "lib/extract/discover.ts header version",
    /\s+v?\d+(?:\.\d+)+\S*$/,
    /(?<!\s)\s+v?\d+\.\d\S*$/,
    "replace",
    "v01.ab",
  ),
  rewrite("lib/extract/facts.ts elliptic gap", /^,?\s*(?:in|from)?\s*$/i, /^,?\s*(?:(?:in|from)\s*)?$/i, "exec", [
    ",",
    "in",
    "from",
    "IN",
    "x",
  ]),
  rewrite(
    "lib/extract/facts.ts GENERIC_TAIL",
    /\s+(?:views?|queries|support|handlers?|functions?)$/i,
    /(?<!\s)\s+(?:views?|queries|support|handlers?|functions?)$/i,
    "replace",
    ["views", "view", "queries", "support", "handlers", "functions", "x"],
  ),
  rewrite(
    "lib/extract/index.ts clean (also recommendations.ts)",
    /[.:;,\s]+$/,
    /(?<![.:;,\s])[.:;,\s]+$/,
    "replace",
    ".:;,ab",
  ),
  rewrite(
    "lib/extract/index.ts feature verdict myth",
    /^(?:myth(?: #?\d+)?\s*:?\s*)?(["“])([^"”]{5,200})["”]/i,
    /^(?:myth(?: #?\d+)?\s*(?::\s*)?)?(["“])([^"”]{5,200})["”]/i,
    "exec",
    ["myth", "Myth", " #", "#", "1", ":", '"', "“", "”", "abcde", "x"],
  ),
  rewrite("lib/extract/language.ts", /[.,;:!?]+$/, /(?<![.,;:!?])[.,;:!?]+$/, "replace", ".,;:!?ab"),
  rewrite(
    "lib/extract/prose/advice.ts NOT_FOR",
    /^\s+(?:is|are)\s+(?:not|n't|no longer|probably not)\s+(?:(?:a|the)\s+)?(?:good|great|right|ideal|best|suited|recommended|designed|built|meant|made)?\s*(?:fit|choice|option)?\s*(for)\s+(.{3,200})/i,
    /^\s+(?:is|are)\s+(?:not|n't|no longer|probably not)\s+(?:(?:a|the)\s+)?(?:(?:good|great|right|ideal|best|suited|recommended|designed|built|meant|made)\s*)?(?:(?:fit|choice|option)\s*)?(for)\s+(.{3,200})/i,
    "exec",
    [
      "is",
      "are",
      "not",
      "n't",
      "no longer",
      "a",
      "the",
      "good",
      "best",
      "made",
      "fit",
      "choice",
      "option",
      "for",
      "x",
      "abc",
    ],
  ),
  rewrite(
    "lib/extract/prose/advice.ts ARROW",
    /\s*(?:→|->|=>|⟶|➡️?)\s*(?:use\s+|pick\s+|choose\s+)?$/i,
    /(?<!\s)\s*(?:→|->|=>|⟶|➡️?)\s*(?:use\s+|pick\s+|choose\s+)?$/i,
    "replace",
    ["→", "->", "=>", "⟶", "➡", "️", "use", "pick", "choose", "x", "-", ">"],
  ),
  rewrite(
    "lib/extract/prose/capability.ts clausesOf",
    /\s*(?:;|:\s|,\s+(?:and|but|while|whereas|so)\s+|\s[-–—]\s)\s*/g,
    /(?:(?<!\s)\s*)?(?:;|:\s|,\s+(?:and|but|while|whereas|so)\s+|\s[-–—]\s)\s*/g,
    "all",
    [";", ":", ",", "-", "–", "—", "and", "but", "while", "so", "x"],
  ),
  rewrite("lib/extract/prose/capability.ts both", /\s+both\b/, /(?<!\s)\s+both\b/, "replace", ["both", "bot", "x"]),
  rewrite(
    "lib/extract/recommendations.ts pairs tail",
    /(?:,|;)?\s*(?:and\s*)?$/i,
    /(?:(?<![,;\s])|(?=[,;]))[,;]?\s*(?:and\s*)?$/i,
    "replace",
    [",", ";", "and", "AND", "an", "x"],
  ),
  rewrite("lib/extract/tables/cells.ts detail", /[.;,\s]+$/, /(?<![.;,\s])[.;,\s]+$/, "replace", ".;,ab"),
  rewrite("lib/extract/tables/choice.ts use case", /[.:;\s]+$/, /(?<![.:;\s])[.:;\s]+$/, "replace", ".:;ab"),
  // A run of blanks after the verb or comma is now taken whole ((?!\s)), so the phrase after it never
  // starts with a blank: on text whose words are one space apart, the answers are the same.
  rewrite(
    "lib/extract/recommendations.ts USE_WHEN",
    /(?:^|[;:,.]\s*|\b(?:and|then|so)\s+)(don't |do not |never )?(use|pick|choose|go with|go for|reach for|prefer|stick with|stay on|start with|bet on|hire for|avoid)\s+(.{1,60}?)\s+(when|if|for)\s+([^;]{3,240})/gi,
    /(?:^|[;:,.]\s*|\b(?:and|then|so)\s+)(don't |do not |never )?(use|pick|choose|go with|go for|reach for|prefer|stick with|stay on|start with|bet on|hire for|avoid)\s+(?!\s)(.{1,60}?)\s+(when|if|for)\s+([^;]{3,240})/gi,
    "all",
    ["use", "don't", "Django", "when", "if", "for", "and", ",", ";", "xyz"],
    true,
  ),
  rewrite(
    "lib/extract/recommendations.ts IF_THEN",
    /^if (.{3,200}?),\s*(?:then\s+)?(?:(?:use|pick|choose|go with|stick with|stay with|(?:keep|put|build|write) (?:[\w-]+ ){0,3}(?:in|on|with))\s+(.{1,60}?)|(.{1,60}?)\s+(?:is|are) (?:the|your) (?:\w+ )?(?:choice|pick|default|answer|way to go))[.!]?$/i,
    /^if (.{3,200}?),\s*(?!\s)(?:then\s+(?!\s))?(?:(?:use|pick|choose|go with|stick with|stay with|(?:keep|put|build|write) (?:[\w-]+ ){0,3}(?:in|on|with))\s+(?!\s)(.{1,60}?)|(.{1,60}?)\s+(?:is|are) (?:the|your) (?:\w+ )?(?:choice|pick|default|answer|way to go))[.!]?$/i,
    "exec",
    ["if", "abc", ",", "then", "use", "Django", "is", "the", "choice", "."],
    true,
  ),
  rewrite(
    "lib/extract/recommendations.ts CHOICE_FOR",
    /^(?:[A-Z]\w+,\s*)?(.{1,60}?)\s+(?:is|are|remains|stays) (?:the|a|an|my|our) (?:[\w-]+ ){0,2}(?:choice|pick|bet|default|option|fit) (for|when|if|once|whenever) (.{3,240})$/i,
    /^(?:[A-Z]\w+,\s*(?!\s))?(.{1,60}?)\s+(?:is|are|remains|stays) (?:the|a|an|my|our) (?:[\w-]+ ){0,2}(?:choice|pick|bet|default|option|fit) (for|when|if|once|whenever) (.{3,240})$/i,
    "exec",
    ["Honestly", ",", "Django", "is", "the", "a", "choice", "for", "xyz"],
    true,
  ),
  rewrite(
    "lib/extract/prose/facts.ts ADDED_IN",
    /\b(added|introduced|gained|got|shipped|landed|deprecated|removed|dropped)\s+([^.;]{3,60}?)\s+in\s+(?:(?:version|release)\s+v?|v)?(\d+\.\d+(?:\.\d+)?|(?<=(?:version|release)\s+v?|v)\d+)\b/i,
    /\b(added|introduced|gained|got|shipped|landed|deprecated|removed|dropped)\s+(?!\s)([^.;]{3,60}?)\s+in\s+(?:(?:version|release)\s+v?|v)?(\d+\.\d+(?:\.\d+)?|(?<=(?:version|release)\s+v?|v)\d+)\b/i,
    "exec",
    ["added", "removed", "abc", "in", "version", "v", "1.2", "3", "x"],
    true,
  ),
];

// Rewrites that split one regex into two steps: the old one-step replace is the reference.
const STEPS: Array<{ where: string; before: (s: string) => string; after: (s: string) => string; alphabet: string[] }> =
  [
    {
      where: "lib/extract/index.ts feature verdict segment",
      before: (s) => s.replace(/^[\s,;:]+|[\s,;]+(?:and|while)?\s*$/gi, ""),
      after: (s) => s.replace(/^[\s,;:]+/, "").replace(/(?<![\s,;])[\s,;]+(?:(?:and|while)\s*)?$/i, ""),
      alphabet: [...SPACES, ",", ";", ":", "and", "while", "AND", "x"],
    },
    {
      where: "lib/extract/prose/common.ts clean",
      before: (s) => s.replace(/^[\s,;:–—-]+|[\s.,;:!?–—-]+$/g, ""),
      after: (s) => s.replace(/^[\s,;:–—-]+/, "").replace(/(?<![\s.,;:!?–—-])[\s.,;:!?–—-]+$/, ""),
      alphabet: [...SPACES, ...",;:–—-.!?x"],
    },
  ];

// A rewrite whose regex answers differently only where its caller cannot tell: the old form gave
// the feature line "Admin:   " an all-blank rest, which names no technology, so it was dropped.
const CALLERS: Array<{
  where: string;
  before: (s: string) => unknown;
  after: (s: string) => unknown;
  alphabet: string[];
}> = [
  {
    where: "lib/extract/index.ts featureVerdicts",
    before: (s) => {
      const m = /^([^:]{2,40}):\s*(.+)$/.exec(s);
      return m && m[2].trim() ? [m[1], m[2]] : null;
    },
    after: (s) => {
      const m = /^([^:]{2,40}):\s*(\S.*)$/.exec(s);
      return m && m[2].trim() ? [m[1], m[2]] : null;
    },
    alphabet: [...SPACES, "ab", "Admin", ":", "x", "Django"],
  },
];

const strings = (alphabet: string[]) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((xs) => xs.join(""));

describe("each regex rewritten to run in linear time answers as the old one did", () => {
  it.each(REWRITES.map((r) => [r.where, r] as const))("%s", (_where, r) => {
    fc.assert(
      fc.property(strings(r.alphabet), (s) => {
        expect(answer(r.after, s, r.use, r.blankIsNothing)).toEqual(answer(r.before, s, r.use, r.blankIsNothing));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(CALLERS.map((r) => [r.where, r] as const))("%s (as its caller reads it)", (_where, r) => {
    fc.assert(
      fc.property(strings(r.alphabet), (s) => {
        expect(r.after(s)).toEqual(r.before(s));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(STEPS.map((r) => [r.where, r] as const))("%s (now two steps)", (_where, r) => {
    fc.assert(
      fc.property(strings(r.alphabet), (s) => {
        expect(r.after(s)).toBe(r.before(s));
      }),
      { numRuns: 3000 },
    );
  });
});

// Numbers are now read from the start of their run of digits only (a match that began inside one was
// a misreading, and every start inside a long run rescanned the rest of it). Ordinary figures read as before.
describe("figures and counts read from the start of their digits", () => {
  const N0 = String.raw`(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.])|\d+(?:\.\d+)?)\s?([kK])?`;
  const N1 = String.raw`(?<!\d|\d,)(\d{1,3}(?:,\d{3})+|(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.])|\d+(?:\.\d+)?)\s?([kK])?`;
  const UNIT = String.raw`(requests? per second|req\/s|rps|qps)`;
  const rate = (n: string) => new RegExp(String.raw`(?:~|≈|about |around )?${n}\s?${UNIT}(?![\w/])`, "g");
  const count = (lead: string) =>
    new RegExp(
      String.raw`${lead}(\d[\d,.]*)\s?([kKmMbB]\+?|\+)?\s+(?:(?:GitHub|weekly|npm)\s+){0,2}(stars|downloads|users)\b`,
    );

  it.each([
    "~1,200 rps",
    "12 000 req/s",
    "about 3.5k rps",
    "served 9,800,000 requests per second",
    "from 250 to 1 250 000 qps",
    "(5,000 rps)",
    "x,1rps",
  ])("%j reads as before", (s) => {
    expect(answer(rate(N1), s, "all")).toEqual(answer(rate(N0), s, "all"));
  });

  it.each([
    "5,000 GitHub stars",
    "1.2k stars",
    "3 000 000 npm downloads",
    "over 20M weekly npm downloads",
    "(75k+ users)",
  ])("%j counts as before", (s) => {
    expect(answer(count(String.raw`(?<![\d,.])`), s, "exec")).toEqual(answer(count(""), s, "exec"));
  });

  it("a match no longer begins inside a run of digits", () => {
    expect(answer(rate(N0), "1212 000rps", "all")).toEqual([[1, "212 000rps", "212 000", undefined, "rps"]]);
    expect(answer(rate(N1), "1212 000rps", "all")).toEqual([[5, "000rps", "000", undefined, "rps"]]);
  });
});
