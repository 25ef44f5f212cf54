// Statements the author calls myths: quoted in a list or a paragraph, or stated by a "Myth N:" heading.
// Each is an opinion the author contradicts, about the technologies it names.
import { clean, type ClaimWriter } from "./claim-writer";
import { applySentenceRules } from "./rules";
import { sentences, type Span } from "./sentences";

/** "## Myth 3: Django is slow": the heading states a claim the section refutes. */
export function mythHeading(out: ClaimWriter, heading: string, techs: string[], span: Span): void {
  const m = /^myth(?:\s?#?\d{1,2})?\s?[:—–-]\s*["“]?([^"”]{5,200}?)["”]?$/i.exec(heading);
  if (m && techs.length) out.myth(`${clean(m[1])}.`, techs, span);
}

/** A quoted claim called a myth; what follows the quote is read as the author's own sentences. */
export function quotedMyth(out: ClaimWriter, text: string, start: number, fallback: string[]): boolean {
  const m = /^(?:myth(?: #?\d+)?\s*(?::\s*)?)?(["“])([^"”]{5,200})["”]/i.exec(text);
  if (!m) return false;
  const techs = out.resolver.slugsIn(m[2]);
  if (!techs.length) return false;
  const quoteEnd = m.index + m[0].length;
  out.myth(clean(m[2]) + ".", techs, { text: m[0], start: start + m[0].indexOf(m[1]), end: start + quoteEnd });
  for (const s of sentences({ text: text.slice(quoteEnd), start: start + quoteEnd, end: start + text.length }))
    applySentenceRules(
      s,
      { resolver: out.resolver, subject: techs.length ? techs : fallback, leadIn: "", allowFeatures: false },
      out.emit,
    );
  return true;
}
