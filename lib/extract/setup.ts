// The setup a section states ("Machine: …", "Dataset: …", "Versions: …", a "### react-1k" case heading),
// attached to every figure under it until the next heading of the same or higher level, so figures
// measured the same way compare and figures measured differently do not.
import type { TechResolver } from "./technologies";
import type { Conditions } from "./types";

export interface TestedVersion {
  slug: string;
  version: string;
}

interface Level {
  depth: number;
  conditions: Conditions;
}

// "Label: value" lines that describe how something was measured, by what the label names.
const SETUP_KEYS: Array<[RegExp, string]> = [
  [/^(?:machines?|hardware|hosts?|servers?|instances?|nodes?|cpus?|vms?|cluster|test (?:machine|rig|box))$/i, "hardware"],
  [/^(?:datasets?|data|workloads?|corpus|data ?set size)$/i, "dataset"],
  [/^(?:versions?|software( versions)?|tested versions)$/i, "versions"],
  [/^(?:tools?|benchmark(?:ing)? tool|load (?:generator|tool)|harness|client)$/i, "tool"],
  [/^(?:concurrency|connections|concurrent (?:users|connections|clients)|clients|threads|virtual users|vus)$/i, "concurrency"],
  [/^(?:environment|env|os|operating system|runtime|platform|region)$/i, "environment"],
  [/^(?:queries|query set|requests)$/i, "queries"],
];

const MAX_VALUE = 90;

/** "Machine: 3x nodes (AMD …), 128GB RAM" -> ["hardware", "3x nodes, 128GB RAM"], or null for any other line. */
export function setupLine(line: string): [string, string] | null {
  if (line.length > 400) return null;
  const m = /^(?:[-*] )?([A-Za-z][A-Za-z /-]{1,30}):\s?(\S.*)$/.exec(line);
  if (!m) return null;
  const key = SETUP_KEYS.find(([re]) => re.test(m[1].trim()))?.[1];
  if (!key) return null;
  const value = m[2].replace(/\s?\([^()]{0,120}\)/g, "").replace(/\s+/g, " ").trim();
  return value ? [key, value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1).trimEnd()}…` : value] : null;
}

/** A sub-heading that names a case rather than a topic: "react-1k", "10k rows", "Case 3". */
const CASE_HEADING = /^(?=.{2,40}$)(?:[\w.]+-[\w.-]+|.*\d.*)$/;

export class SetupTracker {
  private levels: Level[] = [];

  /** Feed every line outside code, in order; headings open and close sections. */
  see(line: string, techsInHeading = 0): void {
    const heading = /^(#{1,6}) (.{1,300})$/.exec(line);
    if (heading) {
      const depth = heading[1].length;
      this.levels = this.levels.filter((l) => l.depth < depth);
      const name = heading[2].trim();
      const conditions: Conditions = depth >= 2 && !techsInHeading && CASE_HEADING.test(name) ? { scenario: name } : {};
      this.levels.push({ depth, conditions });
      return;
    }
    const setup = setupLine(line);
    if (!setup) return;
    if (!this.levels.length) this.levels.push({ depth: 0, conditions: {} });
    this.levels[this.levels.length - 1].conditions[setup[0]] = setup[1];
  }

  /** Conditions a sentence of the section states ("All runs used Node 20 on 8 vCPU"): they hold for the rest of it. */
  add(conditions: Conditions): void {
    if (!this.levels.length) this.levels.push({ depth: 0, conditions: {} });
    Object.assign(this.levels[this.levels.length - 1].conditions, conditions);
  }

  /** Every condition in force here, the innermost section's winning. */
  current(): Conditions {
    return Object.assign({}, ...this.levels.map((l) => l.conditions)) as Conditions;
  }
}

const VERSION_AFTER = /^\s?v?(\d{1,6}(?:\.\d{1,6}){1,3}(?:-[\w.]{1,20})?)(?![\w.])/;

/** "Versions: Qdrant 1.12.1, Milvus 2.5.2" (a setup line): each technology with the version it names. */
export function testedVersions(line: string, resolver: TechResolver): TestedVersion[] {
  const setup = setupLine(line);
  if (!setup || setup[0] !== "versions") return [];
  const out: TestedVersion[] = [];
  for (const m of resolver.find(line)) {
    const v = VERSION_AFTER.exec(line.slice(m.end, m.end + 30));
    if (v) out.push({ slug: m.slug, version: v[1] });
  }
  return out;
}

// A sentence saying how the measurements were taken: "All runs used Node 20 and PostgreSQL 16 on 8 vCPU",
// "Tested with Python 3.12 on an 8 vCPU VM", "We benchmarked on a 16 GB laptop".
const SETUP_SENTENCE = /\b(?:(?:runs?|tests?|benchmarks?|measurements?|numbers|results|figures|everything)\s(?:all\s)?(?:used|were (?:run|taken|measured|collected|done)|ran|was (?:run|done)|come from)|(?:we|i)\s(?:ran|run|tested|benchmarked|measured|used)|(?:tested|benchmarked|measured|ran|executed|performed|conducted)\s(?:on|with|using|under|against|in)|running on|on (?:an?|the|my|our)\s(?:[\w-]{1,20}\s){0,3}(?:vm|machine|laptop|server|instance|box|desktop|macbook))\b/i;
// A figure the sentence reports itself: then its setup belongs to that figure, not to the section.
const FIGURE = /\d\s?(?:k\s)?(?:req|rps|ops|requests|queries|inserts|writes|reads|msgs?|messages|tx|transactions|ms\b|µs|ns\b|sec\b|seconds|s\b|x\b|×|%|MB\/s|GB\/s)/i;
const HARDWARE = /\b\d{1,3}\s?(?:vCPUs?|cores?|CPUs?)\b|\b\d{1,4}\s?(?:GB|GiB)(?:\s(?:RAM|memory))?\b|\b(?:Apple\s)?M[1-4](?:\s(?:Pro|Max|Ultra))?\b/gi;
const MAJOR_AFTER = /^\s?v?(\d{1,4}(?:\.\d{1,4}){0,3})(?![\w.]*\d)/;

/**
 * The setup a prose sentence states (versions of what it ran on, hardware), or null when the sentence
 * is not about the setup or reports a figure of its own.
 */
export function setupSentence(text: string, resolver: TechResolver): Conditions | null {
  if (text.length > 400 || !/\d/.test(text) || !SETUP_SENTENCE.test(text) || FIGURE.test(text)) return null;
  const versions: string[] = [];
  for (const m of resolver.findAll(text)) {
    // "Python 3.12" where the name itself is "Python 3": the version starts inside the name.
    let from = m.end;
    while (from > m.start + 1 && /\d/.test(text[from - 1])) from--;
    const v = MAJOR_AFTER.exec(text.slice(from, from + 20));
    if (v) versions.push(`${m.name.replace(/\s\d+$/, "")} ${v[1]}`);
  }
  const hardware = [...text.matchAll(HARDWARE)].map((h) => h[0]);
  const out: Conditions = {};
  if (versions.length) out.versions = versions.join(", ");
  if (hardware.length) out.hardware = hardware.join(", ");
  return versions.length || hardware.length ? out : null;
}
