// Generators aimed at the cases the wizard's H1 and H4 properties guard (review 8): each builds the
// case first, then randomises around it (which technologies, which of the use case's needs, how many
// sources, the answers ticked, a little other evidence that leaves the case standing), so most runs
// put the guarded wording to the test instead of one run in 150. Over review 5's world
// (review5-world.ts): four frameworks in three languages, three use cases described by their needs.
import fc from "fast-check";
import type { Evidence, EvidenceClaim } from "@/lib/verdicts/types";
import type { WizardAnswers } from "@/lib/wizard";
import { AS_OF } from "../../verdicts/fixtures";
import { feature, NAMES, USE_CASES } from "../review5-world";

/** Each framework's language, as the world's questionnaire asks it. */
export const LANGUAGE: Record<string, string> = {
  fastapi: "python",
  django: "python",
  express: "javascript",
  laravel: "php",
};
const TECHS = Object.keys(LANGUAGE);

/** A term each of a use case's needs is named by, so a feature claim built on it counts there. */
const TERMS: Record<string, string[]> = {
  "public-json-api": ["OpenAPI documentation", "OAuth authentication", "async request handling"],
  "back-office-tool": ["an admin interface", "background jobs", "permissions"],
  "model-inference-service": ["model serving", "async request handling"],
};

const sources = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

const evidenceOf = (claims: EvidenceClaim[]): Evidence => ({
  useCases: USE_CASES,
  claims,
  decisions: [],
  asOf: AS_OF,
  technologyNames: NAMES,
});

export interface AimedCase {
  evidence: Evidence;
  answers: WizardAnswers;
}

/**
 * H1: the team's skills alone put the pick first. An option in another language (the leader) has
 * more and better-sourced claims for it on the use case's needs than the option the team knows, which
 * has some for it too; ticked needs add to both alike (each side's claims name every need ticked).
 */
export const skillsFirstArb: fc.Arbitrary<AimedCase & { known: string; leader: string }> = fc
  .record({
    useCase: fc.constantFrom(...Object.keys(TERMS)),
    known: fc.constantFrom(...TECHS),
    leaderPick: fc.nat(),
    leaderSources: fc.integer({ min: 3, max: 5 }),
    knownSources: fc.integer({ min: 1, max: 2 }),
    tickedPick: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    noise: fc.array(fc.record({ slug: fc.constantFrom(...TECHS), against: fc.boolean() }), { maxLength: 2 }),
  })
  .map(({ useCase, known, leaderPick, leaderSources, knownSources, tickedPick, noise }) => {
    const others = TECHS.filter((t) => LANGUAGE[t] !== LANGUAGE[known]);
    const leader = others[leaderPick % others.length];
    const terms = TERMS[useCase];
    const needs = USE_CASES.find((u) => u.slug === useCase)!.needs!.map((n) => n.key);
    const claims = terms.flatMap((term, i) => [
      feature(leader, `${NAMES[leader]} has ${term} built in.`, "supports", {
        id: `lead-${i}`,
        sources: sources(`l${i}`, leaderSources),
      }),
      feature(known, `${NAMES[known]} has ${term} built in.`, "supports", {
        id: `known-${i}`,
        sources: sources(`k${i}`, knownSources),
      }),
    ]);
    // A little other evidence, on a need the use case is not chosen on: it leaves the case standing.
    noise.forEach((n, i) =>
      claims.push(
        feature(
          n.slug,
          `${NAMES[n.slug]} ${n.against ? "lacks" : "has"} a websocket server.`,
          n.against ? "against" : "supports",
          {
            id: `noise-${i}`,
          },
        ),
      ),
    );
    return {
      known,
      leader,
      evidence: evidenceOf(claims),
      answers: { useCase, skills: [LANGUAGE[known]], needs: needs.filter((_, i) => tickedPick[i]) },
    };
  });

/**
 * H4: the option after the pick scores below zero. The pick has claims for it on the use case's
 * needs; one to three others only claims against them there, so every option evidence speaks to after
 * the pick scores below the ones no evidence speaks to (at zero).
 */
export const belowZeroNextArb: fc.Arbitrary<AimedCase & { pick: string }> = fc
  .record({
    useCase: fc.constantFrom(...Object.keys(TERMS)),
    pick: fc.constantFrom(...TECHS),
    againstPicks: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    pickSources: fc.integer({ min: 1, max: 4 }),
    againstSources: fc.integer({ min: 1, max: 3 }),
    // Any set of the languages the team may know (G9/H8): none, one or several.
    skills: fc.subarray(["javascript", "php", "python"]).map((known) => (known.length ? known : ["none"])),
    tickedPick: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  })
  .map(({ useCase, pick, againstPicks, pickSources, againstSources, skills, tickedPick }) => {
    const rest = TECHS.filter((t) => t !== pick);
    const against = rest.filter((_, i) => againstPicks[i]);
    const argued = against.length ? against : [rest[0]];
    const terms = TERMS[useCase];
    const needs = USE_CASES.find((u) => u.slug === useCase)!.needs!.map((n) => n.key);
    const claims = terms.flatMap((term, i) => [
      feature(pick, `${NAMES[pick]} has ${term} built in.`, "supports", {
        id: `pick-${i}`,
        sources: sources(`p${i}`, pickSources),
      }),
      ...argued.map((slug) =>
        feature(slug, `${NAMES[slug]} has no ${term}.`, "against", {
          id: `against-${slug}-${i}`,
          sources: sources(`a${slug}${i}`, againstSources),
        }),
      ),
    ]);
    return {
      pick,
      evidence: evidenceOf(claims),
      answers: { useCase, skills, needs: needs.filter((_, i) => tickedPick[i]) },
    };
  });
