// Technology mentions by name and alias, longest match first ("Django REST framework" before "Django").
// Names come from the site's catalogue, then from the shipped lexicon (lexicon.ts: several hundred
// technologies an editor has not added yet, proposed rather than dropped), then from the document
// itself (discover.ts). Matching is one pass over the words of the text: each word is looked up in a
// table of the terms starting with it, so the cost is linear in the text, not in text × terms.
import { LEXICON, lexiconCategory } from "./lexicon";
import type { TechRef } from "./types";
import { withoutPrefixes } from "./name-prefixes";

export interface Mention {
  slug: string;
  name: string;
  start: number;
  end: number;
}

export interface ResolverOptions {
  /**
   * Also recognise the shipped lexicon's technologies and the ones a document introduces itself (as
   * proposed ones). Default true; false reads a closed world: the catalogue and nothing else.
   */
  lexicon?: boolean;
}

const WORD = /[\p{L}\p{N}_]/u;
// API styles ("OpenAPI", "WebSockets", "REST") beside a framework are what it offers, not a rival; a
// database driver beside it ("FastAPI + asyncpg: 8,000 req/s") is how it was set up.
const SETTING_CATEGORIES = new Set([
  "api-style",
  "database-driver",
  "web-server",
  "runtime",
  "language",
  "os",
  "cloud-service",
  "ci-cd",
  "container",
  "orchestration",
  "editor",
  "version-control",
]);
const WORDS = /[\p{L}\p{N}_]+/gu;
const FILE_EXTENSION = /^\.(?:toml|json|ya?ml|lock|md|txt|cfg|ini|xml|csv|conf|env|mod|sum)(?![\p{L}\d])/u;
// Letters joined by a dot, slash, hyphen, underscore, plus or hash ("node.js", "gorilla/mux", "go-chi", "c++").
const JOINED = /\p{L}[./_+#-]+[\p{L}\p{N}+#]/u;
// An ambiguous name ("Express", "Go", "Spring") followed by one of these is the English word, not the technology.
const ENGLISH_AFTER =
  /^\s+(?:to|ahead|back|through|beyond|further|into|out|up|down|away|your|their|our|my|it|them|this|that|these|those|yourself|myself|ourselves|themselves|of)\b/i;
// An everyday-word name in lower case after a subject pronoun, a modal or "to" ("if you find", "to find") is the verb.
const VERB_BEFORE =
  /(?:^|[^\p{L}])(?:i|you|we|they|he|she|to|will|would|can|could|may|might|should|must|cannot|can't|don't|never|not|couldn't|wouldn't|shouldn't|didn't|doesn't|won't|do|did|does|just|always)\s$/iu;

// The verb right after a name that opens a sentence: the name is the sentence's subject.
const SUBJECT_VERB =
  /^\s(?:(?:also|now|still|already|natively|only)\s)?(?:is|are|was|were|has|have|had|does|doesn't|did|can|cannot|can't|will|won't|supports?|supported|ships?|shipped|provides?|provided|offers?|offered|includes?|included|uses?|used|runs?|ran|lacks?|lacked|requires?|required)\b/i;

interface Term {
  /** The term in lower case, as compared. */
  lower: string;
  slug: string;
  name: string;
  /** When set, the text must read exactly this (or this in capitals): everyday-word names. */
  exact: string | null;
}

// Aliases that are everyday words, for catalogue entries that do not say so themselves.
// The findAll memo: sentence-sized texts only, and a bound on how many (a 1 MB document of distinct
// sentences must not keep them all alive).
const MEMO_MAX_TEXT = 2_000;
const MEMO_MAX_ENTRIES = 5_000;

const COMMON_WORDS = new Set([
  "next",
  "express",
  "rails",
  "flask",
  "pg",
  "phoenix",
  "spring",
  "gin",
  "echo",
  "surreal",
  "crate",
  "rabbit",
]);

export class TechResolver {
  /** Terms by their first word (lower case), longest first. */
  private readonly byFirstWord = new Map<string, Term[]>();
  /** Terms that start with punctuation (".NET"): few, matched by indexOf. */
  private readonly leadingPunctuation: Term[] = [];
  private readonly bySlug = new Map<string, TechRef>();
  private readonly taken = new Set<string>();
  private memo = new Map<string, readonly Mention[]>();
  /** What the document is about (its title's technologies): never a mere setting, whatever their category. */
  private subjects: ReadonlySet<string> = new Set();
  /** Whether names beyond the catalogue are recognised (the lexicon, and discovery in each document). */
  readonly open: boolean;

  constructor(techs: TechRef[], options: ResolverOptions = {}) {
    this.open = options.lexicon ?? true;
    for (const t of techs) this.register(t.category ? t : { ...t, category: lexiconCategory(t) });
    if (this.open) for (const t of LEXICON) if (!this.bySlug.has(t.slug)) this.register({ ...t, proposed: true });
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  }

  /** A resolver that also knows these technologies (found in one document); the catalogue's names win. */
  extendedWith(extra: TechRef[]): TechResolver {
    const copy = this.copy();
    for (const t of extra) if (!copy.bySlug.has(t.slug)) copy.register(t);
    for (const list of copy.byFirstWord.values()) list.sort((a, b) => b.lower.length - a.lower.length);
    return copy;
  }

  /** A resolver that also reads these names as technologies it knows ("Fly" as Fly.io in one document). */
  withAliases(aliases: Array<{ slug: string; alias: string }>): TechResolver {
    if (!aliases.length) return this;
    const copy = this.copy();
    for (const { slug, alias } of aliases) {
      const t = copy.bySlug.get(slug);
      if (t) copy.addSpelling(t, alias.trim());
    }
    for (const list of copy.byFirstWord.values()) list.sort((a, b) => b.lower.length - a.lower.length);
    return copy;
  }

  /**
   * A resolver for one document about these technologies: "Leaving Heroku", "Migrating from Python to Go",
   * "Travis CI to GitHub Actions". A platform, language or CI service the document is about is what its
   * sentences judge, not the setting of something else they name.
   */
  about(subjects: string[]): TechResolver {
    if (!subjects.length) return this;
    // Only the subjects differ: the names are shared, not copied (about 1.7 ms a copy with the lexicon).
    const copy = this.copy(true);
    copy.subjects = new Set(subjects);
    return copy;
  }

  /**
   * A resolver like this one. `shareNames`: the same name tables, for a copy that never registers a name
   * (only extendedWith and withAliases register, each on a copy of its own).
   */
  private copy(shareNames = false): TechResolver {
    const copy = Object.create(TechResolver.prototype) as TechResolver;
    const self = copy as unknown as {
      byFirstWord: Map<string, Term[]>;
      leadingPunctuation: Term[];
      bySlug: Map<string, TechRef>;
      taken: Set<string>;
      open: boolean;
    };
    // Object.create runs no constructor: every field is copied here, `open` too (left out, a resolver
    // extended with an import's learned technologies stopped discovering names in later documents).
    self.open = this.open;
    self.byFirstWord = shareNames ? this.byFirstWord : new Map([...this.byFirstWord].map(([k, v]) => [k, [...v]]));
    self.leadingPunctuation = shareNames ? this.leadingPunctuation : [...this.leadingPunctuation];
    self.bySlug = shareNames ? this.bySlug : new Map(this.bySlug);
    self.taken = shareNames ? this.taken : new Set(this.taken);
    copy.memo = new Map();
    copy.subjects = this.subjects;
    return copy;
  }

  private register(t: TechRef): void {
    this.bySlug.set(t.slug, t);
    for (const label of [t.name, ...t.aliases]) {
      const lower = label.trim().toLowerCase();
      // One name, one technology: the first to claim a name (the catalogue, then the lexicon) keeps it.
      if (lower.length < 1 || (lower.length < 2 && !/^[a-z]$/.test(lower)) || this.taken.has(lower)) continue;
      this.taken.add(lower);
      // "Node" is an everyday word, "node.js" and "go-chi" are not: a spelling joined by punctuation is a name in
      // any casing, even of a technology whose plain name is a word.
      const ambiguous = (t.ambiguous && !JOINED.test(lower)) || COMMON_WORDS.has(lower) || lower.length <= 2;
      // "next" as an alias of Next.js would match "next week": an everyday-word alias needs the name's exact casing.
      const exact = ambiguous ? (lower === "next" && label === "next" ? "\u0000" : label.trim()) : null;
      const term: Term = { lower, slug: t.slug, name: t.name, exact };
      const first = /^[\p{L}\p{N}_]+/u.exec(lower)?.[0];
      if (!first) this.leadingPunctuation.push(term);
      else this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), term]);
      this.registerJoined(t, label.trim());
      this.registerHyphenated(t, label.trim(), exact);
    }
  }

  /**
   * "RTK-Query" for RTK Query, "Vue-Router" for Vue Router: a name of two or three words written with hyphens
   * for its spaces, in the casing the name itself needs.
   */
  private registerHyphenated(t: TechRef, label: string, exact: string | null): void {
    if (!/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+){1,2}$/u.test(label)) return;
    const hyphened = label.replace(/ /g, "-");
    const lower = hyphened.toLowerCase();
    const first = /^[\p{L}\p{N}_]+/u.exec(lower)?.[0];
    if (!first || this.taken.has(lower)) return;
    this.taken.add(lower);
    const term: Term = { lower, slug: t.slug, name: t.name, exact: exact === null ? null : hyphened };
    this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), term]);
  }

  /**
   * "SolidQueue" for Solid Queue, "MissionControl" for Mission Control: a name of two or three capitalised words
   * written as one, its capitals kept (the exact casing only: "solidqueue" in a file name is no mention).
   */
  private registerJoined(t: TechRef, label: string): void {
    if (!/^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(label)) return;
    const joined = label.replace(/ /g, "");
    const lower = joined.toLowerCase();
    if (this.taken.has(lower)) return;
    this.taken.add(lower);
    this.byFirstWord.set(lower, [
      ...(this.byFirstWord.get(lower) ?? []),
      { lower, slug: t.slug, name: t.name, exact: joined },
    ]);
  }

  /**
   * One more spelling of a known technology. A name taken only in its exact casing ("Wretch", an everyday
   * word) gets this casing too; a name another technology owns stays that technology's.
   */
  private addSpelling(t: TechRef, spelling: string): void {
    const lower = spelling.toLowerCase();
    const first = /^[\p{L}\p{N}_]+/u.exec(lower)?.[0];
    const same = first ? this.byFirstWord.get(first)?.find((term) => term.lower === lower) : undefined;
    if (!same) return this.register({ ...t, aliases: [...t.aliases, spelling] });
    if (same.slug !== t.slug || same.exact === null || !first) return;
    this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), { ...same, exact: spelling }]);
  }

  has(slug: string): boolean {
    return this.bySlug.has(slug);
  }

  ref(slug: string): TechRef | undefined {
    return this.bySlug.get(slug);
  }

  nameOf(slug: string): string {
    return this.bySlug.get(slug)?.name ?? slug;
  }

  /**
   * The mentions `text` is about. A server, runtime, language or platform named beside a framework or a
   * database ("Django on Gunicorn", "Express on Node.js 20") is the setting, not the subject: it is left
   * out when the text also names something else.
   */
  find(text: string): Mention[] {
    const all = withoutPrefixes(text, this.findAll(text), (slug) => this.nameOf(slug));
    if (all.length < 2) return all;
    // "Deno has had npm compatibility since 1.28": a runtime that opens the text is its subject, not a setting.
    const opening =
      /^[\s("'*_]*(?:(?:the|a|an)\s+)?$/i.test(text.slice(0, all[0].start)) &&
      // "PgCat: Nextgen PostgreSQL Pooler": a name before a title's colon is what the title is about.
      (SUBJECT_VERB.test(text.slice(all[0].end, all[0].end + 40)) || /^:\s/.test(text.slice(all[0].end)))
        ? all[0]
        : null;
    const subjects = all.filter((m) => !this.isSetting(m.slug));
    if (!subjects.length || subjects.length === all.length) return all;
    return opening && this.isSetting(opening.slug) ? [opening, ...subjects] : subjects;
  }

  /** Technologies that are usually where something runs rather than what is compared. */
  isSetting(slug: string): boolean {
    return !this.subjects.has(slug) && SETTING_CATEGORIES.has(this.bySlug.get(slug)?.category ?? "");
  }

  /**
   * Every mention in `text`, in order, never overlapping (the longest term claims its span). The rules
   * ask about the same sentence or list item several times (subject, rule, context), so short texts'
   * answers are remembered: a bounded memo, emptied when full, holding frozen mentions.
   */
  findAll(text: string): Mention[] {
    if (text.length > MEMO_MAX_TEXT) return this.scan(text);
    const known = this.memo.get(text);
    if (known) return [...known];
    if (this.memo.size >= MEMO_MAX_ENTRIES) this.memo.clear();
    const found = this.scan(text).map((m) => Object.freeze(m));
    this.memo.set(text, found);
    return [...found];
  }

  /**
   * Empties the findAll memo. A resolver kept for many documents (a reader thread's, per catalogue)
   * empties it for each batch it reads, as a resolver built per batch did: its hits stay within the
   * documents read together, and a benchmark's look-alike documents measure no more than that.
   */
  forgetMentions(): void {
    this.memo.clear();
  }

  private scan(text: string): Mention[] {
    const lower = text.toLowerCase();
    const out: Mention[] = [];
    let claimedTo = 0;
    const push = (term: Term, at: number) => {
      const end = commandEnd(text, at, at + term.lower.length);
      out.push({ slug: term.slug, name: term.name, start: at, end });
      claimedTo = end;
    };
    const punctuated = this.leadingPunctuation.length ? this.punctuatedMentions(text, lower) : [];
    // exec in a loop rather than matchAll: on a 1 MB text of short words it is about twice as fast.
    // The shared global regex is safe to reuse: this loop calls nothing that scans again.
    WORDS.lastIndex = 0;
    for (let w = WORDS.exec(lower); w; w = WORDS.exec(lower)) {
      const at = w.index;
      if (at < claimedTo) continue;
      const candidates = this.byFirstWord.get(w[0]);
      const hit = candidates?.find((term) => this.matchesAt(text, lower, term, at));
      if (hit) push(hit, at);
    }
    if (!punctuated.length) return out;
    const all = [...out];
    for (const p of punctuated) if (!out.some((m) => m.start < p.end && p.start < m.end)) all.push(p);
    return all.sort((a, b) => a.start - b.start);
  }

  private matchesAt(text: string, lower: string, term: Term, at: number): boolean {
    const end = at + term.lower.length;
    if (!lower.startsWith(term.lower, at)) return false;
    if (end < text.length && WORD.test(text[end]) && WORD.test(term.lower[term.lower.length - 1])) return false;
    // "AWS Lambda@Edge": a name joined by "@" to the next word is part of a longer one.
    if (text[end] === "@" && WORD.test(text[end + 1] ?? "")) return false;
    // "iter.Next()", "ctx.Redis": a member of something else in code, not the product of that name.
    if (at > 1 && text[at - 1] === "." && WORD.test(text[at - 2])) return false;
    // "Cargo.toml", "package.json": a file's name, not the tool it belongs to.
    if (text[end] === "." && FILE_EXTENSION.test(lower.slice(end, end + 8))) return false;
    if (inOrganisationName(text, at, end, term.slug)) return false;
    if (!term.exact) return true;
    const written = text.slice(at, end);
    // "`bun install`", "`poetry add`": a code span opening with the name is its command, in whatever casing.
    const command = at > 0 && text[at - 1] === "`" && written.toLowerCase() === term.exact.toLowerCase();
    if (command) return true;
    if (written !== term.exact && !(written.length > 2 && written === term.exact.toUpperCase())) return false;
    if (/^[a-z]/.test(written) && VERB_BEFORE.test(text.slice(Math.max(0, at - 10), at))) return false;
    // "moving from Express to Fastify": a capitalised name between "from" and "to <Name>" is the one left behind.
    if (
      /^[A-Z]/.test(written) &&
      /\bfrom\s$/i.test(text.slice(Math.max(0, at - 5), at)) &&
      /^\sto\s[A-Z]/.test(text.slice(end, end + 5))
    )
      return true;
    return !ENGLISH_AFTER.test(text.slice(end, end + 12));
  }

  private punctuatedMentions(text: string, lower: string): Mention[] {
    const out: Mention[] = [];
    for (const term of this.leadingPunctuation) {
      for (let from = 0, guard = 0; guard < 10_000; guard++) {
        const at = lower.indexOf(term.lower, from);
        if (at < 0) break;
        from = at + term.lower.length;
        if ((at > 0 && WORD.test(text[at - 1])) || !this.matchesAt(text, lower, term, at)) continue;
        out.push({ slug: term.slug, name: term.name, start: at, end: at + term.lower.length });
      }
    }
    return out;
  }

  /**
   * The technology a whole cell names, whatever its casing ("poetry", "`make`", "FLASK"): for cells whose
   * neighbours are technologies, where an everyday-word name can only be the name. Null for anything else.
   */
  wholeName(text: string): Mention | null {
    const lower = text.trim().replace(/^`|`$/g, "").trim().toLowerCase();
    const first = /^[\p{L}\p{N}_]+/u.exec(lower)?.[0];
    const term = first
      ? this.byFirstWord.get(first)?.find((t) => t.lower === lower && t.exact !== "\u0000")
      : undefined;
    return term ? { slug: term.slug, name: term.name, start: 0, end: lower.length } : null;
  }

  slugsIn(text: string): string[] {
    return [...new Set(this.find(text).map((m) => m.slug))];
  }

  /** The technologies this resolver would propose rather than take from the catalogue. */
  proposed(slugs: Iterable<string>): TechRef[] {
    return [...new Set(slugs)].map((s) => this.bySlug.get(s)).filter((t): t is TechRef => Boolean(t?.proposed));
  }
}
/** "the Node.js Foundation", "Python Software Foundation", "the OpenJS Foundation": an organisation's name. */
const inOrganisationName = (text: string, at: number, end: number, slug: string): boolean =>
  /^[\w.]{0,4}\s(?:Software\s)?Foundation\b/.test(text.slice(end, end + 24)) ||
  (slug === "foundation" && /\p{Lu}[\p{L}\d.]*\s$/u.test(text.slice(Math.max(0, at - 30), at)));

/**
 * Where a mention ends, markup included: "`bun install` is …", "`poetry add` resolves …" (a code span that opens
 * with a technology's name is a command of it, and the whole span is the mention), "*attrs* supports …" (the
 * emphasis around the name), so that what follows is what the sentence says of the technology.
 */
function commandEnd(text: string, at: number, end: number): number {
  // "*attrs* supports …", "**Redis** is …": the emphasis closing on the name is part of its mention.
  const opened = /[*_]{1,2}$/.exec(text.slice(Math.max(0, at - 2), at))?.[0];
  if (opened && text.startsWith(opened, end) && !/[*_]/.test(text[end + opened.length] ?? ""))
    return end + opened.length;
  if (at === 0 || text[at - 1] !== "`" || text[end] !== " ") return end;
  const close = text.indexOf("`", end);
  return close > end && close - end <= 40 && !text.slice(end, close).includes("\n") ? close + 1 : end;
}
