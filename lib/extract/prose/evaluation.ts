// Evaluations in a sentence: judgement words, hedges and feelings about the technology the sentence is
// about, and verdict lines ("Winner: X").
import { slugify } from "@/lib/text/slug";
import { sentimentOf } from "../language";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, bothOf, sentenceOf, type ProseContext } from "./common";

// Judgement words: a sentence with one of these about a technology it names as its subject is an evaluation.
export const EVALUATIVE = /\b(?:better|worse|best|worst|superior|inferior|great|excellent|amazing|awesome|terrible|awful|painful|clunky|bloated|elegant|mature|matured|robust|reliable|stable|battle[- ]tested|popular|loved|hated|critici[sz]ed|praised|overkill|overhyped|underrated|overrated|industry standard|enterprise standard|gold standard|for a (?:good )?reason|de facto|go-to|winner|(?:wins|won)\s(?:by|the|on|hands down|outright|easily|comfortably|clearly)|by a (?:wide|large|huge|long|clear|comfortable|big) margin|hands down|by far|beats|outperforms?|dominates?|lags(?: behind)?|struggles?|shines|excels|impressive|disappointing|frustrating|productive|intuitive|verbose|flexible|powerful|lightweight|heavyweight|steep learning curve|learning curve|pleasant|enjoyable|fragile|brittle|outdated|legacy|nightmare|a breeze|a joy|killer|game[- ]changer|(?:(?!other\b|rather\b)\w+er|more \w+|less \w+) than|(?:the )?(?:most|least) \w+|(?:easi|simpl|fast|slow|clean|saf|cheap)est)\b/i;
const HEDGE = /\b(?:I think|I believe|in my (?:view|opinion|experience)|IMO|IMHO|personally|to me|honestly|frankly)\b/i;
// Relative figures ("3x faster", "18x more popular") are the figure rules' business, not an opinion.
const RATIO = /\d\s?(?:x|×|times)\b|\d\s?%/i;
// Sentences about the article itself, not about a technology.
const ABOUT_THE_TEXT = /^(?:in this (?:article|post|guide|piece|comparison)|this (?:article|post|guide) (?:will|is|compares|covers)|we(?:'re| are) (?:measuring|comparing|going to)|the goals? of this|read our|let'?s (?:look|compare|dive)|here'?s (?:what|how))\b/i;

// A sentence whose subject is left to the context: a pronoun for the technology last named ("Its data
// layer is unmatched…"), or a comparison with its subject elided ("Faster than X, more stable than Y").
const CONTEXT_SUBJECT = /^(?:(?:it|its|they|their)\b(?!\s+(?:is|was)\s+(?:clear|true|worth|possible|important|likely|hard|easy)\b)|(?:(?:much|far|way|a lot)\s+)?(?:[a-z]{3,}er|more\s+[a-z]+|less\s+[a-z]+)(?:\s+[a-z]+){0,3}?\s+than\b)/i;
// A comparative whose standard is not said ("a broader ecosystem", "superior tooling"): the other compared technology.
export const COMPARATIVE = /\b(?:better|worse|superior|inferior|faster|slower|simpler|easier|harder|broader|richer|smaller|larger|bigger|lighter|heavier|cheaper|safer|stronger|weaker|cleaner|newer|older|more\s+\w+|less\s+\w+|fewer)\b/i;

// "Winner: X", "The clear winner is X", "Verdict — X": the author's verdict, said before the name.
const VERDICT_BEFORE = /^(?:the\s)?(?:(?:overall|clear|outright|obvious|our|my)\s)?(?:winner|verdict)\s?(?:[:—–-]|is)\s?$/i;
// "I love …", "we really enjoyed …": the writer's own feeling about what the sentence names.
const FEELING = /\b(?:I|we)\s(?:(?:really|absolutely|just|still|genuinely)\s)?(?:love|loved|hate|hated|like|liked|enjoy|enjoyed|adore|dislike|disliked|can't stand|cannot stand|miss)\b/i;

/** The verdict a line gives ("Winner: PostgreSQL, by a wide margin"): an opinion for the technology it names. */
function verdict(s: Span, mentions: Mention[], emit: Emit): boolean {
  const first = mentions[0];
  if (!first || !VERDICT_BEFORE.test(s.text.slice(0, first.start))) return false;
  emit({ ...base("opinion", [first.slug], sentenceOf(s.text), "verdict"), conditions: { stance: "supports" } }, s);
  return true;
}

/** `judged`: an evaluative word the capability rule found in a predicate it left as a judgement. */
export function evaluation(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit, judged?: string): boolean {
  const text = s.text;
  if (RATIO.test(text) || ABOUT_THE_TEXT.test(text)) return false;
  if (verdict(s, mentions, emit)) return true;
  // The technology is what the sentence is about: named near its start, before the judgement, or given by the context.
  const fromContext = (!mentions.length || mentions[0].start > 0) && CONTEXT_SUBJECT.test(text) && ctx.subject.length ? ctx.subject.slice(0, 1) : bothOf(text, mentions, ctx);
  const subject = mentions[0];
  // Failing a judgement word, the writer's own feeling ("I love …") is one. (wink-nlp's sentiment alone is
  // not: measured on batches 1–3 it read descriptions such as "supports …" or "a solid foundation" as judgements.)
  const judgedCue = judged ? [judged] : null;
  const cue = fromContext ? EVALUATIVE.exec(text) ?? HEDGE.exec(text) ?? FEELING.exec(text) ?? judgedCue : subject && subject.start <= 60 ? EVALUATIVE.exec(text.slice(subject.end)) ?? HEDGE.exec(text) ?? FEELING.exec(text) ?? judgedCue : null;
  if (!cue) return false;
  let techs = [...new Set([...(fromContext ?? []), ...mentions.map((m) => m.slug)])].slice(0, 3);
  const compared = ctx.compared ?? [];
  // "TimescaleDB has a broader ecosystem": broader than what the article compares it with.
  if (techs.length === 1 && compared.length === 2 && compared.includes(techs[0]) && COMPARATIVE.test(text)) techs = [techs[0], ...compared.filter((t) => t !== techs[0])];
  const negative = sentimentOf(text) < -0.1;
  emit({ ...base("opinion", techs, sentenceOf(text), slugify(cue[0], 40)), conditions: { stance: negative ? "contradicts" : "supports" }, stance: negative ? "CONTRADICTS" : "SUPPORTS" }, s);
  return true;
}
