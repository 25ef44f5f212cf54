// Facts in table cells: the version a table measured, a release year, a version under a version label.
import { slugify } from "@/lib/text/slug";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { Cell } from "./cells";
import { clean, lcFirst, lowerWords, RELEASED, snake, VERSION, VERSIONED, type TableContext } from "./common";

/** "Rspack CLI 2.0.0" as a table's row or column: the version the table measured. */
export function versionFact(
  t: { slug: string; version: string | null; display: string },
  span: Span,
  ctx: TableContext,
  emit: Emit,
): void {
  emit(
    {
      statement: `${t.display}: the version measured is ${t.version}.`,
      kind: "fact",
      technologies: [t.slug],
      topic: "version",
      metric: "version",
      value: null,
      unit: "version",
      conditions: { version: t.version ?? "" },
      stance: "SUPPORTS",
    },
    span,
  );
}

// "2020-09-23", "2020-09", "23 Sep 2020", "Sep 2020", "September 23, 2020": a calendar date as a cell writes it.
const DATE =
  /^(?:(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?|(?:[0-3]?\d )?\p{L}{3,9}\.? (?:19|20)\d\d|\p{L}{3,9}\.? [0-3]?\d, (?:19|20)\d\d)$/u;
const LATER = /\b(?:last|latest|recent|newest|updated|commit)\b/i;

/** "Last release | 2020-09-23", "Founded | 2009": the attribute's date, a fact said with its label. */
function dateFact(c: Cell, name: string, emit: Emit): boolean {
  const text = clean(c.text);
  const year = /^(?:19[89]\d|20\d\d)$/.test(text) ? Number(text) : null;
  if (!DATE.test(text) && year === null) return false;
  emit(
    {
      statement: `${name}: ${lowerWords(c.label)} ${text}.`,
      kind: "fact",
      technologies: [c.tech],
      topic: slugify(c.label, 40),
      metric: snake(c.label),
      value: year,
      unit: year === null ? "date" : "year",
      conditions: { date: text },
      stance: "SUPPORTS",
    },
    c.span,
  );
  return true;
}

/** "Released | 2005" -> a release year; "Latest version | 5.1" -> a version fact; any other date under its label. */
export function dated(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const name = ctx.resolver.nameOf(c.tech);
  const year = /^(?:\p{L}{3,9}\.? )?((?:19[89]|20\d)\d)$/u.exec(c.text);
  if (year && RELEASED.test(c.label) && !LATER.test(c.label)) {
    emit(
      {
        statement: `${name} was first released in ${year[1]}.`,
        kind: "fact",
        technologies: [c.tech],
        topic: "release",
        metric: "release_year",
        value: Number(year[1]),
        unit: "year",
        conditions: {},
        stance: "SUPPORTS",
      },
      c.span,
    );
    return true;
  }
  const version = c.text.length <= 24 ? VERSION.exec(c.text) : null;
  if (version && VERSIONED.test(c.label)) {
    emit(
      {
        statement: `${name}: ${lcFirst(c.label)} ${version[1]}.`,
        kind: "fact",
        technologies: [c.tech],
        topic: "version",
        metric: "version",
        value: null,
        unit: "version",
        conditions: { version: version[1] },
        stance: "SUPPORTS",
      },
      c.span,
    );
    return true;
  }
  return dateFact(c, name, emit);
}

// What a bare count under a label counts, when the label says so in other words ("Used by" -> dependents).
const COUNT_NOUN =
  /\b(maintainers|contributors|dependents|users|stars|forks|downloads|releases|issues|commits|questions)\b/i;

/**
 * A bare whole number in a matrix row whose label names no unit or measure ("PyPI Maintainers | 3",
 * "Used by | 47,164"): a count of that attribute, a fact.
 */
export function counted(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const text = clean(c.text).replace(/^~/, "");
  if (!/^\d{1,3}(?:,\d{3})*$|^\d{1,9}$/.test(text) || !/\p{L}{2}/u.test(c.label)) return false;
  if (/\b(?:rank|score|rating|id|#|no\.?)\b/i.test(c.label)) return false;
  const value = Number(text.replace(/,/g, ""));
  const noun = COUNT_NOUN.exec(c.label)?.[1].toLowerCase() ?? (/\bused by\b/i.test(c.label) ? "dependents" : null);
  emit(
    {
      statement: `${ctx.resolver.nameOf(c.tech)}: ${lowerWords(c.label)} ${text}.`,
      kind: "fact",
      technologies: [c.tech],
      topic: slugify(c.label, 40),
      metric: snake(c.label),
      value,
      unit: noun,
      conditions: {},
      stance: "SUPPORTS",
    },
    c.span,
  );
  return true;
}

// "$4.00/TB", "$30/mo", "€19 per user/month": a price, with what it is per.
const PRICE =
  /^([$€£¥])\s?(\d{1,3}(?:,\d{3})*(?:\.\d{1,4})?|\d{1,9}(?:\.\d{1,4})?)\s?(?:\/\s?|per\s)?((?:[a-z]{1,10}\/?){0,3})$/i;
const PER: Record<string, string> = { mo: "month", mth: "month", yr: "year", hr: "hour", h: "hour" };

/** A price in a cell: a fact about the technology (its cost under the label's item), not a capability. */
export function priced(c: Cell, ctx: TableContext, emit: Emit): boolean {
  const text = clean(c.text);
  // "$120 (4 instances)": what the price buys, in brackets, is its note.
  const note = /\s?\(([^()]{1,60})\)$/.exec(text);
  const m = PRICE.exec(note ? text.slice(0, note.index) : text);
  if (!m) return false;
  const per = m[3]
    .split("/")
    .filter(Boolean)
    .map((p) => PER[p.toLowerCase()] ?? p);
  emit(
    {
      statement: `${c.display}: ${lowerWords(c.label)} ${text}.`,
      kind: "fact",
      technologies: [c.tech],
      topic: "price",
      metric: snake(c.label) || "price",
      value: Number(m[2].replace(/,/g, "")),
      unit: [m[1], ...per].join("/"),
      conditions: { ...c.conditions, ...(note ? { note: note[1] } : {}) },
      stance: "SUPPORTS",
    },
    c.span,
  );
  return true;
}
