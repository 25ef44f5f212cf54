// A heading opens a section: it sets what the section is about (the one technology it names, else the
// enclosing section's) and how the list under it reads (use-when, good fit, strengths, weaknesses,
// myths, advice against).
import { nameVersionLine } from "./metric-items";
import { mythHeading } from "./myths";
import type { Span } from "./sentences";
import type { TechResolver } from "./technologies";
import type { ListMode, WalkState } from "./walk-state";

// "When NOT to use Django", "Avoid Next.js for": what follows is advice against the technology.
export const AGAINST =
  /\bwhen not to (?:use|pick|choose)\b|\bavoid\b|\bdon'?t (?:use|pick)\b|\bnot (?:a good fit|for)\b/i;

/** Reads a heading line ("## Why Redis") into the walk's state; false when the line is no heading. */
export function readHeading(state: WalkState, t: string, span: Span): boolean {
  const heading = /^(#{1,6}) (.*)$/.exec(t);
  if (!heading) return false;
  state.leadIn = "";
  state.parent = null;
  const h = heading[2];
  state.headingText = h;
  if (heading[1].length === 1 && !state.titleText) state.titleText = h;
  const inH = state.resolver.slugsIn(h);
  state.headingTechs = inH;
  mythHeading(state.out, h, inH, span);
  winnerHeading(state, h, span);
  // A README that opens on "## PgCat: Nextgen PostgreSQL Pooler" has no level-one title: its first line is the title.
  openSection(state, heading[1].length, ownName(h, state.resolver) ?? inH, span.start === 0);
  state.list = listUnder(h, inH, state.sectionTechs, state.resolver);
  state.measured = nameVersionLine(h, state.resolver);
  return true;
}

/** "PgCat: Nextgen PostgreSQL Pooler": the name before a heading's colon is what its section is about. */
function ownName(h: string, resolver: TechResolver): string[] | null {
  const lead = resolver.findAll(h)[0];
  return lead && /^[\s*_`]*$/.test(h.slice(0, lead.start)) && /^[*_`]*:\s/.test(h.slice(lead.end)) ? [lead.slug] : null;
}

// "Insert Throughput Winner: 🏆 **Milvus**", "Cold starts — winner: Bun": what was judged, then who won it.
// Both parts bounded; the name part is read by the resolver, never by a pattern.
const WINNER_HEADING = /^(.{3,60}?)\s{1,3}(?:[-—–:]\s{0,3})?(?:winner|champion)\s{0,3}[:—–-]\s{0,3}(.{1,80})$/i;

/** "Bulk Insert" -> "bulk insert"; acronyms ("CPU", "JSON") stay as written. */
const lowerWords = (s: string): string => s.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());

/** A heading that names the winner of one aspect: a recommendation of that technology for that aspect. */
function winnerHeading(state: WalkState, h: string, span: Span): void {
  const m = WINNER_HEADING.exec(h.replace(/[*_`]+/g, "").replace(/[\p{Extended_Pictographic}\ufe0f]/gu, ""));
  if (!m) return;
  const aspect = m[1].trim();
  const winners = state.resolver.slugsIn(m[2]);
  if (!winners.length || state.resolver.slugsIn(aspect).length || aspect.split(/\s+/).length > 6) return;
  const { out } = state;
  out.recommend(winners, aspect, `${out.names(winners)} is the winner for ${lowerWords(aspect)}.`, span);
}

// "**Winner**: Linkerd (8ms vs 26ms median)", "🏆 Winner: Bun": who won what the section's heading measures.
const WINNER_LINE = /^(?:the\s|overall\s){0,2}(?:winner|champion)\s{0,3}[:—–-]\s{0,3}(.{1,200})$/i;

/**
 * A line naming the winner under a heading that names the aspect ("### Latency at 20 RPS"): a recommendation of
 * the winner for that aspect over the other technologies the document compares.
 */
export function winnerLine(state: WalkState, t: string, span: Span): void {
  const m = WINNER_LINE.exec(
    t
      .replace(/[*_`]+/g, "")
      .replace(/[\p{Extended_Pictographic}\ufe0f]/gu, "")
      .trim(),
  );
  if (!m) return;
  // The winner is named before its reasons: "Linkerd (8ms vs 26ms …)", "Bun, by a wide margin".
  const winners = state.resolver.slugsIn(m[1].split(/[(,;:]|\s[-—–]\s/)[0]);
  const aspect = state.headingText.replace(/[*_`#]+/g, "").trim();
  if (!winners.length || !aspect || state.resolver.slugsIn(aspect).length || aspect.split(/\s+/).length > 8) return;
  const { out } = state;
  const others = state.compared.filter((c) => !winners.includes(c));
  const statement = others.length
    ? `${out.names(winners)} wins over ${out.names(others)} for ${lowerWords(aspect)}.`
    : `${out.names(winners)} is the winner for ${lowerWords(aspect)}.`;
  out.recommend([...winners, ...others], aspect, statement, span);
}

/**
 * A section is about the one technology its heading names; a heading that names none keeps the
 * enclosing section's ("## Hugo" / "### Templates"), one that names several is about no single one.
 */
function openSection(state: WalkState, depth: number, inH: string[], opening = false): void {
  if (depth === 1 || opening) state.docTechs = inH.length === 1 ? inH : [];
  const { headings } = state;
  while (headings.length && headings[headings.length - 1].depth >= depth) headings.pop();
  const enclosing = headings.length
    ? headings[headings.length - 1].techs
    : depth <= 2
      ? state.docTechs
      : state.sectionTechs;
  state.sectionTechs = inH.length === 1 ? inH : inH.length ? [] : depth === 1 ? state.docTechs : enclosing;
  headings.push({ depth, techs: state.sectionTechs });
}

// A lead-in that says who the list below is for: "Choose X if:", "Use X when:", "When to use X",
// "Pick X for:", "Use When:" (the section's technology), and against: "Avoid X if:", "Don't use X when:".
// X is at most a few words; the bounded lazy group is followed only by fixed words and the end.
const LEAD_AGAINST =
  /^(?:when (?:not to|to avoid|you shouldn'?t) (?:use|pick|choose)(?: (.{1,60}))?|(?:avoid|skip|(?:don'?t|do not|never) (?:use|pick|choose))(?: (.{1,60}?))? (?:if|when|whenever|for)(?: [^:]{1,80})?)$/i;
const LEAD_FOR =
  /^(?:when (?:to|should you|you should) (?:use|pick|choose)(?: (.{1,60}))?|(?:use|pick|choose|consider|go with|reach for|prefer)(?: (.{1,60}?))? (?:if|when|whenever|for)(?: [^:]{1,80})?)$/i;
// "X is best for:", "X shines when:", "X is ideal if:": the subject first, then what it suits.
const SUBJECT_FOR =
  /^(.{1,60}?) (?:is|are) (?:best|ideal|great|perfect|the right (?:choice|pick)|a (?:good|great) (?:fit|choice)) (?:for|when|if)$|^(.{1,60}?) (?:shines|excels|wins) (?:for|when|if|at)$/i;
// "Best for:", "Ideal when:", "Good fit for:": about the technology of the section.
const BARE_FOR = /^(?:best|ideal|good|great|perfect)(?: (?:fit|choice|use cases?))? (?:for|when|if)$/i;
// Words that stand for the section's technology rather than name one.
const PRONOUN = /^(?:it|this|that|them|these|this one|this tool|this framework|this library)$/i;

/**
 * The list a lead-in line or heading opens, when it says who the items are for: its own subject, a
 * technology, overrides the enclosing section's; a lead-in that names none ("Use When:") keeps the
 * section's. Null when the text is no such lead-in, or names a subject that is not a technology.
 */
export function leadInList(raw: string, resolver: TechResolver, sectionTechs: string[]): ListMode | undefined {
  const text = raw
    .replace(/[*_`]+/g, "")
    .replace(/[\p{Extended_Pictographic}\ufe0f]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/:$/, "")
    .trimEnd();
  if (!text || text.length > 90) return undefined;
  const against = LEAD_AGAINST.exec(text);
  const forIt = against ? null : (LEAD_FOR.exec(text) ?? SUBJECT_FOR.exec(text) ?? BARE_FOR.exec(text));
  const m = against ?? forIt;
  if (!m) return undefined;
  const subject = (m[1] ?? m[2] ?? "").trim();
  const techs = !subject || PRONOUN.test(subject) ? sectionTechs : resolver.slugsIn(subject);
  // "Choose a managed service if:" names no technology: its items are not about the section's one.
  if (!techs.length) return null;
  return { kind: against ? "avoid" : "use-when", techs };
}

/**
 * "**Advantages:**", "Trade-offs:", "Use cases:" under a technology's heading: a short label line opens a list
 * of its strengths, weaknesses or the situations it suits, as the same words in a heading would. Undefined for
 * any other label.
 */
export function labelList(label: string, resolver: TechResolver, sectionTechs: string[]): ListMode | undefined {
  // "⚠️ **Considerations:**", "✅ Strengths:": a mark before the label only colours it.
  const h = label
    .replace(/[*_`:]+/g, "")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .trim();
  // A label naming its own technology ("Where InfluxDB is better") needs no section technology.
  if (!h || h.split(/\s+/).length > 4 || (!sectionTechs.length && !resolver.slugsIn(h).length)) return undefined;
  const mode = listUnder(h, resolver.slugsIn(h), sectionTechs, resolver);
  if (!mode) return undefined;
  if (mode.kind === "strengths" || mode.kind === "weaknesses" || mode.kind === "better") return mode;
  // "**Example Use Cases:**", "Best for:" under one technology's heading: the situations it suits follow.
  return mode.kind === "good-fit" && mode.techs.length === 1 ? mode : undefined;
}

/** How the list under a heading reads, from what the heading says. */
function listUnder(h: string, inH: string[], sectionTechs: string[], resolver: TechResolver): ListMode {
  const lead = leadInList(h, resolver, sectionTechs);
  if (lead !== undefined) return lead;
  const useWhen = /^(?:pick|use|choose|when to (?:choose|pick|use)) (.+?)(?: when| if)?:?$/i.exec(h);
  // "Why should I use ripgrep?", "Why Redis": what follows are its reasons, that is its strengths.
  const why = /^why\b/i.test(h);
  const own = inH.length ? inH : sectionTechs;
  if (AGAINST.test(h) && inH.length) return { kind: "avoid", techs: inH };
  // "Where InfluxDB is better:", "Where Sensu shines:": the list says when to prefer the one technology named.
  if (
    inH.length === 1 &&
    /^where\s.{1,40}\s(?:(?:is|are)\s(?:better|stronger|the better (?:choice|fit))|shines?|wins?)$/i.test(h)
  )
    return { kind: "better", techs: inH };
  if (useWhen && inH.length) return { kind: "use-when", techs: inH };
  if (/use cases|good fit|best for|when to use/i.test(h)) return { kind: "good-fit", techs: own };
  if (
    (why && (inH.length || sectionTechs.length)) ||
    /strengths|features|pros\b|what you get|batteries|advantages|benefits|highlights/i.test(h)
  )
    return { kind: "strengths", techs: own };
  if (
    /\b(?:cons|drawbacks|downsides|weaknesses|disadvantages|limitations|trade-?offs|caveats|gotchas|considerations|concerns|pitfalls)\b/i.test(
      h,
    ) &&
    (inH.length || sectionTechs.length) === 1
  )
    return { kind: "weaknesses", techs: own };
  if (/myths?\b/i.test(h)) return { kind: "myths", techs: [] };
  // A decision record's "Rationale:", "### Positive" / "### Negative" (consequences) about the one option it chose.
  const plain = h.replace(/[*_:#]+/g, "").trim();
  if (own.length === 1 && /^(?:rationale|reasons?|justification|positive(?: consequences| outcomes)?)$/i.test(plain))
    return { kind: "strengths", techs: own };
  if (own.length === 1 && /^negative(?: consequences| outcomes)?$/i.test(plain))
    return { kind: "weaknesses", techs: own };
  return null;
}
