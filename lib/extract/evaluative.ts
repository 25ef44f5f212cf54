// Evaluative constructions, read from a clause's grammar (wink-nlp's parts of speech and lemmas) rather
// than from a list of phrases: what makes "uv significantly outperformed the others", "the three most
// popular L7 proxies are …", "Spring Boot is usually lighter with Undertow" or "ripgrep stays fast"
// judgements. Five shapes, each a closed grammatical class of English, none taken from one article:
//   1. a degree adverb on a quality ("extremely fast", "dramatically reducing", "much more stable");
//   2. a superlative ("most popular", "fastest");
//   3. a comparative ("lighter", "more mature"), the standard said or left to the context;
//   4. a verb of winning or losing a comparison, in any inflection (outperform, beat, lag, struggle …);
//   5. a linking verb with an evaluative adjective ("is painful", "stays fast", "feels clunky").
// Pure; one model pass per clause, bounded by the clause length limit of language.ts.
import { isEvaluativeWord, tagged, type Token } from "./language";

export interface EvaluativeCue {
  /** The words that judge ("significantly outperformed", "most popular"). */
  cue: string;
  /** Which of the five shapes it is. */
  shape: "degree" | "superlative" | "comparative" | "contest" | "linking";
  /** Where the cue starts in the clause. */
  at: number;
}

// Degree adverbs (a closed class): they grade a quality, so what they modify is said to be more or less of it.
const DEGREE = new Set(
  (
    "very extremely significantly dramatically vastly considerably substantially remarkably incredibly noticeably " +
    "drastically massively hugely blazingly insanely ridiculously exceptionally notably markedly far way much truly surprisingly " +
    "painfully refreshingly super too overly unbelievably amazingly astonishingly wildly"
  ).split(" "),
);
// Verbs whose meaning is the outcome of a comparison or a struggle (by lemma, so every inflection counts).
const CONTEST = new Set(
  (
    "outperform outpace outrun outshine outclass beat surpass dominate lag trail struggle excel shine win crush " +
    "destroy thrive choke falter impress disappoint frustrate"
  ).split(" "),
);
// Verbs that link a subject to what it is said to be.
const LINKING = new Set(["be", "stay", "remain", "seem", "feel", "look", "sound", "become", "prove", "get"]);
// Qualities every comparison of software grades, which the sentiment lexicon leaves neutral.
const QUALITY =
  /^(?:fast|slow|quick|snappy|sluggish|easy|hard|difficult|simple|complex|complicated|heavy|light|lean|bloated|cheap|expensive|costly|stable|unstable|safe|unsafe|reliable|predictable|mature|immature|clunky|verbose|concise|painless|seamless|smooth|limited|minimal|straightforward|familiar|opinionated|cumbersome|tedious|convenient|efficient|inefficient|responsive|scalable|lightweight|heavyweight|resilient|fragile|brittle|buggy|slick|polished|rough|awkward|confusing|intuitive|unmatched|decisive|worth)$/i;
// Words that look comparative or superlative but place in time or order, not in quality.
const NOT_GRADED =
  /^(?:later|earlier|newer|older|former|latter|other|further|farther|latest|earliest|last|first|next|same|own|inner|outer|upper|lower|under|over|after|ever|never|either|neither|whether|rather|together|number|user|server|order|layer|per)$/i;

/** True for a quality every comparison of software grades ("fast", "painless", "lightweight"). */
export const isQualityWord = (word: string): boolean => QUALITY.test(word);

const graded = (t: Token | undefined): boolean =>
  Boolean(t) && (t!.pos === "ADJ" || t!.pos === "ADV") && !NOT_GRADED.test(t!.word);
const quality = (t: Token | undefined): boolean =>
  graded(t) && (QUALITY.test(t!.lemma) || QUALITY.test(t!.word) || isEvaluativeWord(t!.word.toLowerCase()));

type Found = Omit<EvaluativeCue, "at">;

function degree(tokens: Token[], i: number): Found | null {
  const t = tokens[i];
  if (t.pos !== "ADV" || !DEGREE.has(t.word.toLowerCase())) return null;
  // "much more popular", "far less mature": a degree word on a comparative is read as the comparative.
  let j = i + 1;
  if (/^(?:more|less)$/i.test(tokens[j]?.word ?? "")) j++;
  const next = tokens[j];
  if (!next || NOT_GRADED.test(next.word)) return null;
  // "significantly outperformed", "dramatically reducing": a graded verb of change or contest.
  const verb = next.pos === "VERB" && (/(?:ed|ing)$/i.test(next.word) || CONTEST.has(next.lemma.toLowerCase()));
  return verb || graded(next)
    ? {
        cue: tokens
          .slice(i, j + 1)
          .map((x) => x.word)
          .join(" "),
        shape: "degree",
      }
    : null;
}

function compared(tokens: Token[], i: number): Found | null {
  const t = tokens[i];
  const w = t.word.toLowerCase();
  if (/^(?:most|least)$/.test(w) && graded(tokens[i + 1]))
    return { cue: `${t.word} ${tokens[i + 1].word}`, shape: "superlative" };
  if (/^(?:more|less)$/.test(w) && quality(tokens[i + 1]))
    return { cue: `${t.word} ${tokens[i + 1].word}`, shape: "comparative" };
  // "clunkier than": a word in -er before "than" compares, whatever the model made of it.
  if (/[a-z]{2}er$/.test(w) && !NOT_GRADED.test(w) && tokens[i + 1]?.word.toLowerCase() === "than")
    return { cue: `${t.word} than`, shape: "comparative" };
  if (!graded(t) || t.lemma.toLowerCase() === w) return null;
  // An inflected adjective whose lemma is its stem: "fastest" -> fast, "lighter" -> light.
  if (/est$/.test(w)) return { cue: t.word, shape: "superlative" };
  if (/er$/.test(w) && (quality({ ...t, word: t.lemma }) || tokens[i + 1]?.word.toLowerCase() === "than"))
    return { cue: t.word, shape: "comparative" };
  return null;
}

function linking(tokens: Token[], i: number): Found | null {
  const t = tokens[i];
  if (!(t.pos === "AUX" || t.pos === "VERB") || !LINKING.has(t.lemma.toLowerCase())) return null;
  let j = i + 1;
  // "are both flexible and easy", "is still fast": adverbs and a distributive word may stand before the quality.
  while (
    tokens[j] &&
    (tokens[j].pos === "ADV" || /^(?:both|all|each)$/i.test(tokens[j].word)) &&
    !quality(tokens[j]) &&
    j < i + 4
  )
    j++;
  if (/^(?:not|n't)$/i.test(tokens[j - 1]?.word ?? "") && !quality(tokens[j])) return null;
  const predicate = tokens[j];
  // "is fast", "stays fast", "feels clunky": the adjective (or an adverb read as one) is the whole predicate.
  if (!quality(predicate) || (tokens[j + 1] && tokens[j + 1].pos === "NOUN")) return null;
  return {
    cue: tokens
      .slice(i, j + 1)
      .map((x) => x.word)
      .join(" "),
    shape: "linking",
  };
}

/** "(And then) dive into …", "See my post …": a clause that opens on a bare verb tells the reader what to do. */
function imperative(tokens: Token[]): boolean {
  const first = tokens.find((t) => t.pos !== "CCONJ" && t.pos !== "ADV" && t.pos !== "PUNCT");
  return Boolean(first) && first!.pos === "VERB" && first!.word.toLowerCase() === first!.lemma.toLowerCase();
}

// Every shape needs one of these words (a degree adverb, most/least/more/less, a linking verb, a contest
// verb's stem) or a word in -er/-est: a clause with none is not given to the model (cost, not meaning).
const MAY_JUDGE = new RegExp(
  String.raw`\b(?:${[...DEGREE].join("|")}|most|least|more|less|is|are|was|were|be|been|stays?|stayed|remains?|remained|seems?|seemed|feels?|felt|looks?|looked|sounds?|becomes?|became|proves?|proved|gets?|got|outperform|outpac|outrun|outran|outshin|outclass|beat|surpass|dominat|lag|trail|struggl|excel|shin|win|won|crush|destroy|thriv|chok|falter|impress|disappoint|frustrat)|[a-z]{2}(?:er|est)\b`,
  "i",
);

// "taking the best of three runs", "the fastest of 5 iterations": how a figure was measured, no judgement.
const BEST_OF_RUNS =
  /\b(?:best|fastest|slowest|worst|lowest|highest)\s(?:of|out\sof)\s(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s(?:runs?|attempts?|tries|trials|iterations|executions|samples|measurements)\b/gi;

/** The text with how its figures were measured ("the best of three runs") blanked out, offsets kept. */
export const withoutMeasuring = (text: string): string => text.replace(BEST_OF_RUNS, (m) => " ".repeat(m.length));

/** The first evaluative construction in the clause, or null when it only describes (or is an instruction). */
export function evaluativeIn(given: string): EvaluativeCue | null {
  const clause = withoutMeasuring(given);
  if (!MAY_JUDGE.test(clause)) return null;
  const tokens = tagged(clause);
  if (imperative(tokens)) return null;
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const at = clause.indexOf(t.word, from);
    if (at >= 0) from = at + t.word.length;
    const found =
      t.pos === "VERB" && CONTEST.has(t.lemma.toLowerCase())
        ? { cue: t.word, shape: "contest" as const }
        : (degree(tokens, i) ?? compared(tokens, i) ?? linking(tokens, i));
    if (found) return { ...found, at: Math.max(0, at) };
  }
  return null;
}
