// Contradictions between two claims about the same technology: figures that disagree beyond a
// tolerance, conflicting dates, opposite stances, opposite feature support. Conditions decide
// whether the pair is OPEN (comparable) or NOT_COMPARABLE (measured differently).
import { normalizeStatement } from "@/lib/text/normalize";
import type { IndexedClaim } from "./index";

export const VALUE_TOLERANCE = 0.15;

export interface ContradictionProposal {
  kind: "VALUE" | "DATE" | "STANCE" | "OTHER";
  status: "OPEN" | "NOT_COMPARABLE";
  reason: string;
}

const showConditions = (c: Record<string, unknown>): string => {
  const entries = Object.entries(c).filter(([k]) => k !== "before");
  return entries.length ? entries.map(([k, v]) => `${k}=${String(v)}`).join(", ") : "none stated";
};

/** Conditions differ when a shared key has different values or one side states what the other does not. */
export function conditionsDiffer(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => k !== "before"));
  return [...keys].filter((k) => String(a[k] ?? "?") !== String(b[k] ?? "?"));
}

/** Kinds whose claims can contradict one another (recommendations only compete). */
export const CONTRADICTING_KINDS: ReadonlySet<string> = new Set(["performance", "fact", "feature", "opinion"]);

/**
 * Whether a and b contradict, and how, without building the reason text: the importer checks
 * thousands of block members per candidate and words only the few proposals it keeps.
 */
export function classifyContradiction(a: IndexedClaim, b: IndexedClaim): Omit<ContradictionProposal, "reason"> | null {
  const kind = a.kind.toLowerCase();
  if (kind !== b.kind.toLowerCase() || a.id === b.id) return null;
  if (kind === "performance" && a.metric === b.metric && a.value != null && b.value != null) {
    if (Math.abs(a.value - b.value) / Math.max(a.value, b.value) <= VALUE_TOLERANCE) return null;
    return { kind: "VALUE", status: conditionsDiffer(a.conditions, b.conditions).length ? "NOT_COMPARABLE" : "OPEN" };
  }
  if (kind === "feature" || kind === "fact" || kind === "opinion") {
    const found = detectContradiction(a, b);
    return found && { kind: found.kind, status: found.status };
  }
  return null;
}

export function detectContradiction(a: IndexedClaim, b: IndexedClaim): ContradictionProposal | null {
  const kind = a.kind.toLowerCase();
  if (kind !== b.kind.toLowerCase() || a.id === b.id) return null;
  if (kind === "performance" && a.metric === b.metric && a.value != null && b.value != null) {
    const diff = Math.abs(a.value - b.value) / Math.max(a.value, b.value);
    if (diff <= VALUE_TOLERANCE) return null;
    const differ = conditionsDiffer(a.conditions, b.conditions);
    const base = `${a.metric}: ${a.value} ${a.unit ?? ""} vs ${b.value} ${b.unit ?? ""} (${Math.round(diff * 100)}% apart, tolerance ${VALUE_TOLERANCE * 100}%). Conditions A: ${showConditions(a.conditions)}; B: ${showConditions(b.conditions)}.`;
    return differ.length
      ? { kind: "VALUE", status: "NOT_COMPARABLE", reason: `${base} Measured under different conditions (${differ.join(", ")}).` }
      : { kind: "VALUE", status: "OPEN", reason: `${base} Same conditions.` };
  }
  if (kind === "fact" && a.metric === b.metric && a.value !== b.value) {
    return { kind: a.metric === "release_year" ? "DATE" : "VALUE", status: "OPEN", reason: `${a.metric}: ${a.value} vs ${b.value}.` };
  }
  if (kind === "feature" && a.topic === b.topic) {
    const sa = String(a.conditions.support ?? "");
    const sb = String(b.conditions.support ?? "");
    if (sa && sb && sa !== sb && (sa === "missing" || sb === "missing")) return { kind: "OTHER", status: "OPEN", reason: `${a.topic}: ${sa} vs ${sb}.` };
  }
  if (kind === "opinion") {
    const sa = String(a.conditions.stance ?? "");
    const sb = String(b.conditions.stance ?? "");
    if (sa && sb && sa !== sb && normalizeStatement(a.statement) === normalizeStatement(b.statement)) {
      return { kind: "STANCE", status: "OPEN", reason: `One source supports "${a.statement}", the other calls it wrong.` };
    }
  }
  return null;
}
