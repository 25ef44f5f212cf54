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

/**
 * A recommendation the importer wrote in its machine shape ("For staff back office, pick Django.")
 * as a reader says it, from its parts: the technology ("Django"), the use case ("staff back office")
 * and what it says of the technology ("Django is recommended for staff back office."; "… is not
 * recommended …" when the claim counts against it). Without "pick" the tail must be the claim's own
 * technologies, so a sentence such as "For small teams, Django works." stays as written.
 */
export function naturalStatement(statement: string, about: StatementParts = {}): string {
  const m = FOR_USE_CASE.exec(statement.trim());
  if (!m) return statement;
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
  return `${subject} ${names.length > 1 ? "are" : "is"} ${against ? "not " : ""}recommended for ${useCase}.`;
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
