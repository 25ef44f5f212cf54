// A line that gives a technology's name, a separator, then a short description of it ("Flask -- quite
// easy", "uv: a new, extremely fast package installer", "Fiber — simple to use, like Gin"): the writer's
// verdict on that technology when the description opens with a judging adjective. Read from the parts of
// speech (wink-nlp) of the description's opening noun phrase, not from a list of phrases: only the
// determiners, adverbs and adjectives before its first noun or verb are read, so "Redis: in-memory store"
// (a kind of thing) and "Kafka: uses partitions" (a capability) say nothing here.
import { isQualityWord } from "../evaluative";
import { isJudgingWord, sentimentOf, tagged, type Token } from "../language";
import type { Mention } from "../technologies";
import { lcFirst } from "./common";

// After the name: optional markup or a bracketed note ("Rocket(Rust)"), then ":", "--", "—", "–" or " - ".
const AFTER_NAME = /^[*_`]{0,2}(?:\s?\([^()]{1,30}\))?[*_`]{0,2}\s?(?::|--|—|–|\s-)\s?/;
const MAX_DESCRIPTION = 160;
// What may open a noun phrase before its head: the words read for a judgement.
const OPENING = new Set(["DET", "ADV", "ADJ", "PUNCT", "CCONJ"]);

// The model's sentiment alone misreads descriptions (see section-opinion.ts): only clear praise counts.
const judges = (t: Token): boolean => {
  const w = t.word.toLowerCase();
  return isJudgingWord(w) || isQualityWord(w) || isQualityWord(t.lemma) || sentimentOf(w) > 0.5;
};

/** The judging word that opens the description after a line's leading name, or null. */
export function labelledJudgement(text: string, mentions: Mention[]): { mention: Mention; cue: string } | null {
  const first = mentions[0];
  if (!first || text.slice(0, first.start).replace(/^[\s*_`#>-]+/, "") !== "") return null;
  const sep = AFTER_NAME.exec(text.slice(first.end));
  if (!sep) return null;
  const description = text.slice(first.end + sep[0].length);
  if (description.length < 3 || description.length > MAX_DESCRIPTION || /\d/.test(description.slice(0, 40)))
    return null;
  // Lower-cased first: the model tags a capitalised first word ("Quite easy") as a proper noun.
  for (const t of tagged(lcFirst(description))) {
    if (!OPENING.has(t.pos)) return null;
    // "Express -- fast to make a small API": the model may read a quality as an adverb.
    const quality = t.pos === "ADV" && (isQualityWord(t.word) || isQualityWord(t.lemma));
    if ((t.pos === "ADJ" && judges(t)) || quality) return { mention: first, cue: t.word };
  }
  return null;
}
