// Contradictions between two claims, of four kinds:
// - RECOMMENDATION: advice for one use case that picks different technologies, or "use X" vs "avoid X";
// - CAPABILITY: one claim says a technology has a capability, the other that it lacks it;
// - VALUE: figures for one technology and metric beyond a tolerance. Under the same conditions they
//   are one comparable group and the pair is OPEN; measured in different setups they are
//   NOT_COMPARABLE: recorded with the differing conditions, never flagged;
// - FACT: two release years, versions (of one subject), owners or licences for one technology;
// and STANCE: one statement asserted by one source and denied by another.
import { normalizeStatement } from "@/lib/text/normalize";
import { adviceOf, opposingAdvice, type KindOf } from "./advice";
import { canonicalCapability, opposite, possession } from "./capability";
import type { IndexedClaim } from "./index";

export const VALUE_TOLERANCE = 0.15;

export const CONTRADICTION_KINDS = ["RECOMMENDATION", "CAPABILITY", "VALUE", "FACT", "STANCE"] as const;
export type ContradictionKind = (typeof CONTRADICTION_KINDS)[number];

export interface ContradictionProposal {
  kind: ContradictionKind;
  status: "OPEN" | "NOT_COMPARABLE";
  reason: string;
}

const unknownKind: KindOf = () => undefined;

const showConditions = (c: Record<string, unknown>): string => {
  const entries = Object.entries(c).filter(([k]) => k !== "before");
  return entries.length ? entries.map(([k, v]) => `${k}=${String(v)}`).join(", ") : "none stated";
};

/** Conditions differ when a shared key has different values or one side states what the other does not. */
export function conditionsDiffer(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => k !== "before"));
  return [...keys].filter((k) => String(a[k] ?? "?") !== String(b[k] ?? "?"));
}

/** Kinds whose claims can contradict one another. */
export const CONTRADICTING_KINDS: ReadonlySet<string> = new Set([
  "performance",
  "fact",
  "feature",
  "opinion",
  "recommendation",
]);

const sameTechnologies = (a: IndexedClaim, b: IndexedClaim): boolean =>
  a.technologies.length === b.technologies.length && a.technologies.every((t) => b.technologies.includes(t));

/**
 * The subject of a fact and its value as text, when the fact is one that cannot have two answers:
 * a release year, the version a feature arrived in, an owner, a licence. Counts (stars, downloads)
 * change over time and the version an article measured is its setup: neither conflicts.
 */
function factAnswer(c: IndexedClaim): { subject: string; answer: string } | null {
  const metric = (c.metric ?? "").toLowerCase();
  const topic = (c.topic ?? "").toLowerCase();
  if (metric === "release_year" && c.value != null) return { subject: "release year", answer: String(c.value) };
  if (metric === "version" && topic && topic !== "version") {
    const v = c.conditions.version ?? c.value;
    return v == null || v === "" ? null : { subject: `version of ${topic.replace(/-/g, " ")}`, answer: String(v) };
  }
  if (topic === "ownership" && typeof c.conditions.by === "string")
    return { subject: "owner", answer: c.conditions.by };
  if (topic === "licence" && typeof c.conditions.licence === "string")
    return { subject: "licence", answer: c.conditions.licence };
  return null;
}

const sameAnswer = (a: string, b: string): boolean =>
  normalizeStatement(a).replace(/^the /, "") === normalizeStatement(b).replace(/^the /, "");

/**
 * Whether a and b contradict, and how, without building the reason text: the importer checks
 * thousands of block members per candidate and words only the few proposals it keeps.
 */
export function classifyContradiction(
  a: IndexedClaim,
  b: IndexedClaim,
  kindOf: KindOf = unknownKind,
): Omit<ContradictionProposal, "reason"> | null {
  if (a.id === b.id) return null;
  const kind = a.kind.toLowerCase();
  if (kind === "performance" && b.kind.toLowerCase() === kind) {
    if (a.metric !== b.metric || a.value == null || b.value == null || !sameTechnologies(a, b)) return null;
    if (Math.abs(a.value - b.value) / Math.max(a.value, b.value) <= VALUE_TOLERANCE) return null;
    return { kind: "VALUE", status: conditionsDiffer(a.conditions, b.conditions).length ? "NOT_COMPARABLE" : "OPEN" };
  }
  const found = detectContradiction(a, b, kindOf);
  return found && { kind: found.kind, status: found.status };
}

export function detectContradiction(
  a: IndexedClaim,
  b: IndexedClaim,
  kindOf: KindOf = unknownKind,
): ContradictionProposal | null {
  if (a.id === b.id) return null;
  const kind = a.kind.toLowerCase();
  const adviceA = adviceOf(a);
  const adviceB = adviceA && adviceOf(b);
  if (adviceA && adviceB) {
    const why = opposingAdvice(adviceA, adviceB, kindOf);
    if (why)
      return {
        kind: "RECOMMENDATION",
        status: "OPEN",
        reason: `Opposite advice for one use case: ${why} ("${a.statement}" / "${b.statement}").`,
      };
  }
  if (kind !== b.kind.toLowerCase()) return null;
  if (kind === "performance" && a.metric === b.metric && a.value != null && b.value != null && sameTechnologies(a, b)) {
    const diff = Math.abs(a.value - b.value) / Math.max(a.value, b.value);
    if (diff <= VALUE_TOLERANCE) return null;
    const differ = conditionsDiffer(a.conditions, b.conditions);
    const base = `${a.metric}: ${a.value} ${a.unit ?? ""} vs ${b.value} ${b.unit ?? ""} (${Math.round(diff * 100)}% apart, tolerance ${VALUE_TOLERANCE * 100}%). Conditions A: ${showConditions(a.conditions)}; B: ${showConditions(b.conditions)}.`;
    return differ.length
      ? {
          kind: "VALUE",
          status: "NOT_COMPARABLE",
          reason: `${base} Measured under different conditions (${differ.join(", ")}): not comparable.`,
        }
      : { kind: "VALUE", status: "OPEN", reason: `${base} Same conditions.` };
  }
  if (kind === "fact" && sameTechnologies(a, b)) {
    const fa = factAnswer(a);
    const fb = factAnswer(b);
    if (fa && fb && fa.subject === fb.subject && !sameAnswer(fa.answer, fb.answer))
      return {
        kind: "FACT",
        status: "OPEN",
        reason: `${a.technologies.join(" + ")}: ${fa.subject} ${fa.answer} vs ${fb.answer}.`,
      };
  }
  if (kind === "feature" && sameTechnologies(a, b)) {
    const capability = canonicalCapability(a.topic);
    if (capability && capability === canonicalCapability(b.topic)) {
      const pa = possession(a.conditions, a.statement);
      const pb = possession(b.conditions, b.statement);
      if (opposite(pa, pb))
        return {
          kind: "CAPABILITY",
          status: "OPEN",
          reason: `${a.technologies.join(" + ")} ${pa} ${capability.replace(/-/g, " ")} vs ${pb} it ("${a.statement}" / "${b.statement}").`,
        };
    }
  }
  if (kind === "opinion") {
    const sa = String(a.conditions.stance ?? "").toLowerCase();
    const sb = String(b.conditions.stance ?? "").toLowerCase();
    if (sa && sb && sa !== sb && normalizeStatement(a.statement) === normalizeStatement(b.statement)) {
      return {
        kind: "STANCE",
        status: "OPEN",
        reason: `One source supports "${a.statement}", the other calls it wrong.`,
      };
    }
  }
  return null;
}
