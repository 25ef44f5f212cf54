// Sizes in a sentence: what a size measures (memory a technology takes, a bundle, an image, disk), and when a size
// is a machine's capacity ("8 GB of RAM"), part of the setup, not a measurement.
import { describeQuantity, type Quantity } from "../quantities";

// A size right before one of these is a machine's capacity, part of the setup, not a measurement.
const CAPACITY_AFTER =
  /^\s?(?:of\s)?(?:RAM|SSDs?|NVMe|HDDs?|disks?|drives?|storage|instances?|machines?|servers?|VMs?|nodes?|memory limit|heap limit|limit|quota|plan|tier)\b/i;
// "uses ~140MiB of RAM at idle", "needs 2 GB of RAM", "250MiB of RAM max": memory a technology takes, not a machine's.
const CONSUMES_BEFORE =
  /\b(?:uses?|using|consumes?|consuming|takes?|needs?|requires?|eats|occupies|peaks? at|grows to)\s(?:(?:about|around|roughly|only|just|up to|at least|at most)\s)?[~≈]?$/i;
const CONSUMED_AFTER =
  /^\s?(?:of\s(?:RAM|memory)\s)?(?:at (?:idle|peak|rest|max(?:imum)?|startup)|max(?:imum)?\b|idle\b|when idle|in use|usage)/i;
const consumed = (before: string, after: string): boolean => CONSUMES_BEFORE.test(before) || CONSUMED_AFTER.test(after);

/** What a size measures, from the words around it ("uses … of RAM", "bundle size"); null when they say nothing. */
export function sizeNamed(before: string, after: string): [string, string] | null {
  if (consumed(before, after) && /^\s?of\s(?:RAM|memory)\b/i.test(after)) return ["memory", "memory"];
  const text = `${before.slice(before.search(/[^,;:]*$/))} ${/^\s?of \p{L}+/u.exec(after)?.[0] ?? ""}`;
  const hit = SIZE_CUES.find(([re]) => re.test(text));
  return hit ? [hit[1], hit[2]] : null;
}

const STATE_WORDS = { idle: "at idle", peak: "at peak", startup: "at startup" } as const;

/** The metric and words of a size; memory "at idle" or "max" is measured in that state (idle and peak never compare). */
export function sizeMeasure(named: [string, string], after: string, q: Quantity): { metric: string; words: string } {
  const state = named[0] === "memory" ? memoryState(after) : null;
  return {
    metric: state ? `${named[0]}_${state}` : named[0],
    words: `${named[1]}${state ? ` ${STATE_WORDS[state]}` : ""} ${describeQuantity(q)}`,
  };
}

const MEMORY_STATE = /^\s?(?:of\s(?:RAM|memory)\s)?(?:at\s|when\s)?(idle|rest|startup|peak|max(?:imum)?)\b/i;
function memoryState(after: string): "idle" | "peak" | "startup" | null {
  const word = MEMORY_STATE.exec(after)?.[1].toLowerCase();
  return !word ? null : word === "idle" || word === "rest" ? "idle" : word === "startup" ? "startup" : "peak";
}

// What a size measures, by the words before it.
export const SIZE_CUES: Array<[RegExp, string, string]> = [
  [/\b(?:memory|RSS|heap|RAM usage|footprint)\b/i, "memory", "memory"],
  [/\b(?:JS|JavaScript)\b/, "javascript_size", "JavaScript"],
  [/\b(?:bundles?|payload|ships?|shipped|download\w*)\b/i, "bundle_size", "bundle size"],
  [/\bdisk(?: usage| space)?\b/i, "disk_usage", "disk usage"],
  [/\b(?:images?|binar(?:y|ies)|containers?)\b/i, "image_size", "image size"],
  [/\b(?:sizes?|weighs?|weight)\b/i, "size", "size"],
];

/** A size the words around it say was measured (not a machine's capacity, unless something is said to take it). */
export const measuredSize = (before: string, after: string): boolean =>
  !CAPACITY_AFTER.test(after) || consumed(before, after);
