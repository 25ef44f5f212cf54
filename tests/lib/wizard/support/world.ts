// Small worlds for the wizard's tests, built once here: use cases described by their needs (as the
// demo describes them), a few frameworks in their languages, and the questionnaire built from them
// as the app builds it (wizardNeedsOf, buildQuestionnaire). Each test file says which use cases,
// needs and technologies its world holds; the needs that read alike everywhere are shared below.
// Pure: no database.
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
import type { PublishedVerdict } from "@/lib/wizard/questionnaire";
import { AS_OF, claim } from "../../verdicts/fixtures";

export const need = (key: string, label: string, terms: string[], metrics: string[] = []): Need => ({
  key,
  label,
  terms,
  metrics,
});
export const DOCS = need("api-documentation", "documents its API for client developers", ["openapi"]);
export const REALTIME = need("realtime-websockets", "realtime updates / WebSockets", ["websocket"]);
export const ADMIN = need("needs-admin-ui", "needs an admin UI", ["admin"]);
export const JOBS = need("background-jobs", "background jobs and scheduled tasks", ["background jobs"]);
export const ML = need("ml-serving", "serves machine-learning models", ["inference", "model serving"]);
export const TRAFFIC = need("high-traffic-io", "high traffic, I/O-bound", ["async"], ["throughput"]);

/** The use cases' names and the words that name them, as the demo has them. */
const USE_CASE_NAMES: Record<string, { name: string; keywords: string[] }> = {
  "public-json-api": { name: "Public JSON API", keywords: ["json api"] },
  "back-office-tool": { name: "Internal back-office tool", keywords: ["back office"] },
  "model-inference-service": { name: "Model inference service", keywords: ["inference", "model serving"] },
  "content-site-cms": { name: "Content site / CMS", keywords: ["content site", "cms"] },
};

/** The frameworks a world may hold: name and language. */
const FRAMEWORKS: Record<string, { name: string; language: string }> = {
  fastapi: { name: "FastAPI", language: "python" },
  django: { name: "Django", language: "python" },
  express: { name: "Express", language: "javascript" },
  nextjs: { name: "Next.js", language: "javascript" },
  laravel: { name: "Laravel", language: "php" },
  rails: { name: "Ruby on Rails", language: "ruby" },
};

export interface WizardWorld {
  USE_CASES: UseCaseInfo[];
  NAMES: Record<string, string>;
  /** The questionnaire, each use case published with the verdict given (or, absent, one that picks what the evidence picks). */
  questionnaire: (verdicts?: Record<string, PublishedVerdict>) => ReturnType<typeof buildQuestionnaire>;
  evidence: (claims: EvidenceClaim[]) => {
    useCases: UseCaseInfo[];
    claims: EvidenceClaim[];
    decisions: [];
    asOf: string;
    technologyNames: Record<string, string>;
  };
  rank: (answers: WizardAnswers, claims: EvidenceClaim[], verdicts?: Record<string, PublishedVerdict>) => WizardOutcome;
}

/**
 * A world of these use cases (slug → the needs it is chosen on) and these frameworks, in the order
 * given (the category lists its technologies so).
 */
export function wizardWorld(useCases: Record<string, Need[]>, frameworks: string[]): WizardWorld {
  const USE_CASES: UseCaseInfo[] = Object.entries(useCases).map(([slug, needs]) => ({
    slug,
    keywords: USE_CASE_NAMES[slug].keywords,
    drivers: [],
    needs,
  }));
  const NAMES = Object.fromEntries(frameworks.map((slug) => [slug, FRAMEWORKS[slug].name]));
  const technologies: WizardTechnology[] = frameworks.map((slug) => ({
    slug,
    name: FRAMEWORKS[slug].name,
    kind: "framework",
    language: FRAMEWORKS[slug].language,
  }));
  const questionnaire = (verdicts: Record<string, PublishedVerdict> = {}) =>
    buildQuestionnaire(
      USE_CASES.map((u) => ({
        slug: u.slug,
        name: USE_CASE_NAMES[u.slug].name,
        description: "",
        category: "framework",
        drivers: wizardNeedsOf(u),
        published: true,
        ...(verdicts[u.slug] ? { verdict: verdicts[u.slug] } : {}),
      })),
      technologies,
    );
  const evidence = (claims: EvidenceClaim[]) => ({
    useCases: USE_CASES,
    claims,
    decisions: [] as [],
    asOf: AS_OF,
    technologyNames: NAMES,
  });
  const rank = (answers: WizardAnswers, claims: EvidenceClaim[], verdicts: Record<string, PublishedVerdict> = {}) =>
    rankForAnswers(questionnaire(verdicts), answers, evidence(claims));
  return { USE_CASES, NAMES, questionnaire, evidence, rank };
}

/** A verified feature claim about one technology, for or against it. */
export const feature = (
  slug: string,
  statement: string,
  direction: "supports" | "against",
  extra: Partial<EvidenceClaim> & { sources?: string[] } = {},
) => claim([slug], statement, { kind: "FEATURE", directions: { [slug]: direction }, ...extra });
