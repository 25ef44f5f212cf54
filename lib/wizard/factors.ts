// How each of the wizard's answers counted, one factor per answer: the use case, the team's skills,
// each ticked need the use case is chosen on (how it moved the scores, or why it did not), the needs
// left unticked or ticked but not this use case's, and the claims weighed that set no option apart.
// Pure; worked out from a ranking (rank.ts) and split from it so each reads on its own.
import type { VerdictEngine } from "@/lib/verdicts/engine";
import type { EvidenceSigns } from "@/lib/verdicts/common-ground";
import { claimStrength } from "@/lib/verdicts/weights";
import type { Evidence, EvidenceClaim } from "@/lib/verdicts/types";
import { claimTitle } from "@/lib/public/format-claims";
import type { Questionnaire, WizardCategory } from "./questionnaire";
import {
  list,
  orList,
  lowerFirst,
  order,
  plural,
  sameOrder,
  NONE,
  type Context,
  type DriverEvidence,
  type Scores,
  type UncountedWhy,
} from "./common";
import type { Ranked, WizardFactor } from "./rank";
import type { WizardNeed } from "./drivers";
import { skillsLine } from "./skills-line";
import { changedTogether } from "./ranked-scores";

/** Every answer's factor, in the order the result lists them. */
export function answerFactors(r: Ranked, advice: ReadonlyMap<string, EvidenceClaim[]>): WizardFactor[] {
  const { ctx, candidates, familiar, evidenced, final } = r;
  const factors: WizardFactor[] = [useCaseFactor(ctx, r.useCase.name, r.base)];
  const skills = skillsLine({ ...r, skills: r.answers.skills, advice });
  factors.push({ question: "skills", key: r.answers.skills.join(","), ...skills });
  // Computed, not guessed (issue 11, N2): the order with all the ticked needs differs from the one without any.
  const together = !sameOrder(final, order(candidates, r.scoresWithout(null), familiar, evidenced));
  r.drivers.forEach((d, i) => {
    const without = r.scoresWithout(i);
    // Without it, a ranking of all-equal scores had no order to keep: anything it decides counts as a change.
    const hadOrder = candidates.some((s) => (without.get(s) ?? 0) !== (without.get(candidates[0]) ?? 0));
    const changed = !hadOrder || !sameOrder(final, order(candidates, without, familiar, evidenced));
    // "Your answers together changed it" only of a need that took part in changing it (N2).
    const factor = needFactor(ctx, d, r.driverNorms[i], changed, together && changedTogether(r, i), familiar);
    factors.push(withDecisionsOn(r, d.driver, factor, uncountedFigures(ctx, d, familiar)));
  });
  factors.push(...elsewhereFactor(r.useCase, r.elsewhere));
  factors.push(...untickedFactors(r.category, r.useCase, r.answers.needs));
  factors.push(...commonGroundFactor(ctx, r.useCase, r.evidence, r.drivers, r.engine, r.reader));
  return factors;
}

/**
 * Needs the visitor ticked that the use case is not chosen on: not weighed here. Each belongs to
 * other use cases of the category, and claims about it would rank this one by what those need: with
 * every box ticked, a back office went to the API framework (review 4, R2). Said, so a tick is never
 * silently dropped.
 */
function elsewhereFactor(useCase: Questionnaire["useCases"][number], elsewhere: WizardNeed[]): WizardFactor[] {
  if (elsewhere.length === 0) return [];
  const labels = elsewhere.map((d) => lowerFirst(d.label)).join("; ");
  const text = `Ticked, but not weighed here: ${labels}. ${useCase.name} is not chosen on ${elsewhere.length === 1 ? "it" : "them"}, so claims about ${elsewhere.length === 1 ? "it" : "them"} say nothing about which option suits it; pick the use case that needs ${elsewhere.length === 1 ? "it" : "them"} to weigh ${elsewhere.length === 1 ? "it" : "them"}.`;
  return [
    { question: "need", key: ":elsewhere", label: "Ticked, not this use case's", moved: false, claimIds: [], text },
  ];
}

function useCaseFactor(ctx: Context, useCaseName: string, base: Scores): WizardFactor {
  const ranked = order(ctx.candidates, base, NONE).filter((s) => (base.get(s) ?? 0) > 0);
  const text = ranked.length
    ? `${useCaseName}: the checked evidence for this use case puts ${ctx.nameOf(ranked[0])} first${ranked.length > 1 ? `, then ${list(ranked.slice(1, 3).map(ctx.nameOf))}` : ""}.`
    : `${useCaseName}: no checked evidence supports any of these ${ctx.category.label.toLowerCase()} for this use case yet.`;
  return { question: "useCase", key: "", label: useCaseName, moved: ranked.length > 0, text, claimIds: [] };
}

/**
 * The figures on this need's metrics that did not count, said with why, the team's options' first
 * ("" when none): a visitor who knows Express's load figures learns why they did not move the ranking.
 * Then the claims on it that set no option apart (commonGroundText).
 */
function uncountedFigures(ctx: Context, d: DriverEvidence, familiar: ReadonlySet<string>): string {
  const figures = d.uncounted.filter((c) => c.why !== "common");
  const common = commonGroundText(
    ctx,
    d.uncounted.filter((c) => c.why === "common").map((c) => c.claim),
  );
  if (figures.length === 0) return common ? ` ${common}` : "";
  const theTeams = (c: { claim: EvidenceClaim }) => c.claim.technologySlugs.some((s) => familiar.has(s));
  // Every figure read is accounted for (issue 11, N5): the first few quoted with why, those on an
  // empty endpoint last; the rest counted, those on an empty endpoint named by technology.
  const byTeam = (a: { claim: EvidenceClaim }, b: { claim: EvidenceClaim }) =>
    Number(theTeams(b)) - Number(theTeams(a)) || a.claim.statement.localeCompare(b.claim.statement);
  const sorted = [
    ...figures.filter((c) => c.why !== "synthetic").sort(byTeam),
    ...figures.filter((c) => c.why === "synthetic").sort(byTeam),
  ];
  const shown = sorted
    .slice(0, UNCOUNTED_SHOWN)
    .map((c) => `“${figureTitle(c.claim)}” (${uncountedReason(ctx, d, c.claim, c.why)})`);
  const rest = sorted.slice(UNCOUNTED_SHOWN);
  const restReal = rest.filter((c) => c.why !== "synthetic");
  const restEmpty = rest.filter((c) => c.why === "synthetic");
  if (restReal.length) shown.push(plural(restReal.length, "more figure"));
  if (restEmpty.length) {
    const of = [...new Set(restEmpty.flatMap((c) => c.claim.technologySlugs).filter((s) => ctx.candidates.includes(s)))]
      .map(ctx.nameOf)
      .sort((a, b) => a.localeCompare(b, "en"));
    shown.push(
      `${plural(restEmpty.length, "more figure")} for ${list(of)} taken on an empty endpoint, which measures no real workload`,
    );
  }
  return ` Figures read but not counted: ${shown.join("; ")}.${common ? ` ${common}` : ""}`;
}
const UNCOUNTED_SHOWN = 3;

/** Why a figure read for a need did not count, in plain words. */
function uncountedReason(ctx: Context, d: DriverEvidence, claim: EvidenceClaim, why: UncountedWhy): string {
  if (why === "synthetic") return "taken on an empty endpoint, which measures no real workload";
  if (why === "metric")
    return `a ${claim.figure?.metric ?? "figure"} figure: this use case weighs ${lowerFirst(d.driver.label)} by ${orList(d.driver.metrics ?? [])} only`;
  return `no figure in the same setup ranks it above or below another of these ${ctx.category.label.toLowerCase()}`;
}

/**
 * Claims read but counted for no option because their source gives the capability to every
 * technology it compares ("Authentication: ✅ · ✅ · ✅"): said with whom they name, so a need such as
 * authentication is seen to be weighed, and why it moved nothing ("" when there are none).
 */
function commonGroundText(ctx: Context, claims: EvidenceClaim[], lead = "Read but counted for none"): string {
  const unique = [...new Map(claims.map((c) => [c.id, c])).values()];
  if (unique.length === 0) return "";
  const names = [...new Set(unique.flatMap((c) => c.technologySlugs))]
    .map(ctx.nameOf)
    .sort((a, b) => a.localeCompare(b, "en"));
  const topics = [...new Set(unique.map((c) => (c.topic ?? "").replace(/[-_]/g, " ").trim().toLowerCase()))];
  const what = topics.length === 1 && /^[a-z][a-z ]{2,40}$/.test(topics[0]) ? topics[0] : "the capability";
  const statements = unique.map((c) => `“${c.statement}”`).sort();
  // Each statement ends in its own full stop, inside its quotes: no second one after the list.
  const end = /[.!?]$/.test(
    unique
      .map((c) => c.statement)
      .sort()
      .pop() ?? "",
  )
    ? ""
    : ".";
  return `${lead}, as a source that compares ${list(names)} on ${what} gives it to each of them: ${list(statements)}${end}`;
}

/** A figure's statement as the claim pages title it: its bracketed setup parts named ("hardware 2-vCPU VM", "4 workers"). */
function figureTitle(claim: EvidenceClaim): string {
  const recorded = claim.figure?.conditions;
  if (recorded) return claimTitle(claim.statement, recorded);
  const setup = claim.figure?.setup ?? "";
  const conditions = Object.fromEntries(
    setup
      .split(";")
      .filter((p) => p.includes("="))
      .map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]),
  );
  return claimTitle(claim.statement, conditions);
}

/**
 * A ticked need no claim sets apart, that teams decided on: their decisions count in the use case's
 * evidence, so the need's line names them and says where they count, rather
 * than "no evidence" beside a decision counted for it, or a line silent on it (review 9, R4). Not
 * counted a second time.
 */
function withDecisionsOn(r: Ranked, need: WizardNeed, factor: WizardFactor, unread: string): WizardFactor {
  const onNeed = new Set(r.evidence.decisions.filter((x) => x.drivers.includes(need.key)).map((x) => x.id));
  const counted = new Map<string, string[]>();
  for (const reason of r.verdict?.reasons ?? []) {
    if (reason.weight <= 0 || reason.direction === "against") continue;
    const ids = reason.decisionIds.filter((id) => onNeed.has(id));
    if (ids.length) counted.set(reason.technologySlug, [...(counted.get(reason.technologySlug) ?? []), ...ids]);
  }
  if (counted.size === 0) return factor;
  const decisionIds = [...new Set([...counted.values()].flat())];
  const chose = list([...counted.keys()].map((slug) => `${r.ctx.nameOf(slug)}`));
  const teams = plural(decisionIds.length, "team decision");
  const where = `${decisionIds.length === 1 ? "counts" : "count"} in ${r.useCase.name}'s evidence, so ${decisionIds.length === 1 ? "it is" : "they are"} not counted again here`;
  return {
    ...factor,
    decisionIds,
    // A need the claims moved keeps its line; one they did not is no longer "no evidence" beside a decision counted on it.
    text: factor.moved
      ? `${factor.text} ${teams[0].toUpperCase()}${teams.slice(1)} made on it, which chose ${chose}, ${where}.`
      : `${need.label}: no checked claim about it sets these ${r.ctx.category.label.toLowerCase()} apart; ${teams} made on it, which chose ${chose}, ${where}.${unread}`,
  };
}

/**
 * One ticked need's line. `changedOrder`: the order without this answer differs; `together`: the
 * ticked needs together changed the order of the use case's evidence. A need that alone would not have
 * changed it while all of them did is said to be not enough on its own: "not enough to change the
 * order" beside an order the answers did change would be untrue (review 4, R9).
 */
function needFactor(
  ctx: Context,
  d: DriverEvidence,
  norm: Scores,
  changedOrder: boolean,
  together: boolean,
  familiar: ReadonlySet<string>,
): WizardFactor {
  const values = ctx.candidates.map((s) => norm.get(s) ?? 0);
  const claimIds = d.claims.map((c) => c.claim.id);
  const base = { question: "need" as const, key: d.driver.key, label: d.driver.label, claimIds };
  const unread = uncountedFigures(ctx, d, familiar);
  if (values.every((v) => v === values[0])) {
    return {
      ...base,
      moved: false,
      claimIds: [],
      text: `${d.driver.label}: no evidence distinguishes these ${ctx.category.label.toLowerCase()} on this.${unread}`,
    };
  }
  const by = (positive: boolean) =>
    ctx.candidates
      .filter((s) => (positive ? (norm.get(s) ?? 0) > 0 : (norm.get(s) ?? 0) < 0))
      .sort((a, b) => (norm.get(b) ?? 0) - (norm.get(a) ?? 0));
  const countFor = (slug: string) => d.claims.filter((c) => c.signs.has(slug)).length;
  const parts: string[] = [];
  const favoured = by(true);
  const against = by(false).reverse();
  if (favoured.length)
    parts.push(`favours ${list(favoured.map((s) => `${ctx.nameOf(s)} (${plural(countFor(s), "claim")})`))}`);
  if (against.length)
    parts.push(`counts against ${list(against.map((s) => `${ctx.nameOf(s)} (${plural(countFor(s), "claim")})`))}`);
  // It moved the scores either way; say so when the order would be the same without it.
  const tail = changedOrder
    ? ""
    : together
      ? ", not enough on its own to change the order (your answers together changed it)"
      : ", not enough to change the order";
  return { ...base, moved: true, text: `${d.driver.label}: ${parts.join("; ")}${tail}.${unread}` };
}

/**
 * The use case's own needs are weighed through its verdict: claims on them that set no option apart
 * (a capability their source gives to every technology it compares) are said too, once: a ticked
 * need's line already names its own. Such a claim moves no score, so the engine links it nowhere:
 * it is found by meaning instead.
 */
function commonGroundFactor(
  ctx: Context,
  useCase: Questionnaire["useCases"][number],
  evidence: Evidence,
  drivers: DriverEvidence[],
  engine: VerdictEngine,
  reader: EvidenceSigns,
): WizardFactor[] {
  const asOfMs = Date.parse(evidence.asOf);
  const saidByNeed = new Set(drivers.flatMap((d) => d.uncounted.map((c) => c.claim.id)));
  const inCategory = new Set(ctx.candidates);
  const sameForAll = evidence.claims.filter(
    (c) =>
      c.kind === "FEATURE" &&
      !saidByNeed.has(c.id) &&
      c.technologySlugs.some((t) => inCategory.has(t)) &&
      claimStrength(c, asOfMs) > 0 &&
      reader.isCommonGround(c) &&
      engine.useCasesByMeaning(c).includes(useCase.slug),
  );
  const text = commonGroundText(ctx, sameForAll, `Weighed for ${useCase.name} but counted for none`);
  return text
    ? [{ question: "need", key: ":common", label: "Weighed, sets none apart", moved: false, claimIds: [], text }]
    : [];
}

/**
 * The needs the visitor left unticked. The use case's own needs are weighed all the same: they are
 * what its verdict, and so the wizard's first answer, is chosen on; ticking one weighs it again, on
 * top. Only the others are not weighed, and only those are listed as such.
 */
function untickedFactors(
  category: WizardCategory,
  useCase: Questionnaire["useCases"][number],
  ticked: string[],
): WizardFactor[] {
  const own = useCase.needs.filter((n) => !ticked.includes(n.key));
  const ownKeys = new Set(useCase.needs.map((n) => n.key));
  const other = category.drivers.filter((d) => !ticked.includes(d.key) && !ownKeys.has(d.key));
  const out: WizardFactor[] = [];
  // Semicolons between them: a label may hold a comma ("High traffic, I/O-bound").
  if (own.length) {
    out.push({
      question: "need",
      key: ":own",
      label: "Weighed with the use case",
      moved: false,
      claimIds: [],
      text: `Not ticked, but weighed all the same, because ${useCase.name} is chosen on them: ${own.map((n) => lowerFirst(n.label)).join("; ")}.`,
    });
  }
  if (other.length)
    out.push({
      question: "need",
      key: "",
      label: "Not ticked",
      moved: false,
      claimIds: [],
      text: `Not ticked, so not weighed: ${other.map((d) => lowerFirst(d.label)).join("; ")}.`,
    });
  return out;
}
