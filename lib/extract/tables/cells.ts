// One table cell, typed by its content: a rating or count, a quantity under a measuring label (a
// performance figure), a use case under "best for", a year or version (a fact), a support mark or a short
// description (a feature naming the attribute).
import { slugify } from "@/lib/text/slug";
import { sinceVersions } from "../facts";
import { featuresIn, rateSupport, type FeatureDef } from "../features";
import { isQualityWord } from "../evaluative";
import { isJudgingWord } from "../language";
import { emitLimit, limitLabel, limitValue } from "../limits";
import { cellQuantity, type Quantity } from "../quantities";
import type { Emit } from "../rules";
import type { TechResolver } from "../technologies";
import type { Span } from "../sentences";
import type { Conditions } from "../types";
import { counted, dated, priced } from "./cell-facts";
import { labelUnit } from "./labels";
import { figure, looseQuantity, percentTo, relativeCell } from "./cell-figure";
import { scored } from "./cell-scores";
import { emitChoice } from "./choice";
import { isLicence, labelTechnology, ratedStatement } from "./rated-statement";
import {
  BEST_FOR,
  clean,
  describedSupport,
  DELEGATED,
  EXPLICIT_YES,
  FACT_ATTR,
  lcFirst,
  lowerWords,
  RECOMMEND,
  snake,
  type TableContext,
} from "./common";

export { versionFact } from "./cell-facts";
export { looseQuantity } from "./cell-figure";
export { ratingScale } from "./cell-scores";

export interface Cell {
  tech: string;
  /** The technology as the table names it ("Rspack CLI 2.0.0"). */
  display: string;
  version: string | null;
  /** The row or column label the cell answers ("Startup (no cache)", "install"). */
  label: string;
  text: string;
  span: Span;
  conditions: Conditions;
  /** Every technology the table names: the other side of a ratio that names none. */
  peers?: string[];
  /** The rating scale of the cell's column or row when all its values are small bare numbers (a scorecard). */
  scale?: number | null;
  /** The technology whose cell in this ratio column or row reads 1x: what every other ratio there is relative to. */
  baseline?: string | null;
  /**
   * Technologies across the header, one attribute per row (a reference matrix): a version or a bare count there is
   * an attribute's value, a fact; in a row-per-technology results table it is how the test was run or counted.
   */
  matrix?: boolean;
  /** The unit the table's caption gives its bare numbers ("Times in seconds"). */
  tableUnit?: Quantity | null;
  /** The case the row measures among its group's rows ("Get" under a library's "Set" row): said in the statement. */
  rowCase?: string;
}

/**
 * A cell as a feature of its row's technology: a mark or word rating support for the feature its label names, or
 * (with no rating) a description of what the technology has for that attribute. `numeric`: the cell holds a number.
 */
function featureCell(c: Cell, numeric: boolean, ctx: TableContext, emit: Emit): void {
  const { resolver } = ctx;
  // "Strongly Consistent Replication" is not "replication": a label that qualifies a known feature is its own.
  const known = featuresIn(c.label).filter((f) => !qualifies(clean(c.label), f));
  // A bare word ("High", "Postgres-only") rates a feature the vocabulary knows; under any other label it is
  // the attribute's value, not "has it built in" ("Setup complexity: High" is not a built-in feature).
  const marked = rateSupport(c.text);
  // "Not graduated" under "CNCF status" is the attribute's value, not a missing capability with a replacement.
  // "Bootstrap requirements | None": needing nothing is the attribute's value, no missing capability.
  const valueNotRating =
    !known.length &&
    marked?.support === "missing" &&
    (NEGATED_VALUE.test(clean(c.text)) || (/^none$/i.test(clean(c.text)) && REQUIREMENT.test(clean(c.label))));
  const rated =
    marked && !valueNotRating && (known.length || marked.support !== "built-in" || EXPLICIT_YES.test(c.text))
      ? marked
      : null;
  const text = clean(c.text);
  const features = known.length
    ? known
    : c.label.length <= MAX_LABEL && /\p{L}/u.test(c.label)
      ? [{ topic: slugify(c.label, 40), label: labelWords(c.label, resolver), pattern: /$^/ }]
      : [];
  const name = resolver.nameOf(c.tech);
  // "Performance | ✅ | ✅🚀", "Size | ✅ | ❌": under a quality the mark grades the technology; it names no
  // capability it has or lacks, and a tick says too little of the grade to keep as an opinion.
  if (rated && QUALITY_ATTRIBUTE.test(clean(c.label))) return;
  for (const f of features) {
    if (rated) {
      emit(
        {
          statement: ratedStatement(name, c.label, f, rated, known.length ? null : resolver),
          kind: isLicence(c.label) ? "fact" : "feature",
          // "C++ | yes" under Protobuf: the claim is about the language it works with too.
          technologies: [c.tech, ...(known.length ? [] : labelTechnology(c.label, resolver))],
          topic: f.topic,
          metric: null,
          value: null,
          unit: null,
          conditions: { support: rated.support, ...(rated.replacement ? { replacement: rated.replacement } : {}) },
          stance: "SUPPORTS",
        },
        c.span,
      );
      for (const fact of sinceVersions(c.text, resolver.find(c.text), [c.tech], c.label)) {
        emit(
          {
            statement: `${resolver.nameOf(fact.slug)} has had ${fact.about.toLowerCase()} since version ${fact.value}.`,
            kind: "fact",
            technologies: [fact.slug],
            topic: slugify(fact.about, 40),
            metric: fact.metric,
            value: fact.value,
            unit: "version",
            conditions: {},
            stance: "SUPPORTS",
          },
          c.span,
        );
      }
    } else if (
      (/\p{L}{2}/u.test(text) || resolver.find(text).length > 0) &&
      text.length <= 200 &&
      !numeric &&
      !DELEGATED.test(text) &&
      !/^`/.test(text) &&
      !CODE_LABEL.test(clean(c.label))
    ) {
      // (A cell that is code — the command each tool was run with — describes the test, not the tool.)
      // A description ("Schema-based with SDL") is what the technology has for that attribute.
      // "Raw performance | Very high", "Maturity | Growing": a grade is the table author's judgement, an opinion.
      // Under a quality ("Complexity | High. Extensive configuration…", "Community | Large and established") the
      // description is how the author grades the technology on it, an opinion too.
      const graded = isGrade(text) || QUALITY_ATTRIBUTE.test(clean(c.label));
      const kind = graded ? "opinion" : FACT_ATTR.test(c.label) ? "fact" : "feature";
      emit(
        {
          statement: `${name}: ${lowerWords(c.label)} — ${text.replace(/(?<![.;,\s])[.;,\s]+$/, "")}.`,
          kind,
          technologies: [c.tech],
          topic: f.topic,
          metric: kind === "fact" ? snake(c.label) : null,
          value: null,
          unit: null,
          conditions: kind === "feature" ? { support: describedSupport(text), detail: text.slice(0, 120) } : {},
          stance: "SUPPORTS",
        },
        c.span,
      );
    }
  }
}

// A column naming what was run ("Method | fmt::print", "Call | dumps"): the test's code, nothing the technology has.
const CODE_LABEL = /^(?:method|call|function|api call|command|invocation|code|snippet)$/i;

// Words that only say how a feature is had ("built-in", "native", "support for"), never which feature it is.
const SUPPORT_WORDS = /\b(?:built[- ]in|native(?:ly)?|first[- ]class|support(?:ed|s)?|for|of|the|an?|and|with)\b/gi;

/** True when the label says more of the feature than its name ("Strongly Consistent Replication", "Geo replication"). */
const qualifies = (label: string, feature: FeatureDef): boolean =>
  label
    .replace(feature.pattern, " ")
    .replace(SUPPORT_WORDS, " ")
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .some((w) => w.length >= 3 && !GENERIC_HEAD.test(w) && !feature.label.toLowerCase().includes(w));
// What names any feature's form, not which one it is ("OpenAPI docs", "Admin UI", "WebSocket integration").
const GENERIC_HEAD =
  /^(?:docs?|documentation|ui|interface|panel|api|integration|features?|tools?|tooling|mode|system|module)$/;

/** "94 MB 41 kB/s": an amount then its rate per second, nothing else in the cell; the two as written, or null. */
function totalAndRate(text: string): [string, string] | null {
  const parts = text.split(" ");
  if (parts.length < 3 || parts.length > 4) return null;
  const half = parts.length / 2;
  const [a, b] = [parts.slice(0, Math.ceil(half)).join(" "), parts.slice(Math.ceil(half)).join(" ")];
  const first = cellQuantity(a);
  const second = cellQuantity(b);
  return first?.dimension === "size" && second?.unit.endsWith("/s") ? [a, b] : null;
}

// "avg=2.25µs", "p(95)=4.1ms", "med=1.2ms": a statistic and its figure, as load-testing tools print them.
const STATISTIC = /^(avg|min|max|med|median|mean|p\(\d{2}(?:\.\d)?\)|p\d{2})=(\S{1,20})$/i;
// "Results | Requests/sec: 136112": a cell naming its own measure before its figure.
const SELF_LABELLED = /^([A-Za-z][\w /()%.-]{1,30}):[ \t]{0,3}([~≈<>]?\d[\d.,]{0,15}[ \t]?[^\s:]{0,12})$/;

/** "QPS: 159K, P99.9: 1.16ms, P99: 0.82ms": several figures in one cell, each after its own measure; null otherwise. */
export function labelledFigures(text: string): Array<[string, string]> | null {
  if (!text.includes(":") || text.length > 200) return null;
  const parts = text.split(/[,;]\s/).map((p) => SELF_LABELLED.exec(p.trim()));
  return parts.length >= 2 && parts.every((p) => p && cellQuantity(p[2])?.value != null)
    ? parts.map((p) => [p![1].trim(), p![2]])
    : null;
}

export function readCell(c: Cell, ctx: TableContext, emit: Emit): void {
  const { resolver } = ctx;
  // A cell naming each of its figures' measures needs no label of its own (a table whose header is all technologies).
  const several = c.text ? labelledFigures(clean(c.text)) : null;
  if (several) {
    for (const [label, text] of several) readCell({ ...c, label, text }, ctx, emit);
    return;
  }
  if (!c.text || !c.label || /^(?:n\/a|-|—|–|\?|tbd|none reported)$/i.test(c.text)) return;
  const own = SELF_LABELLED.exec(clean(c.text));
  if (own && (labelUnit(own[1]) || cellQuantity(own[2])?.unit))
    return readCell({ ...c, label: own[1], text: own[2] }, ctx, emit);
  // "94 MB  41 kB/s" (k6's summary): a total and its rate, each a figure of the row's measure.
  const pair = totalAndRate(clean(c.text));
  if (pair) {
    readCell({ ...c, label: `${c.label} (total)`, text: pair[0] }, ctx, emit);
    return readCell({ ...c, label: `${c.label} (rate)`, text: pair[1] }, ctx, emit);
  }
  // "http_req_blocked | avg=2.25µs" (k6's summary): the statistic the cell names qualifies its row's measure.
  const stat = STATISTIC.exec(clean(c.text));
  if (stat && cellQuantity(stat[2]))
    return readCell({ ...c, label: `${c.label} (${stat[1]})`, text: stat[2] }, ctx, emit);
  const label = clean(c.label);
  // "Last updated", "Version: latest": how the test was set up (a condition of the other cells), not a claim;
  // a matrix's "Version" row is one attribute of each technology among others.
  const setup = SETUP_ROW.test(label) && !(c.matrix && /^versions?$/i.test(label));
  // A measurement's error margin ("RME", "± %") says nothing on its own.
  if (setup || REMARK.test(label) || NO_CLAIM_CELL.test(clean(c.text))) return;
  if (pairedCell(c, ctx, emit)) return;
  if (percentTo(c, ctx, emit) || relativeCell(c, ctx, emit)) return;
  if (scored(c, ctx, emit)) return;
  const q = cellQuantity(c.text);
  if (q && figure(c, q, ctx, emit)) return;
  // "Max queues | unlimited", "Maximum index size | 100GiB default, configurable": the limit, with or without a note.
  const limit = limitLabel(label) ? limitValue(c.text) : null;
  if (limit) {
    emitLimit(c.tech, label, limit, c.span, resolver, emit);
    return;
  }
  // "100+ TB/day", "743.91 ± 44.54 ms": a number with a unit the vocabulary lacks is still a figure, never a feature.
  const loose = q ? null : looseQuantity(clean(c.text));
  if (loose && figure({ ...c, conditions: { ...c.conditions, ...loose.conditions } }, loose.q, ctx, emit)) return;
  if (BEST_FOR.test(c.label) && !resolver.find(c.text).length) {
    emitChoice([c.tech], c.text, `${resolver.nameOf(c.tech)}`, c.span, ctx, emit, true);
    return;
  }
  if (RECOMMEND.test(c.label) && resolver.find(c.text).length) return;
  if (dated(c, ctx, emit) || priced(c, ctx, emit) || (c.matrix && counted(c, ctx, emit))) return;
  // "Winner | | ✓": a mark under a verdict label picks the technology; an empty or negative one says nothing.
  if (RECOMMEND.test(label) && !BEST_FOR.test(label)) {
    if (rateSupport(c.text)?.support === "built-in") verdict(c, label, ctx, emit);
    return;
  }
  featureCell(c, Boolean(q || loose), ctx, emit);
}

// "Avg latency (GET/POST)": a label naming two cases of its measure, one value for each in the cell ("41ms / 40ms").
const PAIRED_LABEL = /^([^()]{1,60}?)\s*\(([^()/]{1,20})\/([^()/]{1,20})\)$/;

/**
 * "Avg Latency (GET/POST) | 41ms / 40ms": two figures, one per case the label names in order, each read as its own
 * cell ("Avg Latency (GET) | 41ms"). True when the cell was read so.
 */
function pairedCell(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const m = PAIRED_LABEL.exec(clean(c.label));
  if (!m) return false;
  const parts = clean(c.text).split(" / ");
  if (parts.length !== 2 || !parts.every((p) => cellQuantity(p))) return false;
  [m[2], m[3]].forEach((side, i) => readCell({ ...c, label: `${m[1]} (${side.trim()})`, text: parts[i] }, ctx, emit));
  return true;
}

/** A row label as a statement's words: lower case, but a technology's name and an acronym as written ("React bindings"). */
function labelWords(label: string, resolver: TechResolver): string {
  const text = clean(label);
  const names = resolver.find(text);
  return text.replace(/[\p{L}][\p{L}\d.+#-]*/gu, (word, at: number) =>
    names.some((m) => at >= m.start && at < m.end) || /^[\p{Lu}\d]{2,}s?$/u.test(word) ? word : word.toLowerCase(),
  );
}

/** "Winner | ✓" -> "X is the winner", "Recommended | ✓" -> "X is recommended", for the table's caption when it has one. */
function verdict(c: Cell, label: string, ctx: TableContext, emit: Emit): void {
  const said = /ed$/i.test(label) ? label.toLowerCase() : `the ${lowerWords(label)}`;
  const useCase = c.conditions.table ?? c.conditions.scenario ?? "";
  emit(
    {
      statement: `${ctx.resolver.nameOf(c.tech)} is ${said}${useCase ? ` for ${lcFirst(useCase)}` : ""}.`,
      kind: "recommendation",
      technologies: [c.tech],
      topic: slugify(useCase || label, 60),
      metric: null,
      value: null,
      unit: null,
      conditions: {},
      stance: "SUPPORTS",
    },
    c.span,
  );
}

// Dimensions a technology is graded on rather than capabilities it has ("Performance", "Size", "Learning curve").
/** A row label an attribute can have ("Database connection string loaded from environment variables"); longer is prose. */
const MAX_LABEL = 70;
const QUALITY_ATTRIBUTE =
  /^(?:(?:raw |overall |runtime )?performance|speed|(?:bundle |package |binary |install )?size|footprint|reliability|stability|maturity|popularity|community(?: support)?|ecosystem|documentation|docs|learning curve|ease of use|usability|developer experience|dx|complexity|simplicity|overhead|scalability)$/i;

const REMARK = /^(?:rme|margin of error|error margin|±)(?:\s?\(%\))?$/i;

// Rows that describe the test rather than the technology: the version under test, when the page was updated.
export const SETUP_ROW =
  /^(?:versions?(?: tested| under test| used)?|tested version|ver\.?|last updated|updated|last update|date tested|tested on)$/i;
// Cells that say nothing about the technology: nothing was measured, nothing was found, a placeholder.
const NO_CLAIM_CELL =
  /^(?:dnf|did not finish|not finished|timed? ?out|not found|not measured|not tested|not applicable|not known|unknown|latest|n\.a\.|n\/a|—|–|tba|tbd|todo|to do|\?+|\.\.\.|…|none given|not stated)$/i;
// "Not graduated", "not certified": a negated value; "not supported" still rates support.
const REQUIREMENT = /\b(?:requirements?|requires|dependenc(?:y|ies)|prerequisites?)\b/i;
const NEGATED_VALUE = /^not (?!supported|available|included|built|native|provided|yet\b)\p{L}+$/iu;

// Degree words before a grade ("very high", "sufficiently fast") and grades the quality lexicon leaves out:
// points on a scale (high, medium, low) and where a project stands (mature, growing, stalled).
const GRADE_DEGREE =
  /^(?:very|extremely|quite|fairly|relatively|reasonably|sufficiently|highly|moderately|somewhat|really|pretty|mostly|generally|usually|too)$/i;
const SCALE_WORD =
  /^(?:high|higher|highest|low|lower|lowest|medium|moderate|good|better|best|great|excellent|poor|bad|worse|worst|okay|ok|decent|fair|average|strong|weak|mature|growing|stalled|declining|emerging|steep|gentle|large|small|huge|tiny|massive|adequate)$/i;

/** A cell that only grades ("Good", "Very high", "Sufficiently fast"): at most three words, degree words then a grade. */
function isGrade(text: string): boolean {
  let end = Math.min(text.length, 60);
  while (end > 0 && (text[end - 1] === "!" || text[end - 1] === ".")) end--;
  const words = text.slice(0, end).trim().split(" ");
  if (!words.length || words.length > 3) return false;
  const last = words[words.length - 1];
  // Words only: a sentiment lexicon hears praise in names and statuses ("Azure", "Production/Stable").
  const graded =
    /^\p{L}+$/u.test(last) && (SCALE_WORD.test(last) || isQualityWord(last) || isJudgingWord(last.toLowerCase()));
  return graded && words.slice(0, -1).every((w) => GRADE_DEGREE.test(w));
}
