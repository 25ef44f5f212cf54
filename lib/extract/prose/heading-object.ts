// "Both Nx and Turborepo support it." under "#### 5. Local computation caching": a predicate whose only object is a
// pronoun is about the capability its section's heading names, and says so in its statement ("… support local
// computation caching").

// The predicate ends on its pronoun object, a few words after the subject: "support it", "doesn't offer this".
const PRONOUN_OBJECT = /^((?:\s\S+){1,5}?)\s(?:it|this|them|this feature)\s?[.!]?$/i;
// Section names that are no capability: what the section does, not what a tool may have.
const NOT_A_CAPABILITY =
  /^(?:overview|introduction|summary|conclusions?|background|setup|results?|notes?|pros|cons|verdict|performance|features?|comparison|community|pricing|history|faq|final thoughts)$/i;

/** The heading's words as a capability ("Local computation caching" from "5. Local computation caching"), or null. */
export function headingCapability(heading: string | undefined): string | null {
  const words = (heading ?? "")
    .replace(/^#{1,6}\s+/, "")
    .replace(/^\d{1,2}(?:\.\d{1,2})?[.)]?\s+/, "")
    .replace(/[*_`]/g, "")
    .trim();
  const count = words.split(/\s+/).length;
  if (!words || count > 6 || /[?:!]/.test(words) || NOT_A_CAPABILITY.test(words)) return null;
  return /^[A-Z][a-z]/.test(words) ? words[0].toLowerCase() + words.slice(1) : words;
}

/** The predicate with its pronoun object replaced by the heading's capability; as it was when either is missing. */
export function withHeadingObject(predicate: string, capability: string | null): string {
  if (!capability) return predicate;
  const m = PRONOUN_OBJECT.exec(predicate);
  return m ? `${m[1]} ${capability}` : predicate;
}
