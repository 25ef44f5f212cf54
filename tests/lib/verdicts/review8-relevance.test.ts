// Review 8, H5: a claim counts through a need by what it is about, never by a word it shares with the
// need. Advice for "a back office by Thursday" is about shipping a back office on time: it names the
// back-office use case, and says nothing about an admin UI, although "back office" is one of that
// need's terms. Our own wording of such claims, on the default needs of the verdict engine's use cases.
import { computeVerdicts } from "@/lib/verdicts/engine";
import { RelevanceRules } from "@/lib/verdicts/relevance";
import { claim, evidence, USE_CASES } from "./fixtures";

const rules = () => new RelevanceRules(USE_CASES);
const because = (c: ReturnType<typeof claim>) => {
  const r = rules().forClaim(c);
  return Object.fromEntries(r.useCases.map((slug, i) => [slug, r.because[i]]));
};

describe("a claim's match with a need comes from what it is about (review 8, H5)", () => {
  it("advice to ship a back office by a deadline names the back office, and counts through no admin UI", () => {
    const deadline = claim(["rails"], "Rails is what you pick when a back office has to ship by Thursday.", {
      topic: "back-office-by-thursday",
    });
    const found = because(deadline);
    // Named by its use case, it counts as such; why is the deadline it speaks of, a short time to
    // first release (issue 11, F8), never the admin UI its phrase shares a word with.
    expect(found["back-office-tool"]).toBe("needs a short time to first release");
    // A CMS needs an admin UI too, but this advice is about a back office's deadline, not about admin screens.
    expect(found["content-site-cms"]).toBeUndefined();
    expect(Object.values(found)).not.toContain("needs an admin UI");
  });

  it("an opinion or a fact naming the use case by its phrase is about it, not about the need sharing the phrase", () => {
    const opinion = claim(["laravel"], "Laravel makes a back office before the month is out realistic.", {
      kind: "OPINION",
    });
    const fact = claim(["django"], "Django has been used for back office projects since 2008.", { kind: "FACT" });
    for (const c of [opinion, fact]) {
      const found = because(c);
      expect({ statement: c.statement, cms: found["content-site-cms"] }).toEqual({
        statement: c.statement,
        cms: undefined,
      });
      expect(found["back-office-tool"]).toBe('names this use case ("back office")');
    }
  });

  it("a feature's words name a capability: one that gives a back office, or an admin, still counts through the admin UI", () => {
    for (const statement of ["Django gives you a back office without writing its screens.", "Django has an admin."]) {
      const found = because(claim(["django"], statement, { kind: "FEATURE", directions: { django: "supports" } }));
      expect({ statement, found }).toEqual({
        statement,
        found: expect.objectContaining({
          "back-office-tool": "needs an admin UI",
          "content-site-cms": "needs an admin UI",
        }),
      });
    }
  });

  it("advice about admin screens still counts through the admin UI, by the need it names", () => {
    const found = because(claim(["django"], "For admin panels, pick Django.", { topic: "admin-panels" }));
    expect(found["back-office-tool"]).toBe("needs an admin UI");
    expect(found["content-site-cms"]).toBe("needs an admin UI, shared with the use case it recommends for");
  });

  it("on a verdict, the deadline advice is given as a reason because it names the use case, never because of an admin UI", () => {
    const deadline = claim(["rails"], "Rails is what you pick when a back office has to ship by Thursday.", {
      topic: "back-office-by-thursday",
    });
    const verdicts = computeVerdicts(evidence([deadline]));
    const backOffice = verdicts.find((v) => v.useCaseSlug === "back-office-tool")!;
    expect(backOffice.winner).toBe("rails");
    expect(backOffice.reasons.map((r) => r.countsBecause)).toEqual(["needs a short time to first release"]);
    expect(verdicts.find((v) => v.useCaseSlug === "content-site-cms")?.winner ?? null).toBeNull();
  });
});
