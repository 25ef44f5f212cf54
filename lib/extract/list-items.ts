// A list item ("- …"), read by the kind of list it is in (use-when, good fit, strengths, weaknesses,
// myths, advice against, parts), then as a summary line ("Express for long-lived connections",
// "Use X when …"), a feature verdict line, and finally as plain sentences.
import { argumentOf } from "./decision-records";
import { describedItem } from "./described-items";
import { clean, lcFirst } from "./claim-writer";
import { featuresIn, isNegated } from "./features";
import { featureItem, featureVerdicts, partItem } from "./feature-items";
import { limitItem } from "./limits";
import { metricItem } from "./metric-items";
import { quotedMyth } from "./myths";
import { onlyTechs } from "./recommendations";
import { useCaseClause } from "./language";
import { specSheetItem } from "./spec-sheets";
import { applySentenceRules } from "./rules";
import { sentences, type Span } from "./sentences";
import type { ParentItem, WalkState } from "./walk-state";

/** Reads a list item line into claims; false when the line is no list item. */
export function readListItem(state: WalkState, line: string, span: Span): boolean {
  const item = /^(\s*)- (.*)$/.exec(line);
  if (!item) return false;
  const body = item[2];
  const bodySpan: Span = { text: body, start: span.end - body.length, end: span.end };
  // A child of the item above only when indented further than it: a list indented as a whole is one level.
  const nested = state.parent != null && item[1].length > state.parent.indent;
  const { list } = state;
  const itemSubject =
    nested && state.parent ? state.parent.techs : list?.techs.length ? list.techs : state.sectionTechs;
  if (!nested) state.parent = parentOf(state, body, item[1].length);
  else inheritVerdict(state, body, span);
  // "Good, because it ships a dashboard": the argument is the item, its "it" the option of the section.
  const argument = argumentOf(bodySpan);
  if (argument) {
    readSentences(state, argument, itemSubject, true);
    return true;
  }
  if (byListKind(state, body, span, bodySpan, nested, itemSubject)) return true;
  if (!nested && state.specSheet && itemSubject.length === 1)
    if (specSheetItem(state.out, state.compared, itemSubject[0], body, bodySpan, state.resolver)) return true;
  if (!nested && measuredItem(state, body, bodySpan, itemSubject)) return true;
  const context = `${state.headingText} ${state.leadIn}`;
  if (limitItem(body, bodySpan, itemSubject, context, state.resolver, state.out.emit)) return true;
  summaryItem(state, body, span);
  // "Prometheus and Graphite: open source metric storage. Basic visualisation.": the fragments; sentences as sentences.
  if (!nested && describedItem(state.out, state.resolver, bodySpan)) {
    readSentences(state, bodySpan, itemSubject, true);
    return true;
  }
  if (featureVerdicts(state.out, body, span, state.headingTechs[0] ?? itemSubject[0])) return true;
  readSentences(state, bodySpan, itemSubject, list?.kind !== "use-when" && list?.kind !== "good-fit");
  return true;
}

/** The item's text read by the sentence rules, about `subject` where it names no technology. */
function readSentences(state: WalkState, text: Span, subject: string[], allowFeatures: boolean): void {
  const memory = { features: [] };
  for (const sentence of sentences(text))
    applySentenceRules(
      sentence,
      {
        resolver: state.resolver,
        subject,
        leadIn: state.leadIn,
        allowFeatures,
        memory,
        // Under "**Jest:**" the label is the items' heading: what they judge, they judge of Jest.
        heading: state.list?.kind === "about" ? state.leadIn : state.headingText,
        compared: state.compared,
        migration: state.migration,
      },
      state.out.emit,
    );
}

/** A top-level item that may have nested items: its technology and, when it names no feature, its verdict. */
function parentOf(state: WalkState, body: string, indent: number): ParentItem {
  const techs = state.resolver.slugsIn(body).slice(0, 1);
  return {
    indent,
    techs: techs.length ? techs : state.sectionTechs,
    support: isNegated(body) ? "missing" : null,
    hasFeatures: featuresIn(body).length > 0,
  };
}

/** "Rails leaves these to gems:" / "  - an admin (ActiveAdmin)": the parent's verdict covers its children. */
function inheritVerdict(state: WalkState, body: string, span: Span): void {
  const { parent } = state;
  if (!parent?.support || parent.hasFeatures) return;
  for (const f of featuresIn(body))
    for (const tech of parent.techs.slice(0, 1)) state.out.feature(tech, f, parent.support, span);
}

/** The item read as its list's kind says; true when that reading is the whole of it. */
function byListKind(
  state: WalkState,
  body: string,
  span: Span,
  bodySpan: Span,
  nested: boolean,
  itemSubject: string[],
): boolean {
  const { list, out } = state;
  if (!list) return false;
  const single = !nested && list.techs.length === 1;
  switch (list.kind) {
    case "use-when": {
      // The item is the situation the lead-in recommends the technology for, said as a sentence.
      const item = situationOf(body);
      if (item.length >= 3)
        out.recommend(list.techs, item, `Use ${out.names(list.techs)} ${useCaseClause(item)}.`, span);
      return item.length >= 3;
    }
    case "better": {
      // "If you're doing event logging": a condition is a situation to prefer the technology in; any other item
      // ("More powerful query language") is left to the sentence rules.
      // (A prefix test, then a slice: "\s+(.+)$" backtracks over a run of blanks.)
      const lead = /^(?:if|when)\s/i.exec(body);
      if (!lead || !body.slice(lead[0].length).trim()) return false;
      const item = situationOf(body.slice(lead[0].length).trim());
      if (item.length >= 3)
        out.recommend(list.techs, item, `Use ${out.names(list.techs)} ${useCaseClause(item)}.`, span);
      return item.length >= 3;
    }
    case "good-fit":
      out.recommend(
        list.techs,
        clean(body),
        `${out.names(list.techs)} is a good fit for ${lcFirst(clean(body))}.`,
        span,
      );
      // The item is a situation, read whole: "Simple web services" judges nothing.
      return true;
    case "strengths": {
      const label = /^([^:]{1,60}):/.exec(body)?.[1] ?? "";
      const known = featuresIn(label);
      for (const f of known) for (const tech of list.techs.slice(0, 1)) out.feature(tech, f, "built-in", span);
      // "## Playwright Key Features" / "- Headless and headed modes for fast execution": every item of a
      // technology's feature list is a capability it has, said as a noun phrase.
      return !known.length && single && featureItem(out, state.compared, list.techs[0], body, bodySpan, false);
    }
    case "weaknesses":
      return single && featureItem(out, state.compared, list.techs[0], body, bodySpan, true);
    case "myths":
      return quotedMyth(out, body, bodySpan.start, itemSubject);
    case "avoid": {
      const item = situationOf(body);
      if (item.length >= 3)
        out.against(list.techs, item, span, `Don't use ${out.names(list.techs)} ${useCaseClause(item)}.`);
      return item.length >= 3;
    }
    case "parts":
      return partItem(out, list.techs, body, span);
    case "about":
    case "shared":
      return false;
  }
}

/** "- Express for long-lived connections" (a summary list) or, outside a list kind, "- Use X when …": the item is the recommendation. */
function summaryItem(state: WalkState, body: string, span: Span): void {
  const { resolver, out } = state;
  const techFor = /^(.{2,40}?) (?:for|when) (.{3,200})$/.exec(body);
  if (techFor && onlyTechs(techFor[1], resolver))
    out.recommend(
      resolver.slugsIn(techFor[1]),
      clean(techFor[2]),
      `${clean(techFor[1])} for ${lcFirst(clean(techFor[2]))}.`,
      span,
    );
  if (state.list) return;
  const useItem = /^(?:use|pick|choose) (.{1,60}?) (when|if|for) (.{3,300})$/i.exec(body);
  const itemTechs = useItem ? resolver.slugsIn(useItem[1]) : [];
  if (useItem && itemTechs.length)
    out.recommend(
      itemTechs,
      clean(useItem[3]),
      `Use ${out.names(itemTechs)} ${useItem[2].toLowerCase()} ${clean(useItem[3])}.`,
      span,
    );
}

/** "✅ **Need low latency.**" -> "Need low latency": the item without marks, emphasis or end punctuation. */
function situationOf(body: string): string {
  return clean(
    body
      .replace(/[\p{Extended_Pictographic}\ufe0f]/gu, "")
      .replace(/\*\*|__|`/g, "")
      .replace(/^\s*[✓✔✗✘•·]\s*/, ""),
  );
}

/**
 * "- Requests/sec: 8,427" in a list about one technology (under its name, its name with a version, or a heading
 * naming it alone): a figure of that technology, as its label and value say.
 */
function measuredItem(state: WalkState, body: string, span: Span, subject: string[]): boolean {
  if (subject.length !== 1) return false;
  const tech = subject[0];
  const named = state.measured?.tech === tech ? state.measured : null;
  const about = named ?? { tech, display: state.resolver.nameOf(tech), version: null };
  return metricItem(body, span, about, {}, state.resolver, state.out.emit);
}
