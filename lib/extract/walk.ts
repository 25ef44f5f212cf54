// Document text -> candidate claims: one walk over the lines, in order. Code blocks hold benchmark
// output, tables are read whole where they start, headings open sections (what they are about, how
// their lists read, the setup their figures share), list items and paragraphs are read by their shape.
import { readProsConsTable } from "./pros-cons-table";
import { chosenOption, decidedOption } from "./decision-records";
import { readLabelledList } from "./labelled-lists";
import { BenchmarkOutputReader, nameLine, outputFigure } from "./bench-output";
import { ClaimWriter } from "./claim-writer";
import { readHeading, winnerLine } from "./headings";
import { comparedTechs, migrationOf, tablesOf } from "./layout";
import { readListItem } from "./list-items";
import { readProseLine } from "./paragraphs";
import type { Emit } from "./rules";
import { SetupTracker, setupLine, setupSentence, statedSetup } from "./setup";
import { specSheetLines } from "./spec-sheets";
import { SectionUnits } from "./tables/section-unit";
import { applySentenceRules } from "./rules";
import { sentences, type Span } from "./sentences";
import { readTable } from "./tables";
import type { TechResolver } from "./technologies";
import type { CandidateClaim } from "./types";
import { isVersionsHeading, versionFacts } from "./versions";
import { newWalkState, type WalkState } from "./walk-state";

// A line that is only table markup: a cell, a row or the table's tags, with whatever the cell holds.
const TABLE_MARKUP = /^<\/?(?:td|th|tr|table|thead|tbody|tfoot)\b[^<>]{0,200}>(?:.{0,400}<\/(?:td|th|tr)>)?$/i;

export type Signed = Pick<
  CandidateClaim,
  "kind" | "technologies" | "topic" | "metric" | "value" | "conditions" | "stance" | "statement"
>;

/** What makes two claims the same claim: a document states each once. */
export function signature(c: Signed): string {
  const techs = [...c.technologies].sort().join("+");
  if (c.kind === "feature") return `feature|${techs}|${c.topic}|${c.conditions.support ?? ""}`;
  if (c.kind === "fact" || c.kind === "performance")
    return `${c.kind}|${techs}|${c.metric}|${c.value}|${JSON.stringify(c.conditions)}`;
  if (c.kind === "recommendation") return `recommendation|${techs}|${c.topic}`;
  return `opinion|${techs}|${c.statement.toLowerCase()}|${c.stance}`;
}

/**
 * Where claims go: a figure takes the setup its section states (under whatever it says itself), each
 * claim is kept once, with its quote and offsets in the document.
 */
function claimSink(
  text: string,
  resolver: TechResolver,
  compared: string[],
  setup: SetupTracker,
  onSetupLine: () => boolean,
): { emit: Emit; claims: CandidateClaim[] } {
  const claims: CandidateClaim[] = [];
  const seen = new Set<string>();
  const environmental = (slug: string): boolean =>
    resolver.isSetting(slug) || (compared.length > 0 && !compared.includes(slug));
  const emit: Emit = (claim, span) => {
    const c =
      claim.kind === "performance" ? { ...claim, conditions: { ...setup.current(), ...claim.conditions } } : claim;
    // On a setup line the version of what the test ran on (a runtime, an OS, a database beside the compared
    // frameworks) is a condition of the figures, not a fact about that technology.
    if (onSetupLine() && c.kind === "fact" && c.metric === "version" && c.technologies.every(environmental)) return;
    const sig = signature(c);
    if (seen.has(sig) || !c.technologies.length) return;
    seen.add(sig);
    const header = span.header && {
      quote: text.slice(span.header.start, span.header.end),
      start: span.header.start,
      end: span.header.end,
    };
    claims.push({
      ...c,
      statement: c.statement.slice(0, 1000),
      quote: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      ...(header ? { header } : {}),
    });
  };
  return { emit, claims };
}

/**
 * The setup a line states ("Machine: 8 vCPU", "All runs used Node 20 on 8 vCPU"): conditions of the
 * figures below, not facts. True when the line is one.
 */
function readSetup(setup: SetupTracker, resolver: TechResolver, t: string, span: Span): boolean {
  setup.see(t, /^#/.test(t) ? resolver.slugsIn(t).length : 0);
  // A line of a "## Hardware" section, a "Setup: …" line, a lead-in "Without validation:".
  const line = statedSetup(t, resolver, setup.inSetupSection());
  if (line) setup.add(line);
  let stated = line != null;
  // A setup is said in a short paragraph; a long run is not read twice for one.
  for (const sentence of /^#/.test(t) || t.length > 2000 || !/\d/.test(t) ? [] : sentences(span)) {
    const said = setupSentence(sentence.text, resolver);
    if (said) setup.add(said);
    stated ||= said != null;
  }
  return stated || setupLine(t) != null;
}

/** Tool output pasted as text ("hugo" / "8.12 real 8.96 user 1.45 sys"): the name right above says what ran. */
function outputLine(state: WalkState, t: string, above: string, span: Span): boolean {
  const f = above && /\d/.test(t) ? outputFigure(t) : null;
  const techs = f ? nameLine(above, state.resolver) : [];
  if (!f || !techs.length) return false;
  state.out.emit(
    {
      statement: `${state.out.names(techs)}: ${f.words} (${f.tool}).`,
      kind: "performance",
      technologies: techs,
      topic: "performance",
      metric: f.metric,
      value: f.value,
      unit: f.unit,
      conditions: { tool: f.tool },
      stance: "SUPPORTS",
    },
    span,
  );
  return true;
}

/** The one technology the section, or failing that the document, is about; null when it is several or none. */
function subjectOf(state: WalkState): string | null {
  if (state.sectionTechs.length === 1) return state.sectionTechs[0];
  return !state.sectionTechs.length && state.docTechs.length === 1 ? state.docTechs[0] : null;
}

export function extractWith(text: string, resolver: TechResolver): CandidateClaim[] {
  const rawLines = text.split("\n");
  const compared = comparedTechs(rawLines, resolver);
  const setup = new SetupTracker();
  const units = new SectionUnits();
  let setupHere = false;
  const sink = claimSink(text, resolver, compared, setup, () => setupHere);
  const state = newWalkState(resolver, new ClaimWriter(resolver, sink.emit), compared, migrationOf(rawLines, resolver));
  const { tableAt, inTable } = tablesOf(rawLines, resolver);
  // A table's cells of sentences, read by the sentence rules under their row's label (tables/choice.ts).
  const readProse = (cell: Span, label: string): void => {
    for (const sentence of sentences(cell))
      applySentenceRules(
        sentence,
        {
          resolver,
          subject: [],
          leadIn: "",
          allowFeatures: true,
          heading: label,
          compared,
          migration: state.migration,
        },
        state.out.emit,
      );
  };
  // What a table is read with: the section's setup, the unit its prose states, its one subject.
  const where = () => ({ resolver, setup: setup.current(), unit: units.current(), subject: subjectOf(state) });
  const specSheet = specSheetLines(rawLines, resolver);
  let inCode = false;
  /** Benchmark output in a code block (hyperfine, `time`, go test -bench), about the command above it. */
  let bench: BenchmarkOutputReader | null = null;
  let previousLine = "";
  let offset = 0;
  for (let lineNo = 0; lineNo < rawLines.length; lineNo++) {
    const line = rawLines[lineNo];
    const lineStart = offset;
    offset += line.length + 1;
    const t = line.trim();
    const start = lineStart + line.indexOf(t);
    if (t.startsWith("```")) {
      inCode = !inCode;
      bench = inCode
        ? new BenchmarkOutputReader(
            resolver,
            () => state.sectionTechs,
            () => state.headingText,
          )
        : null;
      continue;
    }
    if (inCode) {
      const printed = tableAt.get(lineNo);
      if (printed) readTable(printed, { ...where(), unit: null }, sink.emit);
      if (printed || inTable(lineNo)) continue;
      for (const c of bench?.line(line) ?? []) sink.emit(c, { text: t, start, end: start + t.length });
      continue;
    }
    const above = previousLine;
    previousLine = t;
    if (!t) continue;
    const span: Span = { text: t, start, end: start + t.length };
    if (outputLine(state, t, above, span)) continue;
    const table = tableAt.get(lineNo);
    if (table && !readProsConsTable(state, table)) readTable(table, { ...where(), readProse }, sink.emit);
    if (inTable(lineNo)) {
      // "golang   1.14.1" under "## Versions" reads as a spaced table too: each line still says a version tested.
      if (isVersionsHeading(state.headingText)) versionFacts(state.out, t, span, state.headingText);
      continue;
    }
    // A cell of an HTML table the table reader did not take ("<td><span alt=\"v1.1\">2006-01-01</span></td>"):
    // without its row and column nothing says whose figure or version it is, so nothing is read from it.
    if (TABLE_MARKUP.test(t)) continue;
    setupHere = readSetup(setup, resolver, t, span);
    units.see(t);
    versionFacts(state.out, t, span, state.headingText);
    state.specSheet = specSheet.has(lineNo);
    if (readHeading(state, t, span) || readListItem(state, line, span) || readLabelledList(state, t, span)) continue;
    state.parent = null;
    chosenOption(state, t, span);
    decidedOption(state, t, span);
    winnerLine(state, t, span);
    readProseLine(state, t, start);
  }
  return sink.claims;
}
