// Advice in a sentence: use / avoid X for Y, X shines at Y, Y → X, Winner: X, "if you …, use X", and
// "Ideal for …" lines under a technology's heading. Each pattern is anchored at a mention.
import { slugify } from "@/lib/text/slug";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, lcFirst, useCaseOf, type ProseContext } from "./common";

const USE_VERB = /(?:^|[\s(,;:])(?:(don'?t|do not|never|avoid|stop)\s+)?(use|using|choose|choosing|pick|picking|go with|opt for|consider|prefer|try|stick with|switch to|migrate to|adopt|reach for|start with|avoid|skip)\s+$/i;
const GOOD_AS = /^\s+(?:is|are|remains|would be|is still|makes)\s+(?:(?:the|a|an|your|my|our)\s+)?(?:[\w-]+\s+){0,2}?(choice|option|fit|pick|bet|winner|way to go|solution|candidate|default|go-to)\b\s*(?:(for|when|if|in)\s+(.{3,200}))?/i;
const SHINES = /^\s+(?:(?:really|truly|clearly|still|also)\s+)?(shines|excels|wins|thrives|dominates|is (?:(?:most |especially |particularly )?(?:suitable|effective|useful)|best[- ]suited|ideal|perfect|great|best|better|well[- ]suited|suited|designed|recommended|built|optimi[sz]ed|made|the (?:better|best|right) (?:choice|fit|option)))\s+(for|when|at|in|with|if)\s+(.{3,200})/i;
const NOT_FOR = /^\s+(?:is|are)\s+(?:not|n't|no longer|probably not)\s+(?:(?:a|the)\s+)?(?:(?:good|great|right|ideal|best|suited|recommended|designed|built|meant|made)\s*)?(?:(?:fit|choice|option)\s*)?(for)\s+(.{3,200})/i;
const OVERKILL = /^\s+(?:is|are|can be|feels)\s+(overkill|too heavy|too much|a poor fit|a bad fit|the wrong choice)\s+(?:for)\s+(.{3,200})/i;
const SUBJECTLESS = /^(?:(?:it|they)(?:'s| is| are)\s+)?(?:ideal|perfect|great|best|good|recommended|suited|well[- ]suited|designed|built|made|a (?:great|good|solid) (?:choice|fit|option))\s+(for|when|if)\s+(.{3,200})/i;
const WINNER = /^(?:the\s+)?(?:winner|verdict|recommendation|our pick|my pick|pick|choice|bottom line|best overall|overall winner|go with|answer)\s*[:\-—–]\s*$/i;
const ARROW = /(?<!\s)\s*(?:→|->|=>|⟶|➡️?)\s*(?:use\s+|pick\s+|choose\s+)?$/i;
const ADVISING = /(?:\b(?:you should|you'd|you can|you could|you might|we recommend|i recommend|we suggest|i suggest|i'd|we'd|consider|just|then|so|instead)|[:;—–-])$/i;
// A heading names a use case when it says who or what for ("For small teams", "Analytics workloads"), not
// when it is a generic section name or a question.
const GENERIC_HEADING = /^(?:notes?|summary|results?|setup|overview|introduction|conclusions?|verdict|benchmarks?|methodology|details|background|faq|tl;?dr|performance|features?|pros|cons|comparison)$/i;
const useCaseHeading = (h: string | undefined): boolean => Boolean(h) && !/\?\s*$/.test(h as string) && !GENERIC_HEADING.test((h as string).trim()) && (h as string).split(/\s+/).length >= 2;
const IF_YOU = /(?:^|[.;]\s*)(?:if|when) (?:you|your team|your project|we)\s+([^,]{3,150}),\s*(?:then\s+)?(?:(?:use|choose|pick|go with|opt for)\s+)?$/i;

export function advice(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const text = s.text;
  const names = (slugs: string[]) => slugs.map((x) => ctx.resolver.nameOf(x)).join(" + ");
  const rec = (techs: string[], useCase: string, against: boolean, connector = "for") => {
    const said = useCaseOf(useCase);
    // "you need a shared cache" -> the use case is "a shared cache"; the statement keeps the sentence's own words.
    const uc = said.replace(/^(?:you|we|your team|teams?)\s+(?:need|want|have|require|care about|are building|build)\s+(?:an?\s+|the\s+)?/i, "").replace(/^(?:an?|the)\s+/i, "");
    if (uc.length < 3) return false;
    const how = `${connector.toLowerCase()} ${lcFirst(said)}`;
    const statement = against ? `Avoid ${names(techs)} ${how}.` : `Use ${names(techs)} ${how}.`;
    emit({ ...base(against ? "opinion" : "recommendation", techs, statement, slugify(against ? `not for ${uc}` : uc, 60)), ...(against ? { conditions: { stance: "contradicts", direction: "against" }, stance: "CONTRADICTS" as const } : {}) }, s);
    return true;
  };
  for (const m of mentions.slice(0, 4)) {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 240);
    const verb = USE_VERB.exec(before);
    // Advice is said to the reader: the verb opens the sentence or follows "you should", "we recommend"…
    // ("webpack is configured to use SWC" describes a setup; it advises nothing).
    const opening = verb ? text.slice(0, Math.max(0, m.start - 60) + verb.index).trim() : "";
    if (verb && (opening === "" || ADVISING.test(opening) || opening.split(/\s+/).length <= 2 && !/\bto$/i.test(opening))) {
      const against = Boolean(verb[1]) || /^(?:avoid|skip)$/i.test(verb[2]);
      const tail = /^\s+(if|when|for|in|whenever|once)\s+(.{3,200})/i.exec(after);
      const uc = tail?.[2] ?? (useCaseHeading(ctx.heading) ? ctx.heading : "") ?? "";
      if (rec([m.slug], uc, against, tail?.[1] ?? "for")) return true;
    }
    const good = GOOD_AS.exec(after);
    if (good && good[2] && rec([m.slug], good[3], false)) return true;
    const shines = SHINES.exec(after);
    // "most effective when applied to small functions": the use case is what it is applied to.
    const appliedTo = shines ? /^(?:applied|used) (?:to|for|in|with) (\S.*)$/i.exec(shines[3]) : null;
    if (shines && rec([m.slug], appliedTo?.[1] ?? shines[3], false, appliedTo ? "for" : /^(?:when|if)$/i.test(shines[2]) ? shines[2] : "for")) return true;
    const notFor = NOT_FOR.exec(after) ?? OVERKILL.exec(after);
    if (notFor && rec([m.slug], notFor[2], true)) return true;
    if (WINNER.test(before.trim() ? before.replace(/^.*[.!?]\s+/, "") : before) && (ctx.heading || before.trim())) {
      if (rec([m.slug], ctx.heading ?? "overall", false)) return true;
    }
    if (ARROW.test(before)) {
      const left = text.slice(0, m.start).replace(ARROW, "").replace(/^.*[.!?:]\s+/, "");
      if (left.length >= 3 && rec([m.slug], left, false)) return true;
    }
    const ifYou = IF_YOU.exec(before);
    if (ifYou && rec([m.slug], ifYou[1], false)) return true;
  }
  if (!mentions.length && ctx.subject.length) {
    const sub = SUBJECTLESS.exec(text);
    if (sub) return rec(ctx.subject.slice(0, 1), sub[2], false);
  }
  return false;
}
