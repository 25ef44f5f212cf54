// /wizard: the "which one should we pick?" questionnaire's recommendation (lib/wizard), the same
// the /wizard page renders. Every question must be answered; the answers are the page's URL query.
import { z } from "zod";
import { answersQuery, recommend, wizardAnswerShape, type WizardAnswers } from "@/lib/wizard";
import { defineEndpoint } from "../define";
import { claimRef, technologyRef } from "../schemas";

const EXAMPLE: WizardAnswers = { build: "back-office", skills: "python", editors: "staff", traffic: "low", realtime: "none", ml: "no", timeline: "weeks" };

const useCaseLink = z.object({
  slug: z.string(),
  name: z.string(),
  href: z.string().nullable().describe("The use case's public page; null while it has no published verdict."),
});

const wizardResult = z.object({
  answers: z.object(wizardAnswerShape),
  query: z.string().describe("The answers as a query string: `/wizard?{query}` is the shareable result page."),
  drivers: z.array(z.object({ key: z.string(), label: z.string() })).describe("The decision drivers the answers tick."),
  recommendation: z
    .object({
      label: z.string(),
      technologies: z.array(technologyRef).describe("One technology, or two when the evidence supports a hybrid."),
      confidence: z.number().min(0).max(1),
    })
    .nullable()
    .describe("null when no checked evidence speaks to these needs."),
  ranking: z.array(z.object({ slug: z.string(), name: z.string(), score: z.number() })).describe("Every technology's combined score, best first."),
  useCases: z.array(useCaseLink.extend({ weight: z.number() })).describe("The use cases whose verdicts were weighed, heaviest first."),
  reasons: z
    .array(
      z.object({
        text: z.string(),
        technologySlug: z.string(),
        useCase: useCaseLink,
        claims: z.array(claimRef).describe("The public claims behind the reason (empty for team-decision reasons)."),
      }),
    )
    .describe("Why, strongest first; each claim links to /claims/{slug}."),
});

export const wizardEndpoint = defineEndpoint({
  id: "wizard",
  path: "/wizard",
  tag: "Wizard",
  summary: "A technology recommendation for a project, with the claims behind each reason",
  description:
    "The answers tick decision drivers; the verdict engine weighs the use cases they point at, on the same public evidence as the published verdicts. Team decisions count only when public.",
  query: z.object(wizardAnswerShape),
  exampleQuery: answersQuery(EXAMPLE),
  maxAge: 60,
  response: wizardResult,
  handler: ({ query, db }) => recommend(query as WizardAnswers, db),
});
