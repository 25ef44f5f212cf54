// Wizard answers as they travel in URLs: strict for the API, forgiving (but never guessing) for pages.
import { answersQuery, driversOf, parseAnswers, QUESTIONS, WizardAnswersSchema, type WizardAnswers } from "@/lib/wizard";

const FULL: WizardAnswers = { build: "back-office", skills: "python", editors: "staff", traffic: "low", realtime: "none", ml: "no", timeline: "weeks" };

describe("wizard answers", () => {
  it("every question has a legend and at least two options, and option values are unique within it", () => {
    for (const q of QUESTIONS) {
      expect(q.legend).toMatch(/\?$/);
      expect(q.options.length).toBeGreaterThanOrEqual(2);
      expect(new Set(q.options.map((o) => o.value)).size).toBe(q.options.length);
    }
  });

  it("a full set of answers round-trips through its query string in question order", () => {
    const query = answersQuery(FULL);
    expect(query).toBe("build=back-office&skills=python&editors=staff&traffic=low&realtime=none&ml=no&timeline=weeks");
    expect(parseAnswers(new URLSearchParams(query))).toEqual({ complete: true, answers: FULL });
  });

  it("answers tick the decision drivers the verdict engine scores with, each once", () => {
    expect(driversOf(FULL)).toEqual(["needs-admin-ui", "needs-auth", "team-knows-python", "editors-non-developers", "time-to-first-release"]);
    expect(driversOf({ ...FULL, build: "ml-service", editors: "developers", ml: "yes", timeline: "no-rush", skills: "neither" })).toEqual(["ml-serving"]);
  });

  it("a page keeps the valid answers of a partial query and names what is missing or wrong", () => {
    const parsed = parseAnswers({ build: "json-api", skills: "cobol", utm_source: "x" });
    expect(parsed.complete).toBe(false);
    if (parsed.complete) return;
    expect(parsed.partial).toEqual({ build: "json-api" });
    expect(parsed.errors.skills?.[0]).toMatch(/Choose one of: python, javascript, both, neither/);
    expect(parsed.errors.timeline).toEqual(["Answer this question."]);
    expect(parsed.errors.utm_source).toBeUndefined();
  });

  it("the strict schema refuses missing answers, unknown values and unknown keys, naming each", () => {
    const { ml: _missing, ...rest } = FULL;
    const parsed = WizardAnswersSchema.safeParse({ ...rest, traffic: "enormous", colour: "blue" });
    expect(parsed.success).toBe(false);
    const messages = parsed.error?.issues.map((i) => `${i.path.join(".") || i.code}: ${i.message}`) ?? [];
    expect(messages).toEqual(expect.arrayContaining(["traffic: Choose one of: low, moderate, high-io.", "ml: Answer this question.", expect.stringMatching(/^unrecognized_keys: .*colour/)]));
    expect(WizardAnswersSchema.parse(FULL)).toEqual(FULL);
  });
});
