// Capabilities compared by meaning, not by spelling: "built-in admin", "admin panel" and
// "admin interface" are one capability, and "has no built-in admin interface" lacks it. The feature
// vocabulary is the extractor's (lib/extract/features), so what the importer writes as topic "admin"
// and what an editor types as "Admin panel" meet in the same comparable group.
import { FEATURES, isNegated, PARTIAL_PROSE_CUE } from "@/lib/extract/features";
import { tokens } from "./similarity";

/** How much of a capability a claim says a technology has. */
export type Possession = "has" | "partial" | "lacks";

// Words that say how a capability comes, not which capability it is.
const QUALIFIERS = new Set([
  "built",
  "builtin",
  "native",
  "first",
  "class",
  "party",
  "support",
  "supported",
  "out",
  "box",
  "full",
  "proper",
  "good",
  "great",
  "official",
  "real",
  "no",
  "not",
  "without",
  "lack",
  "lacks",
  "missing",
]);

/** The canonical name of the capability a feature topic (or phrase) names. */
export function canonicalCapability(phrase: string | null | undefined): string {
  const text = (phrase ?? "").replace(/[-_]+/g, " ").trim();
  if (!text) return "";
  const lower = text.toLowerCase();
  const exact = FEATURES.find((f) => f.topic.replace(/-/g, " ") === lower);
  if (exact) return exact.topic;
  const named = FEATURES.find((f) => f.pattern.test(text));
  if (named) return named.topic;
  // Not in the vocabulary: its content words, in order, without the qualifiers.
  return [...tokens(text)].filter((t) => !QUALIFIERS.has(t)).join("-");
}

// Support values the importer writes (lib/extract/features Support) and those an editor may type.
const HAS = /^(built[- ]?in|yes|true|native|full|supported|included|has|first[- ]party)$/i;
const LACKS = /^(missing|no|false|none|lacks?|absent|unsupported|not supported)$/i;
const PARTIAL = /^(partial(?:ly)?|limited|plugin|add[- ]on|extension|third[- ]party)$/i;

/**
 * What the claim says about having the capability: its `support` condition when stated, otherwise
 * what its statement says ("has no built-in admin" lacks it). Null when neither says.
 */
export function possession(conditions: Record<string, unknown>, statement: string): Possession | null {
  const support = conditions.support;
  if (typeof support === "string" && support.trim()) {
    if (HAS.test(support.trim())) return "has";
    if (LACKS.test(support.trim())) return "lacks";
    if (PARTIAL.test(support.trim())) return "partial";
    return null;
  }
  if (typeof support === "boolean") return support ? "has" : "lacks";
  if (!statement.trim()) return null;
  if (PARTIAL_PROSE_CUE.test(statement)) return "partial";
  return isNegated(statement) || /\b(?:no|not|never|cannot|can't)\b/i.test(statement) ? "lacks" : "has";
}

/** Has vs lacks only: partial support agrees with either side ("no built-in admin; SQLAdmin adds one"). */
export const opposite = (a: Possession | null, b: Possession | null): boolean =>
  (a === "has" && b === "lacks") || (a === "lacks" && b === "has");
