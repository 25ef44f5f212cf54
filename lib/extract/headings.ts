// A heading opens a section: it sets what the section is about (the one technology it names, else the
// enclosing section's) and how the list under it reads (use-when, good fit, strengths, weaknesses,
// myths, advice against).
import { mythHeading } from "./myths";
import type { Span } from "./sentences";
import type { ListMode, WalkState } from "./walk-state";

// "When NOT to use Django", "Avoid Next.js for": what follows is advice against the technology.
export const AGAINST = /\bwhen not to (?:use|pick|choose)\b|\bavoid\b|\bdon'?t (?:use|pick)\b|\bnot (?:a good fit|for)\b/i;

/** Reads a heading line ("## Why Redis") into the walk's state; false when the line is no heading. */
export function readHeading(state: WalkState, t: string, span: Span): boolean {
  const heading = /^(#{1,6}) (.*)$/.exec(t);
  if (!heading) return false;
  state.leadIn = "";
  state.parent = null;
  const h = heading[2];
  state.headingText = h;
  const inH = state.resolver.slugsIn(h);
  state.headingTechs = inH;
  mythHeading(state.out, h, inH, span);
  openSection(state, heading[1].length, inH);
  state.list = listUnder(h, inH, state.sectionTechs);
  return true;
}

/**
 * A section is about the one technology its heading names; a heading that names none keeps the
 * enclosing section's ("## Hugo" / "### Templates"), one that names several is about no single one.
 */
function openSection(state: WalkState, depth: number, inH: string[]): void {
  if (depth === 1) state.docTechs = inH.length === 1 ? inH : [];
  const { headings } = state;
  while (headings.length && headings[headings.length - 1].depth >= depth) headings.pop();
  const enclosing = headings.length ? headings[headings.length - 1].techs : depth <= 2 ? state.docTechs : state.sectionTechs;
  state.sectionTechs = inH.length === 1 ? inH : inH.length ? [] : depth === 1 ? state.docTechs : enclosing;
  headings.push({ depth, techs: state.sectionTechs });
}

/** How the list under a heading reads, from what the heading says. */
function listUnder(h: string, inH: string[], sectionTechs: string[]): ListMode {
  const useWhen = /^(?:pick|use|choose|when to (?:choose|pick|use)) (.+?)(?: when| if)?:?$/i.exec(h);
  // "Why should I use ripgrep?", "Why Redis": what follows are its reasons, that is its strengths.
  const why = /^why\b/i.test(h);
  const own = inH.length ? inH : sectionTechs;
  if (AGAINST.test(h) && inH.length) return { kind: "avoid", techs: inH };
  if (useWhen && inH.length) return { kind: "use-when", techs: inH };
  if (/use cases|good fit|best for|when to use/i.test(h)) return { kind: "good-fit", techs: own };
  if ((why && (inH.length || sectionTechs.length)) || /strengths|features|pros\b|what you get|batteries/i.test(h)) return { kind: "strengths", techs: own };
  if (/\b(?:cons|drawbacks|downsides|weaknesses|disadvantages|limitations)\b/i.test(h) && (inH.length || sectionTechs.length) === 1) return { kind: "weaknesses", techs: own };
  if (/myths?\b/i.test(h)) return { kind: "myths", techs: [] };
  return null;
}
