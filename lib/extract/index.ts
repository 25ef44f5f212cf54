// Document text -> candidate claims. Deterministic: regexes and a small state machine over lines
// (headings set the subject, lists inherit their lead-in, tables read by header), no network, no model.
import { slugify } from "@/lib/text/slug";
import { featureStatement, featuresIn, rateSupport } from "./features";
import { applySentenceRules, type Emit } from "./rules";
import { pieces, sentences, type Span } from "./sentences";
import { TechResolver } from "./technologies";
import type { CandidateClaim, TechRef } from "./types";

export type { CandidateClaim, TechRef } from "./types";
export { TechResolver } from "./technologies";

type ListMode = { kind: "use-when" | "good-fit" | "strengths" | "myths"; techs: string[] } | null;

const lcFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const clean = (s: string): string => s.replace(/[.:;,\s]+$/, "").replace(/\s+/g, " ").trim();

export function signature(c: Pick<CandidateClaim, "kind" | "technologies" | "topic" | "metric" | "value" | "conditions" | "stance" | "statement">): string {
  const techs = [...c.technologies].sort().join("+");
  if (c.kind === "feature") return `feature|${techs}|${c.topic}|${c.conditions.support ?? ""}`;
  if (c.kind === "fact" || c.kind === "performance") return `${c.kind}|${techs}|${c.metric}|${c.value}|${JSON.stringify(c.conditions)}`;
  if (c.kind === "recommendation") return `recommendation|${techs}|${c.topic}`;
  return `opinion|${techs}|${c.statement.toLowerCase()}|${c.stance}`;
}

export function extractClaims(text: string, techs: TechRef[] | TechResolver): CandidateClaim[] {
  const resolver = techs instanceof TechResolver ? techs : new TechResolver(techs);
  const out: CandidateClaim[] = [];
  const seen = new Set<string>();
  const emit: Emit = (c, span) => {
    const sig = signature(c);
    if (seen.has(sig) || !c.technologies.length) return;
    seen.add(sig);
    out.push({ ...c, statement: c.statement.slice(0, 1000), quote: text.slice(span.start, span.end), start: span.start, end: span.end });
  };
  const rec = (techSlugs: string[], useCase: string, statement: string, span: Span) => {
    if (!techSlugs.length || !useCase) return;
    emit({ statement, kind: "recommendation", technologies: techSlugs, topic: slugify(useCase, 60), metric: null, value: null, unit: null, conditions: {}, stance: "SUPPORTS" }, span);
  };
  const names = (slugs: string[]) => slugs.map((s) => resolver.nameOf(s)).join(" + ");

  let sectionTechs: string[] = [];
  let list: ListMode = null;
  let leadIn = "";
  let header: string[] | null = null;
  let inCode = false;
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    const t = line.trim();
    if (t.startsWith("```")) { inCode = !inCode; continue; }
    if (inCode || !t) { if (!t) header = null; continue; }
    const span: Span = { text: t, start: lineStart + line.indexOf(t), end: lineStart + line.indexOf(t) + t.length };

    const heading = /^(#{1,6}) (.*)$/.exec(t);
    if (heading) {
      header = null;
      leadIn = "";
      const h = heading[2];
      const inH = resolver.slugsIn(h);
      const useWhen = /^(?:pick|use|choose|when to (?:choose|pick|use)|why) (.+?)(?: when| if)?:?$/i.exec(h);
      if (heading[1].length <= 2) sectionTechs = inH.length === 1 ? inH : [];
      if (useWhen && inH.length) list = { kind: "use-when", techs: inH };
      else if (/use cases|good fit|best for|when to use/i.test(h)) list = { kind: "good-fit", techs: inH.length ? inH : sectionTechs };
      else if (/strengths|features|pros\b|what you get|batteries/i.test(h)) list = { kind: "strengths", techs: inH.length ? inH : sectionTechs };
      else if (/myths?\b/i.test(h)) list = { kind: "myths", techs: [] };
      else list = null;
      continue;
    }

    const row = /^\|(.*)\|$/.exec(t);
    if (row) {
      const cells = row[1].split("|").map((c) => c.trim());
      if (!header) { header = cells; continue; }
      const techCols = header.map((h) => { const s = resolver.slugsIn(h); return s.length === 1 && h.length < 40 ? s[0] : null; });
      if (techCols.some(Boolean) && !techCols[0]) {
        for (const f of featuresIn(cells[0] ?? "")) {
          cells.forEach((cell, i) => {
            const tech = techCols[i];
            const rated = tech && i > 0 ? rateSupport(cell) : null;
            if (!tech || !rated) return;
            emit({ statement: featureStatement(resolver.nameOf(tech), f, rated.support, rated.replacement), kind: "feature", technologies: [tech], topic: f.topic, metric: null, value: null, unit: null, conditions: { support: rated.support, ...(rated.replacement ? { replacement: rated.replacement } : {}) }, stance: "SUPPORTS" }, span);
          });
        }
      } else if (header.length >= 2 && /pick|choice|choose|recommend|use|winner|best|framework|answer/i.test(header[header.length - 1])) {
        const answer = cells[cells.length - 1] ?? "";
        rec(resolver.slugsIn(answer), cells[0] ?? "", `For ${lcFirst(clean(cells[0] ?? ""))}, pick ${clean(answer)}.`, span);
      }
      continue;
    }
    header = null;

    const item = /^- (.*)$/.exec(t);
    if (item && list) {
      const body = item[1];
      if (list.kind === "use-when") rec(list.techs, clean(body), `Use ${names(list.techs)} when ${lcFirst(clean(body))}.`, span);
      else if (list.kind === "good-fit") rec(list.techs, clean(body), `${names(list.techs)} is a good fit for ${lcFirst(clean(body))}.`, span);
      else if (list.kind === "strengths") {
        const label = /^([^:]{1,60}):/.exec(body)?.[1] ?? "";
        for (const f of featuresIn(label)) {
          for (const tech of list.techs.slice(0, 1)) emit({ statement: featureStatement(resolver.nameOf(tech), f, "built-in", null), kind: "feature", technologies: [tech], topic: f.topic, metric: null, value: null, unit: null, conditions: { support: "built-in" }, stance: "SUPPORTS" }, span);
        }
      }
      applySentenceRules(span, { resolver, subject: list.techs, leadIn, allowFeatures: false }, emit);
      continue;
    }
    if (item) {
      const useItem = /^(?:use|pick|choose) (.{1,60}?) (when|if|for) (.{3,300})$/i.exec(item[1]);
      const itemTechs = useItem ? resolver.slugsIn(useItem[1]) : [];
      if (useItem && itemTechs.length) rec(itemTechs, clean(useItem[3]), `Use ${names(itemTechs)} ${useItem[2].toLowerCase()} ${clean(useItem[3])}.`, span);
      applySentenceRules(span, { resolver, subject: sectionTechs, leadIn, allowFeatures: true }, emit);
      continue;
    }

    const useWhen = /^(?:use|pick|choose) (.{1,80}?) (?:when|if)\b[^:]{0,80}:$/i.exec(t);
    if (useWhen) {
      const inLine = resolver.slugsIn(useWhen[1]);
      list = inLine.length ? { kind: "use-when", techs: inLine } : list;
      leadIn = t;
      continue;
    }
    if (t.endsWith(":")) leadIn = t;
    else if (list?.kind !== "myths") list = null;
    paragraph(t, lineStart + line.indexOf(t));
  }
  return out;

  /** Prose and social posts: "→" pieces, emoji-led sections, "question? → answer", myths. */
  function paragraph(t: string, start: number): void {
    const parts = pieces(t, start);
    let subject = sectionTechs;
    let mode: "none" | "picks" | "myths" = list?.kind === "myths" ? "myths" : "none";
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.emoji) {
        const named = resolver.find(p.text);
        mode = /\bpicks?\b|quick/i.test(p.text) ? "picks" : /\bmyths?\b/i.test(p.text) ? "myths" : "none";
        if (named.length && named[0].start === 0) subject = [named[0].slug];
        else if (mode !== "none" || !named.length) subject = named.length ? [named[0].slug] : sectionTechs;
      }
      const next = parts[i + 1];
      if (p.text.endsWith("?") && next && !next.emoji && next.text.split(/\s+/).length <= 6 && resolver.slugsIn(next.text).length) {
        const question = clean(p.text.replace(/\?$/, ""));
        rec(resolver.slugsIn(next.text), question, `${clean(next.text)} is the pick for: ${lcFirst(question)}.`, { text: "", start: p.start, end: next.end });
        i++;
        continue;
      }
      const best = /^(?:best|ideal|great|good) (when|for) (.+)$/i.exec(p.text);
      if (best && subject.length) {
        rec(subject, clean(best[2]), `${names(subject)} is best ${best[1].toLowerCase()} ${clean(best[2])}.`, p);
        continue;
      }
      const myth = /^["“]([^"”]{5,200})["”]/.exec(p.text);
      if (myth && (mode === "myths" || /\bmyth\b/i.test(p.text))) {
        const about = resolver.slugsIn(myth[1]);
        if (about.length) {
          emit({ statement: clean(myth[1]) + ".", kind: "opinion", technologies: about, topic: "myth", metric: null, value: null, unit: null, conditions: { stance: "contradicts" }, stance: "CONTRADICTS" }, { text: myth[0], start: p.start, end: p.start + myth[0].length });
          for (const s of sentences({ text: p.text.slice(myth[0].length), start: p.start + myth[0].length, end: p.end })) applySentenceRules(s, { resolver, subject: about, leadIn: "", allowFeatures: false }, emit);
          continue;
        }
      }
      for (const s of sentences(p)) subject = applySentenceRules(s, { resolver, subject, leadIn, allowFeatures: true }, emit).slice(0, 1);
    }
  }
}
