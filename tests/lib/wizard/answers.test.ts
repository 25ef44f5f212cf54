// Wizard answers as they travel in URLs, checked against the questionnaire built from the data:
// strict for the API, forgiving (but never guessing) for pages.
import { answersQuery, buildQuestionnaire, parseAnswers, wizardNeedsOf, type WizardAnswers } from "@/lib/wizard";
import { useCaseInfo } from "@/lib/editorial/load";

const questionsOf = (slug: string, stored: unknown) => wizardNeedsOf(useCaseInfo(slug, slug, "", stored));

const QUESTIONNAIRE = buildQuestionnaire(
  [
    {
      slug: "public-json-api",
      name: "Public JSON API",
      description: "",
      category: "framework",
      drivers: questionsOf("public-json-api", null),
    },
    {
      slug: "web-app-database",
      name: "Database for a web app",
      description: "",
      category: "database",
      drivers: [{ key: "concurrent-writes", label: "Many writers", terms: ["mvcc"], metrics: [] }],
    },
  ],
  [
    { slug: "fastapi", name: "FastAPI", kind: "framework", language: "python" },
    { slug: "express", name: "Express", kind: "framework", language: "JavaScript " },
    { slug: "postgresql", name: "PostgreSQL", kind: "database", language: "" },
  ],
);

const FULL: WizardAnswers = {
  useCase: "public-json-api",
  skills: ["javascript"],
  needs: ["high-traffic-io", "realtime-websockets"],
};

describe("wizard answers", () => {
  it("a use case's questions are its needs: the built-in ones of its slug when never edited, without the team-skills ones", () => {
    expect(questionsOf("public-json-api", null).map((d) => d.key)).toEqual([
      "needs-auth",
      "high-traffic-io",
      "realtime-websockets",
    ]);
    expect(questionsOf("public-json-api", null).find((d) => d.key === "high-traffic-io")).toMatchObject({
      label: "High traffic, I/O-bound",
      metrics: expect.arrayContaining(["throughput"]),
    });
    // Stored needs win, asked with a capital; a malformed stored value falls back rather than breaking the wizard.
    expect(questionsOf("public-json-api", [{ key: "k", label: "needs L", terms: ["l"] }])).toEqual([
      { key: "k", label: "Needs L", terms: ["l"], metrics: [] },
    ]);
    expect(questionsOf("public-json-api", [{ key: "Not A Key", label: "" }]).map((d) => d.key)).toContain(
      "high-traffic-io",
    );
    // Team skills have their own question, whatever the needs say.
    expect(questionsOf("x", [{ key: "team-knows-python", label: "the team knows Python", terms: ["python"] }])).toEqual(
      [],
    );
  });

  it("a team may know several languages: every skill in the address is read, repeated or comma-separated, in the options' order (G9/H8)", () => {
    const both = { ...FULL, skills: ["javascript", "python"] };
    expect(answersQuery(both)).toBe(
      "useCase=public-json-api&skills=javascript,python&needs=high-traffic-io,realtime-websockets",
    );
    for (const skills of ["skills=python&skills=javascript", "skills=python,javascript", "skills=javascript,python"])
      expect(
        parseAnswers(
          new URLSearchParams(`useCase=public-json-api&${skills}&needs=high-traffic-io,realtime-websockets`),
          QUESTIONNAIRE,
        ),
      ).toEqual({ complete: true, answers: both });
    expect(parseAnswers({ useCase: "public-json-api", skills: ["python", "javascript"] }, QUESTIONNAIRE)).toEqual({
      complete: true,
      answers: { useCase: "public-json-api", skills: ["javascript", "python"], needs: [] },
    });
  });

  it("an unknown skill beside known ones is refused by name, never silently dropped; so is 'none' beside a skill", () => {
    const page = parseAnswers({ useCase: "public-json-api", skills: ["python", "cobol"] }, QUESTIONNAIRE);
    expect(page.complete ? null : page.errors.skills).toEqual([
      'Not an option here: "cobol". Choose from the options below.',
    ]);
    const strict = parseAnswers(new URLSearchParams("useCase=public-json-api&skills=python,cobol"), QUESTIONNAIRE, {
      strict: true,
    });
    expect(strict.complete ? null : strict.errors.skills?.[0]).toMatch(/^Not an option here: "cobol"\. Choose from: /);
    const both = parseAnswers({ useCase: "public-json-api", skills: ["none", "python"] }, QUESTIONNAIRE);
    expect(both.complete ? null : both.errors.skills?.[0]).toContain('"None of these" and a skill were both ticked');
  });

  it("a full set of answers round-trips through its query string in question order, needs as a readable list", () => {
    const query = answersQuery(FULL);
    expect(query).toBe("useCase=public-json-api&skills=javascript&needs=high-traffic-io,realtime-websockets");
    expect(parseAnswers(new URLSearchParams(query), QUESTIONNAIRE)).toEqual({ complete: true, answers: FULL });
    // The no-JS form's checkboxes repeat the parameter, in any order: the category's order wins.
    expect(
      parseAnswers(
        new URLSearchParams(
          "useCase=public-json-api&skills=javascript&needs=realtime-websockets&needs=high-traffic-io",
        ),
        QUESTIONNAIRE,
      ),
    ).toEqual({ complete: true, answers: FULL });
    expect(answersQuery({ ...FULL, needs: [] })).toBe("useCase=public-json-api&skills=javascript");
  });

  it("the skills question offers the category's languages, or its technologies where none has a language", () => {
    const [databases, frameworks] = QUESTIONNAIRE.categories;
    expect(frameworks.skills).toEqual([
      { value: "javascript", label: "JavaScript" },
      { value: "python", label: "Python" },
      { value: "none", label: "None of these, or something else" },
    ]);
    expect(databases.skills.map((o) => o.value)).toEqual(["postgresql", "none"]);
  });

  it("a page keeps the valid answers of a partial query and says what is missing or wrong in words, never in keys (finding F7)", () => {
    const parsed = parseAnswers({ useCase: "public-json-api", skills: ["cobol"], utm_source: "x" }, QUESTIONNAIRE);
    expect(parsed.complete).toBe(false);
    if (parsed.complete) return;
    expect(parsed.partial).toEqual({ useCase: "public-json-api", needs: [] });
    expect(parsed.errors).toEqual({ skills: ['Not an option here: "cobol". Choose from the options below.'] });
    const empty = parseAnswers({}, QUESTIONNAIRE);
    expect(empty.complete ? null : empty.errors).toEqual({ useCase: ["Answer this question."] });
    const unknown = parseAnswers({ useCase: "rocket" }, QUESTIONNAIRE);
    expect(unknown.complete ? null : unknown.errors.useCase).toEqual(["Choose one of the options below."]);
    // The API's client sends keys: it is told each valid one, quoted, with the label a person reads.
    const strict = parseAnswers({ useCase: "public-json-api", skills: ["cobol"] }, QUESTIONNAIRE, { strict: true });
    expect(strict.complete ? null : strict.errors.skills).toEqual([
      'Not an option here: "cobol". Choose from: "javascript" (JavaScript); "python" (Python); "none" (None of these, or something else).',
    ]);
  });

  it("a need from another category is dropped on a page, and refused by name in strict mode", () => {
    const query = { useCase: "web-app-database", skills: ["postgresql"], needs: "concurrent-writes,high-traffic-io" };
    expect(parseAnswers(query, QUESTIONNAIRE)).toEqual({
      complete: true,
      answers: { useCase: "web-app-database", skills: ["postgresql"], needs: ["concurrent-writes"] },
    });
    const strict = parseAnswers(query, QUESTIONNAIRE, { strict: true });
    expect(strict.complete ? null : strict.errors.needs).toEqual([
      'Not a question for databases: "high-traffic-io". Choose one of: "concurrent-writes" (Many writers).',
    ]);
  });
});
