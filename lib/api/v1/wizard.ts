// /wizard: the "which one should we pick?" questionnaire's recommendation (lib/wizard), the same
// the /wizard page renders. The answers are the page's URL query; which values are valid comes from
// the use cases, drivers and technologies editors maintain, so a wrong one is a 400 listing the choices.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { answersQuery, loadQuestionnaire, parseAnswers, recommend, type WizardAnswers } from "@/lib/wizard";
import { defineEndpoint } from "../define";
import { claimRef, decisionRef, technologyRef } from "../schemas";

const EXAMPLE: WizardAnswers = {
  useCase: "back-office-tool",
  skills: ["python"],
  needs: ["needs-admin-ui", "time-to-first-release"],
};

const wizardQuery = z.object({
  useCase: z
    .string()
    .max(120)
    .describe(
      "The use case's slug (GET /api/v1/use-cases): what you are building. It sets the category of technologies ranked.",
    ),
  skills: z
    .string()
    .max(500)
    .describe(
      "What the team already knows, comma-separated: every language of the category's technologies it knows (`python,php`), for categories without languages the technologies' slugs, or `none`. Each one counts: the options in any of them come first among those the evidence supports. An unknown value, or `none` beside a skill, is a 400 naming it.",
    ),
  needs: z
    .string()
    .max(2000)
    .optional()
    .describe(
      "The needs that matter, comma-separated: need keys of the use case's category (the wizard's third question). A need the use case is not chosen on is not weighed; the result says so.",
    ),
});

const claimLinks = z.array(claimRef);
const decisionLinks = z.array(decisionRef).describe("The public team decisions it names, as on the verdict pages.");
const wizardReason = z.object({
  text: z.string(),
  technologySlug: z.string(),
  basis: z.string().describe("The use case or the ticked need the evidence counts through."),
  claims: claimLinks,
  decisions: decisionLinks,
});

const wizardResult = z.object({
  answers: z.object({
    useCase: z.string(),
    skills: z.array(z.string()).describe('Every skill the team knows, in the category\'s order; `["none"]` for none.'),
    needs: z.array(z.string()),
  }),
  query: z.string().describe("The answers as a query string: `/wizard?{query}` is the shareable result page."),
  useCase: z.object({
    slug: z.string(),
    name: z.string(),
    href: z.string().nullable().describe("The use case's public page; null while it has no published verdict."),
    category: z.string().describe("The kind of technology ranked (a technology's `kind`)."),
    categoryLabel: z.string(),
  }),
  recommendation: z
    .object({
      label: z.string(),
      technologies: z.array(technologyRef),
      confidence: z.number().min(0).max(1),
      confidenceExplanation: z
        .string()
        .describe(
          "The whole explanation, confidenceLine then confidenceDetails: independent sources, evidence against, the runner-up, how recent, the band on one scale (under 40% low, 70% and up strong), how it compares with the use case's evidence alone, and for a low figure what would raise it.",
        ),
      confidenceLine: z
        .string()
        .describe("The confidence in one line: independent sources, evidence against, the runner-up, how recent."),
      confidenceDetails: z
        .array(z.string())
        .describe(
          "How the figure was got, one sentence each: the band on the one scale, how it compares with the use case's evidence alone, and for a low figure what would raise it.",
        ),
      caveat: z
        .string()
        .nullable()
        .describe(
          "Said plainly when the pick is in a language (or is a technology) the team does not know while it knows other options; null otherwise.",
        ),
      lean: z
        .boolean()
        .describe(
          "True when confidence is under 10%: the result presents the pick as what the evidence leans to, not as a recommendation.",
        ),
    })
    .nullable()
    .describe("null when no checked evidence supports any technology of the category for these answers."),
  evidenceLeader: technologyRef
    .nullable()
    .describe("The first technology on the evidence alone, when the team's skills put another first."),
  factors: z
    .array(
      z.object({
        question: z.enum(["useCase", "skills", "need"]),
        key: z.string(),
        label: z.string(),
        moved: z
          .boolean()
          .describe(
            "Whether this answer moved some option's score (it may leave the order and the confidence as they were: its text says which).",
          ),
        text: z.string().describe("How it moved the ranking, or why it did not."),
        claims: claimLinks,
        decisions: decisionLinks,
      }),
    )
    .describe(
      "One per answer (the use case, the team's skills, each ticked need the use case is chosen on; the ticked needs it is not chosen on share one, key `:elsewhere`, saying why they are not weighed); then the use case's own needs left unticked (key `:own`, weighed all the same), claims on them that set no option apart (key `:common`), and the other needs left unticked (key empty, not weighed).",
    ),
  ranking: z
    .array(
      z.object({
        slug: z.string(),
        name: z.string(),
        score: z.number(),
        familiar: z.boolean(),
        standing: z
          .string()
          .describe("What evidence placed it there, in one line (or that none speaks to it either way)."),
        claims: claimLinks,
      }),
    )
    .describe("The category's technologies, best first."),
  reasons: z
    .array(wizardReason)
    .describe("Why the recommended technology, strongest first; each claim links to /claims/{slug}."),
  against: z
    .array(wizardReason)
    .describe(
      "Every verified claim the confidence line counts against the recommended technology (the use case's and the ticked needs'), strongest first, each with the need it counts on.",
    ),
  alsoCounted: z
    .array(wizardReason)
    .describe(
      "The other claims counted for the recommended technology, never given as reasons: advice made for another use case, counted here only through a need the two share (`basis` names it).",
    ),
  notListed: z
    .number()
    .int()
    .describe(
      "How many more claims are counted for the recommended technology than `reasons` and `alsoCounted` list (each lists at most 10).",
    ),
});

export const wizardEndpoint = defineEndpoint({
  id: "wizard",
  path: "/wizard",
  tag: "Wizard",
  summary: "A technology recommendation for a project, with the claims behind each reason",
  description:
    "The use case sets the category and its verdict's evidence; each ticked need the use case is chosen on adds the verified claims that name it; technologies in any language the team knows come first when they have supporting evidence. Team decisions count only when public.",
  query: wizardQuery,
  exampleQuery: answersQuery(EXAMPLE),
  maxAge: 60,
  response: wizardResult,
  handler: async ({ query, db }) => {
    const questionnaire = await loadQuestionnaire(db);
    const parsed = parseAnswers(
      new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string")),
      questionnaire,
      { strict: true },
    );
    if (!parsed.complete) throw new ValidationError(parsed.errors, "Some answers are not valid.");
    return recommend(parsed.answers, db, questionnaire);
  },
});
