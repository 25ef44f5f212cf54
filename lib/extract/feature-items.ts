// The items of a technology's feature list ("## Playwright Key Features" / "- Headless and headed modes"),
// of its weaknesses, of its parts ("K3s bundles:" / "- etcd: Stores cluster state"), and feature lines
// that rate several technologies at once ("Admin: Django ✅, FastAPI ❌").
import { slugify } from "@/lib/text/slug";
import { isSide } from "./attribution";
import { clean, lcFirst, type ClaimWriter } from "./claim-writer";
import { BUILT_IN_CUE, isNegated, PARTIAL_PROSE_CUE, featuresIn, rateSupport, type Support } from "./features";
import { capabilityTopic, isVerb, itemJudgement, namesStanding, tagged } from "./language";
import { COMPARATIVE, EVALUATIVE } from "./prose";
import type { Span } from "./sentences";

// How a feature-list item says the technology lacks the capability, or has it only in part. ("without"
// is not one: "tests without writing code" is what the capability does.)
const ITEM_MISSING =
  /^(?:no|not|lacks?|missing)\b|\b(?:does not|doesn't|cannot|can't|isn't|is not|aren't|are not|not supported|unsupported|not available|unavailable|incompatible|not compatible)\b/i;
const ITEM_PARTIAL = /\b(?:limited|partial(?:ly)?|experimental|only (?:for|in|on|at|with)|via (?:a )?plugins?)\b/i;
// Judgement in a list item: evaluative adjectives and comparatives, ease and difficulty.
const JUDGED = new RegExp(
  `${EVALUATIVE.source}|${COMPARATIVE.source}|\\b(?:easy|easier|hard|difficult|complex|complicated|user-friendly|friendly|beginners?|strong|weak|steep|intuitive|straightforward|simple|simpler|clunky|cumbersome|seamless|smooth|huge|large|massive|vast|vibrant|maximum|smallest|largest)\\b`,
  "i",
);
// An adjective on what it costs or how it is followed: "Minimal overhead", "Small bundle size", "Large community".
const FARING_ITEM =
  /^[a-z-]+\s+(?:[a-z-]+\s+)?(?:overhead|footprint|memory(?: use| usage)?|latency|startup(?: time)?|cost|price|bundle size|size|community|ecosystem|adoption|popularity|mindshare|traction|learning curve)[.!]?$/i;
const QUALITY_LABEL =
  /^(?:(?:blazing(?:ly)?|very|really)\s)?(?:fast|quick|tiny|small|lightweight|lean|light|easy|simple)$/i;
const PREDICATE_ITEM =
  /^(?:supports?|has|have|provides?|offers?|includes?|ships(?: with)?|comes? with|built[- ]on|runs on|written in|uses?)\s/i;
const AUXILIARY =
  /^(?:is|are|was|were|has|have|had|does|do|did|doesn't|isn't|can|could|will|would|should|may|might|must)$/i;
// An item that states a capability, whatever comparative follows ("Supports more browsers").
const CAPABLE = /^(?:supports?|has|have|provides?|offers?|includes?|ships|comes with)\b/i;

// "HA Postgres databases are not available": whether the list's technology offers it.
const OFFERED = /^[\w\s/-]{0,40}?\b(?:is|are)\s(?:not\s)?(?:available|supported|offered|provided|included|possible)\b/i;
const CAPABILITY_OBJECT =
  /^\s+(?:integrations?|support|compatibility|interop(?:erability)?|plugins?|drivers?|adapters?|providers?|bindings?|connectors?|backends?|sdks?|clients?|exporters?|modules?|extensions?)\b/i;

/** An item that is a sentence about a technology ("ripgrep supports …", "It can replace …"): left to the sentence rules. */
function isSentence(out: ClaimWriter, text: string, tech: string): boolean {
  // "I could get buildpacks working": the author's experience, a sentence too.
  if (/^(?:it|they|this|I|we)\s/i.test(text)) return true;
  // "The Kubernetes scheduler is complex", "In Kubernetes you need …" under Nomad's list: about the other one.
  const opening = out.resolver.find(text).find((m) => /^(?:\S+\s+){0,2}$/.test(text.slice(0, m.start)));
  // Only a clause says something of it: "Managed Postgres", "Native Consul integration" name what the
  // list's technology offers or works with.
  if (
    opening &&
    opening.slug !== tech &&
    !isSide(text, opening) &&
    !CAPABILITY_OBJECT.test(text.slice(opening.end)) &&
    !OFFERED.test(text.slice(opening.end)) &&
    tagged(text.slice(opening.end)).some(
      (t, i, all) =>
        t.pos === "AUX" || (t.pos === "VERB" && (/[a-z](?:s|ed)$/.test(t.word) || all[i - 1]?.pos === "PRON")),
    )
  )
    return true;
  // "Memcached is simpler to run" is about Memcached; "Lua scripting" is a capability the list's technology has.
  const lead = out.resolver.find(text)[0];
  const next = lead && lead.start === 0 ? /^\s+([a-z']+)/i.exec(text.slice(lead.end))?.[1] : undefined;
  return next != null && (AUXILIARY.test(next) || (/(?:s|ed)$/.test(next) && isVerb(next, text)));
}

const USED_BY_ITEM = /^(?:used|relied on|trusted|adopted|deployed) (?:in production )?(?:by|at)\s/i;

/**
 * An item of a technology's feature list: the capability it names, the item's own words kept. A figure
 * ("2x faster builds") or a sentence about another technology is left to the sentence rules.
 */
export function featureItem(
  out: ClaimWriter,
  compared: string[],
  tech: string,
  body: string,
  span: Span,
  against: boolean,
): boolean {
  const { resolver } = out;
  // A leading mark says the verdict, not the capability: "✅ Auto TLS", "❌ WebSockets", "⚠️ Larger tree".
  const mark = /^(?:\s|\p{Extended_Pictographic}|\ufe0f|\u200d|[✓✔✗✘×])+/u.exec(body)?.[0] ?? "";
  const text = clean(body.slice(mark.length).replace(/\*\*|__|`/g, ""));
  // A figure ("2x faster builds", "Python 3.12 support") is the figure rules'; a digit inside a name is not one ("HTTP/2 support").
  if (text.length < 4 || text.length > 200 || /(?:^|[\s(~≈<>+-])\d/.test(text) || /\?$/.test(text)) return false;
  // "Supports parallel runs", "Built on the DevTools protocol": a predicate without its subject, for the sentence rules.
  // "Used by AWS, Microsoft": who uses it, a fact the sentence rules read (prose/adoption.ts), not a capability.
  if (isSentence(out, text, tech) || (!against && (PREDICATE_ITEM.test(text) || USED_BY_ITEM.test(text)))) return false;
  const label = /^([^:]{2,60}):\s/.exec(text)?.[1];
  const topic = capabilityTopic("has", label ?? text);
  if (!topic) return false;
  const missing = ITEM_MISSING.test(text) || /[❌✗✘🚫⛔]/u.test(mark);
  const partial = !missing && ITEM_PARTIAL.test(text);
  // "Headless modes" -> "headless modes"; "JavaScript support" keeps its name's capitals.
  const said = /^[A-Z][a-z]+$/.test(text.split(/[\s/,-]/)[0]) ? lcFirst(text) : text;
  // "Strong documentation", "More complex setup for beginners": a judgement, not a capability; so is a
  // drawback that states no missing or partial capability ("Requires deeper configuration").
  const capable = CAPABLE.test(text);
  // "Tiny API: Learn it in an evening", "Ecosystem: A package for anything": a quality named and then
  // praised, not a capability the catalogue knows ("Authentication: starter kits …" stays a feature).
  // The label itself must name a quality ("Tiny API", "Ecosystem", "Fast"): "GPU support: Optionally run
  // queries on GPUs", "Out of core: stream data larger than memory" name capabilities.
  const praisedQuality =
    label !== undefined &&
    !capable &&
    featuresIn(label).length === 0 &&
    (namesStanding(label) || JUDGED.test(label) || QUALITY_LABEL.test(label));
  // "Good customer support", "The CLI is fantastic": praise leading the item or said by its copula.
  // "Minimal overhead", "Large community": a word on how it fares, not a capability.
  const judged = JUDGED.test(text) || itemJudgement(text) !== null || FARING_ITEM.test(text);
  if (!missing && !partial && (against || praisedQuality || (judged && !capable))) {
    // "Larger learning curve compared to Cypress": the other side named; "Superior parallelism": the other compared one.
    const sides = [...new Set([tech, ...resolver.slugsIn(text)])];
    if (sides.length === 1 && compared.length === 2 && compared.includes(tech) && COMPARATIVE.test(text))
      sides.push(...compared.filter((x) => x !== tech));
    out.emit(
      {
        statement: `${resolver.nameOf(tech)}: ${said}.`,
        kind: "opinion",
        technologies: sides.slice(0, 3),
        topic: slugify(said, 40),
        metric: null,
        value: null,
        unit: null,
        conditions: { stance: against ? "contradicts" : "supports" },
        stance: against ? "CONTRADICTS" : "SUPPORTS",
      },
      span,
    );
    return true;
  }
  const support: Support = missing ? "missing" : partial ? "partial" : "built-in";
  out.emit(
    {
      statement: `${resolver.nameOf(tech)}: ${said}.`,
      kind: "feature",
      technologies: [tech],
      topic,
      metric: null,
      value: null,
      unit: null,
      conditions: { support },
      stance: "SUPPORTS",
    },
    span,
  );
  return true;
}

/** "- etcd: Stores cluster state" under "Kubernetes consists of:": a part the technology has. */
export function partItem(out: ClaimWriter, techs: string[], body: string, span: Span): boolean {
  const m = /^([^:]{2,40}?)(?::\s*(.{0,160}))?$/.exec(body.trim());
  const term = m ? clean(m[1].replace(/[*_`]/g, "")) : "";
  if (!techs.length || !term || term.split(/\s+/).length > 5) return false;
  const what = m?.[2] ? ` (${lcFirst(clean(m[2]))})` : "";
  out.emit(
    {
      statement: `${out.names(techs)} includes ${term}${what}.`,
      kind: "feature",
      technologies: techs,
      topic: slugify(term, 40),
      metric: null,
      value: null,
      unit: null,
      conditions: { support: "built-in" },
      stance: "SUPPORTS",
    },
    span,
  );
  return true;
}

/** How a segment rates a feature: a mark or cue for support, else null. */
function rated(text: string): { support: Support; replacement: string | null } | null {
  return (
    rateSupport(text) ??
    (PARTIAL_PROSE_CUE.test(text)
      ? { support: "partial", replacement: null }
      : isNegated(text)
        ? { support: "missing", replacement: null }
        : BUILT_IN_CUE.test(text)
          ? { support: "built-in", replacement: null }
          : null)
  );
}

/** "Admin: Django ✅, FastAPI ❌ (SQLAdmin)" / "OpenAPI: FastAPI generates it automatically; Django needs DRF". */
export function featureVerdicts(out: ClaimWriter, body: string, span: Span, fallback: string | undefined): boolean {
  const m = /^([^:]{2,40}):\s*(\S.*)$/.exec(body);
  const features = m ? featuresIn(m[1]) : [];
  if (!m || !features.length) return false;
  const rest = m[2];
  const restAt = span.text.length - rest.length;
  const starts = out.resolver
    .find(rest)
    .filter((x) => x.start === 0 || /(?:[,;]|\band|\bwhile)\s*$/i.test(rest.slice(Math.max(0, x.start - 7), x.start)));
  if (!starts.length) return false;
  const segments = starts.map((x, i) => ({
    tech: x.slug,
    text: rest.slice(x.end, starts[i + 1]?.start ?? rest.length),
  }));
  if (starts[0].start > 0 && fallback) segments.unshift({ tech: fallback, text: rest.slice(0, starts[0].start) });
  let any = false;
  for (const seg of segments) {
    const text = seg.text.replace(/^[\s,;:]+/, "").replace(/(?<![\s,;])[\s,;]+(?:(?:and|while)\s*)?$/i, "");
    const r = rated(text);
    if (!r) continue;
    any = true;
    for (const f of features)
      out.feature(
        seg.tech,
        f,
        r.support,
        { text: span.text, start: span.start + restAt, end: span.end },
        r.replacement,
      );
  }
  return any;
}
