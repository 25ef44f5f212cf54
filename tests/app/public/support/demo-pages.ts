// The demo as `npm run demo` shows it, for the tests that read its public pages: the seed on a fresh
// SQLite database used as the app's database for one describe block, and the pages rendered on the
// server and read as text (support/page-text.ts).
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import UseCasePage from "@/app/(public)/use-cases/[slug]/page";
import WizardPage from "@/app/(public)/wizard/page";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { useAsAppDatabase, type TestDatabase } from "../../../support/databases";
import { DEMO_SEED_TIMEOUT, seededDemo } from "../../../support/demo";
import { pageText } from "./page-text";
import { VerdictEngine } from "@/lib/verdicts/engine";
import type { Evidence } from "@/lib/verdicts/types";
import { rankForAnswers, type WizardAnswers, type WizardOutcome } from "@/lib/wizard";
import { loadPublicEvidence, loadQuestionnaire } from "@/lib/wizard/recommend";
import type { Questionnaire } from "@/lib/wizard/questionnaire";

/**
 * Seeds the demo before the describe block's tests (once) and closes it after them; the returned
 * function gives the database. `after`: more setup once the demo is seeded (within the seed's time).
 */
export function useSeededDemo(after?: () => Promise<void>): () => TestDatabase {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await seededDemo();
    useAsAppDatabase(t);
    await after?.();
  }, DEMO_SEED_TIMEOUT);
  afterAll(async () => {
    await closeReaderPool();
    await t.close();
  });
  return () => t;
}

/** A page rendered on the server, as the text a visitor reads. */
export const textOf = async (element: Promise<ReactElement> | ReactElement) =>
  pageText(renderToStaticMarkup(await element));

/** The wizard's page for these answers (`needs` comma-separated), as HTML and as text. */
export const wizardHtml = async (useCase: string, skills: string, needs: string) =>
  renderToStaticMarkup(await WizardPage({ searchParams: Promise.resolve({ useCase, skills, needs }) }));
export const wizardText = async (useCase: string, skills: string, needs: string) =>
  pageText(await wizardHtml(useCase, skills, needs));

/** A use case's page (its published verdict), as text. */
export const verdictPageText = (slug: string) => textOf(UseCasePage({ params: Promise.resolve({ slug }) }));

/**
 * The heading over the claims counted for the option after the pick (nextOptionHeading), as a page's
 * text has it: [1] or [2] its name, [3] how many claims are listed under it.
 */
export const NEXT_LIST_HEADING =
  /^(?:For and against (.+?), (?:the next option|which scores higher on the evidence)|Evidence (?:against|about) (.+?) \(it scores below zero[^)]*\)) \((\d+)\):$/m;

/** The seeded demo's wizard data as the wizard page ranks with it: loaded once per describe block. */
interface DemoWizard {
  questionnaire: Questionnaire;
  evidence: Evidence;
  engine: VerdictEngine;
}

/**
 * Seeds the demo (useSeededDemo) and loads the wizard's questionnaire and public evidence once;
 * `world()` gives them inside a test, `rank` ranks answers as the wizard page does.
 */
export function useDemoWizard(): { world: () => DemoWizard; rank: (answers: WizardAnswers) => WizardOutcome } {
  let loaded: DemoWizard | undefined;
  const demo = useSeededDemo(async () => {
    const [questionnaire, evidence] = [await loadQuestionnaire(demo().db), await loadPublicEvidence(demo().db)];
    loaded = { questionnaire, evidence, engine: new VerdictEngine(evidence) };
  });
  const world = (): DemoWizard => {
    if (!loaded) throw new Error("The demo's wizard data is loaded before the tests: use it inside a test.");
    return loaded;
  };
  const rank = (answers: WizardAnswers): WizardOutcome => {
    const { questionnaire, evidence, engine } = world();
    return rankForAnswers(questionnaire, answers, evidence, engine);
  };
  return { world, rank };
}
