// What every part of the table reader shares: the context, how a cell's text is cleaned and written into a
// statement, the label words that type a column, and which technology a cell names.
import { slugify } from "@/lib/text/slug";
import type { Quantity } from "../quantities";
import type { TechResolver } from "../technologies";
import type { Conditions } from "../types";

import type { Span } from "../sentences";

export interface TableContext {
  resolver: TechResolver;
  /** The setup in force where the table stands (section conditions). */
  setup: Conditions;
  /** The unit the table's caption gives its bare numbers ("Times in seconds"). */
  unit?: Quantity | null;
  /** The table prices what it lists (a column of "$5", "$20/TB"): its sizes and counts are plan terms, not measurements. */
  pricing?: boolean;
  /** The one technology the section (or the document) is about, if one: whose own features a status table lists. */
  subject?: string | null;
  /**
   * Reads a cell of sentences as prose, under its row's label ("Popularity | Jest - 1st place. Mocha - 2nd place.",
   * "Mocking | Jest has its own mocking system. Mocha and AVA require external libraries."): the sentence rules.
   */
  readProse?: (cell: Span, label: string) => void;
}

export const clean = (s: string): string =>
  s
    .replace(/[\p{Extended_Pictographic}\ufe0f]/gu, "")
    .replace(/\*\*|__/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^([*_])(\S(?:.*\S)?)\1$/, "$2");
/** A cell's text with its marks kept (✅, ❌, 🟡 rate support): emphasis and runs of space gone, "_**86mib/s**_" too. */
export const markedCell = (c: string): string =>
  c
    .replace(/\*\*|__/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^([*_])(\S(?:.*\S)?)\1$/, "$2");

export const lcFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
/** "Index Time" -> "index time", keeping acronyms ("HMR", "RSS"). */
export const lowerWords = (s: string): string => s.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
/** A condition short enough for a statement: its first two comma-separated parts, at most 40 characters. */
export const brief = (v: string | undefined): string | undefined =>
  v ? v.split(/,\s*/).slice(0, 2).join(", ").slice(0, 40) : undefined;
export const snake = (s: string): string => slugify(s, 60).replace(/-/g, "_");
// Starts only where a digit run starts, so a long run of digits is scanned once, not once per digit.
// "1.2.8", "v2.0.0-rc.1", "1.5.1b6", "3.7.4.post0" (a pre- or post-release straight after the number or a dot, as
// Python's versions write them).
export const VERSION =
  /(?<![\w.])v?(\d{1,6}(?:\.\d{1,6}){1,3}(?:[-+][\w.]{1,20}|\.?(?:a|b|rc|alpha|beta|dev|post)\d{1,3})?)(?![\w.])/;
export const COMPARISON =
  /\b(?:vs\.?|versus|than|over|compared|relative|speed-?up|ratio|diff(?:erence)?|delta|gain)\b|%|×/i;
export const RECOMMEND =
  /\b(?:best for|winner|wins|recommend(?:ed|ation)?|pick|choice|choose|verdict|better for|go with|use)\b/i;
export const BEST_FOR = /\b(?:best for|good for|ideal for|use (?:it )?(?:when|for)|use cases?|sweet spot)\b/i;
export const CHECK = /^(?:✔️?|✓|✅|☑️?|yes|y|x|✗|✘|❌|no|n|-|—|n\/a)?$/i;
/** A column of free-text remarks ("Description", "Notes") beside the compared things: never a technology or a row label. */
// "Savings", "Difference": a column computed from the compared ones says nothing of either.
export const REMARK_COLUMN =
  /^(?:descriptions?|details|remarks?|comments?|notes?|explanation|meaning|savings|difference|delta|improvement)$/i;
export const RELEASED = /\b(?:released|release|first release|launched|since|year|created|born)\b/i;
export const VERSIONED = /\b(?:version|latest|stable|release)\b/i;
// "via your framework", "bring Prisma": the cell says where the attribute comes from, not what the technology has.
export const DELEGATED = /^(?:via|through|using|bring|add|install|use|plugin|extension)\b/i;
// A description cell saying the technology does not have it: "N/A. gRPC relies on external resources", "Multi-tenancy is
// not supported", "External components such as a service mesh are required to monitor gRPC".
const ABSENT =
  /^(?:n\/a|none|no|not (?:supported|available|applicable|guaranteed)|unsupported)\b|\bnot supported\b|\bunsupported\b|\b(?:is|are) not (?:available|possible)\b|\brel(?:y|ies) on (?:an? )?(?:external|third[- ]party)\b|\b(?:external|third[- ]party|separate) (?:[\w-]{1,20} ){0,6}(?:is|are) (?:required|needed)\b|\brequires? (?:an? )?(?:external|third[- ]party|separate)\b/i;
// "Limited by RAM" is a bound, not partial support. "Optional" (offered, not there by default) and "Row-only",
// "Document-only" (for part of the data) have it in part.
// "Basic" (beside "Full"), "Exclusive to the Enterprise Edition", "Pro plan only", "Relies on object storage": in
// part, in one edition, or through another component.
const PARTLY =
  /^(?:partial(?:ly)?|limited(?! (?:by|to)\b)|experimental|in (?:beta|preview)|optional(?:ly)?$|[a-z]{3,12}-only\b|basic$|minimal$|rudimentary$|(?:relies|depends) on\b)\b|\b(?:partial support|partially supported|limited support)\b|\bexclusive to\b|\b(?:enterprise|pro|paid|commercial|premium|business|team)(?: (?:edition|plan|tier|version|license)s?)? only\b|\bonly (?:in|on|with) (?:the )?(?:enterprise|pro|paid|commercial|premium)\b/i;

/** The support a cell's description gives the technology: missing, partial, or (by default) built in. */
export function describedSupport(text: string): "built-in" | "partial" | "missing" {
  // Only the cell's first clause speaks of the attribute itself: "Multi-tenancy is implemented through tenants;
  // built-in data sharing … is not supported" has it. "N/A." opens a cell whose next sentence says why.
  const [first, second = ""] = text.split(/(?<=\S)(?:[;]|\.\s|,\s(?:but|while|whereas)\s)/);
  const opening = /^n\/a$/i.test(first.trim()) ? `${first} ${second}` : first;
  return ABSENT.test(opening) ? "missing" : PARTLY.test(opening) ? "partial" : "built-in";
}

export const EXPLICIT_YES = /✅|✔|✓|☑|🟢|^(?:yes|built[- ]in|included|native|supported|available|automatic)\b|^y\*?$/iu;
export const FACT_ATTR =
  /\b(?:licen[cs](?:e|es|ing)|language|written in|built with|implemented in|implementation|maintainers?|maintained by|(?:created|developed|made) by|owner|company|vendor|backed by|certifications?|compliance|stars|downloads|status|maturity|ci|pipeline|governance)\b/i;

/** A name cell as a sentence shows it: a link's text, no code marks or emoji shortcodes ("[:zap: zap](…)" -> "zap"). */
const displayName = (text: string): string =>
  text
    .replace(/\[([^\]]{0,80})\]\([^)\s]{0,300}\)/g, "$1")
    .replace(/:[a-z_]{1,20}:/g, " ")
    .replace(/`/g, "")
    .replace(/\s+/g, " ")
    .trim() || text;

/** The one technology a cell names, when the cell is that name (plus a version or a short qualifier). */
// What runs a program without being it: "npx vite build", "pnpm dlx x", "python -m pytest", "go run ./cmd".
const RUNNER =
  /^(?:(?:npx|bunx|pnpx|pnpm(?: dlx| exec)?|yarn(?: dlx)?|npm (?:run|exec)|bun(?: run| x)?|deno run|node|uv run|poetry run|pipx run|python3? -m|go run|cargo run|sudo|time)\s)+/i;

/** "npx slowpack build --prod" (a command in a code span) -> "slowpack": the program a benchmark row ran. */
export function programOf(command: string): string {
  const words = command
    .replace(/`/g, "")
    .replace(RUNNER, "")
    .replace(/\s--?[\w-]{1,20}(?:=\S{1,30})?/g, "")
    .trim()
    .split(/\s+/);
  return words.length > 1 && /^[\w@./-]{2,40}$/.test(words[0]) ? words[0] : command;
}

// "Go (fasthttp)", "GO(FastHTTP)", "Node.js (uWebSockets.js)": a language or runtime and, in brackets, the one
// technology that ran on it.
const RAN_ON = /^([^()]{1,30}?)\s?\(([^(),;]{2,30})\)$/;

export interface CellTech {
  slug: string;
  version: string | null;
  display: string;
  variant: string | null;
  /** The technology named in brackets after the cell's own ("fasthttp" in "Go (fasthttp)"): the figures are both's. */
  with: string[];
}

export function techOf(cell: string, resolver: TechResolver): CellTech | null {
  // "`npx slowpack build --prod`": a command's program is the row's technology.
  const text = clean(/^\s*`[^`]{1,80}`\s*$/.test(cell) ? programOf(cell) : cell);
  if (!text || text.length > 48 || COMPARISON.test(text)) return null;
  const ran = RAN_ON.exec(text);
  const inner = ran ? resolver.wholeName(ran[2]) : null;
  // "Inserts/s (PostgreSQL 16, 8 vCPU)": a name in parentheses is the setup of the column, not its technology.
  const asides = [...text.matchAll(/\([^()]*\)/g)].map((p) => [p.index, p.index + p[0].length] as const);
  let found = resolver.find(text).filter((m) => !asides.some(([a, b]) => m.start > a && m.end < b));
  // "GO(FastHTTP)": the name before the brackets in any casing, when the brackets hold a whole name too.
  const outer = inner && !found.length ? resolver.wholeName(ran![1]) : null;
  if (outer) found = [outer];
  if (!found.length) return null;
  // "Uvicorn Httptools get 10KB (c128)", "Django + DRF": a name opening the cell and others after it joined by
  // spaces or "+" (not "/", ",", "or": alternatives) are the stack that ran: the first the row's, the rest beside it.
  // (A server or runtime after the first name is part of the stack too, though find() leaves it as the setting.)
  const stack =
    found[0].start === 0 && !/[/,&|]|\s(?:or|vs\.?|versus)\s/i.test(text)
      ? resolver
          .findAll(text)
          .filter((m) => m.start >= found[0].end && !asides.some(([a, b]) => m.start > a && m.end < b))
      : [];
  if (new Set(found.map((m) => m.slug)).size > 1 && !stack.length) return null;
  // "LZ-style (r131)": a revision number in brackets is the version too.
  const version = VERSION.exec(text)?.[1] ?? /\((r\d{1,6})\)/.exec(text)?.[1] ?? null;
  let rest = text;
  const named = [...new Map([...found, ...stack].map((m) => [m.start, m])).values()].sort((a, b) => b.start - a.start);
  for (const m of named) rest = rest.slice(0, m.start) + rest.slice(m.end);
  rest = rest
    .replace(VERSION, " ")
    .replace(/\([^()]*\)/g, " ")
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim();
  if (outer) rest = "";
  const words = rest.split(" ").filter(Boolean);
  // "Google Cloud Coldline", "Azure Archive": the words after the name are the product's variant, told apart from
  // its other rows by them.
  // "Granian Asgi get 10KB": so are the variant and case a row label goes on to name.
  const variant = words.length && found[0].start === 0 ? rest : null;
  const companion = [...new Set([...(inner && !words.length ? [inner.slug] : []), ...stack.map((m) => m.slug)])].filter(
    (slug) => slug !== found[0].slug,
  );
  // A row label opening on its name may go on to say which variant and case ran ("Granian Asgi get 10KB").
  return words.length <= (found[0].start === 0 ? 4 : 2)
    ? { slug: found[0].slug, version, display: displayName(text), variant, with: companion }
    : null;
}

// A corner naming the kind of thing the rows are ("Framework", "Library", "Database", "Bundler") says they are the
// compared technologies; any other worded corner ("API type", "Environment", "Platform support") names what the
// rows are instead: attributes of the technologies across the header.
const THING_NOUN =
  /(?:^|\s)(?:frameworks?|librar(?:y|ies)|libs?|tools?|databases?|dbs?|languages?|runtimes?|projects?|packages?|modules?|crates?|gems?|engines?|servers?|clients?|brokers?|queues?|orms?|products?|services?|solutions?|systems?|names?|implementations?|options?|technolog(?:y|ies)|tech|stacks?|providers?|vendors?|formats?|sdks?|apps?|applications?|alternatives?|candidates?|contenders?|choices?|variants?|versions?|editions?|\p{L}{2,}(?:er|or)s?)$/iu;

/** The corner is a short worded label that does not name the kind of thing compared (`resolver` checks it is no name). */
export function namesAttributes(corner: string): boolean {
  const c = corner.replace(/[*_`]/g, "").trim();
  return /^\p{L}[\p{L} /&-]{1,30}$/u.test(c) && !THING_NOUN.test(c);
}
