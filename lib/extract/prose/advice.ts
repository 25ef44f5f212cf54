// Advice in a sentence: use / avoid X for Y, X shines at Y, Y → X, Winner: X, "if you …, use X", and
// "Ideal for …" lines under a technology's heading. Each pattern is anchored at a mention.
import { slugify } from "@/lib/text/slug";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { onlyTechs } from "../recommendations";
import { base, lcFirst, useCaseOf, type ProseContext, type Rec } from "./common";
import { decidedAdvice, purposeOf } from "./decided";

const USE_VERB =
  /(?:^|[\s(,;:])(?:(don'?t|do not|never|not|wouldn'?t|would not|shouldn'?t|won'?t|can'?t|cannot|avoid|stop)\s+(?:(?:really|actually|necessarily)\s+)?)?(use|using|choose|choosing|pick|picking|go with|go for|opt for|consider|prefer|try|stick with|switch to|migrate to|adopt|reach for|start with|stick to|default to|settle on|bet on|standardi[sz]e on|avoid|skip|(?:recommend|suggest)(?:ed|ing)?\s+(?:that\s+)?(?:you\s+)?(?:using|use|adopting|adopt|trying|try|give|giving|moving (?:forward|ahead) with|going with|go with|switching to|switch to|sticking with|migrating to)|recommend|recommending|suggest|want|need)\s+$/i;
// "You don't want X if …", "you don't need X for …": wanting or needing advises only when denied.
const DENIED_ONLY = /^(?:want|need)$/i;
// "may be an excellent choice for …": a hedged choice is still advice.
const HEDGED = /^\s+((?:may|might|could|can|will)(?: well| also)? be(?: (?:the|a|an|your|my|our))?)\s/i;
const GOOD_AS =
  /^\s+(?:is|are|remains|would be|is still|makes|(?:may|might|could|can|will)(?: well| also)? be)\s+(?:(?:the|a|an|your|my|our)\s+)?((?:[\w-]+\s+){0,2}?)(choice|option|fit|pick|bet|winner|way to go|solution|candidate|default|go-to|answer)\b\s*(?:(for|when|if|in)\s+(.{3,200}))?/i;
// "a poor choice for", "the wrong option when": the adjective turns the choice into advice against.
const BAD_CHOICE = /\b(?:poor|bad|wrong|terrible|weak|risky|questionable|awkward|odd|strange)\b/i;
// "For a small agency, X is the safer choice": the use case fronted before the subject.
// "If you only need X - Y is the answer": a dash closes the condition as well as a comma.
// "In terms of TPS, X is a clear winner": what it wins at, fronted.
const FRONTED_USE = /^(?:(for|if|when|in terms of)\s+(?!\s)([^,–—]{3,100}?)(?:,|\s[-–—])\s*)$/i;
const RIVAL = /\s(?:than|over|compared (?:to|with))\s(?:the\s)?(\S.{0,60})$/i;
// "the best option for you": the reader is who it is for, not a use case; the condition is elsewhere.
const FOR_THE_READER = /^(?:you|us|me|them|your team|everyone|most people)\b/i;
const SHINES =
  /^\s+(?:(?:really|truly|clearly|still|also|often|usually|generally|typically|probably|definitely)\s+)?((?:(?:is|are)\s+)?(?:(?:generally|usually|often|strongly|highly|widely)\s+)?(?:preferred|recommended|favou?red)|shines|excels|wins|thrives|dominates|makes (?:the most |more |a lot of )?sense|(?:may|might|could|would|will)(?: well)? be (?:(?:better|best|well|ideally)[- ]suited|worth considering)|(?:is|are) worth considering|(?:works|does|performs|fits) (?:best|well|great)|is (?:(?:especially|particularly|very|really|quite|exceptionally|extremely)\s)?(?:(?:best|well|ideally)[- ])?suited(?= to\b)|is (?:(?:especially|particularly|very|really|quite|exceptionally|extremely)\s(?=well|best|ideal|suit))?(?:(?:most |especially |particularly )?(?:suitable|effective|useful)|best[- ]suited|ideal|perfect|great|best|better|well[- ]suited|suited|designed|recommended|built|optimi[sz]ed|made|the (?:better|best|right) (?:choice|fit|option)))\s+(for|when|at|in|with|if|to)\s+(.{3,200})/i;
const NOT_FOR =
  /^\s+(?:is|are)\s+(?:not|n't|no longer|probably not)\s+(?:(?:a|the)\s+)?(?:(?:good|great|right|ideal|best|suited|recommended|designed|built|meant|made)\s*)?(?:(?:fit|choice|option)\s*)?(for)\s+(.{3,200})/i;
const OVERKILL =
  /^\s+(?:is|are|can be|feels)\s+(overkill|too heavy|too much|a poor fit|a bad fit|the wrong choice)\s+(?:for)\s+(.{3,200})/i;
// A degree word may grade it ("Very good for …"); a choice may take any adjective ("A sensible choice if …").
const SUBJECTLESS =
  /^(?:(?:it|they)(?:'s| is| are)\s+)?(?:(?:very|really|especially|particularly|quite|also|equally|most)\s+)?(?:(?:best|well|ideally)[- ]suited(?= to\b)|ideal|perfect|great|best|good|recommended|suitable|worth considering|suited|well[- ]suited|designed|built|made|(?:an?|the)\s(?:[\w-]{2,20}\s){0,2}?(?:choice|fit|option|pick|bet))\s+(for|when|if|to)\s+(.{3,200})/i;
// "Not suited for …", "Slower, and not meant for …": advice against what the section is about.
const SUBJECTLESS_NOT =
  /^(?:[^,;]{3,60},\s(?:and\s|but\s)?)?(?:(?:it|they)(?:'s| is| are)\s+)?not\s(?:(?:well|ideally|really|very|a good|the right|the best)[- ])?(?:suited|ideal|recommended|designed|meant|built|made|fit|choice|option)\s(for|when|if)\s(.{3,200})/i;
const WINNER =
  /^(?:the\s+)?(?:winner|verdict|recommendation|our pick|my pick|pick|choice|bottom line|best overall|overall winner|go with|answer)\s*[:\-—–]\s*$/i;
const ARROW = /(?<!\s)\s*(?:→|->|=>|⟶|➡️?)\s*(?:use\s+|pick\s+|choose\s+)?$/i;
const ADVISING =
  /(?:\b(?:you should|you'd|you can|you could|you might|we recommend|i recommend|we suggest|i suggest|i'd|we'd|consider|just|then|so|instead|(?:advise|recommend|encourage|urge)\s(?:you|teams|users|developers|everyone)\sto)|[:;—–-])$/i;
// "For session data, we recommend using X", "I strongly suggest X": the writer's own verb of advice, said by them.
const RECOMMENDER =
  /(?:^|[\s,])(?:we|i)(?:\s(?:strongly|highly|would|also|generally|still|now|therefore|thus|usually))?$/i;
// "Teams shipping reports should use X", "I would not use X": a modal of advice before the verb; its subject,
// unless it is the reader or the writer, is who the advice is for. Every part bounded: the regex-growth
// test holds it linear on hostile input (an unbounded \s* after the lazy prefix was 81 × n steps).
const MODAL_ADVICE = /^(.{0,80}?)\s{0,8}\b(?:should|must|ought to|would|'d|need to|had better)$/i;
const PERSON = /^(?:i|we|you|they|one|he|she|it)$/i;
// A heading names a use case when it says who or what for ("For small teams", "Analytics workloads"), not
// when it is a generic section name or a question.
const GENERIC_HEADING =
  /^(?:(?:my|our|final)\s)?(?:notes?|summary|results?|setup|overview|introduction|conclusions?|verdict|benchmarks?|methodology|details|background|faq|tl;?dr|performance|features?|pros|cons|comparison|recommendations?|advice|thoughts|considered options|options(?: considered)?|decision(?: drivers| outcome)?|(?:positive |negative )?consequences|pros and cons(?: of the options)?|context(?: and problem statement)?|problem statement|status|confirmation|more information|links|alternatives(?: considered)?)(?:\sfor\s(?:others|you|everyone|most\s(?:people|teams)))?$/i;
const useCaseHeading = (h: string | undefined): boolean =>
  Boolean(h) &&
  !/\?\s*$/.test(h as string) &&
  !/\s(?:vs\.?|versus)\s/i.test(h as string) &&
  !GENERIC_HEADING.test((h as string).trim()) &&
  (h as string).split(/\s+/).length >= 2;
const IF_YOU =
  /(?:^|[.;]\s*)(?:if|when) (?:you|your team|your project|we)\s+([^,]{3,150}),\s*(?:then\s+)?(?:(?:use|choose|pick|go with|opt for)\s+)?$/i;

// What may follow the name that answers "If you …,": nothing, or that it is the choice.
const ANSWER_AFTER =
  /^\s*(?:[.!;]|$|\(|,|\s[-–—]\s|(?:is|are|would be|remains)\s(?:(?:the|a|an|your|my|our)\s)?(?:(?:[\w-]+\s){0,2}?)(?:choice|option|fit|pick|bet|winner|way to go|answer|default|go-to)\b|(?:works|fits)\s(?:best|well|great)\b)/i;

// Where a sentence turns to another subject's advice: "… while Y does best with …", "…; Y is …".
const CONTRAST = /,?\s(?:while|whereas)\s|;\s|,\s(?:but|and)\s/i;

// "When the date cannot move: Django", "If latency rules —  Rust": a condition, then only the answer.
const CONDITION_FIRST =
  /^(when|if|whenever|once|for)\s+(?!\s)(.{3,120}?)\s{0,8}[:—–]\s{0,8}(?:(?:use|pick|choose|go with)\s+)?$/i;
// "Do you need foreign keys? -> PostgreSQL": a yes/no question asked of the reader is the condition.
const ASKED = /^(?:do|does)\s+(?!\s)(.{3,150}?)\?*$/i;

export function advice(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): boolean {
  const names = (slugs: string[]) => slugs.map((x) => ctx.resolver.nameOf(x)).join(" + ");
  const rec: Rec = (techs, useCase, against, connector = "for", hedged = "") => {
    const asked = ASKED.exec(useCase.trim());
    const said = useCaseOf(asked ? asked[1] : useCase);
    // "you need a shared cache" -> the use case is "a shared cache"; the statement keeps the sentence's own words.
    const uc = said
      .replace(
        /^(?:you|we|your team|teams?)\s+(?:need|want|have|require|care about|are building|build)\s+(?:an?\s+|the\s+)?/i,
        "",
      )
      .replace(/^(?:an?|the)\s+/i, "");
    if (uc.length < 3) return false;
    const how = `${(asked ? "if" : connector).toLowerCase()} ${lcFirst(said)}`;
    // "may be an excellent choice for …": a hedged choice keeps its hedge, never an imperative.
    const statement = hedged
      ? `${names(techs)} ${hedged} ${how}.`
      : against
        ? `Avoid ${names(techs)} ${how}.`
        : `Use ${names(techs)} ${how}.`;
    emit(
      {
        ...base(against ? "opinion" : "recommendation", techs, statement, slugify(against ? `not for ${uc}` : uc, 60)),
        ...(against
          ? { conditions: { stance: "contradicts", direction: "against" }, stance: "CONTRADICTS" as const }
          : {}),
      },
      s,
    );
    return true;
  };
  // "X does best with A while Y does best with B": advice for X, then for whoever the contrasting clause names.
  let any = false;
  let from = 0;
  for (const m of mentions.slice(0, 6)) {
    if (m.start < from) continue;
    if (
      decidedAdvice(s.text, m, useCaseHeading(ctx.heading) ? (ctx.heading as string) : null, rec) ||
      usedAdvice(s.text, m, ctx, rec) ||
      choiceAdvice(s.text, m, ctx, rec) ||
      pointedAdvice(s.text, m, ctx, rec)
    ) {
      any = true;
      const contrast = CONTRAST.exec(s.text.slice(m.end));
      if (!contrast) return true;
      from = m.end + contrast.index + contrast[0].length;
    }
  }
  return any || subjectlessAdvice(s.text, mentions, ctx, rec);
}

/** "Use X for Y", "Teams doing Y should use X", "I would not use X for Y": a verb of choosing said to or by someone. */
function usedAdvice(text: string, m: Mention, ctx: ProseContext, rec: Rec): boolean {
  const verb = USE_VERB.exec(text.slice(Math.max(0, m.start - 60), m.start));
  if (!verb || (DENIED_ONLY.test(verb[2]) && !verb[1])) return false;
  // Advice is said to the reader: the verb opens the sentence or follows "you should", "we recommend"…
  // ("webpack is configured to use SWC" describes a setup; it advises nothing).
  const opening = text.slice(0, Math.max(0, m.start - 60) + verb.index).trim();
  const modal = MODAL_ADVICE.exec(opening);
  const gerund = /ing$/i.test(verb[2]);
  // "Nobody regrets choosing X", "it is not using X": a gerund or a bare "not" after a short opening is no advice.
  const short =
    !gerund && verb[1]?.toLowerCase() !== "not" && opening.split(/\s+/).length <= 2 && !/\bto$/i.test(opening);
  const recommender = /^(?:recommend|suggest)/i.test(verb[2]) && RECOMMENDER.test(opening);
  if (!(opening === "" || ADVISING.test(opening) || modal || short || recommender)) return false;
  const against = Boolean(verb[1]) || /^(?:avoid|skip)$/i.test(verb[2]);
  // "Pick X over Y when …": the alternative it is chosen over sits between the name and the condition.
  const tail =
    /^(?:\s{1,4}(?:over|instead of|rather than)\s{1,4}[^,.;\s][^,.;]{0,39}?)?\s{1,4}(if|when|for|in|whenever|once)\s{1,4}(.{3,200})/i.exec(
      text.slice(m.end, m.end + 240),
    );
  // Who should use it, unless the reader or the writer, is the use case when the sentence gives none; the modal's
  // subject is what follows the opening's last comma ("So, in the end, I would recommend X": the writer).
  const said = modal?.[1].trim() ?? "";
  const subject = said.split(/,\s*/).pop()?.trim() ?? "";
  const who = modal && !PERSON.test(subject) && subject.split(/\s+/).length >= 2 ? subject : "";
  // "For personal projects, I would recommend X": the use case fronted before the modal's subject.
  const fronted = /^(for|if|when)\s+([^,]{3,100}),/i.exec(said || opening);
  // "… moving forward with X as our deployment platform": the role it is chosen for.
  const purpose = tail || fronted || who ? null : purposeOf(text.slice(m.end, m.end + 200));
  const role = purpose?.connector === "as" ? purpose : null;
  const uc =
    tail?.[2] ?? fronted?.[2] ?? role?.useCase ?? (who || (useCaseHeading(ctx.heading) ? (ctx.heading as string) : ""));
  return rec([m.slug], uc, against, tail?.[1] ?? fronted?.[1].toLowerCase() ?? role?.connector ?? "for");
}

/** "X is the better fit for Y", "X is a poor choice for Y", "For Y, X is the safer bet", "X shines at Y", "X is not for Y". */
function choiceAdvice(text: string, m: Mention, ctx: ProseContext, rec: Rec): boolean {
  const after = text.slice(m.end, m.end + 240);
  const good = GOOD_AS.exec(after);
  if (good) {
    const bad = BAD_CHOICE.test(good[1]);
    if (good[3] && !FOR_THE_READER.test(good[4])) {
      // "a better fit for content sites than Flask": the rival is the other side, not part of the use case.
      const rival = RIVAL.exec(good[4]);
      const other = rival ? ctx.resolver.find(rival[1]).find((x) => x.slug !== m.slug && x.start === 0) : undefined;
      if (rival && other) return rec([m.slug, other.slug], good[4].slice(0, rival.index), bad);
      const hedge = HEDGED.exec(after);
      return rec([m.slug], good[4], bad, good[3], hedge ? `${hedge[1]} ${good[1]}${good[2]}`.replace(/\s+/g, " ") : "");
    }
    const fronted = FRONTED_USE.exec(text.slice(0, m.start));
    if (fronted) return rec([m.slug], fronted[2], bad, /^in terms of$/i.test(fronted[1]) ? "for" : fronted[1]);
  }
  const shines = SHINES.exec(after);
  // "most effective when applied to small functions": the use case is what it is applied to.
  const appliedTo = shines ? /^(?:applied|used) (?:to|for|in|with) (\S.*)$/i.exec(shines[3]) : null;
  // "to" joins a use case only after "suited": "is designed to handle" says what it does.
  const joined = shines && (shines[2].toLowerCase() !== "to" || /suited$/i.test(shines[1]));
  if (
    shines &&
    joined &&
    rec(
      [m.slug],
      appliedTo?.[1] ?? shines[3],
      false,
      appliedTo ? "for" : /^(?:when|if)$/i.test(shines[2]) ? shines[2] : "for",
    )
  )
    return true;
  const notFor = NOT_FOR.exec(after) ?? OVERKILL.exec(after);
  return Boolean(notFor && rec([m.slug], notFor[2], true));
}

/** "Winner: X", "Y → X", "If you …, use X", "When …: X": the technology given as the answer. */
function pointedAdvice(text: string, m: Mention, ctx: ProseContext, rec: Rec): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (WINNER.test(before.trim() ? before.replace(/^.*[.!?]\s+/, "") : before) && (ctx.heading || before.trim())) {
    if (useCaseHeading(ctx.heading) && rec([m.slug], ctx.heading as string, false)) return true;
  }
  if (ARROW.test(before)) {
    const left = text
      .slice(0, m.start)
      .replace(ARROW, "")
      .replace(/^.*[.!?:]\s+/, "");
    if (left.length >= 3 && rec([m.slug], left, false)) return true;
  }
  const condition = CONDITION_FIRST.exec(text.slice(0, m.start));
  if (condition && onlyTechs(text.slice(m.start).replace(/[.!]\s*$/, ""), ctx.resolver))
    return rec([m.slug], condition[2], false, condition[1]);
  const ifYou = IF_YOU.exec(before);
  // "If you need a cache, Redis." or "…, Redis is the answer": the name is the answer only when nothing
  // else is said of it ("If you come from pandas, Polars will feel familiar" judges, it does not advise).
  const answered =
    ifYou &&
    (/(?:use|choose|pick|go with|opt for)\s+$/i.test(before) || ANSWER_AFTER.test(text.slice(m.end, m.end + 80)));
  return Boolean(answered && ifYou && rec([m.slug], `you ${ifYou[1]}`, false, "if"));
}

/**
 * "Ideal for …", "Very good for …", "Not suited for …" under a technology's heading: advice about the
 * section's subject. Technologies the sentence names count only inside the use case ("Ideal for Node.js
 * services"): one named before the connector is the sentence's own subject, for the other rules.
 */
function subjectlessAdvice(text: string, mentions: Mention[], ctx: ProseContext, rec: Rec): boolean {
  if (!ctx.subject.length) return false;
  const sub = SUBJECTLESS.exec(text);
  const not = sub ? null : SUBJECTLESS_NOT.exec(text);
  const found = sub ?? not;
  if (!found) return false;
  const connectorAt = found[0].length - found[2].length;
  if (mentions.some((m) => m.start < connectorAt)) return false;
  if (found[1].toLowerCase() === "to" && !/suited\s+to\s/i.test(found[0])) return false;
  const against = Boolean(not) || BAD_CHOICE.test(found[0].slice(0, connectorAt));
  return rec(ctx.subject.slice(0, 1), found[2], against, not ? found[1] : found[1]);
}
