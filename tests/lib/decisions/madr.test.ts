import fc from "fast-check";
import { fromMadr, MadrError, toMadr, type MadrDecision } from "@/lib/decisions/madr";

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9.,'()+/-]{0,11}$/);
const line = fc.array(word, { minLength: 1, maxLength: 10 }).map((w) => w.join(" "));
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((l) => l.join("\n"));
const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const date = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const decision: fc.Arbitrary<MadrDecision> = fc
  .uniqueArray(line, { minLength: 1, maxLength: 4, selector: (s) => s.toLowerCase() })
  .chain((names) =>
    fc.record({
      title: line,
      status: fc.constantFrom("PROPOSED", "ACCEPTED", "REJECTED", "DEPRECATED", "SUPERSEDED"),
      date,
      decisionMakers: fc.oneof(fc.constant(""), line),
      context: paragraph,
      drivers: fc.array(line, { maxLength: 5 }),
      options: fc
        .tuple(
          ...names.map((name) =>
            fc.record({
              name: fc.constant(name),
              technology: fc.option(slug, { nil: undefined }),
              pros: fc.array(line, { maxLength: 3 }),
              cons: fc.array(line, { maxLength: 3 }),
            }),
          ),
        )
        .map((opts) =>
          opts.map((o) => (o.technology === undefined ? { name: o.name, pros: o.pros, cons: o.cons } : o)),
        ),
      chosenOption: fc.constantFrom(...names),
      rationale: fc.oneof(fc.constant(""), line),
      consequences: fc.oneof(fc.constant(""), paragraph),
      confirmation: fc.oneof(fc.constant(""), paragraph),
      revisitAt: fc.option(date, { nil: null }),
      visibility: fc.constantFrom("TEAM", "PUBLIC"),
      supersededBy: fc.option(slug, { nil: null }),
      chosenTechnologies: fc.array(slug, { maxLength: 3 }),
      claims: fc.array(slug, { maxLength: 3 }),
    }),
  ) as fc.Arbitrary<MadrDecision>;

describe("MADR export and import", () => {
  it("round-trips every decision without loss", () => {
    fc.assert(
      fc.property(decision, (d) => expect(fromMadr(toMadr(d))).toEqual(d)),
      { numRuns: 300 },
    );
  });

  it("reads a hand-written MADR file with the usual template sections", () => {
    const md = [
      "---",
      "status: accepted",
      "date: 2024-05-02",
      "decision-makers: Ana, Ben",
      "---",
      "# Use PostgreSQL for orders",
      "",
      "## Context and Problem Statement",
      "",
      "Orders need transactions.",
      "",
      "## Considered Options",
      "",
      "* PostgreSQL",
      "* MongoDB",
      "",
      "## Decision Outcome",
      "",
      'Chosen option: "PostgreSQL", because it is transactional.',
      "",
      "### Consequences",
      "",
      "* Good, because joins",
      "",
      "## Pros and Cons of the Options",
      "",
      "### MongoDB",
      "",
      "* Bad, because no joins",
      "",
    ].join("\n");
    expect(fromMadr(md)).toMatchObject({
      title: "Use PostgreSQL for orders",
      status: "ACCEPTED",
      date: "2024-05-02",
      decisionMakers: "Ana, Ben",
      chosenOption: "PostgreSQL",
      rationale: "it is transactional.",
      consequences: "* Good, because joins",
      options: [
        { name: "PostgreSQL", pros: [], cons: [] },
        { name: "MongoDB", pros: [], cons: ["no joins"] },
      ],
      visibility: "TEAM",
    });
  });

  it("says what is missing in a file it cannot read", () => {
    expect(() => fromMadr("just text")).toThrow(new MadrError("No title: a MADR file starts with a `# Title` line."));
    expect(() => fromMadr("---\ndate: 2024-01-01\n---\n# T\n")).toThrow(/Chosen option/);
    expect(() => fromMadr('# T\n## Decision Outcome\nChosen option: "X"')).toThrow(/date/);
    expect(() => fromMadr("---\n: : bad\n---\n# T")).toThrow(/front matter/);
  });

  it("never throws anything but MadrError on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        try {
          fromMadr(s);
        } catch (e) {
          expect(e).toBeInstanceOf(MadrError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
