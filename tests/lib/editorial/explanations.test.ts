// What readers are told about a published verdict: the reasons for what was actually published,
// and, when editors overrode the engine, their reason beside what the evidence alone points to.
import { SYSTEM } from "@/lib/auth/roles";
import { deriveDirections } from "@/lib/extract/direction";
import { getUseCasePage } from "@/lib/public/use-cases";
import { claims } from "@/lib/resources/claims";
import { verdicts } from "@/lib/resources/verdicts";
import { createRecord, updateRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { getVerdictProposal } from "@/lib/editorial/service";
import { freshDatabase, testProviders, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { DEMO_SEED_TIMEOUT, seededDemo } from "../../support/demo";
import { api } from "../../app/api/v1/support";
import { makeTechnology, makeUser } from "../../support/factories";
import { editorialWorld } from "./world";

describe.each(testProviders())("published explanations on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  it("override shows the editor's reason, the engine's disagreement and the reasons for the technology published", async () => {
    const w = await editorialWorld(t.db);
    const editor = await makeUser(t.db, "EDITOR");
    const id = String(w.verdicts.backOffice.id);
    await runAction(
      verdicts,
      editor,
      "override",
      [id],
      { recommendedIds: [w.tech.flask.id], reason: "Our readers run Flask shops" },
      null,
      t.db,
    );
    const page = await getUseCasePage("back-office-tool", t.db);
    const explanation = page!.verdicts[0].explanation!;
    expect(explanation.label).toBe("Flask");
    expect(explanation.editorial?.text).toBe(
      "The evidence alone points to Django; editors chose Flask because: Our readers run Flask shops",
    );
    expect(explanation.reasons.flatMap((r) => r.claims.map((c) => c.statement))).toEqual([
      "Flask works for a small back office admin",
    ]);
    expect(explanation.counterEvidence?.claims.map((c) => c.statement)).toEqual([
      "Django is the pick for a back office thanks to its built-in admin",
    ]);
    // That is Django's case, not evidence against Flask: the page says whose case it is.
    expect(explanation.counterEvidenceFor).toBe("Django");
    // The sentence the page shows under "What would change this", the API's too (review 12, R12-8).
    expect(explanation.whatWouldChange).toEqual({
      text: "This is an editorial choice: new evidence is weighed when editors review it again.",
      claim: null,
    });
    // The admin sees the same explanation and the editor's reason.
    const view = await getVerdictProposal(editor, id, t.db);
    expect(view.published).toMatchObject({
      recommended: ["flask"],
      engineRecommended: ["django"],
      editorReason: "Our readers run Flask shops",
    });
    // And the public API gives readers of the JSON the same explanation as the page.
    useAsAppDatabase(t);
    const slug = (await t.db.verdict.findUniqueOrThrow({ where: { id } })).slug;
    const answer = await api(`/api/v1/verdicts/${slug}`);
    expect(answer.status).toBe(200);
    // The page's chart draws the claims its confidence line counts ("1 verified claim"); the API lists the same claims as `counted`.
    const { balanceEvidence, nextOptionEvidence, ...shown } = explanation;
    expect(balanceEvidence?.map((e) => [e.role, e.claim.statement])).toEqual([
      ["SUPPORTS", "Flask works for a small back office admin"],
    ]);
    // The next option's case is counted too (its confidence line names it), marked with its name.
    expect(nextOptionEvidence?.name).toBe("Django");
    expect(nextOptionEvidence?.evidence.map((e) => [e.role, e.claim.statement])).toEqual([
      ["SUPPORTS", "Django is the pick for a back office thanks to its built-in admin"],
    ]);
    const item = (e: NonNullable<typeof balanceEvidence>[number], nextOption: string | null) => ({
      role: e.role,
      weight: e.weight,
      countsBecause: e.countsBecause ?? null,
      nextOption,
      claim: { slug: e.claim.slug, statement: e.claim.statement, status: e.claim.status },
    });
    const counted = [
      ...balanceEvidence!.map((e) => item(e, null)),
      ...nextOptionEvidence!.evidence.map((e) => item(e, nextOptionEvidence!.name)),
    ];
    // The API also names the reason against the pick as `reasons` are named (counterReason), beside its deprecated alias.
    const withAliases = {
      ...shown,
      counterReason: shown.counterEvidence,
      counterReasonFor: shown.counterEvidenceFor,
      counted,
    };
    expect(answer.json.explanation).toEqual(JSON.parse(JSON.stringify(withAliases)));
  });

  it("publishing the proposal explains the engine's pick with a one-line confidence and no editorial note", async () => {
    const w = await editorialWorld(t.db);
    const editor = await makeUser(t.db, "EDITOR");
    await runAction(verdicts, editor, "publishProposal", [String(w.verdicts.backOffice.id)], {}, null, t.db);
    const explanation = (await getUseCasePage("back-office-tool", t.db))!.verdicts[0].explanation!;
    expect(explanation).toMatchObject({ label: "Django", editorial: null });
    expect(explanation.confidenceLine).toMatch(/^\d+%: \d+ verified claims? from 3 independent sources /);
  });

  it("a claim created through the service gets its directions from its statement, and editors can change them", async () => {
    const [fastapi, django] = [await makeTechnology(t.db, "FastAPI"), await makeTechnology(t.db, "Django")];
    const editor = await makeUser(t.db, "EDITOR");
    const created = await createRecord(
      claims,
      SYSTEM,
      { statement: "FastAPI is 6x faster than Django", kind: "PERFORMANCE", technologyIds: [fastapi.id, django.id] },
      t.db,
    );
    expect(created.directions).toEqual({ [String(fastapi.slug)]: "supports", [String(django.slug)]: "against" });
    const updated = await updateRecord(
      claims,
      editor,
      String(created.id),
      { version: created.version, directions: { [String(django.slug)]: "neutral" } },
      t.db,
    );
    expect(updated.directions).toEqual({ [String(django.slug)]: "neutral" });
    await expect(
      updateRecord(claims, editor, String(created.id), { version: updated.version, directions: { x: "maybe" } }, t.db),
    ).rejects.toThrow();
  });
});

describe("the demo seed's published verdicts", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await seededDemo();
  }, DEMO_SEED_TIMEOUT);
  afterAll(() => t.close());

  it("show no reason that argues against their own recommendation, and no neutral fact as a reason", async () => {
    const published = await t.db.verdict.findMany({
      where: { status: "PUBLISHED", deletedAt: null },
      select: { useCase: { select: { slug: true } }, recommended: { select: { slug: true } } },
    });
    expect(published.length).toBeGreaterThan(0);
    let checked = 0;
    for (const v of published) {
      const page = await getUseCasePage(v.useCase.slug, t.db);
      const recommended = v.recommended.map((r) => r.slug);
      for (const explanation of page!.verdicts.map((x) => x.explanation!)) {
        for (const reason of explanation.reasons) {
          for (const shown of reason.claims) {
            const row = await t.db.claim.findFirstOrThrow({
              where: { slug: shown.slug },
              select: {
                statement: true,
                kind: true,
                directions: true,
                technologies: { select: { slug: true, name: true } },
              },
            });
            const stored = (row.directions ?? {}) as Record<string, string>;
            const derived = deriveDirections({
              kind: row.kind,
              statement: row.statement,
              technologies: row.technologies.map((tech) => ({ slug: tech.slug, names: [tech.name] })),
            });
            const directions = recommended
              .filter((slug) => row.technologies.some((tech) => tech.slug === slug))
              .map((slug) => stored[slug] ?? derived[slug]);
            // It names a recommended technology, and says something for it (a figure by its rank).
            expect({ statement: row.statement, directions }).toEqual({
              statement: row.statement,
              directions: expect.arrayContaining([expect.stringMatching(/^(supports|rank)$/)]),
            });
            expect(directions).not.toContain("against");
            if (directions.includes("rank"))
              expect(reason.text).toMatch(/ahead of every other technology measured the same way/);
            expect(row.kind === "FACT" && !directions.includes("supports")).toBe(false);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
