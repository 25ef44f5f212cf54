// "- Prometheus and Graphite: open source metric storage. Basic visualisation." and "- Grafana: open source metrics
// visualisation. No data storage - it pulls in data from …": a list of options, each named then described in
// fragments with no verb. Each fragment is what the named technologies are or have: "No …" missing, "Basic …" or
// "Limited …" partial, any other a property they have. Fragments with a verb are sentences, left to the sentence rules.
import { slugify } from "@/lib/text/slug";
import { lcFirst, type ClaimWriter } from "./claim-writer";
import { tagged } from "./language";
import { sentences, type Span } from "./sentences";
import type { TechResolver } from "./technologies";
import type { Support } from "./features";

/** "Names: description", the names at most 80 characters. */
const NAMED = /^([^:]{2,80}):\s+(\S.{0,600})$/;
const MISSING = /^(?:no|not|without)\s/i;
const PARTIAL = /^(?:basic|limited|partial|some|minimal|rudimentary)\s/i;
const ADVICE = /^(?:use|avoid|prefer|choose|pick|try|consider|don't|do not)\b/i;
/** A fragment no longer than this many words is a description, not a sentence cut short. */
const MAX_WORDS = 8;

/** The technologies the label names, when it names nothing else: "Prometheus and Graphite", "AWS CloudWatch metrics". */
function labelTechnologies(label: string, resolver: TechResolver): string[] | null {
  const found = resolver.find(label);
  if (!found.length) return null;
  let rest = label;
  for (const m of [...found].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  // What is left may join the names ("and", ","), give their vendor ("AWS") or the form they take ("metrics").
  if (
    rest.replace(/\b(?:and|or|the|aws|amazon|google|azure|microsoft|apache|metrics|logs|service)\b|[,&/]/gi, "").trim()
  )
    return null;
  return [...new Set(found.map((m) => m.slug))];
}

/** A fragment that has no verb: a description ("open source metric storage", "No data storage"). */
function isDescription(text: string): boolean {
  const words = text.split(/\s+/);
  // A number is a figure or a version ("31 ms", "node v7.7.3"), "use createSelector" advice: other rules read those.
  if (words.length > MAX_WORDS || !/\p{L}/u.test(text) || /\d/.test(text) || ADVICE.test(text)) return false;
  return !tagged(text).some((t) => t.pos === "VERB" || t.pos === "AUX");
}

const supportOf = (fragment: string): Support =>
  MISSING.test(fragment) ? "missing" : PARTIAL.test(fragment) ? "partial" : "built-in";

/** Reads the item's described fragments; true when it read at least one. */
export function describedItem(out: ClaimWriter, resolver: TechResolver, body: Span): boolean {
  const m = NAMED.exec(body.text);
  const techs = m ? labelTechnologies(m[1].replace(/[*_`]/g, "").trim(), resolver) : null;
  if (!m || !techs) return false;
  let read = false;
  for (const sentence of sentences(body)) {
    // The first sentence holds the names; a dash may join a clause ("No data storage - it pulls in data …").
    const text = (sentence.start === body.start ? sentence.text.slice(m[1].length + 1) : sentence.text).trim();
    const fragment = text
      .split(/\s[-–—]\s/)[0]
      .replace(/[.;]$/, "")
      .trim();
    if (!fragment || !isDescription(fragment)) continue;
    const support = supportOf(fragment);
    out.emit(
      {
        statement: `${techs.map((t) => resolver.nameOf(t)).join(" and ")}: ${lcFirst(fragment)}.`,
        kind: "feature",
        technologies: techs,
        topic: slugify(fragment.replace(MISSING, "").replace(PARTIAL, ""), 40),
        metric: null,
        value: null,
        unit: null,
        conditions: { support },
        stance: "SUPPORTS",
      },
      sentence,
    );
    read = true;
  }
  return read;
}
