// A published verdict always says what it recommends: a technology without a public page (proposed
// by an import after the verdict was published, and recommended since) is named without a link,
// never left out as an empty "→" line.
import { renderToStaticMarkup } from "react-dom/server";
import { SYSTEM } from "@/lib/auth/roles";
import { technologies, verdicts } from "@/lib/resources";
import { createRecord, updateRecord } from "@/lib/services/records";
import HomePage from "@/app/(public)/page";
import UseCasePage from "@/app/(public)/use-cases/[slug]/page";
import UseCasesPage from "@/app/(public)/use-cases/page";
import type { TestDatabase } from "../../support/databases";
import { openAppWorld, type World } from "../../lib/public/world";

const pickLine = (html: string) => /<p class="verdict__pick">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";

describe("a verdict recommending a technology with no public page", () => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    ({ t, w } = await openAppWorld("sqlite"));
    const litestar = await createRecord(
      technologies,
      SYSTEM,
      { name: "Litestar", slug: "litestar", language: "python", status: "PROPOSED" },
      t.db,
    );
    const current = await t.db.verdict.findUniqueOrThrow({
      where: { id: w.published.id as string },
      select: { version: true },
    });
    await updateRecord(
      verdicts,
      SYSTEM,
      w.published.id as string,
      { version: current.version, recommendedIds: [litestar.id] },
      t.db,
    );
  }, 60_000);
  afterAll(async () => t.close());

  it("names it, without a link, on the use-case page, the use-case index and the home page", async () => {
    const useCase = renderToStaticMarkup(await UseCasePage({ params: Promise.resolve({ slug: "back-office-tool" }) }));
    expect(pickLine(useCase)).toContain("Litestar");
    expect(useCase).not.toContain('href="/technologies/litestar"');
    expect(pickLine(renderToStaticMarkup(await UseCasesPage()))).toContain("Litestar");
    const home = renderToStaticMarkup(await HomePage());
    expect(pickLine(home.slice(home.indexOf('class="verdict"')))).toContain("Litestar");
  });
});
