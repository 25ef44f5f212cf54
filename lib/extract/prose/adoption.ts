// Who uses a technology, and where it runs in production: "used by AWS, Microsoft and Google", "relied on by startups
// and enterprises like Atlassian", "has been in production for large companies since 2014", "the search is powered by
// Elasticsearch". A fact about the technology's adoption, never one of its capabilities.
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, lcFirst, sentenceOf, type ProseContext } from "./common";

// The verb of use, then who uses it: the technology is the sentence's subject (before the verb).
const USED_BY =
  /\b(?:(?:is|are|was|were|been|being)\s(?:(?:widely|heavily|also|now|already|reportedly|known\sto\sbe|trusted\sand)\s){0,2})?(?:used|relied\son|adopted|trusted|deployed)\s(?:in\sproduction\s)?(?:by|at)\s|\bin\sproduction\s(?:at|for|by|since)\s/i;
// "powered by Elasticsearch", "built on top of and powered by X": the technology is the one named after it.
const POWERED_BY = /\bpowered\sby\s(?:the\s)?$/i;
const SINCE = /\bsince\s((?:19|20)\d\d)\b/i;

/** Emits the adoption fact of the sentence, if it states one; true when it did. */
export function adoption(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  // Only where no technology comes before it: "Vitest is powered by Vite" is a relation of the two.
  const powered = mentions.find((m, i) => i === 0 && POWERED_BY.test(text.slice(Math.max(0, m.start - 30), m.start)));
  const used = powered ? null : USED_BY.exec(text);
  const subject = powered ?? (used ? mentions.filter((m) => m.end <= used.index).pop() : undefined);
  const slug = subject?.slug ?? (used && !mentions.some((m) => m.start < used.index) ? ctx.subject[0] : undefined);
  if (!slug) return false;
  // Who, up to the clause that says more ("… since 2014 and is known to be deployed on …").
  const rest = used ? text.slice(used.index + used[0].length) : "";
  const by = rest
    .replace(/\s(?:since|and\s(?:is|are|has|was))\s.*$|[;:]\s.*$/i, "")
    .replace(/[.;]$/, "")
    .trim()
    .slice(0, 100);
  const since = SINCE.exec(text)?.[1];
  emit(
    {
      // "Used by AWS, …" under "## Why Zstandard": said with its subject.
      ...base(
        "fact",
        [slug],
        sentenceOf(used?.index === 0 ? `${ctx.resolver.nameOf(slug)} is ${lcFirst(text)}` : text),
        "adoption",
      ),
      conditions: { ...(by ? { by } : {}), ...(since ? { since } : {}) },
    },
    s,
  );
  return true;
}
