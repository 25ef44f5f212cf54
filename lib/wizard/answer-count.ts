// The title of "How your answers counted", said truly (issue 11, review 9 R11): which answers moved
// the scores, and the team's skills as what they do. Skills never change a score (the evidence score
// is the same whoever answers); they put the options the team knows first, so a skills answer that
// acted "changed the order, not the scores". Answers that changed nothing are named, never only counted.
// Pure: it reads the factors the ranking produced.
import { list, lowerFirst } from "./common";
import { NO_SKILLS } from "./skills";

/** The parts of a factor this title reads. */
interface FactorLine {
  question: "useCase" | "skills" | "need";
  key: string;
  label: string;
  moved: boolean;
}

/**
 * "needs an admin UI moved the scores; your team's skills changed the order, not the scores",
 * "no answer moved the scores (team skills: none named)". `ticked`: the needs ticked, weighed here or not.
 */
export function answerCountTitle(factors: readonly FactorLine[], ticked: number): string {
  const skills = factors.filter((f) => f.question === "skills");
  // A weighed need has its own line; the lines keyed "" or ":…" are about needs not ticked or not weighed.
  const needs = factors.filter((f) => f.question === "need" && f.key !== "" && !f.key.startsWith(":"));
  const movedNeeds = needs.filter((f) => f.moved).map((f) => lowerFirst(f.label));
  const parts: string[] = [];
  if (movedNeeds.length) parts.push(`${list(movedNeeds)} moved the scores`);
  if (skills.some((f) => f.moved)) parts.push("your team's skills changed the order, not the scores");
  const still = [
    ...skills
      .filter((f) => !f.moved)
      .map((f) => (f.key === NO_SKILLS ? "team skills: none named" : lowerFirst(f.label))),
    ...needs.filter((f) => !f.moved).map((f) => lowerFirst(f.label)),
  ];
  const notWeighed = ticked - needs.length;
  if (notWeighed > 0) still.push(`${notWeighed} ticked ${notWeighed === 1 ? "need" : "needs"} not weighed here`);
  if (parts.length === 0) return `no answer moved the scores${still.length ? ` (${still.join("; ")})` : ""}`;
  return `${parts.join("; ")}${still.length ? `; no change from ${still.join("; ")}` : ""}`;
}
