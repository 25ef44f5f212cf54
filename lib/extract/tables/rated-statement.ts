// The sentence for a rated matrix cell ("✅", "Available", "no") under its row's label: a licence, a technology the
// row names ("X supports PostgreSQL"), a negated label answered yes or no, an adjective ("X is extensible"), else
// "X has <feature> built in" or its negation.
import { tagged } from "../language";
import { featureStatement, type FeatureDef, type Support } from "../features";
import type { TechResolver } from "../technologies";
import { clean, lcFirst } from "./common";

/** "Open Source | Yes | No": whether its source is open is a licence fact, not a capability. */
export const isLicence = (label: string): boolean => /^(?:open[- ]source|licen[cs]ed?)$/i.test(clean(label));

/** "CockroachDB is open source.", "Oracle is not open source.", "MongoDB is licensed in part.". */
const licenceStatement = (name: string, label: string, support: string): string =>
  `${name} ${support === "missing" ? "is not" : support === "partial" ? "is in part" : "is"} ${label.toLowerCase()}.`;

/**
 * "Durable | ✔" reads "X is durable", not "X has durable built in": a label that is one adjective ("Thread-safe",
 * "Durable", "Open source") is said with "is" (part of speech from wink-nlp, in the frame "It is <label>").
 */
function asAdjective(name: string, label: string, support: string): string | null {
  const words = clean(label).toLowerCase();
  if (!/^[\p{L}-]{3,30}(?: [\p{L}-]{1,20}){0,5}$/u.test(words)) return null;
  const tokens = tagged(`It is ${words}.`).slice(2, -1);
  // "Extensible on a network level": an adjective and the phrase saying where, never "has … built in".
  const qualified = tokens.length > 2 && tokens[0].pos === "ADJ" && tokens[1].pos === "ADP";
  if (!tokens.length || (tokens.length > 2 ? !qualified : tokens[tokens.length - 1].pos !== "ADJ")) return null;
  const degree = support === "built-in" ? "" : support === "partial" ? "partly " : "not ";
  return `${name} is ${degree}${words}.`;
}

/** A rated cell's sentence; `resolver` only where the label names no known feature (it may name a technology). */
export function ratedStatement(
  name: string,
  label: string,
  f: FeatureDef,
  rated: { support: Support; replacement: string | null },
  resolver: TechResolver | null,
): string {
  return (
    (isLicence(label) ? licenceStatement(name, clean(label), rated.support) : null) ??
    (resolver ? withTechnology(name, label, rated.support, resolver) : null) ??
    negatedLabel(name, label, rated.support) ??
    asAdjective(name, label, rated.support) ??
    featureStatement(name, f, rated.support, rated.replacement)
  );
}

/**
 * "No separate configuration file | ✅": a label that is itself a negation is answered yes or no, never "has no
 * built-in no separate configuration file".
 */
function negatedLabel(name: string, label: string, support: string): string | null {
  const words = clean(label);
  if (!/^(?:no|not|non|without)\b/i.test(words)) return null;
  const answer = support === "built-in" ? "yes" : support === "partial" ? "partly" : "no";
  return `${name}: ${lcFirst(words)} — ${answer}.`;
}

/**
 * "Node.js | ✅", "GraphQL | ❌" under a library: a label that is itself a technology is what the library works with,
 * "X supports Node.js", never "X has Node.js built in".
 */
function withTechnology(name: string, label: string, support: string, resolver: TechResolver): string | null {
  const text = clean(label);
  const whole = resolver.find(text);
  if (whole.length !== 1 || whole[0].start !== 0 || whole[0].end !== text.length) return null;
  const verb = support === "built-in" ? "supports" : support === "partial" ? "partly supports" : "does not support";
  return `${name} ${verb} ${whole[0].name}.`;
}

/** The technology a row label is, whole ("C++", "PostgreSQL"), as a one-element list; else none. */
export function labelTechnology(label: string, resolver: TechResolver): string[] {
  const text = clean(label);
  const whole = resolver.find(text);
  return whole.length === 1 && whole[0].start === 0 && whole[0].end === text.length ? [whole[0].slug] : [];
}
