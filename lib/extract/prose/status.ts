// The state of a project, said of its subject: deprecated, archived, discontinued, unmaintained, in
// maintenance mode, end of life ("Moment.js is now in maintenance mode", "X has been deprecated since
// 2020", "X is no longer maintained"). A linking verb or a perfect passive, then the state: the grammar of
// a status predicate, with the year it holds since when the sentence says so.
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { isSide } from "../attribution";
import { base, sentenceOf, type ProseContext } from "./common";

// Anchored right after the subject; every part bounded.
const STATUS =
  /^\s{1,4}(?:(?:is|are|was|were|has been|have been|had been|got|became|has become)\s{1,4})(?:(?:now|officially|effectively|formally|long|largely|mostly)\s{1,4}){0,2}(deprecated|discontinued|archived|abandoned|unmaintained|end[- ]of[- ]life|EOL|in maintenance mode|in maintenance-only mode|sunset|sunsetted|retired|no longer (?:actively )?(?:maintained|developed|supported)|(?:(?:an?|in)\s{1,4})?(?:experimental|alpha|beta|preview)(?=\s{0,4}(?:[.,;)]|$|(?:package|project|library|release|runtime|tool|software|product|stage|status)\b)))\b/i;
const SINCE = /^[^.;]{0,40}?\b(?:since|in|as of)\s(?:(?:early|mid|late|[A-Z][a-z]{2,8})\s)?((?:19|20)\d\d)\b/;

/** A status fact about the subject the sentence opens on (or "It …" under a technology's section). */
export function statusFacts(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  const subject = mentions.find((m) => !isSide(text, m));
  const pronoun = !subject && /^(?:it|this project|the project)\b/i.exec(text);
  const slug = subject?.slug ?? (pronoun ? ctx.subject[0] : undefined);
  if (!slug) return false;
  const from = subject ? subject.end : (pronoun as RegExpExecArray)[0].length;
  // "X's former maintainers": only the subject's own predicate, right after its name (and a short aside).
  const after = text.slice(from, from + 120).replace(/^\s?\([^()]{0,40}\)/, "");
  const status = STATUS.exec(after);
  if (!status) return false;
  const since = SINCE.exec(after.slice(status[0].length));
  const state = status[1]
    .toLowerCase()
    .replace(/^no longer (?:actively )?/, "no longer ")
    .replace(/^(?:an?|in)\s+(?=experimental|alpha|beta|preview)/, "");
  emit(
    {
      // "It is no longer maintained" under its section: the statement names it.
      ...base(
        "fact",
        [slug],
        sentenceOf(pronoun ? `${ctx.resolver.nameOf(slug)}${text.slice(pronoun[0].length)}` : text),
        "status",
      ),
      conditions: { status: state, ...(since ? { since: since[1] } : {}) },
    },
    s,
  );
  return true;
}
