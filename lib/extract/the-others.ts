// "Garnet outperforms the competing systems", "… higher than any other system we tested", "compared to other
// systems": a judgement of one compared technology against the rest, said by their kind rather than their names.
// The claim is about them too.
const THE_OTHERS =
  /\b(?:the|all|any|every)\s(?:other|competing|rival|alternative)\s(?:systems?|databases?|engines?|frameworks?|libraries|library|tools?|servers?|stores?|solutions?|options?|implementations?|runtimes?|products?|contenders?|competitors?)\b|\b(?:to|with|than|against|over)\s(?:all\s)?other\s(?:systems|databases|engines|frameworks|libraries|tools|servers|stores|solutions|implementations|runtimes|products)\b|\bthe competition\b|\b(?:its|their) competitors\b/i;

/** The compared technologies a sentence calls "the other systems" (a document comparing three or more), or null. */
export function othersOf(text: string, compared: string[] | undefined): string[] | null {
  if (!compared) return null;
  return compared.length >= 2 && THE_OTHERS.test(text) ? compared : null;
}

/** A judgement of one compared technology against "the others": about them too, by name. */
export function withOthers<C extends { kind: string; technologies: string[] }>(c: C, compared: string[]): C {
  if ((c.kind !== "opinion" && c.kind !== "performance") || !c.technologies.every((t) => compared.includes(t)))
    return c;
  return { ...c, technologies: [...new Set([...c.technologies, ...compared])].slice(0, 6) };
}
