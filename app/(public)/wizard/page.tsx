import type { Metadata } from "next";
import { WizardForm } from "@/components/public/wizard/WizardForm";
import { pageMetadata } from "@/lib/public/metadata";
import { cachedPublicData } from "@/lib/public/cache";
import { answersQuery, parseAnswers, recommend, WizardAnswersSchema } from "@/lib/wizard";

// A shared result link is read many times: the recommendation is cached per set of answers (the
// normalized query) like other public page data, and dropped when an editor writes.
const recommendFor = cachedPublicData("wizard", (query: string) => recommend(WizardAnswersSchema.parse(Object.fromEntries(new URLSearchParams(query)))));

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parsed = parseAnswers(await searchParams);
  // A complete set of answers is a shareable result page of its own; anything else is the start.
  return pageMetadata({
    title: parsed.complete ? "Your stack recommendation" : "What are you building?",
    description: "Answer seven short questions about your project and team, and get a recommendation with the checked claims behind each reason.",
    path: parsed.complete ? `/wizard?${answersQuery(parsed.answers)}` : "/wizard",
  });
}

export default async function WizardPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const parsed = parseAnswers(params);
  const result = parsed.complete ? await recommendFor(answersQuery(parsed.answers)) : null;
  // Errors only after the form's own submit button (`show`): a start or a link from the home page
  // with one answer filled in is not an error.
  const errors = !parsed.complete && params.show !== undefined ? parsed.errors : {};
  return (
    <>
      <section className="page-head">
        <p className="eyebrow">Wizard</p>
        <h1>What are you building?</h1>
        <p className="lead">
          Seven short questions. Your answers are weighed against the same checked evidence as our verdicts, and every reason
          links to the claims behind it. The answers stay in the address, so you can share the result.
        </p>
      </section>
      <WizardForm initialAnswers={parsed.complete ? parsed.answers : parsed.partial} initialResult={result} initialErrors={errors} />
    </>
  );
}
