/** @jest-environment node */
// Wherever a published pick is shown, its confidence is shown with it (review-public-2, finding 2):
// a 9% verdict read on the home page's card must not look like a plain pick. Beside a pick it is said
// in words, on the scale of the verdict's own page (a percentage stands only in the line that
// explains it), and a low one is called a weak pick: on the pages, in the API's list and in the feed.
import { renderToStaticMarkup } from "react-dom/server";
import { SYSTEM } from "@/lib/auth/roles";
import { verdicts } from "@/lib/resources";
import { runAction } from "@/lib/services/bulk";
import HomePage from "@/app/(public)/page";
import TechnologyPage from "@/app/(public)/technologies/[slug]/page";
import UseCasePage from "@/app/(public)/use-cases/[slug]/page";
import UseCasesPage from "@/app/(public)/use-cases/page";
import { verdictEntries } from "@/lib/public/feeds";
import { confidenceOf } from "@/lib/public/verdict-confidence";
import type { TestDatabase } from "../../support/databases";
import { openAppWorld, type World } from "../../lib/public/world";
import { api } from "../api/v1/support";
import { pageText } from "./support/page-text";

const textOf = (html: string) => pageText(html);

describe("a published pick always comes with how sure it is", () => {
  let t: TestDatabase;
  let w: World;
  let stated: string;
  beforeAll(async () => {
    ({ t, w } = await openAppWorld("sqlite"));
    // Published from the engine's proposal, as editors do: the verdict then states a confidence.
    await runAction(verdicts, SYSTEM, "publishProposal", [w.published.id as string], {}, null, t.db);
    const page = textOf(
      renderToStaticMarkup(await UseCasePage({ params: Promise.resolve({ slug: "back-office-tool" }) })),
    );
    stated = /Evidence-weighted confidence when published: (\d+)%/.exec(page)?.[1] ?? "";
  }, 60_000);
  afterAll(async () => t.close());

  it("states the verdict page's own figure, and calls a low one a weak pick", async () => {
    expect(stated).toMatch(/^\d+$/);
    // The world's evidence is thin: the pick is weak, and says so in the pick line itself.
    expect(Number(stated)).toBeLessThan(40);
    const page = textOf(
      renderToStaticMarkup(await UseCasePage({ params: Promise.resolve({ slug: "back-office-tool" }) })),
    );
    expect(page).toContain("→ Django — a weak pick: low confidence\n");
  });

  it("on the home page, the use-case index and the technology's page", async () => {
    const expected = "Django — a weak pick: low confidence\n";
    expect(textOf(renderToStaticMarkup(await HomePage()))).toContain(`→ ${expected}`);
    expect(textOf(renderToStaticMarkup(await UseCasesPage()))).toContain(`→ ${expected}`);
    const technology = textOf(
      renderToStaticMarkup(await TechnologyPage({ params: Promise.resolve({ slug: "django" }) })),
    );
    expect(technology).toContain("A weak pick: low confidence\n");
  });

  it("in the API's list and in the feed", async () => {
    const { json } = await api("/api/v1/verdicts");
    const item = json.items.find((v: { slug: string }) => v.slug === w.published.slug);
    expect(item.confidence).toMatchObject({ band: "low", text: "a weak pick: low confidence" });
    expect(Math.round(item.confidence.value * 100)).toBe(Number(stated));
    const entry = (await verdictEntries(t.db)).find((e) => e.url.endsWith("/use-cases/back-office-tool"));
    expect(entry?.title).toContain("Django, a weak pick: low confidence (");
  });

  it("words the scale's bands as the verdict pages do", () => {
    expect(confidenceOf(0.09).text).toBe("a weak pick: low confidence");
    expect(confidenceOf(0.396).text).toBe("moderate confidence");
    expect(confidenceOf(0.39).text).toBe("a weak pick: low confidence");
    expect(confidenceOf(0.75).text).toBe("strong confidence");
  });
});
