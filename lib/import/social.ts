// Social post: one paragraph with emoji section markers, "→" bullets and "question? → answer" pairs,
// hashtags at the end. What follows (reactions, reader comments) is not the author's and is kept apart.
import { firstSentence, trailingHashtags, uniqueTags } from "./common";
import { emptyDocument, type ParsedDocument, type ReaderComment } from "./document";

/* eslint-disable no-misleading-character-class -- joiners and variation selectors are matched on their own, on purpose */
const REACTION =
  /^(like|likes|insightful|love( this)?|celebrate|support|funny|curious|repost|reply|comment|share|send|see more|see translation|\d+ (reactions?|comments?|reposts?|likes?)|[\p{Extended_Pictographic}\u200d\ufe0f\s]+)$/iu;
/* eslint-enable no-misleading-character-class */

export function parseSocialPost(raw: string): ParsedDocument {
  const doc = emptyDocument("SOCIAL_POST", raw);
  const lines = raw.split("\n").map((l) => l.trim());
  let end = lines.findIndex((l, i) => i > 0 && REACTION.test(l) && l !== "");
  if (end < 0) end = lines.length;
  const post = lines.slice(0, end).filter(Boolean).join("\n");
  const after = lines.slice(end).filter(Boolean);
  const comments: ReaderComment[] = [];
  for (const line of after) {
    if (REACTION.test(line)) continue;
    comments.push({ author: null, text: line.slice(0, 5000) });
  }
  doc.comments = comments;
  const hashtags = post.match(/#[\p{L}\p{N}_]+/gu) ?? [];
  doc.tags = uniqueTags(hashtags.map((t) => t.slice(1)));
  doc.text = post.slice(0, trailingHashtags(post).start).trim();
  doc.title = firstSentence(doc.text, 120) || "Untitled post";
  doc.excerpt = firstSentence(doc.text, 300);
  if (comments.length)
    doc.warnings.push(
      `${comments.length} reader comment(s) kept apart from the post; not used as the author's claims.`,
    );
  return doc;
}
