// A technology placed in a ranking: "Jest - 1st place", "AVA is 2nd place", "Mocha comes in second place",
// "Vite ranks first for cold starts", "it took third place". The writer's ordering of the compared tools on
// one aspect (the heading's or the table row's), an opinion about the technology ranked, never a figure.
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, sentenceOf, type ProseContext } from "./common";

const ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|last)`;
// The place, said after its technology: a separator or a verb of placing, then the ordinal and "place".
const PLACED = new RegExp(
  String.raw`^\s{0,3}(?:[-–—:]\s{0,3}|(?:is|was|comes?(?:\sin)?|came(?:\sin)?|takes?|took|finish(?:es|ed)?(?:\sin)?|lands?\s(?:in|at)|ends?\sup\s(?:in|at)|(?:is\s)?ranked|ranks?)\s{1,3}(?:the\s|a\s(?:close\s|distant\s)?)?)(${ORDINAL})(?:\splace\b|(?=\s(?:in|for|on|with|among|overall|place)\b|\s?[.,;]|$))`,
  "i",
);

/** Emits the sentence's ranking of the technology before the place, if it states one; true when it did. */
export function ranking(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  // The ranked technology: the first one named, the place right after it; or the section's for "It is 2nd place".
  const first = mentions[0];
  const after = first ? text.slice(first.end) : text.replace(/^(?:it|this|that)(?:'s)?\b/i, "");
  if (!first && after === text) return false;
  const placed = PLACED.exec(after);
  const slug = first?.slug ?? ctx.subject[0];
  if (!placed || !slug || (first && text.slice(0, first.start).trim().length > 2)) return false;
  const place = placed[1].toLowerCase();
  const aspect = ctx.heading
    ? ` (${ctx.heading
        .replace(/[#*_`]/g, "")
        .trim()
        .slice(0, 60)})`
    : "";
  const statement = first
    ? sentenceOf(text)
    : `${ctx.resolver.nameOf(slug)} ${sentenceOf(text).replace(/^\w+(?:'s)?\s/, "")}`;
  emit(
    {
      ...base("opinion", [slug], statement.replace(/\.$/, `${aspect}.`), "ranking"),
      conditions: { place },
    },
    s,
  );
  return true;
}
