// Table rules and the plain-text and article renderers stay linear on long blank runs (each once
// used a regex with adjacent `\s*` runs: seconds for 30 kB, minutes for 1 MB). Bounded by CPU time,
// far above the linear cost, far below the quadratic one.
import { plainLine } from "@/lib/public/plain-text";
import { plainText } from "@/lib/search/plain-text";
import { isTableRule } from "@/lib/text/table-rule";
import { renderArticle } from "@/lib/text/sanitize";

const cpuMs = (run: () => unknown) => {
  const started = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
};

describe("table rules", () => {
  it.each([
    ["|---|---|", true],
    ["---|:---:", true],
    ["| :---: | ---: |", true],
    ["|--|", false],
    ["| a | b |", false],
    ["|", false],
    ["---x", false],
  ])("%s is a rule: %s", (line, expected) => expect(isTableRule(line as string)).toBe(expected));
  it("two dashes count where asked", () => expect(isTableRule("|--|--|", 2)).toBe(true));
});

describe("linear on hostile blank runs", () => {
  const blanks = " ".repeat(1_000_000);
  const hostile = [`---${blanks}x`, `|${blanks}x`, `a${blanks}|`, `${"\n ".repeat(300_000)}x|`];
  it.each(hostile.map((text, i) => [i, text]))(
    "input %i: table rule, plain line, snippet text and article render each under 2 s of CPU",
    (_i, text) => {
      for (const run of [
        () => isTableRule(text as string),
        () => plainLine(text as string),
        () => plainText(text as string),
        () =>
          renderArticle(text as string, [
            { start: 0, end: (text as string).length, href: "/claims/x", title: "x", also: [] },
          ]),
      ]) {
        expect(cpuMs(run)).toBeLessThan(2000);
      }
    },
  );
});
