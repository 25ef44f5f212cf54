// The learned unit classifier applied to the rules' output: (a) a unit the classifier calls a claim
// (above the kind's threshold, chosen out of fold by eval:train) where the rules produced nothing gets a
// claim built with the existing parsers (technologies, quantities, negation, advice against), only when
// they can fill what the kind needs; (b) a rule's claim on units the classifier calls clearly "none" is
// dropped. Bounded: a text past MAX_TEXT (no article is that long) keeps the rules' output as it is.
import { slugify } from "@/lib/text/slug";
import { clean } from "./claim-writer";
import { PARTIAL_PROSE_CUE } from "./features";
import { AGAINST } from "./headings";
import { isVerbNegated } from "./language";
import { namesOne } from "./layout";
import { quantitiesIn } from "./quantities";
import { pipeRow, rowStatement } from "./tables/row-statement";
import type { TechResolver } from "./technologies";
import type { CandidateClaim } from "./types";
import { readUnit, unitFeatureNames } from "./unit-features";
import { bestClaimKind, scoreUnit, type UnitKind, type UnitModel } from "./unit-model";
import { documentUnits, type Unit } from "./units";
import { signature } from "./walk";

// The units of a text are disjoint, so this also bounds what the language model reads (about 0.2 s at most).
const MAX_TEXT = 150_000;
type Draft = Omit<CandidateClaim, "quote" | "start" | "end">;

/** The technologies a unit is about: those it names, else its section's (one), else none. */
function unitTechs(u: Unit, resolver: TechResolver): string[] {
  const named = [...new Set(resolver.find(u.text).map((m) => m.slug))];
  return named.length ? named.slice(0, 4) : u.sectionTechs.slice(0, 1);
}

/** A unit's words as a statement; a table row (or a pipe row read as prose) as a sentence built from its cells. */
function statementOf(u: Unit, resolver: TechResolver): string {
  const isTech = (cell: string) => namesOne(cell, resolver);
  const cells = u.row?.cells ?? pipeRow(u.text);
  const row = cells ? rowStatement(cells, u.row?.header ?? [], isTech) : "";
  if (row) return row;
  const s = clean(u.text.replace(/\*\*|__|`/g, "")).slice(0, 400);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

const base = (kind: UnitKind, techs: string[], statement: string): Draft => ({
  statement,
  kind: kind as Draft["kind"],
  technologies: techs,
  topic: null,
  metric: null,
  value: null,
  unit: null,
  conditions: {},
  stance: "SUPPORTS",
});

/** The claims a unit of this kind can carry, with what the parsers fill; none when they cannot fill the kind's fields. */
export function draftClaims(u: Unit, kind: UnitKind, resolver: TechResolver): Draft[] {
  const techs = unitTechs(u, resolver);
  if (!techs.length || kind === "none") return [];
  const statement = statementOf(u, resolver);
  switch (kind) {
    case "performance": {
      // A figure needs a unit: a bare number is a count, a rank or a version, not a measurement.
      const qs = quantitiesIn(u.text.slice(0, 600), 12)
        .filter((q) => q.unit && q.dimension !== "count")
        .slice(0, 3);
      return qs.map((q) => ({
        ...base(kind, techs, statement),
        topic: "performance",
        metric: `measured_${q.dimension}`,
        value: q.value,
        unit: q.unit,
      }));
    }
    case "feature": {
      const support = PARTIAL_PROSE_CUE.test(u.text)
        ? "partial"
        : isVerbNegated(u.text.slice(0, 600))
          ? "missing"
          : "built-in";
      return [{ ...base(kind, techs, statement), topic: slugify(statement, 60), conditions: { support } }];
    }
    case "recommendation": {
      if (AGAINST.test(u.text) || AGAINST.test(u.heading))
        return [
          {
            ...base("opinion", techs, statement),
            topic: slugify(`not for ${statement}`, 60),
            conditions: { stance: "contradicts" },
            stance: "CONTRADICTS",
          },
        ];
      return [{ ...base(kind, techs, statement), topic: slugify(statement, 60) }];
    }
    case "fact": {
      const year = /\b(?:19|20)\d\d\b/.exec(u.text);
      // "39.25 KB" is a measurement, not a version: a number with a unit is never read as one.
      const measured = quantitiesIn(u.text.slice(0, 600), 12).some((q) => q.unit && q.dimension !== "count");
      const version = measured ? null : /\bv?(\d{1,4}\.\d{1,4})\b/.exec(u.text);
      const value = year ? Number(year[0]) : version ? Number(version[1]) : null;
      return [
        {
          ...base(kind, techs, statement),
          topic: slugify(statement, 40),
          metric: year ? "year" : version ? "version" : null,
          value,
          unit: year ? "year" : version ? "version" : null,
        },
      ];
    }
    case "opinion":
      return [{ ...base(kind, techs, statement), topic: slugify(statement, 40), conditions: { stance: "supports" } }];
  }
}

/** The units a claim was read from (its span overlaps them); units are in document order and do not overlap. */
export function unitsOf(c: Pick<CandidateClaim, "start" | "end">, units: Unit[]): number[] {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].end <= c.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < units.length && units[i].start < c.end; i++) if (units[i].end > c.start) out.push(i);
  return out;
}

/** The rules' claims, less those on units the model calls clearly none, plus the claims it finds where the rules found none. */
export function refineWithUnits(
  text: string,
  resolver: TechResolver,
  claims: CandidateClaim[],
  model: UnitModel,
): CandidateClaim[] {
  if (text.length > MAX_TEXT) return claims;
  const units = documentUnits(text, resolver);
  const admits = (f: string) => f in model.weights;
  const scores = units.map((u) => bestClaimKind(scoreUnit(model, unitFeatureNames(readUnit(u, resolver), admits))));
  const covered = new Array<boolean>(units.length).fill(false);
  const kept = claims.filter((c) => {
    const mine = unitsOf(c, units);
    for (const ui of mine) covered[ui] = true;
    return !mine.length || mine.some((ui) => scores[ui].none < model.drop);
  });
  const seen = new Set(claims.map(signature));
  const added: CandidateClaim[] = [];
  units.forEach((u, ui) => {
    const s = scores[ui];
    if (covered[ui] || s.p < (model.add[s.kind] ?? 2)) return;
    for (const d of draftClaims(u, s.kind, resolver)) {
      const sig = signature(d);
      if (seen.has(sig)) continue;
      seen.add(sig);
      added.push({ ...d, quote: text.slice(u.start, u.end), start: u.start, end: u.end });
    }
  });
  return [...kept, ...added];
}
