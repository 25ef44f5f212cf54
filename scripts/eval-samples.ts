// npm run -s eval:samples -- DIR [LABELS] [--keep]   (LABELS default: eval/labels/samples.json)
// Do the verdicts agree with the documents' own advice (issue #11 target)? An empty install, as a
// new user would have it: a fresh SQLite database in a temporary folder, migrated, no catalogue, no
// demo. Every document in DIR (README.md aside) goes through the real importer; an editor then
// confirms the technologies it proposed and verifies every candidate claim, each through the service
// layer; the use cases of the label file are created as an editor would (name and description only:
// their needs are the defaults those words give); the engine proposes a verdict for each. Printed per
// use case: the pick, the documents' pick, agree or not, the confidence line and the reasons shown.
// The label file holds only what the documents advise (eval/labels/samples.json); their text stays
// outside the repository.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

const Labels = z.object({
  useCases: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      expected: z.array(z.string()).min(1),
      advisedBy: z.array(z.string()),
    }),
  ),
});

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((s) => b.includes(s));

/** The app's modules, loaded only once DATABASE_URL names the fresh database (the service layer's hooks read it on load). */
async function loadApp() {
  const [
    { SYSTEM },
    { getDb },
    { closeReaderPool },
    { importFiles },
    { claims, technologies, useCases },
    { createRecord },
    { runAction },
    { proposeForUseCase },
  ] = await Promise.all([
    import("@/lib/auth/roles"),
    import("@/lib/db/client"),
    import("@/lib/import/reader-pool"),
    import("@/lib/import/service"),
    import("@/lib/resources"),
    import("@/lib/services/records"),
    import("@/lib/services/bulk"),
    import("@/lib/editorial/proposal"),
  ]);
  return {
    SYSTEM,
    getDb,
    closeReaderPool,
    importFiles,
    claims,
    technologies,
    useCases,
    createRecord,
    runAction,
    proposeForUseCase,
  };
}
type App = Awaited<ReturnType<typeof loadApp>>;

/** The editor's pass, through the service layer: every proposed technology confirmed, every candidate claim verified. */
async function confirmAndVerify(app: App, db: ReturnType<App["getDb"]>): Promise<void> {
  const proposed = await db.technology.findMany({
    where: { deletedAt: null, status: "PROPOSED" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  if (proposed.length)
    await app.runAction(
      app.technologies,
      app.SYSTEM,
      "confirm",
      proposed.map((t) => t.id),
      {},
      null,
      db,
    );
  console.log(`confirmed ${proposed.length} proposed technologies: ${proposed.map((t) => t.name).join(", ")}`);
  const candidates = await db.claim.findMany({
    where: { deletedAt: null, mergedIntoId: null, status: "CANDIDATE" },
    select: { id: true },
  });
  if (candidates.length)
    await app.runAction(
      app.claims,
      app.SYSTEM,
      "setStatus",
      candidates.map((c) => c.id),
      { status: "VERIFIED" },
      null,
      db,
    );
  console.log(`verified ${candidates.length} candidate claims`);
}

/** One use case's verdict against the documents' pick, with its confidence line and the reasons shown; true when they agree. */
function printUseCase(
  label: z.infer<typeof Labels>["useCases"][number],
  proposal: Awaited<ReturnType<App["proposeForUseCase"]>>,
): boolean {
  const { verdict, explanation, claims: linked } = proposal;
  const ok = sameSet(verdict.recommended, label.expected);
  console.log(`\n## ${label.name}`);
  console.log(
    `pick: ${verdict.recommended.length ? verdict.label : "none"} · expected: ${label.expected.join(" + ")} (advised by ${label.advisedBy.join(", ")}) · ${ok ? "AGREES" : "DISAGREES"}`,
  );
  if (explanation.confidenceExplanation) console.log(`confidence: ${explanation.confidenceExplanation}`);
  const scores = verdict.scores
    .filter((s) => s.score !== 0)
    .map((s) => `${s.technologySlug} ${s.score.toFixed(2)}`)
    .join(", ");
  console.log(`scores: ${scores || "none"}`);
  console.log("reasons shown:");
  // As the public page shows them: reasons that speak for what is recommended.
  const shown = explanation.reasons.filter(
    (r) => r.weight > 0 && r.direction !== "against" && verdict.recommended.includes(r.technologySlug),
  );
  for (const r of shown) console.log(`  - ${r.text}${r.countsBecause ? ` [counts because: ${r.countsBecause}]` : ""}`);
  if (shown.length === 0) console.log("  (none)");
  const against = explanation.counterEvidence;
  if (against)
    console.log(
      `strongest counter-evidence: ${against.text}${against.claimIds.length ? ` (${against.claimIds.map((id) => linked[id]?.status ?? "?").join(", ")})` : ""}`,
    );
  return ok;
}

async function main(): Promise<number> {
  const [dir, labelsPath = path.resolve(__dirname, "../eval/labels/samples.json")] = process.argv
    .slice(2)
    .filter((a) => !a.startsWith("--"));
  if (!dir) {
    console.error("usage: npm run -s eval:samples -- DIR [LABELS]");
    return 2;
  }
  const labels = Labels.parse(JSON.parse(readFileSync(labelsPath, "utf8")));
  const tmp = mkdtempSync(path.join(os.tmpdir(), "sv-eval-samples-"));
  const url = `file:${path.join(tmp, "eval.db")}`;
  // Before any module reads it: the service layer's hooks open the app database from the environment.
  process.env.DATABASE_URL = url;
  process.env.MIGRATE_QUIET = "1";
  const { migrate } = await import("./migrate");
  migrate(url);
  const app = await loadApp();
  const db = app.getDb();
  try {
    const files = readdirSync(dir)
      .filter((f) => f !== "README.md")
      .sort();
    const report = await app.importFiles(
      db,
      app.SYSTEM,
      files.map((f) => ({ filename: f, bytes: readFileSync(path.join(dir, f)) })),
    );
    for (const e of report.errors) console.log(`import error: ${e.file}: ${e.message}`);
    const imported = report.articles.map((a) => `${a.file} (${a.claims.length} candidates)`).join(", ");
    console.log(`imported into an empty install: ${imported}`);
    await confirmAndVerify(app, db);

    let agree = 0;
    for (const label of labels.useCases) {
      const useCase = await app.createRecord(
        app.useCases,
        app.SYSTEM,
        { name: label.name, description: label.description },
        db,
      );
      if (printUseCase(label, await app.proposeForUseCase(db, String(useCase.id)))) agree++;
    }
    console.log(`\nagree: ${agree}/${labels.useCases.length} use cases`);
    return 0;
  } finally {
    await Promise.all([db.$disconnect(), app.closeReaderPool()]);
    // --keep leaves the database for a look at what was imported.
    if (process.argv.includes("--keep")) console.log(`\ndatabase kept: ${url}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
