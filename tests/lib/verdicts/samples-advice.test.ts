// Issue #11's target, as a test: importing the four documents in ../shared/samples/ into an empty
// install and verifying their claims yields verdicts that agree with the documents' own advice
// (back office → Django, model inference → FastAPI, …), with the reasons shown. The real importer,
// the service layer and the verdict engine, on SQLite and PostgreSQL; what the documents advise is
// eval/labels/samples.json (read by a person before the engine ran on them), as for
// `npm run eval:samples`. The documents themselves stay outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SYSTEM } from "@/lib/auth/roles";
import { proposeForUseCase } from "@/lib/editorial/proposal";
import { importFiles } from "@/lib/import/service";
import { claims, technologies, useCases } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { freshDatabase, ROOT, testProviders, useAsAppDatabase, type TestDatabase } from "../../support/databases";

interface Label {
  name: string;
  description: string;
  expected: string[];
  advisedBy: string[];
}
const LABELS: Label[] = JSON.parse(readFileSync(path.join(ROOT, "eval/labels/samples.json"), "utf8")).useCases;

/**
 * ../shared/samples next to the checkout (or its worktree folder), else this workplace's /work/shared/samples;
 * SAMPLES_DIR overrides. The documents are others' writing and never enter the repository, so a machine
 * without them (a user's fresh clone) cannot run this test: it is skipped there, by name.
 */
function samplesDir(): string | undefined {
  const tried = [
    process.env.SAMPLES_DIR,
    path.resolve(ROOT, "../shared/samples"),
    path.resolve(ROOT, "../../shared/samples"),
    "/work/shared/samples",
  ];
  return tried.filter((d): d is string => !!d).find((d) => existsSync(path.join(d, "README.md")));
}
const SAMPLES = samplesDir();

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((s) => b.includes(s));

if (!SAMPLES) {
  it.skip("the four sample documents in an empty install: skipped, the shared sample documents are not on this machine (set SAMPLES_DIR)", () => {});
}

(SAMPLES ? describe.each : describe.skip.each)(testProviders())(
  "the four sample documents in an empty install, on %s",
  (provider) => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await freshDatabase(provider);
      useAsAppDatabase(t);
      const dir = SAMPLES!;
      const files = readdirSync(dir)
        .filter((f) => f !== "README.md")
        .sort();
      const report = await importFiles(
        t.db,
        SYSTEM,
        files.map((f) => ({ filename: f, bytes: readFileSync(path.join(dir, f)) })),
      );
      expect(report.errors).toEqual([]);
      // An editor confirms the technologies the importer proposed and verifies every candidate claim.
      const proposed = await t.db.technology.findMany({
        where: { deletedAt: null, status: "PROPOSED" },
        select: { id: true },
      });
      if (proposed.length)
        await runAction(
          technologies,
          SYSTEM,
          "confirm",
          proposed.map((x) => x.id),
          {},
          null,
          t.db,
        );
      const candidates = await t.db.claim.findMany({
        where: { deletedAt: null, mergedIntoId: null, status: "CANDIDATE" },
        select: { id: true },
      });
      await runAction(
        claims,
        SYSTEM,
        "setStatus",
        candidates.map((c) => c.id),
        { status: "VERIFIED" },
        null,
        t.db,
      );
    }, 240_000);
    afterAll(async () => t?.close());

    it.each(LABELS.map((l) => [l.name, l] as const))(
      "%s: the verdict is the documents' own advice, with reasons for it shown",
      async (_name, label) => {
        const useCase = await createRecord(
          useCases,
          SYSTEM,
          { name: label.name, description: label.description },
          t.db,
        );
        const { verdict, explanation, claims: linked } = await proposeForUseCase(t.db, String(useCase.id));
        expect({ useCase: label.name, pick: [...verdict.recommended].sort() }).toEqual({
          useCase: label.name,
          pick: [...label.expected].sort(),
        });
        expect(sameSet(explanation.recommended, label.expected)).toBe(true);
        // The reasons the public page shows: for what is recommended, each resting on a verified claim or team decision.
        const shown = explanation.reasons.filter(
          (r) => r.weight > 0 && r.direction !== "against" && label.expected.includes(r.technologySlug),
        );
        expect(shown.length).toBeGreaterThan(0);
        for (const r of shown) {
          expect(r.claimIds.length + r.decisionIds.length).toBeGreaterThan(0);
          for (const id of r.claimIds) expect(linked[id]?.status).toBe("VERIFIED");
          expect(r.countsBecause).toBeTruthy();
        }
      },
      60_000,
    );
  },
);
