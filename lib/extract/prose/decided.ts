// A decision told in the first person: "we decided to use X to …", "we will use X as our …", "we picked X",
// "we opted for X", "we will not use X for …". What a team chose (or ruled out), and for what, is the advice its
// write-up gives; the use case is what the choice is for ("to prepare our bundles", "as our job framework",
// "for the new search"), else the section's heading when it names a situation.
import { isVerb } from "../language";
import type { Mention } from "../technologies";
import type { Rec } from "./common";

// The decider and the deciding verb, right before the name ("we then opted for ", "I decided not to use ").
const DECIDED =
  /\b(?:we|i|the team|our team)(?:'ve|'ll|'d)?(?:\s(?:have|had|then|finally|eventually|ultimately|also|instead|therefore|thus|quickly|soon)){0,2}\s(?:(?:decided|chose|agreed|elected)\s(not\s)?to\s(?:use|adopt|go with|switch to|move to|migrate to|build on)|(will|shall|are going to)\s(not\s)?(?:use|adopt|go with|switch to|move to|migrate to)|(?:picked|selected|opted for|went with|settled on|adopted|standardi[sz]ed on))\s(?:the\s)?$/i;
// What the choice is for, right after the name: "to prepare …", "as our background job framework", "for the new …".
const PURPOSE =
  /^\s?(?:\([^()]{0,60}\)\s?)?(?:,\s)?(to(?!\sbe\s)|as|for|in)\s((?:our|the|a|an|my|their|its|all|new|every)\s.{2,160}|[a-z]\S*\s.{2,160})/i;

/** The purpose's words up to the clause's end, or null when "as" opens a clause ("as the API looked good"). */
export function purposeOf(after: string): { connector: string; useCase: string } | null {
  const m = PURPOSE.exec(after);
  if (!m) return null;
  const useCase = m[2].split(/[.;!?]|,\s|\s(?:because|since|which|that|so that|but)\s/)[0].trim();
  const words = useCase.split(/\s+/);
  // "as the API looked intuitive": a reason, not a role; a role names no verb after its determiner.
  if (m[1].toLowerCase() === "as" && words.slice(1).some((w) => isVerb(w, useCase))) return null;
  return words.length >= 2 ? { connector: m[1].toLowerCase(), useCase } : null;
}

/** "we decided to use X to …", "we will not use X for …": a team's choice, for its purpose or its section's. */
export function decidedAdvice(text: string, m: Mention, headingUseCase: string | null, rec: Rec): boolean {
  const decided = DECIDED.exec(text.slice(Math.max(0, m.start - 80), m.start));
  if (!decided) return false;
  const against = Boolean(decided[1] || decided[3]);
  const purpose = purposeOf(text.slice(m.end, m.end + 200));
  if (purpose) return rec([m.slug], purpose.useCase, against, purpose.connector);
  return Boolean(headingUseCase && rec([m.slug], headingUseCase, against));
}
