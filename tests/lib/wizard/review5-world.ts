// A small world for review 5's wizard tests (issue #11): three framework use cases described by their
// needs as the demo describes them (a public API's "authentication" is not a back office's
// "permissions"), four technologies in three languages, and the questionnaire built as the app builds it
// (support/world.ts).
import type { EvidenceClaim } from "@/lib/verdicts/types";
import type { WizardAnswers, WizardOutcome } from "@/lib/wizard";
import { ADMIN, DOCS, JOBS, ML, need, TRAFFIC, wizardWorld } from "./support/world";

export { ADMIN, DOCS, feature, JOBS, ML, TRAFFIC } from "./support/world";
export const API_AUTH = need("needs-auth", "needs authentication and permissions", ["authentication", "oauth"]);
export const OFFICE_AUTH = need("needs-auth", "needs authentication and permissions", [
  "authentication",
  "permissions",
]);

const world = wizardWorld(
  {
    "public-json-api": [DOCS, API_AUTH, TRAFFIC],
    "back-office-tool": [ADMIN, JOBS, OFFICE_AUTH],
    "model-inference-service": [ML, TRAFFIC],
  },
  ["fastapi", "express", "laravel", "django"],
);

export const { USE_CASES, NAMES } = world;
export const questionnaire = () => world.questionnaire();
export const rank = (answers: WizardAnswers, claims: EvidenceClaim[]): WizardOutcome => world.rank(answers, claims);
