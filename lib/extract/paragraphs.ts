// A line of prose: a lead-in that opens a list ("Use Django when you need:", "K3s bundles:"), then the
// paragraph itself, read piece by piece: "→" pieces, emoji-led sections, "question? → answer",
// "Best for …", myths, advice against, and every sentence.
import { clean, lcFirst } from "./claim-writer";
import type { FeatureDef } from "./features";
import { AGAINST, labelList, leadInList } from "./headings";
import { nameVersionLine } from "./metric-items";
import { quotedMyth } from "./myths";
import { onlyTechs } from "./recommendations";
import { applySentenceRules } from "./rules";
import { pieces, sentences, type Span } from "./sentences";
import type { ListMode, WalkState } from "./walk-state";

// "K3s bundles:", "Standard Kubernetes consists of multiple components:": the items that follow are its parts.
const SHARED_LEAD = /\b(?:both|share|shared|similarit(?:y|ies)|in common|alike)\b/i;
const PARTS_LEAD =
  /\b(?:includes?|including|consists? of|contains?|ships(?: with)?|bundles?|comes with|is (?:made|composed) of|is built from|components?|pieces)\s*:$/i;

/**
 * A use case asked as a question, as the end of "X is the pick …": a question that opens with a verb
 * ("Need a back office by Friday?") reads "when you need a back office by Friday", a noun phrase
 * ("Streaming inference API?") "for streaming inference API".
 */
function situation(question: string): string {
  const opensWithVerb =
    /^(?:need|want|have|must|expect|plan|build|run|serve|ship|care|starting|building|running|shipping)\b/i.test(
      question,
    );
  return opensWithVerb ? `when you ${lcFirst(question)}` : `for ${lcFirst(question)}`;
}

/** A line that is neither heading nor list item nor table: a lead-in, a paragraph, or both. */
export function readProseLine(state: WalkState, t: string, start: number): void {
  const { resolver } = state;
  const plain = t.replace(/[*_]+/g, "").trim();
  // "Choose X if:", "**Use When:**", "Avoid X if:": the list below is about X (or the section's technology).
  const lead = plain.endsWith(":") ? leadInList(plain, resolver, state.sectionTechs) : undefined;
  if (lead !== undefined) {
    state.list = lead;
    state.leadIn = t;
    return;
  }
  // "**Fiber:**", "PostgreSQL:": a label that is only a technology's name makes it the subject of the list below.
  // "**Jest**" alone on its line (the importer keeps "Jest": emphasis is dropped) labels the same way.
  const label = /^(.{2,40}):$/.exec(plain)?.[1] ?? (plain.length <= 40 && !/[.!?]$/.test(plain) ? plain : undefined);
  if (label && onlyTechs(label, resolver)) {
    state.list = { kind: "about", techs: resolver.slugsIn(label) };
    state.measured = null;
    state.leadIn = t;
    return;
  }
  // "Laravel 10.x" on a line of its own: the technology (and version) the figures listed below were measured on.
  const named = nameVersionLine(plain, resolver);
  if (named) {
    state.list = { kind: "about", techs: [named.tech] };
    state.measured = named;
    state.leadIn = t;
    return;
  }
  // "Envoy provides the following main advantages over HAProxy as a load balancer:": Envoy's strengths follow.
  const strengths = plain.endsWith(":") ? strengthsLead(plain, state) : null;
  if (strengths) {
    state.list = strengths;
    state.leadIn = t;
    return;
  }
  // "**Advantages:**", "Trade-offs:" under a technology's heading: its strengths or weaknesses follow.
  const labelled = plain.endsWith(":") ? labelList(plain, resolver, state.sectionTechs) : undefined;
  if (labelled) {
    state.list = labelled;
    state.leadIn = t;
    return;
  }
  // Any other short label ("**Setup:**") opens a new list: the one before it ends here.
  if (plain.endsWith(":") && plain.split(/\s+/).length <= 4 && state.list?.kind !== "myths") state.list = null;
  if (t.endsWith(":")) leadInLine(state, t);
  else if (state.list?.kind !== "myths") state.list = null;
  paragraph(state, t, start);
  const mentioned = resolver.find(t);
  if (mentioned.length) state.previousSubject = [mentioned[mentioned.length - 1].slug];
}

// "X provides the following main advantages over Y …:", "X has several drawbacks compared to Y:": whose the items are.
const STRENGTHS_LEAD =
  /^(.{2,60}?)\s(?:provides|offers|has|have|brings|gives|enjoys)\s(?:(?:the following|these|several|some|a few|many|two|three|four|five)\s)?(?:(?:main|key|major|notable|important|big|clear)\s)?(advantages|benefits|strengths|improvements|disadvantages|drawbacks|weaknesses|limitations)\b/i;

/** The list a lead-in saying whose advantages (or drawbacks) follow opens, about the technology it opens with. */
function strengthsLead(plain: string, state: WalkState): ListMode | null {
  const m = STRENGTHS_LEAD.exec(plain);
  const owner = m ? state.resolver.slugsIn(m[1]) : [];
  if (!m || owner.length !== 1) return null;
  return {
    kind: /^(?:advantages|benefits|strengths|improvements)$/i.test(m[2]) ? "strengths" : "weaknesses",
    techs: owner,
  };
}

/** "Our benchmark used:", "K3s bundles:": the lead-in of the list below, which may make it a list of parts. */
function leadInLine(state: WalkState, t: string): void {
  state.leadIn = t;
  // The owner is the subject of the lead-in's last clause ("As X explains, this binary includes:" is not about X).
  const owners = state.resolver.slugsIn(t.slice(t.lastIndexOf(", ") + 1));
  // "this single binary includes:" names nothing: it is about what the paragraph before was about.
  const fallback = state.headingTechs.length
    ? state.headingTechs
    : state.previousSubject.length
      ? state.previousSubject
      : state.sectionTechs;
  if (PARTS_LEAD.test(t))
    state.list = { kind: "parts", techs: owners.length ? owners.slice(0, 1) : fallback.slice(0, 1) };
  else {
    // "Angular and Mithril.js are fairly different, but they share a few similarities:": the items are about both.
    const named = state.resolver.slugsIn(t);
    if (named.length === 2 && SHARED_LEAD.test(t)) state.list = { kind: "shared", techs: named };
  }
}

type PieceMode = "none" | "picks" | "myths" | "against";

/** What an emoji-led piece opens: a section of picks, of myths, of advice against, or a plain one. */
function pieceMode(text: string, named: number): PieceMode {
  if (/\bpicks?\b|quick|verdict|answers?\b|bottom line|tl;?dr/i.test(text)) return "picks";
  if (/\bmyths?\b/i.test(text)) return "myths";
  return AGAINST.test(text) && named ? "against" : "none";
}

/** Prose and social posts: "→" pieces, emoji-led sections, "question? → answer", myths. */
function paragraph(state: WalkState, t: string, start: number): void {
  const { resolver, out } = state;
  const parts = pieces(t, start);
  // A post's opening sentence names what it is about: sections that name nothing fall back to it.
  const opening = parts.length > 2 ? resolver.slugsIn(sentences(parts[0])[0]?.text ?? "") : [];
  const fallback = state.sectionTechs.length ? state.sectionTechs : opening.length === 1 ? opening : [];
  let subject = fallback;
  // A section opened by "🐍 FastAPI →" stays about FastAPI, whatever else its pieces mention.
  let anchored = false;
  let mode: PieceMode = state.list?.kind === "myths" ? "myths" : "none";
  const memory: { features: FeatureDef[] } = { features: [] };
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.emoji) {
      memory.features = []; // "it"/"them" never reach back into another section
      const named = resolver.find(p.text);
      mode = pieceMode(p.text, named.length);
      anchored = named.length > 0 && named[0].start === 0;
      if (anchored) subject = [named[0].slug];
      else if (mode !== "none" || !named.length) subject = named.length ? [named[0].slug] : fallback;
    }
    const next = parts[i + 1];
    if (mode === "against" && !p.emoji) {
      out.against(subject, p.text, p);
      continue;
    }
    if (answeredQuestion(state, p, next, mode)) {
      i++;
      continue;
    }
    if (bestFor(state, p, subject)) continue;
    if ((mode === "myths" || /\bmyth\b/i.test(p.text)) && quotedMyth(out, p.text, p.start, subject)) continue;
    for (const s of sentences(p)) {
      const local = applySentenceRules(
        s,
        {
          resolver,
          subject,
          leadIn: state.leadIn,
          allowFeatures: true,
          memory,
          heading: state.headingText,
          compared: state.compared,
          migration: state.migration,
        },
        out.emit,
      );
      if (!anchored) subject = local.slice(0, 1);
    }
  }
}

/** "Need an admin by Friday? → Django": a use case asked, answered by the next piece. */
function answeredQuestion(
  state: WalkState,
  p: Span & { emoji: boolean },
  next: (Span & { emoji: boolean }) | undefined,
  mode: PieceMode,
): boolean {
  const { resolver, out } = state;
  if (!next || next.emoji) return false;
  // In a "Verdict →"/"Quick picks →" section a use case may be followed by its answer without a "?".
  const answerNext = resolver.find(next.text)[0]?.start === 0;
  const asked = p.text.endsWith("?") || (mode === "picks" && !p.emoji && answerNext);
  if (!asked || next.text.split(/\s+/).length > 6 || !resolver.slugsIn(next.text).length) return false;
  const question = clean(p.text.replace(/\?$/, ""));
  out.recommend(resolver.slugsIn(next.text), question, `${clean(next.text)} is the pick ${situation(question)}.`, {
    text: "",
    start: p.start,
    end: next.end,
  });
  return true;
}

/** "Best for small teams", "Still my go-to when …" about the piece's subject. */
function bestFor(state: WalkState, p: Span, subject: string[]): boolean {
  const best =
    /^(?:(?:still|my|the|a|an|our|usually|also)\s+)*(?:best|ideal|great|good|go-to|perfect|pick|choice|default)(?: choice| option| fit| pick)? (when|for) (.+)$/i.exec(
      p.text,
    );
  if (!best || !subject.length) return false;
  state.out.recommend(
    subject,
    clean(best[2]),
    `${state.out.names(subject)} is the pick ${best[1].toLowerCase()} ${clean(best[2])}.`,
    p,
  );
  return true;
}
