// Review 9, R4: a claim matches the need "content is edited by non-developers" by what it says about
// who edits, never by a word it shares with it ("editor" support in an IDE is no CMS editor), and a
// need reads the same in every use case that has it, the default needs and the demo's alike.
import { RelevanceRules } from "@/lib/verdicts/relevance";
import { needsOfDrivers } from "@/lib/verdicts/needs";
import { needsOf, USE_CASES as DEMO_USE_CASES } from "../../../prisma/seed/catalog";
import { claim, USE_CASES } from "./fixtures";

const demoRules = () =>
  new RelevanceRules(
    DEMO_USE_CASES.map((u) => ({
      slug: u.slug,
      keywords: [],
      drivers: [],
      needs: needsOf(u.slug, u.shared).map((n) => ({ ...n, terms: [...n.terms], metrics: [...n.metrics] })),
    })),
  );
const EDITORS = "editors-non-developers";

describe("a need is matched by meaning, the same way wherever it is described (review 9, R4)", () => {
  it("staff editing records is the non-developers' editing need for every use case that has it, in the demo and by default", () => {
    const staff = claim(["django"], "Use Django when staff edit records every day.");
    for (const rules of [demoRules(), new RelevanceRules(USE_CASES)])
      for (const slug of ["back-office-tool", "content-site-cms"])
        expect({ slug, keys: rules.needKeysOf(staff, slug) }).toEqual({ slug, keys: [EDITORS] });
  });

  it("an editor in the sense of a code editor is no need of content edited by non-developers", () => {
    const ide = claim(["fastapi"], "FastAPI gets good editor support from its type hints.", { kind: "FEATURE" });
    for (const rules of [demoRules(), new RelevanceRules(USE_CASES)])
      for (const slug of ["back-office-tool", "content-site-cms"]) expect(rules.needKeysOf(ide, slug)).toEqual([]);
  });

  it("the admin-UI and the non-developers' editing needs have one vocabulary in every demo use case, the drivers' defaults", () => {
    const byKey = new Map<string, string[]>();
    for (const u of DEMO_USE_CASES)
      for (const need of needsOf(u.slug, u.shared).filter((n) => [EDITORS, "needs-admin-ui"].includes(n.key))) {
        const terms = [...need.terms].sort();
        const seen = byKey.get(need.key);
        if (seen)
          expect({ key: need.key, useCase: u.slug, terms }).toEqual({ key: need.key, useCase: u.slug, terms: seen });
        else byKey.set(need.key, terms);
      }
    for (const key of [EDITORS, "needs-admin-ui"])
      expect(byKey.get(key)).toEqual([...needsOfDrivers([key])[0].terms].sort());
  });
});
