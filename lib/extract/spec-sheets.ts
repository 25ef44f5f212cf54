// A product's specification sheet: a list of "**Label**: value" items about one technology (under its
// heading), some valued in figures ("Memory: 128MB up to 10GB", "Runtime: 29s (HTTP integration with API
// Gateway), 15min (anything else)"), some in words ("Languages (natively): Go, Node.js, Python"). Figures
// beside words describe what the product is and allows, not what a benchmark measured (a list of results
// is figures throughout, and its labels name measures): each figure is a fact, with the note in brackets
// after it as its condition, and each worded value a capability of the product.
import { slugify } from "@/lib/text/slug";
import type { ClaimWriter } from "./claim-writer";
import { featureItem } from "./feature-items";
import { limitLabel, limitValue, MEASURED_LABEL } from "./limits";
import { quantitiesIn, type Quantity } from "./quantities";
import type { Span } from "./sentences";
import { setupLine } from "./setup";
import { lowerWords } from "./tables/common";
import type { TechResolver } from "./technologies";

const ITEM = /^(\s*)[-*+] (.*)$/;
// "Label: value" with markup off: a short label (five words at most), a colon, the value.
const LABELLED = /^([^:]{2,40}?):\s+(.{1,400})$/;
// What may stand before a specification's first figure: a bound or nothing.
const BOUND = /^(?:up to|at most|max(?:imum)?(?: of)?|min(?:imum)?(?: of)?|from|about|around|~|≈|<|≤|\$)?$/i;
// "n/a", "-", "TBD": no value stated.
const NO_VALUE = /^(?:n\/?a|none stated|tbd|unknown|-|—|–|\?)$/i;
/** The setup a benchmark states ("Hardware: …", "Versions: …", "Dataset: …"): a list of them is no product's sheet. */
const SETUP_KEY = /^(?:hardware|dataset|versions|tool|concurrency|queries)$/;

interface LabelledItem {
  label: string;
  value: string;
}

/** "- **Memory**: 128MB up to 10GB" -> its label and value, markup off; null for any other item. */
function labelled(body: string): LabelledItem | null {
  const m = LABELLED.exec(body.replace(/\*\*|__/g, "").trim());
  if (!m || m[1].trim().split(/\s+/).length > 5) return null;
  return { label: m[1].trim(), value: m[2].trim() };
}

/** The figures a value opens with: quantities with a unit (or a price), the first after a bound at most. */
function figuresOf(value: string): Quantity[] {
  const found = quantitiesIn(value.slice(0, 200), 6);
  const first = found[0];
  if (!first || !BOUND.test(value.slice(0, first.at).trim())) return [];
  return found.filter((q) => q.unit !== "" || priced(value, q) || nounAfter(value, q) !== null);
}

/** A value in words: no figure in its opening, not a bare "n/a". */
const worded = (value: string): boolean => !/\d/.test(value.slice(0, 16)) && !NO_VALUE.test(value.trim());

/**
 * The lines of the document that are items of a specification sheet: a run of three or more list items, at
 * least three in four labelled, with a figure valued under a label that measures nothing and a value in
 * words beside it, and no benchmark setup among them.
 */
export function specSheetLines(lines: string[], resolver: TechResolver): Set<number> {
  const sheet = new Set<number>();
  let run: number[] = [];
  let indent = -1;
  const close = () => {
    if (
      isSpecSheet(
        run.map((i) => ITEM.exec(lines[i])?.[2] ?? ""),
        resolver,
      )
    )
      for (const i of run) sheet.add(i);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const item = ITEM.exec(lines[i]);
    if (item && (run.length === 0 || item[1].length === indent)) {
      indent = item[1].length;
      run.push(i);
      continue;
    }
    // A nested item or a continuation line stays in the run; anything else ends it.
    if (run.length && (item || /^\s+\S/.test(lines[i]))) continue;
    close();
  }
  close();
  return sheet;
}

function isSpecSheet(bodies: string[], resolver: TechResolver): boolean {
  if (bodies.length < 3) return false;
  const items = bodies.map(labelled).filter((x): x is LabelledItem => x !== null);
  if (items.length < 3 || items.length * 4 < bodies.length * 3) return false;
  // A label naming a technology ("Django: 12 ms") makes a list of technologies, not one product's sheet.
  if (items.some((x) => resolver.find(x.label).length)) return false;
  const setup = items.filter((x) => SETUP_KEY.test(setupLine(`${x.label}: ${x.value}`)?.[0] ?? "")).length;
  if (setup >= 2) return false;
  const figured = items.filter((x) => !MEASURED_LABEL.test(x.label) && figuresOf(x.value).length > 0);
  // "Name: Express" beside figures is the name of what was measured, not a worded value.
  const words = items.filter((x) => worded(x.value) && !isName(x.value, resolver));
  return figured.length >= 1 && words.length >= 1;
}

/** A value that is one technology's name (and a version), as a results list names what it measured. */
function isName(value: string, resolver: TechResolver): boolean {
  const plain = value.replace(/[`*_[\]]/g, "").trim();
  const found = resolver.find(plain);
  return found.length === 1 && found[0].start === 0 && plain.slice(found[0].end).trim().length <= 8;
}

/** "29s (HTTP integration with API Gateway)": the note in brackets right after a figure. */
function noteAfter(value: string, q: Quantity): string | null {
  return /^\s?\(([^()]{1,60})\)/.exec(value.slice(q.end))?.[1].trim() ?? null;
}

/** "29s (HTTP integration with API Gateway)" of "29s (…), 15min (…)": the part of the value that holds `q`. */
function partOf(value: string, q: Quantity, figures: Quantity[]): string {
  if (figures.length === 1) return value;
  const start = value.lastIndexOf(",", q.at) + 1;
  const comma = value.indexOf(",", q.end);
  const part = value.slice(start, comma < 0 ? value.length : comma).trim();
  // "128MB up to 10GB": one range, said whole for each end.
  return quantitiesIn(part, 3).length > 1 || !part ? value : part;
}

/**
 * An item of a specification sheet about one technology: each figure a fact ("AWS Lambda: memory 128MB up to
 * 10GB."), a worded value a capability. True when the item was read as one.
 */
export function specSheetItem(
  out: ClaimWriter,
  compared: string[],
  tech: string,
  body: string,
  span: Span,
  resolver: TechResolver,
): boolean {
  const item = labelled(body);
  if (!item) return false;
  // "Max message size: 256 KB", "Queues per vhost: no hard limit" are the limit reader's; "Requests/sec:
  // 8,427" a measurement.
  if (limitLabel(item.label) || MEASURED_LABEL.test(item.label) || limitValue(item.value)?.value === null) return false;
  const figures = figuresOf(item.value);
  if (!figures.length) return worded(item.value) && featureItem(out, compared, tech, body, span, false);
  const what = lowerWords(item.label);
  const metric = slugify(item.label, 40).replace(/-/g, "_");
  for (const q of figures) {
    const note = noteAfter(item.value, q);
    const said = partOf(item.value, q, figures).replace(/\s+/g, " ").replace(/[.;]$/, "");
    out.emit(
      {
        statement: `${resolver.nameOf(tech)}: ${what} ${said}.`,
        kind: "fact",
        technologies: [tech],
        topic: slugify(item.label, 40),
        metric,
        value: q.value,
        unit: q.unit || (priced(item.value, q) ? "$" : nounAfter(item.value, q)),
        conditions: note ? { note } : {},
        stance: "SUPPORTS",
      },
      span,
    );
  }
  return true;
}

/** "$25/month": a price, its figure after the dollar sign. */
const priced = (value: string, q: Quantity): boolean => value[q.at - 1] === "$";
/** "20 regions": a bare number's noun is its unit, as written. */
const nounAfter = (value: string, q: Quantity): string | null =>
  /^\s([a-z]{3,16})\b/i.exec(value.slice(q.end))?.[1].toLowerCase() ?? null;
