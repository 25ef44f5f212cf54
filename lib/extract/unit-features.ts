// Generic features of a unit (units.ts) for the learned unit classifier (unit-model.ts): what shape of
// language and document it is, never which article it came from. Technology names are masked before
// anything else is read, numbers are read only as "a number"/"a unit of this dimension", and words
// count only by lemma (the trained model keeps the lemmas that occur in at least 3 documents of at
// least 2 batches: scripts/eval-train.ts). One wink-nlp pass per unit, bounded by its length limit.
import { analysed } from "./language";
import { quantitiesIn } from "./quantities";
import type { TechResolver } from "./technologies";
import type { Unit } from "./units";

export interface UnitReading {
  /** Structural, numeric and grammatical features: the same names in every document. */
  generic: string[];
  /** Lemmas of the unit's words (names masked), for the "w:" features the vocabulary admits. */
  words: string[];
  /** Words of the enclosing heading, for the "h:" features. */
  headingWords: string[];
}

const MODALS = new Set(["can", "could", "may", "might", "should", "must", "would", "will", "shall"]);
const NEGATORS = new Set(["no", "not", "n't", "without", "never", "lack", "neither", "nor", "none"]);
const CONTENT = new Set(["NOUN", "VERB", "ADJ", "ADV", "AUX", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART", "INTJ"]);
const LEMMA = /^[a-z][a-z'-]{1,24}$/;
const MAX_TEXT = 600;

/** The text with every technology name replaced by "Tech" (so no product name becomes a feature). */
function masked(text: string, resolver: TechResolver): { text: string; techs: number; first: boolean } {
  const ms = resolver.findAll(text);
  let out = text;
  for (let i = ms.length - 1; i >= 0; i--) out = `${out.slice(0, ms[i].start)}Tech${out.slice(ms[i].end)}`;
  return {
    text: out,
    techs: new Set(resolver.find(text).map((m) => m.slug)).size,
    first: ms.length > 0 && ms[0].start <= 2,
  };
}

const lengthBucket = (words: number): string =>
  words <= 3 ? "1-3" : words <= 8 ? "4-8" : words <= 20 ? "9-20" : "21+";

function numberFeatures(text: string, out: Set<string>): void {
  const qs = quantitiesIn(text, 20);
  if (qs.length) out.add("num");
  if (qs.length > 2) out.add("nums:3+");
  for (const q of qs) if (q.dimension) out.add(`unit:${q.dimension}`);
  if (/\b(?:19|20)\d\d\b/.test(text)) out.add("year");
  if (/\bv?\d{1,4}\.\d{1,4}\b/.test(text)) out.add("version");
}

/** Grammar read from the tagged tokens: negation, modality, comparison, imperative, part-of-speech pairs. */
function grammarFeatures(tokens: ReturnType<typeof analysed>, out: Set<string>): string[] {
  const words: string[] = [];
  const content = tokens.filter((t) => t.pos !== "PUNCT" && t.pos !== "SPACE");
  content.forEach((t, i) => {
    const w = t.word.toLowerCase();
    const lemma = (t.lemma ?? t.word).toLowerCase();
    const next = content[i + 1];
    if (t.negated || NEGATORS.has(w) || NEGATORS.has(lemma)) out.add("neg");
    if (MODALS.has(w)) out.add("modal");
    if (w === "than") out.add("than");
    if ((w === "more" || w === "less") && next && (next.pos === "ADJ" || next.pos === "ADV")) out.add("cmp");
    if ((t.pos === "ADJ" || t.pos === "ADV") && w.length > 4 && w !== lemma && /er$/.test(w)) out.add("cmp");
    if ((w === "most" || w === "least") && next?.pos === "ADJ") out.add("sup");
    if (t.pos === "ADJ" && w.length > 5 && /est$/.test(w) && w !== lemma) out.add("sup");
    if (next) out.add(`p:${t.pos}_${next.pos}`);
    if (CONTENT.has(t.pos) && LEMMA.test(lemma) && lemma !== "tech") words.push(lemma);
  });
  const first = content[0];
  if (first) out.add(`p0:${first.pos}`);
  if (first && first.pos === "VERB" && first.word.toLowerCase() === (first.lemma ?? first.word).toLowerCase())
    out.add("imperative");
  out.add(`len:${lengthBucket(content.length)}`);
  return [...new Set(words)];
}

const headingCache = new Map<string, string[]>();

function headingWordsOf(heading: string, resolver: TechResolver): string[] {
  const hit = headingCache.get(heading);
  if (hit) return hit;
  const words = [
    ...new Set(
      masked(heading.slice(0, 300), resolver)
        .text.toLowerCase()
        .match(/[a-z]{2,24}/g) ?? [],
    ),
  ]
    .filter((w) => w !== "tech")
    .slice(0, 16);
  if (headingCache.size > 500) headingCache.clear();
  headingCache.set(heading, words);
  return words;
}

/** What the classifier reads of one unit. */
export function readUnit(u: Unit, resolver: TechResolver): UnitReading {
  const text = u.text.slice(0, MAX_TEXT);
  const m = masked(text, resolver);
  const out = new Set<string>([`type:${u.type}`, `techs:${Math.min(m.techs, 3)}`]);
  if (u.sectionTechs.length) out.add("section-tech");
  if (u.headerText && resolver.find(u.headerText).length)
    out.add(`header-techs:${Math.min(resolver.find(u.headerText).length, 3)}`);
  if (m.first) out.add("tech-first");
  numberFeatures(text, out);
  if (text.trimEnd().endsWith("?")) out.add("question");
  if (text.includes("!")) out.add("exclaim");
  if (/^[^:]{1,40}:/.test(text)) out.add("colon-led");
  if (/[→⇒]|->/.test(text)) out.add("arrow");
  if (/[✓✔✗✘❌✅]/u.test(text)) out.add("mark");
  if (/\p{Extended_Pictographic}/u.test(text)) out.add("emoji");
  if (/\bvs\.?(?!\w)|\bversus\b/i.test(text)) out.add("vs");
  const words = grammarFeatures(analysed(m.text), out);
  return { generic: [...out], words, headingWords: headingWordsOf(u.heading, resolver) };
}

/** The feature names a model reads: generic ones, and the words its vocabulary admits. */
export function unitFeatureNames(r: UnitReading, admits: (feature: string) => boolean): string[] {
  const named = [...r.words.map((w) => `w:${w}`), ...r.headingWords.map((w) => `h:${w}`)];
  return [...r.generic, ...named.filter(admits)];
}
