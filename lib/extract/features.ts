// Features named in text, mapped to one canonical topic each, and how a phrase rates support for them.
export interface FeatureDef {
  topic: string;
  label: string;
  pattern: RegExp;
}

export const FEATURES: FeatureDef[] = [
  {
    topic: "admin",
    label: "an admin interface",
    pattern: /\badmin(?: panel| ui| interface| screens?| site| back office)?\b/i,
  },
  { topic: "orm", label: "an ORM", pattern: /\bORM\b/ },
  { topic: "migrations", label: "schema migrations", pattern: /\bmigrations?\b/i },
  { topic: "authentication", label: "authentication", pattern: /\bauth(?:entication)?\b|\blogins?\b/i },
  { topic: "openapi", label: "OpenAPI documentation", pattern: /\bOpenAPI\b|\bSwagger\b/i },
  { topic: "websockets", label: "WebSocket support", pattern: /\bWebSockets?\b/i },
  {
    topic: "background-jobs",
    label: "background jobs",
    pattern: /\bbackground (?:jobs|tasks|workers)\b|\b(?:job )?queues?\b|\b(?:job|task) (?:runners?|schedulers?)\b/i,
  },
  {
    topic: "async",
    label: "async views",
    pattern:
      /\basync(?:hronous)?(?: views| endpoints| routes| support| by design|-first| handlers| from the start)\b|\bsupports? async(?:hronous)?\b/i,
  },
  { topic: "security", label: "security protections", pattern: /(?<!row[- ]level )\bsecurity\b|\bCSRF\b/i },
  {
    topic: "templates",
    label: "server-side templates",
    pattern: /\btemplat(?:es|ing|e engines?)\b|\bview engines?\b/i,
  },
  { topic: "replication", label: "replication", pattern: /\breplication\b/i },
  { topic: "full-text-search", label: "full-text search", pattern: /\bfull[- ]text search\b/i },
];

export type Support = "built-in" | "partial" | "missing";

export const BUILT_IN_CUE =
  /\b(built[- ]in|in the box|out of the box|on day one|by default|by design|for free|automatic(?:ally)?|native(?:ly)?|batteries|ships(?: with)?|shipped|ship with|comes? with|included|first[- ]party|first[- ]class|from the start|from day one|async-first)\b|✅|✔/i;
/** Phrases saying a technology does not have something: "does not ship", "leaves auth to you", "no ORM". */
export const NEGATED_CUE =
  /\b(no built[- ]in|not built[- ]in|has no|lacks?|lacking|without an?|doesn't (?:ship|have|include|come with)|does not (?:ship|have|include|come with)|not included|leaves? (?:\w+ ){0,4}to (?:you|gems|extensions|plugins|the community|third[- ]part(?:y|ies))|(?:wire|build|bring|roll) (?:\w+ ){0,4}(?:yourself|ourselves|themselves)|ha(?:s|ve) neither|you assemble|ha(?:s|ve) none|not part of (?:the )?(?:framework|core)|relies on|extensions? for|via (?:an? )?(?:extension|plugin|package)s?)\b|✖|✗|✘/i;
// "Laravel needs Filament", "Django needs DRF plus drf-spectacular": a named add-on (case matters).
const NEEDS_ADDON =
  /\bneeds (?:an? |the )?(?:[A-Z][\w.-]*|third[- ]party|extra|separate|plugins?|packages?|extensions?)\b/;
export const isNegated = (text: string): boolean => NEGATED_CUE.test(text) || NEEDS_ADDON.test(text);
const NEGATED_CUES = new RegExp(NEGATED_CUE.source, "gi");
/** At most six words, no punctuation: what a "without a" right before a feature spans. */
const SHORT_GAP = /^(?:\s+[^\s.,;:!?]+){0,6}\s*$/;
/** Cues that negate what follows them, closely: a preposition's or a noun's object ("without an ORM", "lack of"). */
const NEGATES_NEXT_WORDS = /^(?:without|lack)\b/i;
/** Cues that negate what follows them in the clause: a negated verb of having ("does not ship an ORM, migrations or …"). */
const NEGATES_WHAT_FOLLOWS = /^(?:no built|has no|have no|lacks|doesn't|does not|ha(?:s|ve) (?:neither|none))\b/i;

/**
 * isNegated for the feature at `at` in `text`: a cue that negates what follows it counts only before
 * the feature ("does not ship an ORM"), and "without a" or "lack of" only shortly before it ("ships
 * without an ORM"), not when it negates something else in the clause ("close to developing without
 * a framework, … html is used with a templating system"; "mise's improved security, … and lack of
 * reliance on shims"). The other cues ("not included", "leaves auth to you", "via a plugin") may
 * stand anywhere in the clause.
 */
export function isNegatedAt(text: string, at: number): boolean {
  if (NEEDS_ADDON.test(text)) return true;
  for (const m of text.matchAll(NEGATED_CUES)) {
    const end = m.index + m[0].length;
    const lackOf = /^lack$/i.test(m[0]) && /^\s+of\b/i.test(text.slice(end));
    if (NEGATES_NEXT_WORDS.test(m[0]) && (lackOf || /^without\b/i.test(m[0]))) {
      const after = lackOf ? end + (/^\s+of\b/i.exec(text.slice(end))?.[0].length ?? 0) : end;
      if (after <= at && SHORT_GAP.test(text.slice(after, at))) return true;
    } else if (NEGATES_WHAT_FOLLOWS.test(m[0]) || /^lack$/i.test(m[0])) {
      if (end <= at) return true;
    } else return true;
  }
  return false;
}
export const PARTIAL_PROSE_CUE = /\b(?:only )?partial(?:ly)?\b|\bpartial support\b/i;
const MISSING_CUE = /❌|✖|✗|✘|➖|\b(no built[- ]in|missing|lacks?|not included)\b/i;
// "needs X", "add X", "third-party (X)": what replaces a missing part, said by the cell's first words or
// by a short cell. Inside a description ("7 client languages, 5 third-party clients") they say nothing
// is missing.
const REPLACEMENT_CUE = /\b(needs?|add|third[- ]party|build it)\b/i;
const LEADING_REPLACEMENT = /^\W{0,4}(needs?|add|third[- ]party|build it)\b/i;
const SHORT_CELL_WORDS = 5;
const saysMissing = (text: string): boolean =>
  MISSING_CUE.test(text) ||
  LEADING_REPLACEMENT.test(text) ||
  (REPLACEMENT_CUE.test(text) && text.split(/\s+/).length <= SHORT_CELL_WORDS);
// A check mark with a footnote or a clock ("✔︎*", "✔︎⏱"), "planned", "via plugin", "experimental": qualified, not "has".
// "Workaround", "*Possible" (and its misspellings): a cell that says it can be done, not that it is there; "*Available",
// "Yes*": available with the limits its footnote gives.
const PARTIAL_CUE =
  /\bpartial(?:ly)?\b|^\*?(?:workarounds?|possib\w{0,6}|caveats?|with caveats)\b|^\*(?:available|supported|yes)\b|^(?:available|supported|yes)\*|⚠\ufe0f?|🟡|🟠|🟧|🟨|◐|🔶|[✅✔✓][\ufe0e\ufe0f]?(?:\\?\*|⏱)|\b(?:planned|experimental|via (?:an? )?(?:plugins?|extensions?|add-ons?))\b|^(?:sometimes|rarely|seldom|occasionally|usually|often|depends|varies)\b|\((?:sometimes|rarely|usually|often)\)/i;
// "Rare, if any", "Never": a matrix cell saying how often the thing has it, which is not at all.
const NEVER_CUE = /^(?:never|rare,? if any)\b/i;
// A cell that only names the component ("Active Record", "Action Cable") says the framework has it.
const NAME_ONLY = /^[A-Z][\w.+-]*(?: [A-Z][\w.+-]*){0,3}$/;

/** A table cell or phrase -> support level and what replaces the missing part ("add SQLAlchemy"). */
export function rateSupport(cell: string): { support: Support; replacement: string | null } | null {
  const text = cell.trim();
  if (!text) return null;
  const detail = (s: string) => {
    const r = s
      // Footnote marks and other tags ("<sup>1</sup>") are no words of a replacement.
      .replace(/<\/?[a-z][a-z0-9]{0,10}>/gi, "")
      .replace(/✅|❌|⚠\ufe0f?|🟡|🟠|🟧|🟨|◐|🔶|✔️?|✓|✖️?|✗|✘|➖|⛔|🚫|🛑/gu, "")
      .replace(
        /^\s*\*?(partial(?:ly)?|built[- ]in|automatic|native|yes|no|workarounds?|possib\w{0,6}|caveats?|available|supported)\b\s*\*?/i,
        "",
      )
      // How often ("Sometimes", "Rare, if any") is the support itself, no replacement.
      .replace(/^(?:never|rare,? if any|sometimes|rarely|seldom|occasionally|usually|often)\b[.,]?/i, "")
      .trim()
      .replace(/^\((.*)\)$/, "$1")
      .trim();
    // Marks and footnotes ("︎⏱", "\\*") and a restated negation ("not supported") are no replacement.
    return r && /\p{L}{2}/u.test(r) && !/^not\b/i.test(r) && !/^(yes|no|built[- ]in|automatic|native)$/i.test(r)
      ? r.slice(0, 120)
      : null;
  };
  // A matrix written in letters ("Y", "N", "Y*" for "yes, with a plugin", "~" for "sort of"): the whole cell is the mark.
  const letter = /^([YN])(\*?)$|^(~)$/i.exec(text);
  if (letter)
    return {
      support:
        letter[3] || letter[2]
          ? /n/i.test(letter[1] ?? "")
            ? "missing"
            : "partial"
          : /y/i.test(letter[1])
            ? "built-in"
            : "missing",
      replacement: null,
    };
  if (PARTIAL_CUE.test(text)) return { support: "partial", replacement: detail(text) };
  if (
    /❌|✖|✗|✘|➖|🔴|⛔|🚫|🛑/u.test(text) ||
    /^(no|none|missing|not)\b|^(—|-)$/i.test(text) ||
    NEVER_CUE.test(text) ||
    (saysMissing(text) && !/✅|✔/.test(text))
  )
    return { support: "missing", replacement: detail(text) };
  if (
    /✅|✔|✓|☑|🟢|^(yes|built[- ]in|automatic|native|included|available|supported)\b/iu.test(text) ||
    NAME_ONLY.test(text)
  )
    return { support: "built-in", replacement: null };
  return null;
}

// Any feature word at all? One pass instead of twelve for the many sentences that name none.
const ANY_FEATURE = new RegExp(FEATURES.map((f) => `(?:${f.pattern.source})`).join("|"), "i");

export function featuresIn(text: string): FeatureDef[] {
  if (!ANY_FEATURE.test(text)) return [];
  return FEATURES.filter((f) => f.pattern.test(text));
}

/**
 * What replaces a missing feature, as a name with what kind of thing it is: a table cell's
 * "needs drf-spectacular" → "drf-spectacular", "third-party (SQLAdmin)" → "SQLAdmin (third-party)".
 */
export function replacementName(replacement: string): string {
  const text = replacement.trim();
  // One \s then the rest, trimmed: "\s+(.+)$" is quadratic on a run of blanks with no line end.
  const verb = /^(?:needs?|requires?|use|add|via|with|install)\s(.*)$/i.exec(text);
  if (verb && verb[1].trim()) return verb[1].trim();
  const kind = /^(third[- ]party|paid add-on|add-on|plugin|extension|package)s?\s*\((.+)\)$/i.exec(text);
  return kind ? `${kind[2]} (${kind[1].toLowerCase()})` : text;
}

export function featureStatement(tech: string, f: FeatureDef, support: Support, replacement: string | null): string {
  if (support === "built-in") return `${tech} has ${f.label} built in.`;
  if (support === "partial")
    return `${tech} has only partial ${f.label.replace(/^an? /, "")}${replacement ? ` (${replacement})` : ""}.`;
  // A label that already says it ("Built-in and third-party integrations") is not prefixed twice.
  return `${tech} has no ${/^built[- ]in\b/i.test(f.label) ? "" : "built-in "}${f.label.replace(/^an? /, "")}${replacement ? `; the usual replacement is ${replacementName(replacement)}` : ""}.`;
}
