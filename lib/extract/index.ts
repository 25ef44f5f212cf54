// Document text -> candidate claims. Deterministic: regexes and a small state machine over lines
// (headings set the subject, lists inherit their lead-in, tables read by header), no network, no model.
import { slugify } from "@/lib/text/slug";
import { BUILT_IN_CUE, isNegated, PARTIAL_PROSE_CUE, featureStatement, featuresIn, rateSupport, type FeatureDef, type Support } from "./features";
import { applySentenceRules, type Emit } from "./rules";
import { capabilityTopic, isVerb } from "./language";
import { COMPARATIVE, EVALUATIVE } from "./prose";
import { onlyTechs } from "./recommendations";
import { discoverTechnologies } from "./discover";
import { BenchmarkOutputReader, nameLine, outputFigure } from "./bench-output";
import { quantitiesIn } from "./quantities";
import { rateSupport as rateCell } from "./features";
import { findTables, readTable, techOf, type Table } from "./tables";
import { SetupTracker, setupLine, setupSentence, testedVersions } from "./setup";
import { pieces, sentences, type Span } from "./sentences";
import { TechResolver } from "./technologies";
import type { CandidateClaim, TechRef } from "./types";

export type { CandidateClaim, TechRef } from "./types";
export { TechResolver } from "./technologies";

interface ParentItem {
  techs: string[];
  support: Support | null;
  hasFeatures: boolean;
}

type ListMode = { kind: "use-when" | "good-fit" | "strengths" | "weaknesses" | "myths" | "avoid" | "parts"; techs: string[] } | null;
// "K3s bundles:", "Standard Kubernetes consists of multiple components:": the items that follow are its parts.
const PARTS_LEAD = /\b(?:includes?|including|consists? of|contains?|ships(?: with)?|bundles?|comes with|is (?:made|composed) of|is built from|components?|pieces)\s*:$/i;
// "When NOT to use Django", "Avoid Next.js for": what follows is advice against the technology.
const AGAINST = /\bwhen not to (?:use|pick|choose)\b|\bavoid\b|\bdon'?t (?:use|pick)\b|\bnot (?:a good fit|for)\b/i;

// How a feature-list item says the technology lacks the capability, or has it only in part. ("without"
// is not one: "tests without writing code" is what the capability does.)
const ITEM_MISSING = /^(?:no|not|lacks?|missing)\b|\b(?:does not|doesn't|cannot|can't|isn't|is not|not supported|unsupported)\b/i;
// Judgement in a list item: evaluative adjectives and comparatives, ease and difficulty.
const JUDGED = new RegExp(`${EVALUATIVE.source}|${COMPARATIVE.source}|\\b(?:easy|easier|hard|difficult|complex|complicated|user-friendly|friendly|beginners?|strong|weak|steep|intuitive|straightforward|simple|simpler|clunky|cumbersome|seamless|smooth)\\b`, "i");
const KEY_VERSION = /^[-*] (?:\*\*|__)?([^:*_]{2,40}?)(?:\*\*|__)?:\s?(?:\*\*|__)?(v?\d{1,4}(?:\.\d{1,4}){1,3}(?:-[\w.]{1,20})?)(?:\*\*|__)?$/;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|does|do|did|doesn't|isn't|can|could|will|would|should|may|might|must)$/i;
const ITEM_PARTIAL = /\b(?:limited|partial(?:ly)?|experimental|only (?:for|in|on|at|with)|via (?:a )?plugins?)\b/i;
const lcFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const clean = (s: string): string => s.replace(/(?<![.:;,\s])[.:;,\s]+$/, "").replace(/\s+/g, " ").trim();

/**
 * A use case asked as a question, as the end of "X is the pick …": a question that opens with a verb
 * ("Need a back office by Friday?") reads "when you need a back office by Friday", a noun phrase
 * ("Streaming inference API?") "for streaming inference API".
 */
function situation(question: string): string {
  const opensWithVerb = /^(?:need|want|have|must|expect|plan|build|run|serve|ship|care|starting|building|running|shipping)\b/i.test(question);
  return opensWithVerb ? `when you ${lcFirst(question)}` : `for ${lcFirst(question)}`;
}

export function signature(c: Pick<CandidateClaim, "kind" | "technologies" | "topic" | "metric" | "value" | "conditions" | "stance" | "statement">): string {
  const techs = [...c.technologies].sort().join("+");
  if (c.kind === "feature") return `feature|${techs}|${c.topic}|${c.conditions.support ?? ""}`;
  if (c.kind === "fact" || c.kind === "performance") return `${c.kind}|${techs}|${c.metric}|${c.value}|${JSON.stringify(c.conditions)}`;
  if (c.kind === "recommendation") return `recommendation|${techs}|${c.topic}`;
  return `opinion|${techs}|${c.statement.toLowerCase()}|${c.stance}`;
}

export interface Extraction {
  claims: CandidateClaim[];
  /** Technologies the claims name that the catalogue lacks (from the lexicon or the document): for an editor to confirm. */
  proposed: TechRef[];
}

/** Candidate claims of a document, and the technologies it names that are not in the catalogue yet. */
export function extractDocument(text: string, techs: TechRef[] | TechResolver): Extraction {
  const known = techs instanceof TechResolver ? techs : new TechResolver(techs);
  const found = known.open ? discoverTechnologies(text, known) : [];
  const resolver = found.length ? known.extendedWith(found) : known;
  const claims = extractWith(text, resolver);
  return { claims, proposed: resolver.proposed(claims.flatMap((c) => c.technologies)) };
}

export function extractClaims(text: string, techs: TechRef[] | TechResolver): CandidateClaim[] {
  return extractDocument(text, techs).claims;
}

// eslint-disable-next-line max-lines-per-function -- split pending (#15)
function extractWith(text: string, resolver: TechResolver): CandidateClaim[] {
  const out: CandidateClaim[] = [];
  const seen = new Set<string>();
  const setup = new SetupTracker();
  let setupHere = false;
  let compared: string[] = [];
  const environmental = (slug: string): boolean => resolver.isSetting(slug) || (compared.length > 0 && !compared.includes(slug));
  const emit: Emit = (claim, span) => {
    // A figure carries the setup its section states, under whatever the figure says itself.
    const c = claim.kind === "performance" ? { ...claim, conditions: { ...setup.current(), ...claim.conditions } } : claim;
    // On a setup line the version of what the test ran on (a runtime, an OS, a database beside the compared
    // frameworks) is a condition of the figures, not a fact about that technology.
    if (setupHere && c.kind === "fact" && c.metric === "version" && c.technologies.every(environmental)) return;
    const sig = signature(c);
    if (seen.has(sig) || !c.technologies.length) return;
    seen.add(sig);
    out.push({ ...c, statement: c.statement.slice(0, 1000), quote: text.slice(span.start, span.end), start: span.start, end: span.end });
  };
  const rec = (techSlugs: string[], useCase: string, statement: string, span: Span) => {
    if (!techSlugs.length || !useCase) return;
    emit({ statement, kind: "recommendation", technologies: techSlugs, topic: slugify(useCase, 60), metric: null, value: null, unit: null, conditions: {}, stance: "SUPPORTS" }, span);
  };
  const names = (slugs: string[]) => slugs.map((s) => resolver.nameOf(s)).join(" + ");

  let docTechs: string[] = [];
  let sectionTechs: string[] = [];
  let headingTechs: string[] = [];
  let headingText = "";
  /** The open headings, outermost first, with the technology each section is about. */
  const headings: Array<{ depth: number; techs: string[] }> = [];
  /** The technology the last paragraph ended on, for a lead-in that names none. */
  let previousSubject: string[] = [];
  let list: ListMode = null;
  let leadIn = "";
  let parent: ParentItem | null = null;
  let inCode = false;
  let bench: BenchmarkOutputReader | null = null;
  let previousLine = "";
  const rawLines = text.split("\n");
  compared = comparedTechs(rawLines, resolver);
  const { tableAt, inTable } = tablesOf(rawLines, resolver);
  let lineNo = -1;
  let offset = 0;
  for (const line of rawLines) {
    lineNo++;
    const lineStart = offset;
    offset += line.length + 1;
    const t = line.trim();
    if (t.startsWith("```")) { inCode = !inCode; bench = inCode ? new BenchmarkOutputReader(resolver, () => sectionTechs) : null; continue; }
    if (inCode) { codeFigure(t, lineStart + line.indexOf(t)); continue; }
    const above = previousLine;
    previousLine = t;
    if (!t) continue;
    const span: Span = { text: t, start: lineStart + line.indexOf(t), end: lineStart + line.indexOf(t) + t.length };
    // Tool output pasted as text ("hugo" / "8.12 real 8.96 user 1.45 sys"): the name right above says what ran.
    if (outputLine(t, above, span)) continue;
    const table = tableAt.get(lineNo);
    if (table) readTable(table, { resolver, setup: setup.current() }, emit);
    if (inTable(lineNo)) continue;
    setup.see(t, /^#/.test(t) ? resolver.slugsIn(t).length : 0);
    // "All runs used Node 20 and PostgreSQL 16 on 8 vCPU": conditions of the figures below, not facts.
    let stated = false;
    // A setup is said in a short paragraph; a long run is not read twice for one.
    for (const sentence of /^#/.test(t) || t.length > 2000 || !/\d/.test(t) ? [] : sentences(span)) {
      const said = setupSentence(sentence.text, resolver);
      if (said) setup.add(said);
      stated ||= said != null;
    }
    setupHere = stated || setupLine(t) != null;
    versionFacts(t, span);

    const heading = /^(#{1,6}) (.*)$/.exec(t);
    if (heading) {
      leadIn = "";
      parent = null;
      const h = heading[2];
      headingText = h;
      const inH = resolver.slugsIn(h);
      headingTechs = inH;
      // "## Myth 3: Django is slow": the heading states a claim the section refutes.
      const mythHeading = /^myth(?:\s?#?\d{1,2})?\s?[:—–-]\s*["“]?([^"”]{5,200}?)["”]?$/i.exec(h);
      if (mythHeading && inH.length) emit({ statement: `${clean(mythHeading[1])}.`, kind: "opinion", technologies: inH, topic: "myth", metric: null, value: null, unit: null, conditions: { stance: "contradicts" }, stance: "CONTRADICTS" }, span);
      const useWhen = /^(?:pick|use|choose|when to (?:choose|pick|use)) (.+?)(?: when| if)?:?$/i.exec(h);
      // "Why should I use ripgrep?", "Why Redis": what follows are its reasons, that is its strengths.
      const why = /^why\b/i.test(h);
      if (heading[1].length === 1) docTechs = inH.length === 1 ? inH : [];
      // A section is about the one technology its heading names; a heading that names none keeps the
      // enclosing section's ("## Hugo" / "### Templates"), one that names several is about no single one.
      const depth = heading[1].length;
      while (headings.length && headings[headings.length - 1].depth >= depth) headings.pop();
      const enclosing = headings.length ? headings[headings.length - 1].techs : depth <= 2 ? docTechs : sectionTechs;
      sectionTechs = inH.length === 1 ? inH : inH.length ? [] : depth === 1 ? docTechs : enclosing;
      headings.push({ depth, techs: sectionTechs });
      if (AGAINST.test(h) && inH.length) list = { kind: "avoid", techs: inH };
      else if (useWhen && inH.length) list = { kind: "use-when", techs: inH };
      else if (/use cases|good fit|best for|when to use/i.test(h)) list = { kind: "good-fit", techs: inH.length ? inH : sectionTechs };
      else if ((why && (inH.length || sectionTechs.length)) || /strengths|features|pros\b|what you get|batteries/i.test(h)) list = { kind: "strengths", techs: inH.length ? inH : sectionTechs };
      else if (/\b(?:cons|drawbacks|downsides|weaknesses|disadvantages|limitations)\b/i.test(h) && (inH.length || sectionTechs.length) === 1) list = { kind: "weaknesses", techs: inH.length ? inH : sectionTechs };
      else if (/myths?\b/i.test(h)) list = { kind: "myths", techs: [] };
      else list = null;
      continue;
    }

    const item = /^(\s*)- (.*)$/.exec(line);
    if (item) {
      const body = item[2];
      const bodySpan: Span = { text: body, start: span.end - body.length, end: span.end };
      const nested = item[1].length > 0 && parent != null;
      const itemSubject = nested && parent ? parent.techs : list?.techs.length ? list.techs : sectionTechs;
      if (!nested) parent = parentOf(body);
      if (nested && parent?.support && !parent.hasFeatures) {
        // "Rails leaves these to gems:" / "  - an admin (ActiveAdmin)": the parent's verdict covers its children.
        for (const f of featuresIn(body)) for (const tech of parent.techs.slice(0, 1)) emitFeature(tech, f, parent.support, span);
      }
      if (list?.kind === "use-when") rec(list.techs, clean(body), `Use ${names(list.techs)} when ${lcFirst(clean(body))}.`, span);
      else if (list?.kind === "good-fit") rec(list.techs, clean(body), `${names(list.techs)} is a good fit for ${lcFirst(clean(body))}.`, span);
      else if (list?.kind === "strengths") {
        const label = /^([^:]{1,60}):/.exec(body)?.[1] ?? "";
        const known = featuresIn(label);
        for (const f of known) for (const tech of list.techs.slice(0, 1)) emitFeature(tech, f, "built-in", span);
        // "## Playwright Key Features" / "- Headless and headed modes for fast execution": every item of a
        // technology's feature list is a capability it has, said as a noun phrase.
        if (!known.length && !nested && list.techs.length === 1 && featureItem(list.techs[0], body, bodySpan, false)) continue;
      } else if (list?.kind === "weaknesses" && !nested && list.techs.length === 1 && featureItem(list.techs[0], body, bodySpan, true)) continue; else if (list?.kind === "myths" && myth(body, bodySpan.start, itemSubject)) continue;
      else if (list?.kind === "avoid") against(list.techs, body, span);
      else if (list?.kind === "parts" && part(list.techs, body, span)) continue;
      // "- Express for long-lived connections" (a summary list): the item is the recommendation.
      const techFor = /^(.{2,40}?) (?:for|when) (.{3,200})$/.exec(body);
      if (techFor && onlyTechs(techFor[1], resolver)) rec(resolver.slugsIn(techFor[1]), clean(techFor[2]), `${clean(techFor[1])} for ${lcFirst(clean(techFor[2]))}.`, span);
      if (!list) {
        const useItem = /^(?:use|pick|choose) (.{1,60}?) (when|if|for) (.{3,300})$/i.exec(body);
        const itemTechs = useItem ? resolver.slugsIn(useItem[1]) : [];
        if (useItem && itemTechs.length) rec(itemTechs, clean(useItem[3]), `Use ${names(itemTechs)} ${useItem[2].toLowerCase()} ${clean(useItem[3])}.`, span);
      }
      if (featureVerdicts(body, span, headingTechs[0] ?? itemSubject[0])) continue;
      const memory = { features: [] };
      for (const sentence of sentences(bodySpan)) applySentenceRules(sentence, { resolver, subject: itemSubject, leadIn, allowFeatures: list?.kind !== "use-when" && list?.kind !== "good-fit", memory, heading: headingText, compared }, emit);
      continue;
    }
    parent = null;

    const useWhen = /^(?:use|pick|choose) (.{1,80}?) (?:when|if)\b[^:]{0,80}:$/i.exec(t);
    if (useWhen) {
      const inLine = resolver.slugsIn(useWhen[1]);
      list = inLine.length ? { kind: "use-when", techs: inLine } : list;
      leadIn = t;
      continue;
    }
    if (t.endsWith(":")) {
      leadIn = t;
      // The owner is the subject of the lead-in's last clause ("As X explains, this binary includes:" is not about X).
      const owners = resolver.slugsIn(t.slice(t.lastIndexOf(", ") + 1));
      // "this single binary includes:" names nothing: it is about what the paragraph before was about.
      const fallback = headingTechs.length ? headingTechs : previousSubject.length ? previousSubject : sectionTechs;
      if (PARTS_LEAD.test(t)) list = { kind: "parts", techs: owners.length ? owners.slice(0, 1) : fallback.slice(0, 1) };
    } else if (list?.kind !== "myths") list = null;
    paragraph(t, lineStart + line.indexOf(t));
    const named = resolver.find(t);
    if (named.length) previousSubject = [named[named.length - 1].slug];
  }
  return out;

  /** Benchmark output in a code block (hyperfine, `time`, go test -bench), about the command above it. */
  function codeFigure(t: string, start: number): void {
    for (const c of bench?.line(t) ?? []) emit(c, { text: t, start, end: start + t.length });
  }

  function outputLine(t: string, above: string, span: Span): boolean {
    const f = above && /\d/.test(t) ? outputFigure(t) : null;
    const techs = f ? nameLine(above, resolver) : [];
    if (!f || !techs.length) return false;
    emit({ statement: `${names(techs)}: ${f.words} (${f.tool}).`, kind: "performance", technologies: techs, topic: "performance", metric: f.metric, value: f.value, unit: f.unit, conditions: { tool: f.tool }, stance: "SUPPORTS" }, span);
    return true;
  }

  /** "Versions: Qdrant 1.12.1, Milvus 2.5.2", or a list item that is only a name and a version ("- Phoenix 0.3.1"). */
  function versionFacts(t: string, span: Span): void {
    // Only the name and a version: "- Flask: 0.024 s" is a figure, "- Phoenix 0.3.1" is what was tested.
    const item = /^- ([^:]{2,48}\d)$/.exec(t);
    // "- **Prettier**: 3.9.6" (a key–value list of versions): the name, then only a version.
    const pair = item ? null : KEY_VERSION.exec(t);
    const alone = item ? techOf(item[1], resolver) : pair ? techOf(`${pair[1]} ${pair[2]}`, resolver) : null;
    const found = alone?.version ? [{ slug: alone.slug, version: alone.version }] : /\d\.\d/.test(t) ? testedVersions(t, resolver) : [];
    for (const v of found) {
      emit({ statement: `${resolver.nameOf(v.slug)} ${v.version} is the version tested.`, kind: "fact", technologies: [v.slug], topic: "version", metric: "version", value: null, unit: "version", conditions: { version: v.version }, stance: "SUPPORTS" }, span);
    }
  }

  function against(techs: string[], useCase: string, span: Span): void {
    if (!techs.length || clean(useCase).length < 3) return;
    emit({ statement: `Don't use ${names(techs)} for ${lcFirst(clean(useCase))}.`, kind: "opinion", technologies: techs, topic: slugify(`not for ${clean(useCase)}`, 60), metric: null, value: null, unit: null, conditions: { stance: "contradicts" }, stance: "CONTRADICTS" }, span);
  }

  /**
   * An item of a technology's feature list: the capability it names, the item's own words kept. A figure
   * ("2x faster builds") or a sentence about another technology is left to the sentence rules.
   */
  function featureItem(tech: string, body: string, span: Span, against: boolean): boolean {
    const text = clean(body.replace(/\*\*|__|`/g, ""));
    if (text.length < 4 || text.length > 200 || /\d/.test(text) || /\?$/.test(text)) return false;
    // "Memcached is simpler to run" is about Memcached; "Lua scripting" is a capability the list's technology has.
    const lead = resolver.find(text)[0];
    // An item that is a sentence ("ripgrep supports …", "It can replace …") is read by the sentence rules.
    if (/^(?:it|they|this)\s/i.test(text)) return false;
    const next = lead && lead.start === 0 ? /^\s+([a-z']+)/i.exec(text.slice(lead.end))?.[1] : undefined;
    if (next && (AUXILIARY.test(next) || (/(?:s|ed)$/.test(next) && isVerb(next, text)))) return false;
    const label = /^([^:]{2,60}):\s/.exec(text)?.[1];
    const topic = capabilityTopic("has", label ?? text);
    if (!topic) return false;
    const missing = ITEM_MISSING.test(text);
    const partial = !missing && ITEM_PARTIAL.test(text);
    // "Headless modes" -> "headless modes"; "JavaScript support" keeps its name's capitals.
    const said = /^[A-Z][a-z]+$/.test(text.split(/[\s/,-]/)[0]) ? lcFirst(text) : text;
    // "Strong documentation", "More complex setup for beginners": a judgement, not a capability; so is a
    // drawback that states no missing or partial capability ("Requires deeper configuration").
    // ("Supports more browsers" states a capability, whatever comparative follows.)
    const capable = /^(?:supports?|has|have|provides?|offers?|includes?|ships|comes with)\b/i.test(text);
    // "Tiny API: Learn it in an evening", "Ecosystem: A package for anything": a quality named and then
    // praised, not a capability the catalogue knows ("Authentication: starter kits …" stays a feature).
    const praisedQuality = label !== undefined && !capable && featuresIn(label).length === 0;
    if (!missing && !partial && (against || praisedQuality || (JUDGED.test(text) && !capable))) {
      // "Larger learning curve compared to Cypress": the other side named; "Superior parallelism": the other compared one.
      const sides = [...new Set([tech, ...resolver.slugsIn(text)])];
      if (sides.length === 1 && compared.length === 2 && compared.includes(tech) && COMPARATIVE.test(text)) sides.push(...compared.filter((x) => x !== tech));
      emit({ statement: `${resolver.nameOf(tech)}: ${said}.`, kind: "opinion", technologies: sides.slice(0, 3), topic: slugify(said, 40), metric: null, value: null, unit: null, conditions: { stance: against ? "contradicts" : "supports" }, stance: against ? "CONTRADICTS" : "SUPPORTS" }, span);
      return true;
    }
    const support: Support = missing ? "missing" : partial ? "partial" : "built-in";
    emit({ statement: `${resolver.nameOf(tech)}: ${said}.`, kind: "feature", technologies: [tech], topic, metric: null, value: null, unit: null, conditions: { support }, stance: "SUPPORTS" }, span);
    return true;
  }

  /** "- etcd: Stores cluster state" under "Kubernetes consists of:": a part the technology has. */
  function part(techs: string[], body: string, span: Span): boolean {
    const m = /^([^:]{2,40}?)(?::\s*(.{0,160}))?$/.exec(body.trim());
    const term = m ? clean(m[1].replace(/[*_`]/g, "")) : "";
    if (!techs.length || !term || term.split(/\s+/).length > 5) return false;
    const what = m?.[2] ? ` (${lcFirst(clean(m[2]))})` : "";
    emit({ statement: `${names(techs)} includes ${term}${what}.`, kind: "feature", technologies: techs, topic: slugify(term, 40), metric: null, value: null, unit: null, conditions: { support: "built-in" }, stance: "SUPPORTS" }, span);
    return true;
  }

  function emitFeature(tech: string, f: FeatureDef, support: Support, span: Span, replacement: string | null = null): void {
    emit({ statement: featureStatement(resolver.nameOf(tech), f, support, replacement), kind: "feature", technologies: [tech], topic: f.topic, metric: null, value: null, unit: null, conditions: { support, ...(replacement ? { replacement } : {}) }, stance: "SUPPORTS" }, span);
  }

  /** A list item that may have nested items: its technology and, when it names no feature, its verdict. */
  function parentOf(body: string): ParentItem {
    const techs = resolver.slugsIn(body).slice(0, 1);
    const support: Support | null = isNegated(body) ? "missing" : null;
    return { techs: techs.length ? techs : sectionTechs, support, hasFeatures: featuresIn(body).length > 0 };
  }

  /** "Admin: Django ✅, FastAPI ❌ (SQLAdmin)" / "OpenAPI: FastAPI generates it automatically; Django needs DRF". */
  function featureVerdicts(body: string, span: Span, fallback: string | undefined): boolean {
    const m = /^([^:]{2,40}):\s*(\S.*)$/.exec(body);
    const features = m ? featuresIn(m[1]) : [];
    if (!m || !features.length) return false;
    const rest = m[2];
    const restAt = span.text.length - rest.length;
    const starts = resolver.find(rest).filter((x) => x.start === 0 || /(?:[,;]|\band|\bwhile)\s*$/i.test(rest.slice(Math.max(0, x.start - 7), x.start)));
    if (!starts.length) return false;
    const segments = starts.map((x, i) => ({ tech: x.slug, text: rest.slice(x.end, starts[i + 1]?.start ?? rest.length) }));
    if (starts[0].start > 0 && fallback) segments.unshift({ tech: fallback, text: rest.slice(0, starts[0].start) });
    let any = false;
    for (const seg of segments) {
      const text = seg.text.replace(/^[\s,;:]+/, "").replace(/(?<![\s,;])[\s,;]+(?:(?:and|while)\s*)?$/i, "");
      const rated = rateSupport(text) ?? (PARTIAL_PROSE_CUE.test(text) ? { support: "partial" as const, replacement: null } : isNegated(text) ? { support: "missing" as const, replacement: null } : BUILT_IN_CUE.test(text) ? { support: "built-in" as const, replacement: null } : null);
      if (!rated) continue;
      any = true;
      for (const f of features) emitFeature(seg.tech, f, rated.support, { text: span.text, start: span.start + restAt, end: span.end }, rated.replacement);
    }
    return any;
  }

  /** A quoted claim called a myth: an opinion the author contradicts, about the technologies it names. */
  function myth(text: string, start: number, fallback: string[]): boolean {
    const m = /^(?:myth(?: #?\d+)?\s*(?::\s*)?)?(["“])([^"”]{5,200})["”]/i.exec(text);
    if (!m) return false;
    const about = resolver.slugsIn(m[2]);
    const techs = about.length ? about : [];
    if (!techs.length) return false;
    const quoteEnd = m.index + m[0].length;
    emit({ statement: clean(m[2]) + ".", kind: "opinion", technologies: techs, topic: "myth", metric: null, value: null, unit: null, conditions: { stance: "contradicts" }, stance: "CONTRADICTS" }, { text: m[0], start: start + m[0].indexOf(m[1]), end: start + quoteEnd });
    for (const s of sentences({ text: text.slice(quoteEnd), start: start + quoteEnd, end: start + text.length })) applySentenceRules(s, { resolver, subject: techs.length ? techs : fallback, leadIn: "", allowFeatures: false }, emit);
    return true;
  }

  /** Prose and social posts: "→" pieces, emoji-led sections, "question? → answer", myths. */
  function paragraph(t: string, start: number): void {
    const parts = pieces(t, start);
    // A post's opening sentence names what it is about: sections that name nothing fall back to it.
    const opening = parts.length > 2 ? resolver.slugsIn(sentences(parts[0])[0]?.text ?? "") : [];
    const fallback = sectionTechs.length ? sectionTechs : opening.length === 1 ? opening : [];
    let subject = fallback;
    // A section opened by "🐍 FastAPI →" stays about FastAPI, whatever else its pieces mention.
    let anchored = false;
    let mode: "none" | "picks" | "myths" | "against" = list?.kind === "myths" ? "myths" : "none";
    const memory: { features: FeatureDef[] } = { features: [] };
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.emoji) {
        memory.features = []; // "it"/"them" never reach back into another section
        const named = resolver.find(p.text);
        mode = /\bpicks?\b|quick|verdict|answers?\b|bottom line|tl;?dr/i.test(p.text) ? "picks" : /\bmyths?\b/i.test(p.text) ? "myths" : AGAINST.test(p.text) && named.length ? "against" : "none";
        anchored = named.length > 0 && named[0].start === 0;
        if (anchored) subject = [named[0].slug];
        else if (mode !== "none" || !named.length) subject = named.length ? [named[0].slug] : fallback;
      }
      const next = parts[i + 1];
      if (mode === "against" && !p.emoji) { against(subject, p.text, p); continue; }
      // In a "Verdict →"/"Quick picks →" section a use case may be followed by its answer without a "?".
      const answerNext = next && !next.emoji && resolver.find(next.text)[0]?.start === 0;
      if ((p.text.endsWith("?") || (mode === "picks" && !p.emoji && answerNext)) && next && !next.emoji && next.text.split(/\s+/).length <= 6 && resolver.slugsIn(next.text).length) {
        const question = clean(p.text.replace(/\?$/, ""));
        rec(resolver.slugsIn(next.text), question, `${clean(next.text)} is the pick ${situation(question)}.`, { text: "", start: p.start, end: next.end });
        i++;
        continue;
      }
      const best = /^(?:(?:still|my|the|a|an|our|usually|also)\s+)*(?:best|ideal|great|good|go-to|perfect|pick|choice|default)(?: choice| option| fit| pick)? (when|for) (.+)$/i.exec(p.text);
      if (best && subject.length) {
        rec(subject, clean(best[2]), `${names(subject)} is the pick ${best[1].toLowerCase()} ${clean(best[2])}.`, p);
        continue;
      }
      if ((mode === "myths" || /\bmyth\b/i.test(p.text)) && myth(p.text, p.start, subject)) continue;
      for (const s of sentences(p)) {
        const local = applySentenceRules(s, { resolver, subject, leadIn, allowFeatures: true, memory, heading: headingText, compared }, emit);
        if (!anchored) subject = local.slice(0, 1);
      }
    }
  }
}

/**
 * The technologies the document compares: those of the first "X vs Y" line among its opening lines, else
 * of its title heading when that names two or more ("NATS and Kafka Compared").
 */
function comparedTechs(rawLines: string[], resolver: TechResolver): string[] {
  const opening = rawLines.slice(0, 60).filter((l) => l.length <= 200);
  for (const line of opening) {
    const techs = /\s(?:vs\.?|versus)\s/i.test(line) ? resolver.slugsIn(line) : [];
    if (techs.length >= 2) return techs.slice(0, 4);
  }
  const title = opening.find((l) => /^# /.test(l));
  const techs = title ? resolver.slugsIn(title) : [];
  return techs.length >= 2 ? techs.slice(0, 4) : [];
}

/** Tables found once, before the line walk: which line opens one, and which lines belong to one. */
function tablesOf(rawLines: string[], resolver: TechResolver): { tableAt: Map<number, Table>; inTable: (line: number) => boolean } {
  const lines: Array<{ text: string; start: number }> = [];
  let offset = 0;
  for (const raw of rawLines) {
    const t = raw.trim();
    lines.push({ text: t, start: offset + (t ? raw.indexOf(t) : 0) });
    offset += raw.length + 1;
  }
  const tables = findTables(lines, rawLines, looksLikeValue, headerColumns(resolver));
  const tableAt = new Map(tables.map((t) => [t.firstLine, t]));
  const ranges = tables.map((t) => [t.firstLine, t.lastLine] as const);
  let i = 0;
  // Lines are asked about in order: one pointer walks the ranges.
  return { tableAt, inTable: (line) => { while (i < ranges.length && ranges[i][1] < line) i++; return i < ranges.length && ranges[i][0] <= line; } };
}

/**
 * The k column names of a header whose cells lost their separators ("Metric Vite Webpack Vite's
 * Advantage"): each technology it names opens a column that runs to the next one; one column more than
 * technologies is whatever follows the last name ("Winner").
 */
function headerColumns(resolver: TechResolver): (header: string, k: number) => string[] | null {
  return (header, k) => {
    const ms = resolver.find(header);
    if (ms.length < 2 || ms.length < k - 1 || ms.length > k) return null;
    const cols = ms.map((m, i) => header.slice(m.start, i + 1 < ms.length ? ms[i + 1].start : header.length).trim());
    if (cols.length === k) return cols;
    const last = ms[ms.length - 1];
    const tail = header.slice(last.end).trim();
    return tail ? [...cols.slice(0, -1), header.slice(last.start, last.end), tail] : null;
  };
}

/** A cell that reads as a table value: a quantity, a yes/no mark, a short number-bearing token. */
function looksLikeValue(cell: string): boolean {
  return quantitiesIn(cell.slice(0, 60), 2).some((q) => q.unit !== "") || rateCell(cell) != null && cell.length <= 12 || /^(?:n\/a|-|—)$/i.test(cell) || SCORECARD_VALUE.test(cell.trim());
}

// What a scorecard's cells hold: versions ("v5.1", "3.0.3"), ratings ("8/10", "★★★★☆"), bare scores and counts ("9", "81k").
const SCORECARD_VALUE = /^(?:v?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+][\w.]{1,12})?|\d{1,3}(?:\.\d{1,2})?\s?\/\s?(?:5|10|100)|[★⭐]{1,5}☆{0,4}|~?\d{1,4}(?:\.\d{1,2})?\s?[kKMB]?\+?)$/u;
