// A verdict editors publish with no recommended technology says so in its own words everywhere it
// is shown: editors have not picked one, and the checked evidence leans to the engine's pick. The
// stored explanation is the engine's proposal of the moment, so its pick is never worded as the
// editors' ("editors chose FastAPI") nor headed as the pick ("Why FastAPI").
import { renderToStaticMarkup } from "react-dom/server";
import { verdicts } from "@/lib/resources/verdicts";
import { updateRecord } from "@/lib/services/records";
import { verdictEntries } from "@/lib/public/feeds";
import { snippetTexts } from "@/lib/search/rows";
import HomePage from "@/app/(public)/page";
import UseCasePage from "@/app/(public)/use-cases/[slug]/page";
import UseCasesPage from "@/app/(public)/use-cases/page";
import { freshDatabase, testProviders, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { editorialWorld } from "../../lib/editorial/world";
import { api } from "../api/v1/support";

const LEAN =
  /^Editors have not picked one; the checked evidence leans to FastAPI \(1 verified claim for it, none against it\), with \w+ confidence\.$/;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/\s+/g, " ");

describe.each(testProviders())("a verdict published with no pick, on %s", (provider) => {
  let t: TestDatabase;
  let verdictId: string;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    useAsAppDatabase(t);
    const w = await editorialWorld(t.db);
    const editor = await makeUser(t.db, "EDITOR");
    verdictId = String(w.verdicts.inference.id);
    const { version } = await t.db.verdict.findUniqueOrThrow({ where: { id: verdictId }, select: { version: true } });
    // The engine's pick for model inference is FastAPI; editors publish the verdict naming none.
    await updateRecord(verdicts, editor, verdictId, { version, recommendedIds: [], status: "PUBLISHED" }, t.db);
  }, 60_000);
  afterAll(async () => t.close());

  it("the use-case page says editors have not picked one and heads the evidence's reasons as its lean", async () => {
    const page = text(
      renderToStaticMarkup(await UseCasePage({ params: Promise.resolve({ slug: "model-inference-service" }) })),
    );
    expect(page).toContain("→ No single pick");
    expect(page).toMatch(
      /Editors have not picked one; the checked evidence leans to FastAPI \(1 verified claim for it, none against it\), with \w+ confidence\./,
    );
    expect(page).toContain("Why the checked evidence leans to FastAPI");
    expect(page).toContain("FastAPI is the pick for model serving and inference");
    expect(page).not.toContain("Why FastAPI");
    expect(page).not.toMatch(/editors chose/i);
    expect(page).not.toContain("FastAPI leads on the checked evidence");
  });

  it("the home page, the use-case index, the feed and the search snippet word it the same", async () => {
    for (const html of [renderToStaticMarkup(await HomePage()), renderToStaticMarkup(await UseCasesPage())]) {
      const shown = text(html);
      expect(shown).toContain("Editors have not picked one; the checked evidence leans to FastAPI");
      expect(shown).not.toMatch(/editors chose|FastAPI leads/i);
    }
    const entry = (await verdictEntries(t.db)).find((e) => e.title.endsWith("(Inference)"));
    expect(entry?.summary).toMatch(LEAN);
    const snippet = (await snippetTexts(t.db, "verdict", [verdictId])).get(verdictId);
    // A verdict's snippet text is its evidence summary (lead) with the editors' note after it.
    expect(typeof snippet === "object" ? snippet.lead : snippet).toMatch(
      /^Editors have not picked one; the checked evidence leans to FastAPI /,
    );
  });

  it("/api/v1/verdicts gives the same summary, no recommended technology and the lean in its explanation", async () => {
    const list = await api("/api/v1/verdicts?useCase=model-inference-service");
    expect(list.status).toBe(200);
    expect(list.json.items[0]).toMatchObject({ recommended: [] });
    expect(list.json.items[0].summary).toMatch(LEAN);
    const detail = await api(`/api/v1/verdicts/${list.json.items[0].slug}`);
    expect(detail.json.explanation).toMatchObject({
      label: "No single pick",
      leansTo: "FastAPI",
      editorial: { text: "Editors have not picked one; the checked evidence leans to FastAPI." },
    });
    expect(
      detail.json.explanation.reasons.flatMap((r: { claims: { statement: string }[] }) =>
        r.claims.map((c) => c.statement),
      ),
    ).toEqual(["FastAPI is the pick for model serving and inference"]);
  });
});
