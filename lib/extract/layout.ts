// The document's shape, read once before the line walk: what it compares, where its tables are.
import { quantitiesIn } from "./quantities";
import { rateSupport as rateCell } from "./features";
import { findTables, type Table } from "./tables";
import type { TechResolver } from "./technologies";

/**
 * The technologies the document compares: those of the first "X vs Y" line among its opening lines, else
 * of its title heading when that names two or more ("NATS and Kafka Compared").
 */
export function comparedTechs(rawLines: string[], resolver: TechResolver): string[] {
  const opening = rawLines.slice(0, 60).filter((l) => l.length <= 200);
  for (const line of rawLines.slice(0, 60)) {
    // In a long paragraph, only the words around its "vs" ("we published [Linkerd vs Istio benchmarks](…)").
    const vs = line.length <= 2_000 ? /\s(?:vs\.?|versus)\s/i.exec(line) : null;
    const near = vs && line.length > 200 ? line.slice(Math.max(0, vs.index - 40), vs.index + 40) : line;
    const techs = vs ? resolver.slugsIn(near) : [];
    if (techs.length >= 2) return techs.slice(0, 4);
  }
  const title = opening.find((l) => /^# /.test(l));
  const techs = title ? resolver.slugsIn(title) : [];
  if (techs.length >= 2) return techs.slice(0, 4);
  // "We compare Garnet to the latest versions of Redis, KeyDB and Dragonfly": the sentence that says what the
  // document measures, near its top, when neither a "vs" line nor the title names them.
  for (const line of rawLines.slice(0, 60)) {
    const said = WE_COMPARE.exec(line);
    // The title's subject is the one compared with the others, however the sentence names it.
    const named = said ? [...new Set([...techs, ...resolver.slugsIn(line.slice(said.index))])] : [];
    if (named.length >= 3) return named.slice(0, 5);
  }
  return [];
}

const WE_COMPARE =
  /\b(?:we|I|this (?:post|article|page|benchmark|report))\s(?:compare[sd]?|benchmark(?:ed|s)?|pit(?:ted)?|measured?|tested|test)\s[^.;]{0,80}?\b(?:to|with|against|versus|vs\.?)\s/i;

/** A move from one technology to another that the document reports on: what its before/after figures compare. */
export interface Migration {
  from: string;
  to: string;
}

// "How we moved from X to Y", "Migrating our API from X to Y", "Switching from X to Y: results".
const MOVE_FROM_TO =
  /\b(?:mov|migrat|switch|port|transition|convert|rewr[io]t|upgrad|went)\w{0,4}\b[^.:;!?]{0,40}?\bfrom\s(.{1,40}?)\s(?:to|onto)\s(.{1,40})/i;
// "Replacing X with Y", "We swapped X for Y".
const REPLACE_WITH = /\b(?:replac|swapp?)\w{0,4}\s(.{1,40}?)\s(?:with|for|by)\s(.{1,40})/i;
// "X to Y migration", "X → Y: what changed", "A Real World X -> Y Port".
const PAIR_MIGRATION = /^(.{1,40}?)\s(?:to|→|->)\s(.{1,40}?)(?::|\s(?:migration|move|switch|rewrite|port)\b)/i;

/**
 * The migration the document reports, from its title or a heading near its top ("Moving from X to Y"): one
 * technology on each side, the two different. Null when the opening says no such thing.
 */
export function migrationOf(rawLines: string[], resolver: TechResolver): Migration | null {
  const opening = rawLines.slice(0, 60).filter((l) => l.length <= 200 && (/^#{1,3}\s/.test(l) || /^title:/i.test(l)));
  for (const line of opening) {
    const text = line.replace(/^#{1,3}\s+|^title:\s*/i, "").replace(/[*_`"]/g, "");
    const moved = MOVE_FROM_TO.exec(text) ?? REPLACE_WITH.exec(text);
    const pair = moved ? null : PAIR_MIGRATION.exec(text);
    const m = moved ?? pair;
    if (!m) continue;
    // In "A Real World X -> Y Port" the side before the arrow is the name that ends there.
    const before = resolver.find(m[1]);
    const from = pair ? before.find((t) => t.end === m[1].trimEnd().length) : before[0];
    const to = resolver.find(m[2])[0];
    if (from && to && from.slug !== to.slug && (pair || from.start <= 4) && to.start <= 4)
      return { from: from.slug, to: to.slug };
  }
  return null;
}

/** Tables found once, before the line walk: which line opens one, and which lines belong to one. */
export function tablesOf(
  rawLines: string[],
  resolver: TechResolver,
): { tableAt: Map<number, Table>; inTable: (line: number) => boolean } {
  const lines: Array<{ text: string; start: number }> = [];
  let offset = 0;
  for (const raw of rawLines) {
    const t = raw.trim();
    lines.push({ text: t, start: offset + (t ? raw.indexOf(t) : 0) });
    offset += raw.length + 1;
  }
  const tables = findTables(lines, rawLines, looksLikeValue, headerColumns(resolver), (cell) =>
    namesOne(cell, resolver),
  );
  const tableAt = new Map(tables.map((t) => [t.firstLine, t]));
  const ranges = tables.map((t) => [t.firstLine, t.lastLine] as const);
  let i = 0;
  // Lines are asked about in order: one pointer walks the ranges.
  return {
    tableAt,
    inTable: (line) => {
      while (i < ranges.length && ranges[i][1] < line) i++;
      return i < ranges.length && ranges[i][0] <= line;
    },
  };
}

/**
 * The k column names of a header whose cells lost their separators ("Metric Vite Webpack Vite's
 * Advantage"): each technology it names opens a column that runs to the next one; one column more than
 * technologies is whatever follows the last name ("Winner").
 */
function headerColumns(resolver: TechResolver): (header: string, k: number) => string[] | null {
  return (header, k) => {
    const ms = resolver.find(header);
    if (ms.length < 2 || ms.length < k - 1 || ms.length > k) return null;
    const cols = ms.map((m, i) => header.slice(m.start, i + 1 < ms.length ? ms[i + 1].start : header.length).trim());
    if (cols.length === k) return cols;
    const last = ms[ms.length - 1];
    const tail = header.slice(last.end).trim();
    return tail ? [...cols.slice(0, -1), header.slice(last.start, last.end), tail] : null;
  };
}

/** A cell that is one technology's name, perhaps with a version ("RabbitMQ 4.0"). */
export function namesOne(cell: string, resolver: TechResolver): boolean {
  const found = resolver.find(cell);
  return (
    found.length === 1 &&
    found[0].start === 0 &&
    /^(?:v?\d{1,6}(?:\.\d{1,6}){0,3})?$/.test(cell.slice(found[0].end).trim())
  );
}

/** A cell that reads as a table value: a quantity, a yes/no mark, a short number-bearing token. */
function looksLikeValue(cell: string): boolean {
  return (
    quantitiesIn(cell.slice(0, 60), 2).some((q) => q.unit !== "") ||
    (rateCell(cell) != null && cell.length <= 12) ||
    /^(?:n\/a|-|—)$/i.test(cell) ||
    SCORECARD_VALUE.test(cell.trim())
  );
}

// What a scorecard's cells hold: versions ("v5.1", "3.0.3"), ratings ("8/10", "★★★★☆"), bare scores and counts ("9", "81k").
const SCORECARD_VALUE =
  /^(?:v?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+][\w.]{1,12})?|\d{1,3}(?:\.\d{1,2})?\s?\/\s?(?:5|10|100)|[★⭐]{1,5}☆{0,4}|~?\d{1,4}(?:\.\d{1,2})?\s?[kKMB]?\+?)$/u;
