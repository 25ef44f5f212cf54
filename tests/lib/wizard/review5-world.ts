// A small world for review 5's wizard tests (issue #11): three framework use cases described by their
// needs as the demo describes them (a public API's "authentication" is not a back office's
// "permissions"), four technologies in three languages, and the questionnaire built as the app builds it.
import type { Need } from "@/lib/verdicts/needs";
import type { EvidenceClaim, UseCaseInfo } from "@/lib/verdicts/types";
import {
  buildQuestionnaire,
  rankForAnswers,
  wizardNeedsOf,
  type WizardAnswers,
  type WizardOutcome,
  type WizardTechnology,
} from "@/lib/wizard";
import { AS_OF, claim } from "../verdicts/fixtures";

const need = (key: string, label: string, terms: string[], metrics: string[] = []): Need => ({
  key,
  label,
  terms,
  metrics,
});
export const DOCS = need("api-documentation", "documents its API for client developers", ["openapi"]);
export const API_AUTH = need("needs-auth", "needs authentication and permissions", ["authentication", "oauth"]);
export const OFFICE_AUTH = need("needs-auth", "needs authentication and permissions", [
  "authentication",
  "permissions",
]);
export const ADMIN = need("needs-admin-ui", "needs an admin UI", ["admin"]);
export const JOBS = need("background-jobs", "background jobs and scheduled tasks", ["background jobs"]);
export const ML = need("ml-serving", "serves machine-learning models", ["inference", "model serving"]);
export const TRAFFIC = need("high-traffic-io", "high traffic, I/O-bound", ["async"], ["throughput"]);

export const USE_CASES: UseCaseInfo[] = [
  { slug: "public-json-api", keywords: ["json api"], drivers: [], needs: [DOCS, API_AUTH, TRAFFIC] },
  { slug: "back-office-tool", keywords: ["back office"], drivers: [], needs: [ADMIN, JOBS, OFFICE_AUTH] },
  { slug: "model-inference-service", keywords: ["inference", "model serving"], drivers: [], needs: [ML, TRAFFIC] },
];
const NAME: Record<string, string> = {
  "public-json-api": "Public JSON API",
  "back-office-tool": "Internal back-office tool",
  "model-inference-service": "Model inference service",
};
export const NAMES: Record<string, string> = {
  fastapi: "FastAPI",
  express: "Express",
  laravel: "Laravel",
  django: "Django",
};
const LANGUAGES: Record<string, string> = {
  fastapi: "python",
  django: "python",
  express: "javascript",
  laravel: "php",
};
const TECHNOLOGIES: WizardTechnology[] = Object.keys(NAMES).map((slug) => ({
  slug,
  name: NAMES[slug],
  kind: "framework",
  language: LANGUAGES[slug],
}));

export const questionnaire = () =>
  buildQuestionnaire(
    USE_CASES.map((u) => ({
      slug: u.slug,
      name: NAME[u.slug],
      description: "",
      category: "framework",
      drivers: wizardNeedsOf(u),
      published: true,
    })),
    TECHNOLOGIES,
  );

export const rank = (answers: WizardAnswers, claims: EvidenceClaim[]): WizardOutcome =>
  rankForAnswers(questionnaire(), answers, {
    useCases: USE_CASES,
    claims,
    decisions: [],
    asOf: AS_OF,
    technologyNames: NAMES,
  });

export const feature = (
  slug: string,
  statement: string,
  direction: "supports" | "against",
  extra: Partial<EvidenceClaim> & { sources?: string[] } = {},
) => claim([slug], statement, { kind: "FEATURE", directions: { [slug]: direction }, ...extra });
