// Capabilities said by existence rather than by a verb of having: "There is no scheduler in Celery",
// "In Polars, there is no concept of an index", "With Polars you get multi-threading for free". The
// technology sits in a prepositional phrase; "there is/are" (or "you get") says what it has, and its
// negation what it lacks. Statements keep the sentence's own words.
import { capabilityTopic } from "../language";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, sentenceOf, type ProseContext } from "./common";
import { vocabularyTopic } from "./vocabulary";

// Every part bounded, anchored at the sentence start or right after the name.
const FRONTED = /^(?:in|with|within|inside)\s$/i;
const THERE_AFTER =
  /^\s?,?\s{1,3}(?:there\s(?:is|are|'s)|you\s(?:get|have|don't get|do not get|can't get|cannot get|won't get))\s(no\s|not\s(?:a|an|any)\s)?(?:(?:a|an|the|any)\s)?(.{2,120}?)(?=[,;:.!?]|\s(?:but|and then|which|so|because|while)\s|$)/i;
const THERE_BEFORE =
  /^there\s(?:is|are|'s)\s(no\s|not\s(?:a|an|any)\s)?(?:(?:a|an|the|any)\s)?(.{2,80}?)\s(?:in|with|for|inside|within)\s(?:the\s)?$/i;

function feature(s: Span, m: Mention, phrase: string, negated: boolean, emit: Emit): boolean {
  const clean = phrase.replace(/\s(?:for free|out of the box|by default|built[- ]in)$/i, "");
  const own = capabilityTopic("has", clean);
  const topic = vocabularyTopic(clean, own) ?? own;
  if (!topic) return false;
  emit(
    {
      ...base("feature", [m.slug], sentenceOf(s.text), topic),
      conditions: { support: negated ? "missing" : "built-in" },
    },
    s,
  );
  return true;
}

/** A capability said by "there is (no) …" or "you get …" of the technology a prepositional phrase names. */
export function existence(s: Span, mentions: Mention[], _ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  const first = mentions[0];
  if (!first) return false;
  if (first.start <= 12 && FRONTED.test(text.slice(0, first.start))) {
    const there = THERE_AFTER.exec(text.slice(first.end, first.end + 200));
    if (there)
      return feature(s, first, there[2], Boolean(there[1]) || /n't|not|cannot/i.test(there[0].slice(0, 20)), emit);
  }
  for (const m of mentions.slice(0, 3)) {
    const there = THERE_BEFORE.exec(text.slice(0, m.start));
    if (there && /^\s*(?:[.!;]|$)/.test(text.slice(m.end, m.end + 4)))
      return feature(s, m, there[2], Boolean(there[1]), emit);
  }
  return false;
}
