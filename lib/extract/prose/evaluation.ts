// Evaluations in a sentence: judgement words, hedges and feelings about the technology the sentence is
// about, and verdict lines ("Winner: X").
import { slugify } from "@/lib/text/slug";
import { evaluativeIn, withoutMeasuring } from "../evaluative";
import { BLAME, isJudgingWord, sentimentOf } from "../language";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, bothOf, sentenceOf, type ProseContext } from "./common";
import { labelledJudgement } from "./labelled-judgement";

// Judgement words: a sentence with one of these about a technology it names as its subject is an evaluation.
export const EVALUATIVE =
  /\b(?:better|worse|best|worst|superior|inferior|great|excellent|amazing|awesome|terrible|awful|painful|clunky|bloated|elegant|mature|matured|robust|reliable|stable|battle[- ]tested|popular|loved|hated|critici[sz]ed|praised|overkill|overhyped|underrated|overrated|industry standard|enterprise standard|gold standard|for a (?:good )?reason|de facto|go-to|winner|(?:wins|won)\s(?:by|the|on|hands down|outright|easily|comfortably|clearly)|by a (?:wide|large|huge|long|clear|comfortable|big) margin|hands down|by far|beats|outperforms?|dominates?|lags(?: behind)?|struggles?|shines|excels|impressive|disappointing|frustrating|productive|intuitive|verbose|flexible|powerful|lightweight|heavyweight|steep learning curve|learning curve|pleasant|enjoyable|fragile|brittle|outdated|legacy|nightmare|a breeze|a joy|killer|game[- ]changer|(?:(?!other\b|rather\b)\w+er|more \w+|less \w+) than|(?:the )?(?:most|least) \w+|(?:easi|simpl|fast|slow|clean|saf|cheap)est)\b|\b(?:an?\s(?:(?:slight|small|clear|big|huge|real|distinct|decisive)\s)?(?:advantage|edge|lead)\sover|(?:way|far|well|clearly|slightly)\sahead\sof|on\spar\swith|f[ae]ll(?:s|ing)?\s(?:far\s)?behind)\b/i;
const HEDGE = /\b(?:I think|I believe|in my (?:view|opinion|experience)|IMO|IMHO|personally|to me|honestly|frankly)\b/i;
// Relative figures ("3x faster", "18x more popular") are the figure rules' business, not an opinion.
const RATIO = /\d\s?(?:x|×|times)\b|\d\s?%/i;
// Sentences about the article itself, not about a technology.
const ABOUT_THE_TEXT =
  /^(?:in this (?:article|post|guide|piece|comparison)|this (?:article|post|guide) (?:will|is|compares|covers)|we(?:'re| are) (?:measuring|comparing|going to)|the goals? of this|read our|let'?s (?:look|compare|dive)|here'?s (?:what|how))\b/i;

// A sentence whose subject is left to the context: a pronoun for the technology last named ("Its data
// layer is unmatched…"), or a comparison with its subject elided ("Faster than X, more stable than Y").
const CONTEXT_SUBJECT =
  /^(?:(?:it|its|they|their)\b(?!\s+(?:is|was)\s+(?:clear|true|worth|possible|important|likely|hard|easy)\b)|(?:(?:much|far|way|a lot)\s+)?(?:[a-z]{3,}er|more\s+[a-z]+|less\s+[a-z]+)(?:\s+[a-z]+){0,3}?\s+than\b)/i;
// A comparative whose standard is not said ("a broader ecosystem", "superior tooling"): the other compared technology.
export const COMPARATIVE =
  /\b(?:better|worse|superior|inferior|faster|slower|simpler|easier|harder|broader|richer|smaller|larger|bigger|lighter|heavier|cheaper|safer|stronger|weaker|cleaner|newer|older|more\s+\w+|less\s+\w+|fewer)\b/i;

// "Winner: X", "The clear winner is X", "Verdict — X": the author's verdict, said before the name.
const VERDICT_BEFORE =
  /^(?:the\s)?(?:(?:overall|clear|outright|obvious|our|my)\s)?(?:winner|verdict)\s?(?:[:—–-]|is)\s?$/i;
// "I love …", "we really enjoyed …": the writer's own feeling about what the sentence names.
const FEELING =
  /\b(?:I|we)\s(?:(?:really|absolutely|just|still|genuinely)\s)?(?:love|loved|hate|hated|like|liked|enjoy|enjoyed|adore|dislike|disliked|can't stand|cannot stand|miss)\b/i;

/** The verdict a line gives ("Winner: PostgreSQL, by a wide margin"): an opinion for the technology it names. */
function verdict(s: Span, mentions: Mention[], emit: Emit): boolean {
  const first = mentions[0];
  if (!first || !VERDICT_BEFORE.test(s.text.slice(0, first.start))) return false;
  emit({ ...base("opinion", [first.slug], sentenceOf(s.text), "verdict"), conditions: { stance: "supports" } }, s);
  return true;
}

// Where one clause of a sentence ends and the next begins: what one clause judges is not said of the other's subject.
const CLAUSE_BREAK =
  /;|:\s|\s[-–—]\s|,\s(?:but|while|whereas|although|though|and)\s|\s(?:but|whereas|although|though)\s/gi;

/** The clause of `text` that holds the offset `at`, with where it starts. */
function clauseAt(text: string, at: number): { text: string; from: number } {
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index >= at) return { text: text.slice(from, m.index), from };
    from = m.index + m[0].length;
  }
  return { text: text.slice(from), from };
}

// The technology inside a prepositional phrase ("the internals of Dask", "from pandas to Dask") is not
// what the clause judges; nor is anything in a clause whose subject is the writer or the reader.
const IN_PHRASE =
  /\b(?:of|to|with|from|for|by|in|on|into|onto|than|about|over|like|using|via|at|against|behind|across|within|without|beyond)\s(?:(?:the|a|an|its|their|your|our)\s)?$/i;
const PERSON_SUBJECT = /^(?:(?:and|but|so|or|then|now|also|still|here|there),?\s)?(?:I|we|you|see|let's|let|my|our)\b/i;
// "Where X wins", "When X struggles": a clause that opens on a wh-word is a title or a condition, not a statement.
const WH_OPENING = /^(?:where|when|why|how|what|which|whether|if)\b/i;
// "the most popular proxies are Envoy, HAProxy and NGINX": a superlative or comparative said of the name after a linking verb.
const SUBORDINATE =
  /,?\s(?:when|because|which|that|if|since|until|unless|where|who|so that|making|indicating|meaning|as long as)\s/i;
const LINKED = /\s(?:is|are|was|were|remains?|remained)\s/i;

/**
 * Failing a judgement word, an evaluative construction (evaluative.ts) in the clause that names the
 * technology as its subject (before the judgement, outside a prepositional phrase), or in the whole
 * sentence when the context gives its subject.
 */
function constructionCue(text: string, subject: Mention | undefined, fromContext: string[] | null): [string] | null {
  if (fromContext) {
    const found = evaluativeIn(text);
    return found && !PERSON_SUBJECT.test(text.trim()) ? [found.cue] : null;
  }
  if (!subject) return null;
  const clause = clauseAt(text, subject.start);
  const before = text.slice(clause.from, subject.start);
  if (PERSON_SUBJECT.test(clause.text.trim()) || WH_OPENING.test(clause.text.trim()) || IN_PHRASE.test(before))
    return null;
  // Only the main clause: "… does two things to help when the partitions get too small" judges the partitions.
  const sub = SUBORDINATE.exec(clause.text.slice(subject.end - clause.from));
  const found = evaluativeIn(sub ? clause.text.slice(0, subject.end - clause.from + sub.index) : clause.text);
  if (!found) return null;
  const cueAt = clause.from + found.at;
  const ranked =
    (found.shape === "superlative" || found.shape === "comparative") &&
    cueAt < subject.start &&
    LINKED.test(text.slice(cueAt, subject.start));
  return cueAt > subject.start || ranked ? [found.cue] : null;
}

// "Most people find pandas hard to learn", "Many consider Jest slow": a verb of judging, its object, then
// the quality it is judged to have.
const JUDGE_VERB = /\b(?:find|finds|found|consider|considers|considered|deem|deems|deemed)\s$/i;
// "found asdf to be particularly rigid", "consider X to be a faster Y": the infinitive and an article may come between.
const JUDGED_AS =
  /^\s(?:to\sbe\s)?(?:an?\s)?(?:(?:very|really|quite|too|so|pretty|rather|fairly|much|particularly|extremely|surprisingly|incredibly)\s)?([a-z-]{3,20})\b/i;
const EASE = /^(?:hard|easy|difficult|simple|confusing|intuitive|slow|fast|clunky|awkward|painful|verbose|pleasant)$/i;

function judgedAs(text: string, mentions: Mention[]): { m: Mention; cue: string } | null {
  for (const m of mentions.slice(0, 3)) {
    if (!JUDGE_VERB.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    const q = JUDGED_AS.exec(text.slice(m.end, m.end + 40));
    if (q && (EASE.test(q[1]) || isJudgingWord(q[1]) || sentimentOf(q[1]) !== 0)) return { m, cue: q[1] };
  }
  return null;
}

// "hit bugs and limitations of Jest", "my frustration with Celery", "our love for Elixir": the writer's experience
// of a technology named right after it, negative or positive by the noun.
const EXPERIENCE_OF =
  /\b(frustrations?|disappointments?|annoyances?|struggles?|problems?|bugs?|limitations?|shortcomings?|drawbacks?|quirks?|pitfalls?|headaches?|gripes?|complaints?|love|fondness|satisfaction|enthusiasm)\s(?:(?:and|or)\s[a-z]{3,15}\s)?(?:with|of|in|about|for)\s(?:the\s)?$/i;
const FONDNESS = /^(?:love|fondness|satisfaction|enthusiasm)$/i;

// "I've used Celery for years and my frustration with it …": the pronoun is the one technology the sentence names.
const EXPERIENCE_OF_IT = new RegExp(`${EXPERIENCE_OF.source.slice(0, -1)}(?:it|them)\\b`, "i");

function experienceOf(text: string, mentions: Mention[]): { m: Mention; cue: string } | null {
  for (const m of mentions.slice(0, 3)) {
    const e = EXPERIENCE_OF.exec(text.slice(Math.max(0, m.start - 45), m.start));
    if (e) return { m, cue: e[1] };
  }
  const it = new Set(mentions.map((m) => m.slug)).size === 1 ? EXPERIENCE_OF_IT.exec(text) : null;
  return it && it.index > mentions[0].end ? { m: mentions[0], cue: it[1] } : null;
}

/** `judged`: an evaluative word the capability rule found in a predicate it left as a judgement. */
export function evaluation(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit, judged?: string): boolean {
  const text = s.text;
  if (RATIO.test(text) || ABOUT_THE_TEXT.test(text)) return false;
  if (verdict(s, mentions, emit)) return true;
  const labelled = labelledJudgement(text, mentions);
  if (labelled) {
    const negative = sentimentOf(text) < -0.1;
    emit(
      {
        ...base("opinion", [labelled.mention.slug], sentenceOf(text), slugify(labelled.cue, 40)),
        conditions: { stance: negative ? "contradicts" : "supports" },
        stance: negative ? "CONTRADICTS" : "SUPPORTS",
      },
      s,
    );
    return true;
  }
  const experienced = experienceOf(text, mentions);
  const asJudged = judgedAs(text, mentions) ?? experienced;
  if (asJudged) {
    const negative =
      asJudged === experienced ? !FONDNESS.test(asJudged.cue) : sentimentOf(text) < -0.1 || BLAME.test(asJudged.cue);
    emit(
      {
        ...base("opinion", [asJudged.m.slug], sentenceOf(text), slugify(asJudged.cue, 40)),
        conditions: { stance: negative ? "contradicts" : "supports" },
        stance: negative ? "CONTRADICTS" : "SUPPORTS",
      },
      s,
    );
    return true;
  }
  // The technology is what the sentence is about: named near its start, before the judgement, or given by the context.
  const fromContext =
    (!mentions.length || mentions[0].start > 0) && CONTEXT_SUBJECT.test(text) && ctx.subject.length
      ? ctx.subject.slice(0, 1)
      : bothOf(text, mentions, ctx);
  const subject = mentions[0];
  // Failing a judgement word, the writer's own feeling ("I love …") is one. (wink-nlp's sentiment alone is
  // not: measured on batches 1–3 it read descriptions such as "supports …" or "a solid foundation" as judgements.)
  const judgedCue = judged ? [judged] : null;
  const judging = withoutMeasuring(text);
  const cue = fromContext
    ? (EVALUATIVE.exec(judging) ?? HEDGE.exec(text) ?? FEELING.exec(text) ?? judgedCue)
    : subject && subject.start <= 60
      ? (EVALUATIVE.exec(judging.slice(subject.end)) ?? HEDGE.exec(text) ?? FEELING.exec(text) ?? judgedCue)
      : null;
  const said = cue ?? constructionCue(text, subject, fromContext);
  if (!said) return false;
  let techs = [...new Set([...(fromContext ?? []), ...mentions.map((m) => m.slug)])].slice(0, 3);
  const compared = ctx.compared ?? [];
  // "TimescaleDB has a broader ecosystem": broader than what the article compares it with.
  if (techs.length === 1 && compared.length === 2 && compared.includes(techs[0]) && COMPARATIVE.test(text))
    techs = [techs[0], ...compared.filter((t) => t !== techs[0])];
  // A blaming cue the sentiment lexicon does not know ("impenetrable") still says the stance.
  const negative = sentimentOf(text) < -0.1 || BLAME.test(said[0]);
  emit(
    {
      ...base("opinion", techs, namedStatement(text, fromContext, ctx), slugify(said[0], 40)),
      conditions: { stance: negative ? "contradicts" : "supports" },
      stance: negative ? "CONTRADICTS" : "SUPPORTS",
    },
    s,
  );
  return true;
}

/** "It is simpler than X" about the section's technology: the statement names it ("Resque is simpler than X"). */
function namedStatement(text: string, fromContext: string[] | null, ctx: ProseContext): string {
  const pronoun = /^(?:it|this)\s+(?=is|was|has|does|can|will|feels|seems)/i.exec(text);
  return fromContext?.length === 1 && pronoun
    ? sentenceOf(`${ctx.resolver.nameOf(fromContext[0])} ${text.slice(pronoun[0].length)}`)
    : sentenceOf(text);
}
