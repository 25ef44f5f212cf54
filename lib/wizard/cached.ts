// The wizard's data as pages load it: through the public memo (lib/cache), dropped when an
// editor writes. The questionnaire is shared by the home page's entry links and the wizard page; a
// shared result link is read many times, so recommendations are kept per normalized query.
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { parseAnswers } from "./answers";
import { loadQuestionnaire, recommend } from "./recommend";

export const publicQuestionnaire = cachedPublicData("wizard-questions", () => loadQuestionnaire(), {
  tags: shownRecords,
});

export const publicRecommendation = cachedPublicData("wizard", async (query: string) => {
  const questionnaire = await publicQuestionnaire();
  const parsed = parseAnswers(new URLSearchParams(query), questionnaire);
  if (!parsed.complete) throw new Error(`Incomplete wizard answers: ${query}`);
  return recommend(parsed.answers, undefined, questionnaire);
});
