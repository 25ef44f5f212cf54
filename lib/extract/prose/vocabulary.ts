// One name per capability: "admin panel", "built-in admin" and "admin interface" are the vocabulary's
// "admin" (lib/extract/features), so prose capabilities meet the structural rules' claims and the
// contradiction check on the same topic. Only a phrase that is nothing but the vocabulary's term (with
// its article and qualifiers) takes its topic: "Jinja templates" stays more specific than "templates".
import { FEATURES } from "../features";

const QUALIFIERS =
  /^(?:(?:an?|the|no|any|its|their|built[- ]in|native|first[- ]class|full|proper|automatic|official)\s+)+/i;
const stem = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "")
    .replace(/s$/, "");

/** The vocabulary topic a capability phrase names, or null when the phrase is more (or other) than a term of it. */
export function vocabularyTopic(phrase: string, ownTopic: string | null): string | null {
  if (phrase.length > 200) return null;
  const core = phrase
    .trim()
    .replace(QUALIFIERS, "")
    .replace(/(?<![.,;:!?])[.,;:!?]+$/, "");
  for (const f of FEATURES) {
    const m = f.pattern.exec(core);
    if (!m || m.index !== 0 || m[0].length !== core.length) continue;
    // "WebSockets" is already the vocabulary's word: its own (singular) topic is kept.
    return ownTopic && stem(ownTopic) === stem(f.topic) ? ownTopic : f.topic;
  }
  return null;
}
