// Recommendations written as prose: "Use X when …", "If …, use X", "If …, X is the pragmatic choice",
// "When to choose X: …", "We pick X for A and Y for B", "TL;DR: X for A, Y for B"; and advice against
// ("Don't use X for Y"), which is an opinion about X, never a recommendation of it.
import type { Span } from "./sentences";
import type { Mention, TechResolver } from "./technologies";

export interface Advice {
  techs: string[];
  useCase: string;
  statement: string;
  against: boolean;
}

const clean = (s: string): string =>
  s
    .replace(/(?<![.:;,\s])[.:;,\s]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
const lcFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const SUMMARY_LEAD = /^(?:TL;?\s?DR|tl;dr|in short|short version|bottom line|verdict|my take)\s*[:—-]\s*/i;
const NEGATION_BEFORE = /\b(?:don't|do not|never|avoid|not|shouldn't|should not)\s*$/i;
const USE_WHEN =
  /(?:^|[;:,.]\s*|\b(?:and|then|so)\s+)(don't |do not |never )?(use|pick|choose|go with|go for|reach for|prefer|stick with|stay on|start with|bet on|hire for|avoid)\s+(?!\s)(.{1,60}?)\s+(when|if|for)\s+([^;]{3,240})/gi;
const IF_THEN =
  /^if (.{3,200}?),\s*(?!\s)(?:then\s+(?!\s))?(?:(?:use|pick|choose|go with|stick with|stay with|(?:keep|put|build|write) (?:[\w-]+ ){0,3}(?:in|on|with))\s+(?!\s)(.{1,60}?)|(.{1,60}?)\s+(?:is|are) (?:the|your) (?:\w+ )?(?:choice|pick|default|answer|way to go))[.!]?$/i;
// "Rails is the safer bet for …", "X with Y on top is the calmer choice for …", "Next.js wins for …".
const CHOICE_FOR =
  /^(?:[A-Z]\w+,\s*(?!\s))?(.{1,60}?)\s{1,8}(?:is|are|remains|stays) (?:the|a|an|my|our) ((?:[\w-]+ ){0,2})(?:choice|pick|bet|default|option|fit) (for|when|if|once|whenever) (.{3,240})$/i;
const RIVAL = /\s(?:than|over|compared (?:to|with))\s(?:the\s)?(\S.{0,60})$/i;
// "a poor choice for", "the wrong bet when": the adjective makes the choice advice against.
const BAD_CHOICE = /\b(?:poor|bad|wrong|terrible|weak|risky|questionable|awkward|odd|strange)\b/i;
const WINS_FOR = /^(.{1,40}?)\s+(?:wins|shines|excels|is (?:the )?best|is ideal|is great) (for|when|at) (.{3,240})$/i;
const PICK_IT =
  /\b(?:pick|picking|use|using|choose|choosing|recommend|recommending) (?:it|them) (for|when|if) ([^;]{3,240})/i;
const FOR_X_TECH =
  /^for (.{3,150}),\s*(?:(?:use|pick|choose|stay on|stick with|go with|start with)\s+)?(.{2,40}?)[.!]?$/i;
const WHEN_TO = /^(?:when to (?:choose|pick|use)|choose|pick|use)\s+(.{1,60}?):\s*(.{3,240})$/i;
const WE_PICK = /^(?:we|i)\s+(?:pick|picked|use|chose|choose|went with|recommend)\s+/i;

/** Recommendations (and advice against) in one sentence. */
export function adviceIn(s: Span, resolver: TechResolver): Advice[] {
  const out: Advice[] = [];
  if (
    !/\b(?:use|using|pick|picked|picking|choose|chose|choosing|choice|go with|go for|reach for|prefer|recommend|for|if|avoid|keep|wins|shines|excels|bet|stay on|hire)\b/i.test(
      s.text,
    )
  )
    return out;
  const text = s.text.replace(SUMMARY_LEAD, "");
  const names = (slugs: string[]) => slugs.map((x) => resolver.nameOf(x)).join(" + ");
  const push = (techs: string[], useCase: string, statement: string, against = false) => {
    const uc = clean(useCase);
    if (techs.length && uc.length >= 3) out.push({ techs, useCase: uc, statement, against });
  };
  const ifThen = IF_THEN.exec(text);
  if (ifThen) {
    const techs = resolver.slugsIn(ifThen[2] ?? ifThen[3]);
    if (techs.length) push(techs, ifThen[1], `Use ${names(techs)} if ${lcFirst(clean(ifThen[1]))}.`);
    return out;
  }
  const whenTo = WHEN_TO.exec(text);
  if (whenTo) {
    const techs = resolver.slugsIn(whenTo[1]);
    if (techs.length) push(techs, whenTo[2], `Use ${names(techs)} when ${lcFirst(clean(whenTo[2]))}.`);
    if (techs.length) return out;
  }
  const forX = FOR_X_TECH.exec(text);
  if (forX && onlyTechs(forX[2], resolver)) {
    const techs = resolver.slugsIn(forX[2]);
    const picks = techs.map((x) => resolver.nameOf(x)).join(" and ");
    push(techs, forX[1], `${picks} ${techs.length > 1 ? "are" : "is"} recommended for ${lcFirst(clean(forX[1]))}.`);
    return out;
  }
  const pickIt = PICK_IT.exec(text);
  const first = resolver.find(text)[0];
  if (pickIt && first && first.start < pickIt.index && !NEGATION_BEFORE.test(text.slice(0, pickIt.index)))
    push([first.slug], pickIt[2], `Use ${first.name} ${pickIt[1].toLowerCase()} ${clean(pickIt[2])}.`);
  for (const rawClause of text.split(";")) {
    const clause = rawClause.trim();
    for (const re of [CHOICE_FOR, WINS_FOR]) {
      const m = re.exec(clause.replace(/[.!]$/, ""));
      const techs = m ? resolver.slugsIn(m[1]) : [];
      if (!m || !techs.length || resolver.find(m[1])[0].start >= 12) continue;
      const [how, stated] = re === CHOICE_FOR ? [m[3], m[4]] : [m[2], m[3]];
      const bad = re === CHOICE_FOR && BAD_CHOICE.test(m[2]);
      // "a better fit for content sites than Flask": the rival is the other side of the advice, not its use case.
      const rival = RIVAL.exec(stated);
      const other = rival ? resolver.find(rival[1]).find((x) => x.start === 0 && x.slug !== techs[0]) : undefined;
      const useCase = other && rival ? stated.slice(0, rival.index) : stated;
      const said = `${how.toLowerCase()} ${lcFirst(clean(useCase))}`;
      // The writer's own clause, verb and adjective kept ("is a safer bet for"), when it is one short sentence.
      const asWritten = clause.length <= 200 ? `${clean(clause[0].toUpperCase() + clause.slice(1))}.` : null;
      push(
        other ? [techs[0], other.slug] : techs.slice(0, 1),
        useCase,
        bad
          ? `Don't use ${names(techs.slice(0, 1))} ${said}.`
          : (asWritten ?? `${names(techs.slice(0, 1))} is the pick ${said}.`),
        bad,
      );
    }
    for (const m of clause.matchAll(USE_WHEN)) {
      const { techs, who } = chosenOver(m[3], resolver);
      // The object must be the technology itself ("use Django when"), not a phrase about it.
      if (!techs.length || m[3].split(/\s+/).length > 5) continue;
      const against =
        Boolean(m[1]) ||
        /^avoid$/i.test(m[2]) ||
        NEGATION_BEFORE.test(clause.slice(0, m.index + (m[0].length - m[0].trimStart().length)));
      const reason = clean(m[5]);
      const verb = m[4].toLowerCase();
      push(
        techs,
        reason,
        against ? `Don't use ${who} ${verb} ${reason}.` : `Use ${who} ${verb} ${lcFirst(reason)}.`,
        against,
      );
    }
    const parts = pairedChoices(clause, resolver);
    // "We recommend X for A", "X for A, Y for B": the advice as an editor writes it, with its verb.
    for (const p of parts) push([p.slug], p.useCase, `Use ${resolver.nameOf(p.slug)} for ${lcFirst(p.useCase)}.`);
  }
  return out;
}

/** "Vitest over Jest": the one chosen, then the one it is chosen over, and how the statement names them. */
function chosenOver(object: string, resolver: TechResolver): { techs: string[]; who: string } {
  const names = (slugs: string[]) => slugs.map((x) => resolver.nameOf(x)).join(" + ");
  const over = /^(.{1,40}?)\s(over|instead of|rather than)\s(.{1,40})$/i.exec(object);
  const chosen = over ? resolver.slugsIn(over[1]) : [];
  const rival = over ? resolver.slugsIn(over[3]).filter((x) => !chosen.includes(x)) : [];
  if (!over || !chosen.length || !rival.length)
    return { techs: resolver.slugsIn(object), who: names(resolver.slugsIn(object)) };
  return { techs: [...chosen, ...rival], who: `${names(chosen)} ${over[2]} ${names(rival)}` };
}

/** "Django", "FastAPI + Django": nothing but technology names. */
export function onlyTechs(text: string, resolver: TechResolver): boolean {
  const found = resolver.find(text);
  let rest = text;
  for (const m of [...found].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return found.length > 0 && rest.replace(/[\s+&,]|\band\b/gi, "") === "";
}

/** "X for A, Y for B" (two or more) or "We pick X for A and Y for B": each technology with its use case. */
function pairedChoices(clause: string, resolver: TechResolver): Array<{ slug: string; useCase: string }> {
  if (!/\sfor\s/i.test(clause)) return [];
  const lead = WE_PICK.exec(clause);
  const body = lead ? clause.slice(lead[0].length) : clause.replace(/^[^:]{0,40}:\s*/, "");
  const mentions: Mention[] = resolver.find(body).filter((m) => /^\s+for\s/i.test(body.slice(m.end, m.end + 6)));
  if (!mentions.length || mentions[0].start !== 0) return [];
  const out: Array<{ slug: string; useCase: string }> = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const next = mentions[i + 1]?.start ?? body.length;
    const tail = body.slice(m.end, next).replace(/^\s+for\s+/i, "");
    // The next pair must follow straight after ", " or " and ": anything else means this is not a list of pairs.
    if (i + 1 < mentions.length && !/(?:,|;|\band)\s*$/i.test(tail)) return [];
    out.push({
      slug: m.slug,
      useCase: clean(tail.replace(/(?:(?<![,;\s])|(?=[,;]))[,;]?\s*(?:and\s*)?$/i, "").split(/[,;]/)[0]),
    });
  }
  return lead || out.length >= 2 ? out : [];
}
