// Recommendation statements as a reader says them. Kept free of the lexicon and the extractor's
// vocabularies: the wizard's result view renders them in the browser too.

/** What a claim's title can be rewritten from besides its statement: its technologies and what it says of each. */
export interface StatementParts {
  technologies?: Array<{ slug: string; name: string }>;
  directions?: Record<string, string> | null;
}

// The extractor's shape for a row of a "use case | pick" table and for "For X, Y." advice:
// "For staff back office, pick Django." One linear pass: a use case without commas, then the pick.
const FOR_USE_CASE = /^For ([^,]{3,120}), (pick |use |choose )?([^,.;]{1,80})\.$/;

/** Words that take no article before them: a determiner already there, or a quantity said as a whole. */
const DETERMINER = /^(?:a|an|the|your|our|their|its|any|each|every|this|that|one|some|most|many|all|no)$/i;
/** Nouns of a mass or field ("traffic", "software"): "for high traffic", never "for a high traffic". */
const MASS =
  /^(?:traffic|data|software|infrastructure|content|research|code|performance|throughput|security|analytics|work|load|compute|storage|commerce|e-commerce|tooling|logic|messaging|search|chat)$/i;
/** A spoken vowel sound at the start: "an API", "an SQL store", "an e-shop"; "a unit", "a user-facing app". */
const VOWEL_SOUND = /^(?:[aeio]|u(?!ni|s[eu]|ti)|[AEFHILMNORSX][A-Z0-9]*(?:\s|$|-))/;

/**
 * What a recommendation is for, as the sentence needs it: a singular count noun phrase gets its
 * article ("streaming inference API" → "a streaming inference API"); a plural ("JSON APIs"), a
 * gerund ("rapid prototyping"), a mass noun ("high traffic") or a phrase with its own determiner
 * stays as written. The one place a use case's name is put after "for".
 */
export function forUseCase(name: string): string {
  const text = name.trim();
  const words = text.split(/\s+/);
  const first = words[0] ?? "";
  const last = (words[words.length - 1] ?? "").replace(/[^\p{L}\p{N}-]+$/u, "");
  const plural = /[^s'u]s$/i.test(last) || /[A-Z]s$/.test(last);
  if (!last || DETERMINER.test(first) || plural || /ing$/i.test(last) || MASS.test(last)) return text;
  return `${VOWEL_SOUND.test(text) ? "an" : "a"} ${text}`;
}

/**
 * A recommendation the importer wrote in its machine shape ("For staff back office, pick Django.")
 * as a reader says it, from its parts: the technology ("Django"), the use case ("staff back office")
 * and what it says of the technology ("Django is recommended for a staff back office."; "… is not
 * recommended …" when the claim counts against it). Without "pick" the tail must be the claim's own
 * technologies, so a sentence such as "For small teams, Django works." stays as written.
 */
export function naturalStatement(statement: string, about: StatementParts = {}): string {
  const m = FOR_USE_CASE.exec(statement.trim());
  if (!m) return withArticle(statement);
  const [, useCase, verb, tail] = m;
  const names = tail
    .split(/ and | \+ |, /)
    .map((n) => n.trim())
    .filter(Boolean);
  const known = about.technologies ?? [];
  const ours = names.every((n) => known.some((t) => t.name.toLowerCase() === n.toLowerCase()));
  if (!verb && !ours) return statement;
  const slugs = known.filter((t) => names.some((n) => n.toLowerCase() === t.name.toLowerCase())).map((t) => t.slug);
  const against = slugs.length > 0 && slugs.every((s) => about.directions?.[s] === "against");
  const subject = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0];
  return `${subject} ${names.length > 1 ? "are" : "is"} ${against ? "not " : ""}recommended for ${forUseCase(useCase)}.`;
}

// The reader's shape as the importer now writes it: "FastAPI is recommended for streaming inference API."
const RECOMMENDED_FOR = /^([^.;]{1,120} (?:is|are) (?:not )?recommended for )([^,.;]{3,120})\.$/;

/** A stored "X is recommended for Y." with the article Y needs (forUseCase); any other statement as written. */
function withArticle(statement: string): string {
  const m = RECOMMENDED_FOR.exec(statement.trim());
  return m ? `${m[1]}${forUseCase(m[2])}.` : statement;
}

/**
 * The same statement quoted inside a sentence the engine wrote ("Django: \"For staff back office,
 * pick Django.\" (recommendation, …)"): each quoted statement of the given claims in its reader's shape.
 */
export function withNaturalStatements(text: string, claims: Array<{ statement: string } & StatementParts>): string {
  let out = text;
  for (const c of claims) {
    const natural = naturalStatement(c.statement, c);
    if (natural !== c.statement) out = out.split(c.statement).join(natural);
  }
  return out;
}

/** Every `{ slug, statement }` object in a value: the claims a result quotes. */
function quotedClaims(value: unknown, into: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) for (const item of value) quotedClaims(item, into);
  else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.slug === "string" && typeof record.statement === "string") {
      const natural = naturalStatement(record.statement);
      if (natural !== record.statement) into.set(record.statement, natural);
    }
    for (const child of Object.values(record)) quotedClaims(child, into);
  }
  return into;
}

function reworded(value: unknown, natural: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") {
    let out = value;
    for (const [stored, said] of natural) if (out.includes(stored)) out = out.split(stored).join(said);
    return out;
  }
  if (Array.isArray(value)) return value.map((item) => reworded(item, natural));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, reworded(child, natural)]));
  return value;
}

/**
 * A result the engine wrote (JSON-shaped: plain objects, arrays, strings) with every claim it quotes in
 * its reader's shape: each claim's statement and every text quoting it, so that the API says what the
 * page shows ("… recommended for a streaming inference API", review 13, R13-4).
 */
export function inReaderWords<T>(value: T): T {
  const natural = quotedClaims(value, new Map());
  return natural.size === 0 ? value : (reworded(value, natural) as T);
}
