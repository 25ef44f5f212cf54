// What would raise a low confidence (review 10, F3; issue 11, N4): only evidence for the pick or
// against the option after it; where the team's skills put the pick first, the plausible change
// worked out by ranking again (what-if.ts). Pure; split from confidence.ts.
import { languageLabel } from "@/lib/resources/categories";
import { list, type Context } from "./common";
import type { ConfidenceInput } from "./confidence";
import { hasEvidence } from "./standing";

/**
 * For a low figure: the evidence that would raise it, which is only evidence for the pick or against
 * the option after it (review 10, F3): evidence for an option the team knows raises no confidence in
 * another pick; what would put that option first is said as such, apart.
 */
export function whatWouldRaise(ctx: Context, input: ConfidenceInput): string {
  // The pick is first by the team's skills only: the plausible changes were tried (N4).
  if (input.plausible) return input.plausible;
  const pick = ctx.nameOf(input.pick);
  const next = input.final.find((s) => s !== input.pick && (input.scores.get(s) ?? 0) > 0);
  const against = next ? `, or checked evidence against ${ctx.nameOf(next)}, the next option` : "";
  const raise = `What would raise it: more independent sources behind the checked claims for ${pick} on these needs, or more such claims${against}.`;
  const silent = [...input.familiar].filter((s) => s !== input.pick && !hasEvidence(input.standings.get(s)!));
  if (silent.length === 0) return raise;
  const unspoken = silent.filter((s) => !input.advised.has(s));
  const advisedOnly = silent.filter((s) => input.advised.has(s));
  const why = [
    ...(unspoken.length ? [`nothing checked speaks to ${list(unspoken.map(ctx.nameOf))} here`] : []),
    // Per option, the team of its own language: advice for a JavaScript team speaks for Express (F1).
    ...advisedOnly.map((s) => {
      const language = ctx.category.technologies.find((t) => t.slug === s)?.language;
      const team = language ? `a team that knows ${languageLabel(language)}` : input.advisedTeam;
      return `only checked advice for ${team} speaks for ${ctx.nameOf(s)}, not evidence on these needs`;
    }),
  ];
  const them = list(silent.map(ctx.nameOf));
  return `${raise} What would put ${them}, which the team knows, first instead: checked claims for ${silent.length === 1 ? "it" : "them"} on these needs that outweigh the evidence for ${pick} (${why.join("; ")}).`;
}
