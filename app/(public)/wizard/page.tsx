import type { Metadata } from "next";
import { WizardForm } from "@/components/public/wizard/WizardForm";
import { pageMetadata } from "@/lib/public/metadata";
import { answersQuery, parseAnswers } from "@/lib/wizard";
import { publicQuestionnaire, publicRecommendation } from "@/lib/wizard/cached";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parsed = parseAnswers(await searchParams, await publicQuestionnaire());
  // A complete set of answers is a shareable result page of its own; anything else is the start.
  return pageMetadata({
    title: parsed.complete ? "Your stack recommendation" : "What are you choosing?",
    description:
      "Pick what you are building, say what your team knows and what matters, and get a recommendation with the checked claims behind each reason.",
    path: parsed.complete ? `/wizard?${answersQuery(parsed.answers)}` : "/wizard",
  });
}

export default async function WizardPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const questionnaire = await publicQuestionnaire();
  const parsed = parseAnswers(params, questionnaire);
  const result = parsed.complete ? await publicRecommendation(answersQuery(parsed.answers)) : null;
  // Errors only after the form's own submit button (`show`): a start or a link from the home page
  // with the first answer filled in is not an error. Skills an address names that are not options
  // are said at once, never silently dropped (G9/H8).
  const skillsError = !parsed.complete && params.skills !== undefined ? parsed.errors.skills : undefined;
  const errors =
    !parsed.complete && params.show !== undefined ? parsed.errors : skillsError ? { skills: skillsError } : {};
  return (
    <>
      <section className="page-head">
        <p className="eyebrow">Wizard</p>
        <h1>What are you choosing?</h1>
        <p className="lead">
          Pick what you are building, then say what your team knows and what matters. The questions come from what
          editors record about each use case; every answer is weighed against the same checked evidence as our verdicts,
          or the result says why it could not be. The answers stay in the address, so you can share the result.
        </p>
      </section>
      <WizardForm
        questionnaire={questionnaire}
        initialAnswers={parsed.complete ? parsed.answers : parsed.partial}
        initialResult={result}
        initialErrors={errors}
      />
    </>
  );
}
