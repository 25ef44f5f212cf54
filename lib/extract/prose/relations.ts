// Facts that relate two technologies: one is built on, based on, a fork of, derived from, inspired by, part of or
// a successor to the other ("Nuxt is a framework built on Vue", "Valkey, a fork of Redis, …"). The relation is the
// phrase right before the second technology; its subject is the nearest technology before that is not
// itself the object of a relation or the other side of a contrast. A relation to something that is no
// technology ("built on a radix tree") is a design statement, left to the capability rule.
import { slugify } from "@/lib/text/slug";
import { isSide } from "../attribution";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Mention } from "../technologies";
import { base, sentenceOf, type ProseContext } from "./common";

// The relation phrase, anchored at the end of the text before the object (bounded: at most 40 characters read).
const RELATION =
  /(?:^|[\s,(])(built (?:on|atop|with)(?: top of)?|builds? (?:on|upon)(?: top of)?|based on|(?:a |the )?(?:(?:[a-z-]{2,20} ){0,2})?fork of|forked from|derived from|(?:a |the )?successor (?:to|of)|layered on(?: top of)?|powered by|runs? on top of|(?:a |the |thin )?wrappers? (?:around|over|for)|wraps|written on top of|inspired by|modell?ed (?:after|on)|(?:a |the )?sub-?project of|(?:a )?part of)\s(?:the\s)?$/i;
// "uses Apache Arrow under the hood", "uses QuickJS as its JavaScript engine": what it is made with, said
// by the verb and what follows the object (the object alone after "uses" is only a capability).
const USES_BEFORE = /(?:^|\s)(uses|relies on|embeds|leverages|is using)\s(?:the\s)?$/i;
const USES_AFTER =
  /^\s(?:under the hood|internally|underneath|behind the scenes|as (?:its|the|a) (?:[\w-]+\s){0,2}?(?:engine|backend|runtime|core|foundation|base|parser|compiler|bundler|storage|server|transport|format|layer))\b/i;

// "a managed Kubernetes platform": a name inside an indefinite noun phrase qualifies it; "for Kubernetes",
// "with NGINX": a name after a preposition is an object. Neither is the subject.
const MODIFIER =
  /\b(?:an?|another)\s(?:[\w-]+\s){0,2}$|\b(?:of|to|with|from|for|by|in|on|into|than|about|over|like|using|via|at|against|across|within|without)\s(?:(?:the|a|an|its|their)\s)?$/i;

/** The relation a fact is about, as its topic's first words: "built-on", "fork-of". */
function relationName(phrase: string): string {
  const p = phrase.toLowerCase().replace(/^(?:a|the)\s/, "");
  if (/fork/.test(p)) return "fork of";
  if (/^buil|^layered/.test(p)) return "built on";
  if (/^based/.test(p)) return "based on";
  if (/^powered|^runs?\b|^written/.test(p)) return "built on";
  if (/wrap/.test(p)) return "wrapper of";
  if (/^(?:uses|relies|embeds|leverages|is using)/.test(p)) return "uses";
  if (/^derived/.test(p)) return "derived from";
  if (/^inspired|^modell?ed/.test(p)) return "inspired by";
  if (/project of$|^part of/.test(p)) return "part of";
  return "successor to";
}

/** True when a relation phrase ends right before `m` (within the clause the text slice holds). */
const relationBefore = (text: string, m: Mention): RegExpExecArray | null =>
  RELATION.exec(text.slice(Math.max(0, m.start - 40), m.start)) ??
  (USES_AFTER.test(text.slice(m.end, m.end + 80))
    ? USES_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start))
    : null);

export interface Related {
  relation: string;
  /** The object technology's slug. */
  object: string;
}

/** True when a capability the capability rule read restates one of the relations ("built on B", "a fork", "B"). */
export function restates(topic: string | null, related: Related[]): boolean {
  const t = topic ?? "";
  return related.some(
    (r) =>
      t === r.object ||
      t.includes(r.object) ||
      t.startsWith(`${r.relation.replace(/ /g, "-")}-`) ||
      /(?:^|-)(?:fork|successor|wrapper)$/.test(t),
  );
}

/**
 * Facts "A <relation> B" of the sentence. Returns the relations read (so the capability rule leaves
 * "built on B" to them): one fact per object, about its subject and the object.
 */
export function relationFacts(s: Span, mentions: Mention[], ctx: ProseContext, emit: Emit): Related[] {
  const text = s.text;
  const found: Related[] = [];
  mentions.slice(0, 6).forEach((object, i) => {
    const rel = relationBefore(text, object);
    if (!rel) return;
    // The subject: the nearest technology before the object that no relation or contrast governs,
    // else the section's subject ("It is a fork of B" under "## A").
    const before = mentions
      .slice(0, i)
      .filter(
        (m) =>
          m.slug !== object.slug &&
          !relationBefore(text, m) &&
          !isSide(text, m) &&
          !MODIFIER.test(text.slice(Math.max(0, m.start - 30), m.start)),
      );
    const subject = before.length
      ? before[before.length - 1].slug
      : /^(?:it|this|they)\b/i.test(text)
        ? ctx.subject[0]
        : undefined;
    if (!subject || subject === object.slug) return;
    const relation = relationName(rel[1]);
    emit(
      {
        ...base(
          "fact",
          [subject, object.slug],
          // "It uses B under the hood" under "A": the statement names A.
          sentenceOf(before.length ? text : text.replace(/^(?:it|this|they)\b/i, ctx.resolver.nameOf(subject))),
          slugify(`${relation} ${object.name}`, 60),
        ),
        conditions: { relation, object: object.name },
      },
      s,
    );
    found.push({ relation, object: object.slug });
  });
  return found;
}
