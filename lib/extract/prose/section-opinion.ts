// Judgements that name no technology, under a heading that names exactly one: "The most complete option.",
// "Sensible defaults and painless upgrades.", "Configuration can become painful at scale." The section is
// about that technology, so what the sentence judges is a part or a property of it. Read from the
// sentence's grammar (wink-nlp parts of speech): an evaluative construction (evaluative.ts), or, in a
// fragment with no verb, an evaluative adjective on its nouns. A sentence whose subject is the writer or
// the reader, an instruction, a question or a figure is no judgement of the technology.
import { slugify } from "@/lib/text/slug";
import { evaluativeIn, isQualityWord } from "../evaluative";
import { BLAME, isJudgingWord, sentimentOf, tagged } from "../language";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, lcFirst, sentenceOf, type ProseContext } from "./common";

const PERSON_OR_PAGE =
  /^(?:(?:and|but|so|or|then|now|also|still|here|there),?\s)?(?:I|I'm|I've|we|we're|we've|you|you're|you'll|your|my|our|let's|let|see|this (?:article|post|guide|section|page|table|chart|benchmark)|the (?:article|post|table|chart|benchmark|test|results?)|in this)\b/i;
// Figures are the figure rules' business; a line ending in a colon introduces what follows.
const NOT_JUDGED = /\d\s?(?:x|×|%|ms|s|MB|GB|req)\b|:\s*$/i;
const RELATIVE = /^(?:that|which|who|whose|where|when|because|while|if)$/i;
const MAX_LENGTH = 200;

/** The one technology the nearest heading names, when the sentence's section is about it alone. */
function sectionTechnology(ctx: ProseContext): string | null {
  if (ctx.subject.length !== 1 || !ctx.heading) return null;
  const named = [...new Set(ctx.resolver.find(ctx.heading).map((m) => m.slug))];
  return named.length === 1 && named[0] === ctx.subject[0] ? named[0] : null;
}

// The model's sentiment lexicon alone misreads descriptions ("static" and "default" are negative to it, an
// adverb such as "specifically" scores 0.5): only clear praise from it counts, beside the closed lists.
const judges = (w: string): boolean => isJudgingWord(w) || isQualityWord(w) || sentimentOf(w) > 0.5;

/** "Sensible defaults and painless upgrades": a verbless fragment whose adjectives judge its nouns. */
function fragmentCue(text: string): string | null {
  // Lower-cased first: the model tags a capitalised first word ("Sensible defaults") as a proper noun.
  const tokens = tagged(lcFirst(text));
  let cue: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.word.toLowerCase();
    // What a relative clause says ("… that is easy to run") belongs to the noun before it: the fragment ends there.
    if (RELATIVE.test(w)) break;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON") return null;
    // "ridiculously slow cold start": the model tags an adjective after an adverb as one now and then.
    const adjective = t.pos === "ADJ" || (t.pos === "ADV" && isQualityWord(w) && tokens[i + 1]?.pos === "ADJ");
    if (cue || !adjective) continue;
    // "the most complete option": a superlative ranks whatever it grades.
    if (/^(?:most|least)$/.test(w) && tokens.slice(i + 1, i + 4).some((x) => x.pos === "ADJ")) cue = w;
    else if (judges(w) || /[a-z]{3}est$/.test(w)) cue = t.word;
  }
  return cue;
}

// What may stand before the judgement of a full sentence: a plain noun phrase and a modal ("Its default
// configuration can become …"), no demonstrative ("This distinction is …" is about the text), no clause.
const SUBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PUNCT", "AUX", "ADV", "NUM"]);
const DEMONSTRATIVE = /^(?:this|that|these|those|it|there|here)$/i;

/** "Configuration can become painful at scale": a noun phrase, then how it fares (a linking verb and a quality). */
function sentenceCue(text: string): string | null {
  const found = evaluativeIn(text);
  if (!found || found.shape !== "linking") return null;
  const predicate = found.cue.split(" ").pop()?.toLowerCase() ?? "";
  if (!judges(predicate)) return null;
  const subject = tagged(lcFirst(text.slice(0, found.at)));
  const ok =
    subject.some((t) => t.pos === "NOUN") &&
    !DEMONSTRATIVE.test(subject[0]?.word ?? "") &&
    subject.every((t) => SUBJECT_POS.has(t.pos) && !RELATIVE.test(t.word) && !DEMONSTRATIVE.test(t.word));
  return ok ? found.cue : null;
}

// "is ridiculously slow on cold start", "feels sluggish": a pros/cons item that leaves its subject out.
const SUBJECTLESS_LINKING =
  /^(?:is|was|are|feels|felt|seems|seemed|looks|gets|got|becomes|became|can (?:be|get|feel))\s/i;

/** "is ridiculously slow on cold start": the judgement of an item whose subject is the section's technology. */
function subjectlessCue(text: string): string | null {
  if (!SUBJECTLESS_LINKING.test(text)) return null;
  const said = `It ${lcFirst(text)}`;
  const found = evaluativeIn(said);
  if (!found || found.shape === "contest") return null;
  // "is painfully slow": the quality may stand just after the cue's adverb.
  const near = said.slice(found.at).split(/\s+/).slice(0, 4);
  return near.some((w) => judges(w.toLowerCase().replace(/[^a-z-]/g, ""))) ? found.cue : null;
}

/** An opinion about the section's technology from a sentence that names none. Returns whether one was emitted. */
export function sectionOpinion(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  if (mentions.length || text.length > MAX_LENGTH || NOT_JUDGED.test(text) || PERSON_OR_PAGE.test(text.trim()))
    return false;
  const tech = sectionTechnology(ctx);
  if (!tech) return false;
  const subjectless = subjectlessCue(text);
  const cue = subjectless ?? sentenceCue(text) ?? fragmentCue(text);
  if (!cue) return false;
  // "is ridiculously slow on cold start" is written with its subject: "Jest is ridiculously slow on cold start."
  const statement = subjectless ? sentenceOf(`${ctx.resolver.nameOf(tech)} ${lcFirst(text)}`) : sentenceOf(text);
  // "Ridiculously slow cold start": blame the lexicon scores neutral is still against the technology.
  const negative = sentimentOf(text) < -0.1 || text.split(/[^A-Za-z-]+/).some((w) => BLAME.test(w));
  emit(
    {
      ...base("opinion", [tech], statement, slugify(cue, 40)),
      conditions: { stance: negative ? "contradicts" : "supports" },
      stance: negative ? "CONTRADICTS" : "SUPPORTS",
    },
    s,
  );
  return true;
}
