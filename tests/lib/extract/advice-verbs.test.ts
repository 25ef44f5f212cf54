/** @jest-environment node */
// Advice said by the writer's own verb ("we recommend using X", "we advise you to use X"), "then go for X", and a
// graded fit ("particularly well-suited for"). Every text here is our own writing.
import { extractDocument, TechResolver } from "@/lib/extract";

const advice = (sentence: string) =>
  extractDocument(`# PostgreSQL vs MySQL\n\n${sentence}`, new TechResolver([]))
    .claims.filter((c) => c.kind === "recommendation")
    .map((c) => [c.technologies.join("+"), c.statement]);

describe("advice in the writer's own words", () => {
  it.each([
    [
      "'we recommend using X', the use case fronted",
      "For reporting workloads, we recommend using PostgreSQL over MySQL.",
      "postgresql",
      "Use PostgreSQL for reporting workloads.",
    ],
    [
      "'we advise you to use X for Y'",
      "We advise you to use MySQL for read-heavy blogs.",
      "mysql",
      "Use MySQL for read-heavy blogs.",
    ],
    [
      "'if …, then go for X'",
      "If you need window functions and JSONB, then go for PostgreSQL.",
      "postgresql",
      "Use PostgreSQL if you need window functions and JSONB.",
    ],
    [
      "a fit graded by a degree word",
      "PostgreSQL is particularly well-suited for geospatial data.",
      "postgresql",
      "Use PostgreSQL for geospatial data.",
    ],
  ])("reads %s", (_shape, sentence, technology, statement) => {
    expect(advice(sentence)).toEqual([[technology, statement]]);
  });

  it("does not take a description of what someone else recommends", () => {
    expect(advice("The vendor documentation recommends MySQL for its hosted plans.")).toEqual([]);
  });
});
