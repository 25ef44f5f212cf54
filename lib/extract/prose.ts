// Claims in plain sentences: what a sentence says about the technologies it names, decided from its
// construction rather than from a list of phrases. A sentence is tried as advice (use / avoid X for Y,
// X shines at Y, Y → X, Winner: X), a fact (released in, added in version, acquired by, licensed under,
// N stars), a capability (X supports / has / lacks / is built on …, X is a <kind of thing>) and, failing
// those, an evaluation (comparatives, superlatives, judgement words, the sentence's sentiment).
// Runs only on sentences the structural rules found nothing in. Every pattern is anchored at a mention
// or at the sentence start and bounded in length, so the cost is linear in the sentence.
import type { Emit } from "./rules";
import type { Span } from "./sentences";
import type { Mention } from "./technologies";
import { advice } from "./prose/advice";
import { adoption } from "./prose/adoption";
import { capability } from "./prose/capability";
import { bothOf, MAX, type ProseContext } from "./prose/common";
import { evaluation } from "./prose/evaluation";
import { existence } from "./prose/existence";
import { prices } from "./prose/prices";
import { ranking } from "./prose/ranking";
import { datedEvent, facts } from "./prose/facts";
import { relationFacts, restates } from "./prose/relations";
import { sectionOpinion } from "./prose/section-opinion";
import { statusFacts } from "./prose/status";

export type { ProseContext } from "./prose/common";
export { COMPARATIVE, EVALUATIVE } from "./prose/evaluation";

// A sentence about the page itself, not the technologies: where its numbers come from, what it will cover, an
// invitation to read on ("keep reading", "numbers in this article come from", "in this post we will").
export const ABOUT_THE_PAGE =
  /\b(?:keep|read|continue) reading\b|\bread on\b|\b(?:numbers|figures|data|results|benchmarks) (?:in|for|of) this (?:article|post|guide|piece|page) (?:come|comes|are taken|were taken)\b|\b(?:in|throughout) this (?:article|post|guide|piece),? (?:we|i)(?:'ll| will| are going to)\b/i;

// A feature topic that only says again what a language or licence fact of the same sentence says.
const SAID_BY_FACT: Record<string, RegExp> = {
  language: /^(?:written|implemented|built|coded)-in-/,
  licence: /^(?:(?:fully|free-and|free)-)?open-source$|^licen[cs]ed?\b|^(?:mit|apache|gpl|bsd)/,
};
const restatesFact = (topic: string, facts: string[]): boolean =>
  facts.some((f) => SAID_BY_FACT[f]?.test(topic) ?? false);

/** Claims of one sentence the structural rules said nothing about. Returns how many were emitted. */
export function proseClaims(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): number {
  if (s.text.length > MAX || s.text.length < 8 || /\?\s*$/.test(s.text)) return 0;
  if (!mentions.length && !ctx.subject.length && !bothOf(s.text, mentions, ctx)) return 0;
  let n = 0;
  const counting: Emit = (c, span) => {
    n++;
    emit(c, span);
  };
  // "Jest - 1st place", "AVA is 2nd place": the writer's ordering is the whole claim.
  if (ranking(s, mentions, ctx, counting)) return n;
  // "one Standard dyno ($25/mo) and a Postgres instance ($50/mo)": the prices are what the sentence says.
  if (prices(s, mentions, ctx, counting)) return n;
  const advised = advice(s, mentions, ctx, counting);
  const related = relationFacts(s, mentions, ctx, counting);
  const status = statusFacts(s, mentions, ctx, counting);
  const madeOf: string[] = [];
  const noting: Emit = (c, span) => {
    if (c.topic) madeOf.push(c.topic);
    counting(c, span);
  };
  // A dated event only where no other reader found the sentence's fact ("acquired by Oracle in 2010" is ownership).
  // "Vitest is powered by Vite" is a relation between the two (relations.ts), not who uses Vite.
  const adopted = !related.length && !status && adoption(s, mentions, ctx, counting);
  const fact =
    facts(s, mentions, ctx, noting) || related.length > 0 || status || adopted || datedEvent(s, mentions, counting);
  // Advice usually fills one clause ("X excels at A, while Y is column-oriented"): the others may still describe.
  const judged: string[] = [];
  // "built on B" read as a relation between two technologies is not also a capability of the first.
  // "X is written in Rust", "X is open source": the language or licence fact, not a capability besides.
  const describing: Emit = (c, span) => {
    if (!(c.kind === "feature" && (restates(c.topic, related) || restatesFact(c.topic ?? "", madeOf))))
      counting(c, span);
  };
  // "X has been deprecated": the status is the claim, not a capability "been deprecated".
  // "X has been in production since 2014", "used by AWS": who uses it, not a capability "been" or "used".
  if (!status && !adopted && !capability(s, mentions, ctx, describing, judged)) existence(s, mentions, ctx, counting);
  if (!advised && !fact) evaluation(s, mentions, ctx, counting, judged[0]);
  // Nothing said of a named technology: a judgement of the one the section is about.
  if (!n) sectionOpinion(s, mentions, ctx, counting);
  return n;
}
