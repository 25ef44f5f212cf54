// Names a document states as what it is about, outside its tables: the subject of a lead-in that says who a list
// is for ("Choose Kettle if:"), and a one-word title the document runs as a command ("# gojq").
import { clean, nameLike, packageLike } from "./name-shapes";

// "Choose X if:", "Use X when:", "When to use X", "Avoid X if:": a lead-in whose subject is what its list is
// about. The subject is a name as written, or a package path ("net/http", "socket.io").
const LEAD_SUBJECT =
  /^(?:(?:choose|use|pick|avoid|skip|(?:don'?t|do not) use) (\S.{0,39}?) (?:if|when|for)\b|when (?:not )?to (?:use|choose|pick) (\S.{0,39}))/i;
const PATH_NAME = /^[a-z][a-z0-9]*(?:[/.][a-z][a-z0-9]*){1,3}$/;

/** The subjects of lead-ins and headings that say who a list is for ("Choose Kettle if:"). */
export function leadSubjects(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const plain = l
      .replace(/^#{1,6}\s+/, "")
      .replace(/[*_`]+/g, "")
      .trim();
    if (plain.length > 120 || !(plain.endsWith(":") || /^#/.test(l))) continue;
    const m = LEAD_SUBJECT.exec(plain.replace(/:$/, "").trimEnd());
    const subject = m ? clean(m[1] ?? m[2] ?? "") : "";
    const n = subject ? (nameLike(subject) ?? (PATH_NAME.test(subject) ? subject : null)) : null;
    if (n) out.push(n);
  }
  return out;
}

/**
 * "# gojq" over a README that runs `gojq '.foo'`: a title that is one word the document also writes as code (a
 * command in a code block, a code span) is the program the document is about, whatever its casing.
 */
export function titleProgram(lines: string[]): string | null {
  const title = lines.slice(0, 20).find((l) => /^#\s/.test(l));
  const word = title ? clean(title.slice(2)) : "";
  if (!/^[A-Za-z][\w.+-]{1,30}$/.test(word) || !(nameLike(word) ?? packageLike(word))) return null;
  let inCode = false;
  let coded = 0;
  for (const l of lines.slice(0, 3000)) {
    if (/^\s*(?:```|~~~)/.test(l)) inCode = !inCode;
    else if ((inCode && asCommand(l, word)) || l.includes(`\`${word}\``) || l.includes(`\`${word} `)) coded++;
    if (coded >= 2) return word;
  }
  return null;
}

/** `word` run as a command on a code line: after a prompt, a pipe or a space, before a space, quote or the end. */
function asCommand(line: string, word: string): boolean {
  for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
    const before = at === 0 ? " " : line[at - 1];
    const after = line[at + word.length] ?? " ";
    if (" |$`(".includes(before) && " `'\"".includes(after)) return true;
  }
  return false;
}

// Words that may open a sentence in lower case without naming anything: code keywords and abbreviations.
const LOWER_OPENERS = new Set(
  "e.g i.e etc vs cf and or but so the a an if when while then it this we you they i var let const int def return import function class new".split(
    " ",
  ),
);
const STYLED_OPENER = /(?:^|[.!?]\s+)([a-z][a-z0-9_+-]{1,30}(?:\.[a-z]{2,10})?)\s+[a-z]/g;
// "compared to pybind11", "outperforms Cython", "than asdf-go": the thing a sentence measures another against.
const COMPARED_OBJECT =
  /\b(?:compared (?:to|with)|than|versus|vs\.?|outperform(?:s|ed)?)\s\**`?([A-Za-z][A-Za-z0-9_.+#-]{1,30})/g;

/** A document's paragraphs of prose, each on one line: no code, headings, lists, tables, quotes or markup. */
function proseParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  let inCode = false;
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(para.join(" "));
    para = [];
  };
  for (const l of lines.slice(0, 4000)) {
    if (/^\s*(?:```|~~~)/.test(l)) inCode = !inCode;
    const t = l.trim();
    if (inCode || !t || /^(?:#|[-*+]\s|\d{1,3}[.)]\s|\||>|<|\.\.\s|:)/.test(t) || /^(?: {4}|\t)/.test(l)) flush();
    else para.push(t.replace(/[*_`]/g, ""));
  }
  flush();
  return out;
}

/** Each name counted at least twice, in the order first seen. */
const twice = (names: string[]): string[] => {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).map(([name]) => name);
};

/**
 * The things a document measures others against ("compared to pybind11", "outperforms Cython"), at least twice, when
 * each is a name as written: capitalised or with a digit, never an acronym ("CPU", "REST").
 */
export function comparedObjects(lines: string[]): string[] {
  const found: string[] = [];
  for (const p of proseParagraphs(lines))
    for (const m of p.matchAll(COMPARED_OBJECT)) {
      const n = clean(m[1]);
      if (nameLike(n) && !/^[A-Z0-9]{1,5}$/.test(n)) found.push(n);
    }
  return twice(found);
}

/**
 * Names a document writes as names by the way it writes them: a lower-case word that opens sentences of its prose
 * ("nanobind also outperforms Cython", where English capitalises), and the things it measures others against.
 */
export function styledNames(lines: string[]): string[] {
  const openers: string[] = [];
  for (const p of proseParagraphs(lines))
    for (const m of p.matchAll(STYLED_OPENER)) if (!LOWER_OPENERS.has(m[1]) && packageLike(m[1])) openers.push(m[1]);
  return [...twice(openers), ...comparedObjects(lines)];
}
