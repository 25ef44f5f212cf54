import { computeVerdicts, VerdictEngine } from "@/lib/verdicts/engine";
import type { Verdict } from "@/lib/verdicts/types";
import { claim, decision, evidence } from "./fixtures";

const backOffice = (verdicts: Verdict[]) => verdicts.find((v) => v.useCaseSlug === "back-office-tool")!;
const scoreOf = (v: Verdict, slug: string) => v.scores.find((s) => s.technologySlug === slug)?.score ?? 0;

describe("the verdict engine", () => {
  const djangoPick = () => claim(["django"], "Django is the pick for a back office admin", { id: "django-pick" });
  const flaskPick = (sources: string[]) =>
    claim(["flask"], "Flask is the pick for a back office admin", { id: "flask-pick", sources });

  it("ranks a technology higher when more independent verified sources support it", () => {
    const before = backOffice(computeVerdicts(evidence([djangoPick(), flaskPick(["blog-a"])])));
    const after = backOffice(computeVerdicts(evidence([djangoPick(), flaskPick(["blog-a", "blog-b"])])));
    expect(before.winner).toBe("django"); // a tie goes to the first slug
    expect(scoreOf(after, "flask")).toBeGreaterThan(scoreOf(before, "flask"));
    expect(after.winner).toBe("flask");
    expect(after.reasons[0].claimIds).toEqual(["flask-pick"]);
  });

  it("counts syndicated copies of one article once", () => {
    const single = backOffice(computeVerdicts(evidence([djangoPick(), flaskPick(["blog-a"])])));
    const syndicated = backOffice(computeVerdicts(evidence([djangoPick(), flaskPick(["blog-a", "blog-a", "blog-a"])])));
    expect(scoreOf(syndicated, "flask")).toBe(scoreOf(single, "flask"));
    expect(syndicated.winner).toBe("django");
  });

  it("takes a claim out of the verdict at once when it is refuted", () => {
    const praise = claim(["django"], "Django's admin is the best back office", { id: "praise" });
    const engine = new VerdictEngine(evidence([djangoPick(), flaskPick(["blog-a"]), praise]));
    expect(backOffice(engine.verdicts()).winner).toBe("django");
    engine.upsertClaim({ ...praise, status: "REFUTED" });
    const after = backOffice(engine.verdicts());
    expect(after.reasons.flatMap((r) => r.claimIds)).not.toContain("praise");
    expect(after.counterEvidence?.claimIds ?? []).not.toContain("praise");
  });

  it("shows a verified claim against the winner as the strongest counter-evidence", () => {
    const lacks = claim(["django"], "Django has no built-in admin for a back office", {
      id: "lacks",
      kind: "FEATURE",
      editorWeight: 0.2,
    });
    const verdict = backOffice(computeVerdicts(evidence([djangoPick(), lacks])));
    expect(verdict.winner).toBe("django");
    expect(verdict.counterEvidence?.claimIds).toEqual(["lacks"]);
    expect(verdict.counterEvidence?.weight).toBeLessThan(0);
  });

  it("lowers a technology when a team with matching drivers regrets choosing it, and raises it when it worked", () => {
    const base = [djangoPick(), flaskPick(["blog-a"])];
    const regretted = backOffice(
      computeVerdicts(evidence(base, [decision("d1", ["needs-admin-ui"], ["django"], "REGRETTED", false)])),
    );
    const worked = backOffice(
      computeVerdicts(evidence(base, [decision("d1", ["needs-admin-ui"], ["flask"], "WORKED", true)])),
    );
    const plain = backOffice(computeVerdicts(evidence(base)));
    expect(scoreOf(regretted, "django")).toBeLessThan(scoreOf(plain, "django"));
    expect(regretted.winner).toBe("flask");
    expect(regretted.counterEvidence?.decisionIds ?? []).toEqual([]);
    expect(scoreOf(worked, "flask")).toBeGreaterThan(scoreOf(plain, "flask"));
    expect(worked.reasons.some((r) => r.decisionIds.includes("d1"))).toBe(true);
  });

  it("recommends a combination when a verified recommendation names two technologies for the use case", () => {
    const both = claim(["fastapi", "django"], "Use FastAPI for the API and the Django admin for the back office", {
      id: "both",
    });
    const fastapi = claim(["fastapi"], "FastAPI is the pick for a back office admin", {
      id: "fastapi-pick",
      sources: ["x", "y"],
    });
    const verdict = backOffice(computeVerdicts(evidence([both, fastapi])));
    expect(verdict.recommended).toEqual(["fastapi", "django"]);
    expect(verdict.label).toBe("FastAPI + Django");
    expect(verdict.hybridBasis).toContain("both");
  });

  it("recommends a combination when the top two are close and bring different features the use case needs", () => {
    // Both features meet a need of a back office equally (0.8): the login claim's weight puts FastAPI just ahead.
    const login = claim(["fastapi"], "FastAPI supports OAuth login out of the box", {
      kind: "FEATURE",
      editorWeight: 1.1,
    });
    const admin = claim(["django"], "Django ships an admin for staff", { kind: "FEATURE" });
    const verdict = backOffice(computeVerdicts(evidence([login, admin])));
    expect(verdict.recommended).toEqual(["fastapi", "django"]);
    expect(verdict.label).toBe("FastAPI + Django for admin");
  });

  it("never pairs technologies used from different languages when no source names both: a PHP framework's login is no complement to a Python API", () => {
    const login = claim(["laravel"], "Laravel supports OAuth login out of the box", { kind: "FEATURE" });
    const admin = claim(["fastapi"], "FastAPI ships an admin for staff", { kind: "FEATURE", editorWeight: 1.1 });
    const base = evidence([login, admin]);
    const mixed = backOffice(
      computeVerdicts({
        ...base,
        technologyNames: { ...base.technologyNames, laravel: "Laravel" },
        technologyLanguages: { ...base.technologyLanguages, laravel: "php" },
      }),
    );
    expect(mixed.recommended).toEqual(["fastapi"]);
    expect(mixed.label).toBe("FastAPI");
    // Unknown languages are no evidence that two fit together either.
    const unknown = backOffice(computeVerdicts({ ...base, technologyLanguages: {} }));
    expect(unknown.recommended).toEqual(["fastapi"]);
  });

  it("gives a lopsided, well-evidenced verdict more confidence than a close one", () => {
    const close = backOffice(computeVerdicts(evidence([djangoPick(), flaskPick(["a", "b"])])));
    const many = Array.from({ length: 12 }, (_, i) =>
      claim(["flask"], "Flask is the pick for a back office admin", { sources: [`s${i}`, `t${i}`] }),
    );
    const lopsided = backOffice(computeVerdicts(evidence([djangoPick(), ...many])));
    expect(lopsided.confidence).toBeGreaterThan(close.confidence);
    expect(lopsided.confidence).toBeLessThanOrEqual(1);
    expect(close.confidence).toBeGreaterThanOrEqual(0);
  });

  it("recomputes only the use cases a changed claim is relevant to", () => {
    const engine = new VerdictEngine(
      evidence([djangoPick(), flaskPick(["a"]), claim(["fastapi"], "FastAPI is best for a public JSON API")]),
    );
    // A back-office pick names an admin: it also counts, less, for the CMS, which needs one too.
    expect(engine.useCasesOfClaim("flask-pick")).toEqual(["back-office-tool", "content-site-cms"]);
    expect(engine.upsertClaim({ ...flaskPick(["a", "b", "c"]) })).toEqual(["back-office-tool", "content-site-cms"]);
    expect(engine.verdict("back-office-tool")?.winner).toBe("flask");
  });
});
