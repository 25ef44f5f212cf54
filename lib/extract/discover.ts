// Technologies a document compares that neither the catalogue nor the lexicon knows: the sides of
// "X vs Y" in its title and headings, the other cells of a table header or first column whose cells
// are mostly technologies, and capitalised names coordinated with a known technology ("Qdrant and
// Milvus", "X, Y or Z") that recur. Each becomes a proposed technology for an editor to confirm.
import { slugify } from "@/lib/text/slug";
import { namedOutputLine, outputBaseNames } from "./figures/named-output";
import { namesAttributes, programOf, REMARK_COLUMN } from "./tables/common";
import { comparedNames } from "./tables/orientation";
import { subHeaderOf } from "./tables/sub-header";
import type { TechResolver } from "./technologies";
import type { TechRef } from "./types";
import { headingNames } from "./heading-names";
import { comparedItems, nameLike, packageLike } from "./name-shapes";
import { leadSubjects, styledNames, titleProgram } from "./stated-names";
import { variantWords } from "./variant-words";
import { isRule, tableCells, unlinkedFirst } from "./table-lines";

const MAX_LINE = 400;
/** A thing described in a few lower-case words ("bare git"). */
const LOWER_WORDS = /^[a-z][a-z0-9.+-]{0,20}(?: [a-z][a-z0-9.+-]{0,20}){1,2}$/;
/** The header's cells past the corner; a last "Description" or "Notes" column explains the rows, no compared thing. */
const headerThings = (cells: string[]) =>
  cells.slice(1).filter((c, i, all) => i < all.length - 1 || !REMARK_COLUMN.test(c));
/**
 * "| | chezmoi | dotbot | … | bare git |": names, and a thing described in lower-case words (named by the lexicon
 * if at all); a measure among them ("Size (gzip)") says the header lists attributes.
 */
const namedOrWords = (cells: string[]) =>
  cells.slice(1).every((c) => nameLike(c) || packageLike(c) || LOWER_WORDS.test(c));
const VERSUS = /\s(?:vs\.?|versus|or)\s/i;
/** "Qdrant vs Milvus vs Weaviate: Benchmarked at 50M" -> ["Qdrant", "Milvus", "Weaviate"]. */
function versusSides(heading: string): string[] {
  const head = heading.split(/[:—–(|]|\s-\s/)[0];
  if (!VERSUS.test(head) || !/\svs\.?\s|\sversus\s/i.test(head)) return [];
  const sides = head
    .split(/\s(?:vs\.?|versus)\s|,\s*|\sor\s|\sand\s/i)
    .map((s) => s.replace(/^#+\s*/, "").replace(/\b(?:in|for|at|on)\s.*$/i, ""));
  return sides.map(nameLike).filter((s): s is string => Boolean(s));
}

// The corner cell of a matrix whose header names the things compared: empty, or naming what the rows are.
const ROWS_ARE_ATTRIBUTES =
  /^(?:|features?|criteri(?:on|a)|aspects?|metrics?|measures?|categor(?:y|ies)|benchmarks?|tests?|propert(?:y|ies)|capabilit(?:y|ies)|comparison|attributes?|dimensions?)$/i;
// A header over a first column of compared things: "Library", "Framework", "Database".
const ROWS_ARE_THINGS =
  /^(?:librar(?:y|ies)|packages?|frameworks?|tools?|databases?|engines?|servers?|languages?|runtimes?|orms?|projects?|technolog(?:y|ies)|products?|brokers?|queues?|clients?|drivers?|implementations?|solutions?)$/i;
// A value cell of a results table: a figure ("656 ns/op", "+12%", "2.26 µs", "1x (baseline)").
const FIGURE_CELL = /^[~≈<>+-]?\$?\d[\d.,]*(?:\s?[±+-]\s?\d[\d.,]*)?\s?[\p{L}%×µ/]{0,12}(?:\/[\p{L}]{1,6})?\b/u;
// A header cell that names what a column measures: a unit or a measuring word ("Time", "ns/op", "Size (gzip)").
const MEASURE =
  /\/|%|\(|\b(?:time|speed|speedup|size|memory|throughput|latency|ratio|rate|ops|allocs?|allocated|bytes|mean|median|avg|average|min|max|p\d{2}|score|requests?|rps|ops|duration|cpu|ram|heap|objects?|count|total|compression|decompression|serialize|deserialize|roundtrip|encode|decode|parse|startup|build|install|relative|vs)\b/i;

// A cell that says how a row's thing was run or what it has, not a measure: a version, a mark, yes/no.
const ASIDE_CELL = /^(?:v?\d{1,4}(?:\.\d{1,4}){1,3}(?:[-+][\w.]{1,20})?|[✓✔✗✘×✅❌]|yes|no)$/i;

/** A column whose cells are all versions or marks (a "Version" or "Router ✓/✗" column of a results table). */
const asideColumn = (body: string[][], i: number): boolean =>
  body.every((r) => !r[i]?.trim() || ASIDE_CELL.test(r[i].trim()));

/**
 * A results table, one row per compared thing and one column per metric: the header past the corner
 * names measures (units or measuring words, never the things themselves), most body cells are figures,
 * and every first-column cell is name-like ("**Protobuf**", "[zerolog](…)", "apex/log").
 */
function resultsRows(header: string[], body: string[][], raw: string[]): string[] {
  // "Version" and "Router" (✓/✗) columns beside the measures say how each thing was run, not what was measured.
  const columns = header.map((h, i) => i).filter((i) => i > 0 && header[i] && !asideColumn(body, i));
  const measures = columns.map((i) => header[i]);
  if (
    body.length < 2 ||
    !measures.length ||
    measures.some((h) => !MEASURE.test(h)) ||
    // An empty corner over measures ("| | Requests/s | Latency |") heads a results table, not a matrix.
    (header[0] !== "" && ROWS_ARE_ATTRIBUTES.test(header[0])) ||
    ROWS_ARE_CASES.test(header[0])
  )
    return [];
  const values = body.flatMap((r) => columns.map((i) => r[i] ?? "")).filter(Boolean);
  if (values.filter((v) => FIGURE_CELL.test(v)).length * 4 < values.length * 3) return [];
  // Operations of one tool ("Creation", "Set Param") are plain words; compared things mostly look like products.
  // A corner naming a kind of thing ("Logger", "Format", "Compressor") says so for plain words too.
  const thingCorner = THING_CORNER.test(header[0] ?? "") || ROWS_ARE_THINGS.test(header[0] ?? "");
  const shaped = body.filter((r, i) => PRODUCT_SHAPE.test(r[0] ?? "") || MARKED.test(raw[i] ?? "")).length;
  return thingCorner || shaped * 2 >= body.length
    ? comparedItems(
        body.map((r, i) => (/^\s*`/.test(raw[i] ?? "") ? programOf(r[0] ?? "") : (r[0] ?? ""))),
        true,
      )
    : [];
}

/** The first column's heading says its cells are cases of one test or attributes, never compared things. */
const rowsAreCases = (corner: string | null): boolean =>
  corner !== null && (ROWS_ARE_CASES.test(corner) || (corner !== "" && ROWS_ARE_ATTRIBUTES.test(corner)));

// A first-column heading saying the rows are cases of one test, not compared things.
const ROWS_ARE_CASES =
  /^(?:operations?|scenarios?|workloads?|quer(?:y|ies)|tasks?|cases?|test cases?|steps?|phases?|stages?|actions?|methods?|functions?|endpoints?|routes?|inputs?|payloads?|files?|sizes?|datasets?)$/i;
const THING_CORNER =
  /^(?:\p{L}{2,}(?:er|or)s?|formats?|names?|packages?|modules?|crates?|gems?|versions?|variants?)$/iu;
// A product-shaped name: an inner capital ("FlatBuffers"), an acronym ("JSON"), a package spelling ("go-kit",
// "apex/log", "log15", "zerolog"), or a word with a version.
const PRODUCT_SHAPE =
  /^(?:\p{L}[\p{Ll}\d]*\p{Lu}\S*|\p{Lu}{2,}\d*|[\p{Ll}\d]+(?:[-_./][\p{Ll}\d]+)*|\S+ v?\d[\d.]*)(?:$| )/u;
// A first cell set apart by markup: bold, a code span or a link.
const MARKED = /^\s*(?:\*\*|__|`|\[)/;

/**
 * The technologies a table compares that nothing else names: in a header row or a first column mostly
 * (at least half) made of known technologies, the other name-like cells; in a matrix whose corner is empty or says the
 * rows are attributes ("Feature"), every header cell; under a first-column heading that says the rows are
 * things ("Library"), every first-column cell.
 */
function tableSiblings(
  lines: string[],
  resolver: TechResolver,
  recurs: (name: string) => boolean,
  inProse: (name: string) => boolean = () => false,
): string[] {
  const out: string[] = [];
  let fromTable = 0;
  const consider = (cells: string[]) => {
    // A whole cell naming a technology in another casing ("filebeat", "vector" beside "fluentd") counts too.
    const known = cells.filter(
      (c) => (resolver.find(c).length > 0 && resolver.find(c)[0].start === 0) || resolver.wholeName(c) !== null,
    );
    // Mostly technologies, not two of ten: a column of use cases that mentions "REST API" and "GraphQL
    // Server" does not make "Microservice" or "Static Site" a technology.
    if (known.length < 2 || known.length * 2 < cells.filter(Boolean).length) return;
    for (const c of cells)
      if (!resolver.find(c).length && !resolver.wholeName(c)) {
        // "splunk_hf" beside "fluentd" and "vector": a package spelling joined by "_", "-" or "." is a name too.
        const n = nameLike(c) ?? (/[._-]/.test(c) ? packageLike(c) : null);
        if (n) out.push(n);
      }
  };
  // A known name inside a longer cell ("python-rapidjson", "cPython JSON") is not that cell's technology:
  // the whole cell is the compared thing.
  // A known name then a word for the form it ships in ("Rspack CLI", "Temporal Cloud") is that technology;
  // any other word after it makes a thing of its own ("cPython JSON": a JSON package).
  const namesWhole = (n: string) =>
    resolver.find(n).some((m) => m.start === 0 && (m.end === n.length || EDITION.test(n.slice(m.end))));
  const byShape = (cells: string[], most = false, variant = variantWords(cells, resolver)) =>
    out.push(...comparedItems(cells, most).filter((n) => !namesWhole(n) && !variant(n)));
  let firstColumn: string[] = [];
  let corner: string | null = null;
  let inTable = false;
  let rows: string[][] = [];
  let firstRaw: string[] = [];
  /** Where the names read from the header's cells stand in `out` (dropped when the rows turn out to be the names). */
  let headerNames: [number, number] = [0, 0];
  // "API type | Nock | MSW", "Environment | …": a worded corner that is neither a name nor the kind of thing
  // compared says the first column lists attributes, even where some are names themselves ("GraphQL", "Node.js").
  const attributeCorner = (c: string | null) => c !== null && namesAttributes(c) && !resolver.find(c).length;
  const endTable = () => {
    if (corner === "" && mostlyKnown(firstColumn, resolver))
      out.splice(headerNames[0], headerNames[1] - headerNames[0]);
    if (!attributeCorner(corner)) consider(firstColumn);
    // Under "Framework", "Library": the rows are the compared things even where one reads as a word ("Fast").
    if (corner !== null && ROWS_ARE_THINGS.test(corner) && firstColumn.length >= 3) byShape(firstColumn.slice(1), true);
    else out.push(...resultsRows(rows[0] ?? [], rows.slice(1), firstRaw.slice(1)).filter((n) => !namesWhole(n)));
    // Nothing named by the header's words or known names: the table's shape and content say which cells are the
    // compared things (orientation.ts), unless known technologies already stand in its header or first column.
    const knownIn = (cells: string[]) => cells.filter((c) => resolver.find(c)[0]?.start === 0).length;
    if (out.length === fromTable && rows.length >= 3 && knownIn(rows[0].slice(1)) < 2 && knownIn(firstColumn) < 2)
      out.push(
        ...comparedNames(rows, (c) => nameLike(c) ?? packageLike(c), recurs, rowsAreCases(corner)).filter(
          (n) => !namesWhole(n),
        ),
      );
  };
  for (const line of lines) {
    if (inTable && isRule(line)) continue;
    const cells = tableCells(line);
    if (!cells) {
      if (inTable) endTable();
      firstColumn = [];
      rows = [];
      firstRaw = [];
      corner = null;
      inTable = false;
      continue;
    }
    if (!inTable) {
      fromTable = out.length;
      consider(cells.slice(1));
      corner = cells[0];
      const before = out.length;
      // Under an empty corner a few lower-case words among the names will do (namedOrWords).
      if (ROWS_ARE_ATTRIBUTES.test(corner)) byShape(headerThings(cells), corner === "" && namedOrWords(cells));
      // Under a worded attribute corner the header's cells are the compared things when the prose names each of
      // them as written ("Nock", "Mock Service Worker"); "Recommended" or "Runner-up" it does not.
      else if (attributeCorner(corner)) {
        const across = comparedItems(cells.slice(1));
        if (across.length === cells.length - 1 && across.every(inProse)) byShape(cells.slice(1));
      }
      headerNames = [before, out.length];
    }
    // "|  |  | MB/s | MB/s |" under the header: the columns' units, no row of a compared thing.
    else if (rows.length === 1 && subHeaderOf(rows[0], cells)) continue;
    inTable = true;
    firstColumn.push(cells[0]);
    if (rows.length < 200) {
      rows.push(cells);
      firstRaw.push(unlinkedFirst(line));
    }
  }
  if (inTable) endTable();
  return out;
}

/** "|  | Open Issues | Closed Issues |" over rows of known technologies: the header's cells measure them. */
function mostlyKnown(cells: string[], resolver: TechResolver): boolean {
  const known = cells.filter((c) => resolver.find(c)[0]?.start === 0).length;
  return known >= 2 && known * 2 >= cells.length;
}

// The form a product ships in, after its name: "CLI", "SDK", "Cloud", "Community Edition".
const EDITION =
  /^ (?:cli|sdk|core|client|server|runtime|cloud|community|enterprise|edition|lite|pro|oss|standalone)(?: edition)?$/i;

/**
 * The words of `name` before the first that starts a known technology's name ("Crunchy Bridge Postgres" →
 * "Crunchy Bridge"); for a name that is a known one, its first word ("Travis" of "Travis CI"), which
 * foldShortForms (./index.ts) makes that technology's short form where the document uses it alone.
 */
function beforeKnown(name: string, resolver: TechResolver): string {
  const known = resolver.find(name)[0];
  if (!known) return name;
  return known.start > 0 ? name.slice(0, known.start).trimEnd() : name.split(" ")[0];
}

/** Name-like words coordinated with a known technology ("X and Y", "X, Y or Z", "X than Y") at least twice. */
function coordinated(text: string, resolver: TechResolver): string[] {
  const counts = new Map<string, number>();
  const known = resolver.findAll(text);
  for (const m of known) {
    // A name of up to three capitalised words ("Neon and Crunchy Bridge offer …"), short of a known one
    // after it ("Render and Crunchy Bridge Postgres").
    const after =
      /^(?:,| and| or| vs\.?| versus| than| over)\s+([A-Z][\w.+#-]{1,30}(?: [A-Z][\w.+#-]{1,20}){0,2})/.exec(
        text.slice(m.end, m.end + 80),
      );
    const before = /([A-Z][\w.+#-]{1,30})(?:,| and| or| vs\.?| versus| than| over)\s+$/.exec(
      text.slice(Math.max(0, m.start - 50), m.start),
    );
    for (const hit of [after?.[1] && beforeKnown(after[1], resolver), before?.[1]]) {
      const n = hit ? nameLike(hit) : null;
      if (n && !resolver.find(n).length) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  return [...counts].filter(([n]) => occurrences(text, n) >= 2).map(([n]) => n);
}

// "In this section we compare typedload to other similar libraries": what a document says it compares.
const COMPARED_SUBJECT = /\bcompar(?:e|es|ed|ing) ([\w.-]{2,40}) (?:to|with|against|and) /gi;

/** The things a sentence says the document compares, when the document names them at least three times. */
function statedSubjects(lines: string[], text: string): string[] {
  const out: string[] = [];
  for (const l of lines.slice(0, 200)) {
    COMPARED_SUBJECT.lastIndex = 0;
    for (let m = COMPARED_SUBJECT.exec(l); m; m = COMPARED_SUBJECT.exec(l)) {
      const n = nameLike(m[1]) ?? packageLike(m[1]);
      if (n && !/^(?:it|them|this|these|those|the|two|three|both|all)$/i.test(n) && occurrences(text, n) >= 3)
        out.push(n);
    }
  }
  return out;
}

/** The name stands as a word at least twice in the document: once in its table, once more elsewhere. */
function recurring(lower: string, name: string): boolean {
  let n = 0;
  for (let at = lower.indexOf(name); at >= 0 && n < 2; at = lower.indexOf(name, at + name.length)) {
    const before = lower[at - 1] ?? " ";
    const after = lower[at + name.length] ?? " ";
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) n++;
  }
  return n >= 2;
}

function occurrences(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0 && n < 3; at = text.indexOf(name, at + name.length)) n++;
  return n;
}

/**
 * The names benchmark output lines start with ("Quillog average: 388ms", "quokka x 12,480 ops/sec"), per
 * code block: at least two different ones, each name-like, variants folded into their name.
 */
function outputNames(lines: string[]): string[] {
  const blocks: string[][] = [];
  let block: string[] | null = null;
  for (const line of lines) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      if (block?.length) blocks.push(block);
      block = block ? null : [];
      continue;
    }
    const figure = block && blocks.length < 50 && block.length < 200 ? namedOutputLine(line) : null;
    if (figure) block!.push(figure.name);
  }
  const names = outputBaseNames(blocks)
    .map((n) => nameLike(n) ?? packageLike(n))
    .filter((n): n is string => Boolean(n));
  return names.length >= 2 ? names : [];
}

/**
 * Technologies this document compares that `resolver` does not know, as proposed references; a name
 * `resolver` knows only in another spelling comes back under that technology's slug, as written here.
 */
// A word for a kind of thing ("Provider", "Cloud", "Big cloud", "Platform") names what is compared, never one of
// them: a table's corner, a column over several products, the noun after a maker's name.
const KIND_NOUN =
  /^(?:(?:big|small|smaller|large|larger|other|new|old|legacy|managed|self-hosted|hosted|public|private)\s)?(?:providers?|vendors?|clouds?|platforms?|services?|products?|solutions?|options?|tools?|tiers?|plans?|storage|hosting|offerings?|alternatives?)$/i;

/**
 * The first-column cells of tables whose header names known technologies across ("| | oxc | swc | biome |"):
 * the cases each technology was run on ("no-drop", "parallel"), never compared things themselves, wherever
 * else the document names them (a heading explaining each case).
 */
function casesOfKnown(lines: string[], resolver: TechResolver): Set<string> {
  const out = new Set<string>();
  let header: string[] | null = null;
  for (const line of lines) {
    const cells = isRule(line) ? null : tableCells(line);
    if (isRule(line)) continue;
    if (!cells) {
      header = null;
      continue;
    }
    if (!header) {
      header = cells;
      continue;
    }
    // Runtimes or platforms across ("Node 20 | Bun | Deno") are where the rows' things ran, not compared things.
    const named = header.slice(1).filter((c) => {
      const tech = resolver.wholeName(c);
      return tech !== null && !resolver.isSetting(tech.slug);
    }).length;
    if (named >= 2 && named * 2 > header.length - 1 && cells[0] && !resolver.wholeName(cells[0]))
      out.add(cells[0].toLowerCase());
  }
  return out;
}

export function discoverTechnologies(text: string, resolver: TechResolver): TechRef[] {
  const lines = text.split("\n").map((l) => (l.length > MAX_LINE ? "" : l));
  const names = new Set<string>();
  for (const l of lines.slice(0, 400)) {
    if (/^#{1,6}\s/.test(l) || (l.length < 120 && /\svs\.?\s/i.test(l))) for (const s of versusSides(l)) names.add(s);
  }
  const lower = text.slice(0, 200_000).toLowerCase();
  const prose = lines.filter((l) => !/^\s*\|/.test(l)).join("\n");
  const inProse = (name: string) => occurrences(prose, name) >= 2;
  for (const n of tableSiblings(lines, resolver, (name) => recurring(lower, name.toLowerCase()), inProse)) names.add(n);
  for (const n of leadSubjects(lines)) names.add(n);
  for (const n of styledNames(lines)) names.add(n);
  for (const n of statedSubjects(lines, text.slice(0, 200_000))) names.add(n);
  const whole = (n: string) => resolver.find(n).some((m) => m.start === 0 && m.end === n.length);
  for (const n of headingNames(lines.slice(0, 2000), prose, whole)) names.add(n);
  for (const n of outputNames(lines)) names.add(n);
  for (const n of coordinated(text.slice(0, 200_000), resolver)) names.add(n);
  const own = titleProgram(lines);
  if (own) names.add(own);
  const cases = casesOfKnown(lines, resolver);
  const out = new Map<string, TechRef>();
  for (const name of names) {
    if (KIND_NOUN.test(name) || cases.has(name.toLowerCase())) continue;
    if (resolver.find(name).some((m) => m.start === 0 && m.end === name.length)) continue;
    const slug = slugify(name, 60);
    // A known technology whose name is also an everyday word matches only as written ("Wretch"): where the
    // document's shapes name it another way ("wretch" in a compared table's header), that spelling is its.
    if (slug && resolver.has(slug)) out.set(slug, { ...resolver.ref(slug)!, name, aliases: [] });
    else if (slug) out.set(slug, { slug, name, aliases: [], proposed: true });
  }
  return [...out.values()];
}
