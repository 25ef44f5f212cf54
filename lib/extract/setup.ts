// The setup a section states ("Machine: …", "Dataset: …", "Versions: …", a "### react-1k" case heading),
// attached to every figure under it until the next heading of the same or higher level, so figures
// measured the same way compare and figures measured differently do not. A setup is also stated by a
// labelled line ("Setup: 2 vCPU / 4 GB, Node 20, 50 connections", "All tests: …"), a sentence that sets
// the scene ("On a 4-vCPU VM with 4 workers each, …"), a "## Hardware" / "## Test setup" section (the
// setup of the section around it, so it reaches "## Results"), and a setting switched on or off in a
// heading or lead-in ("### With validation", "Without TLS:"). A later setup overrides what it restates.
import { isVerb } from "./language";
import type { TechResolver } from "./technologies";
import type { Conditions } from "./types";
import { withoutCaptionUnit } from "./tables/caption";

export interface TestedVersion {
  slug: string;
  version: string;
}

interface Level {
  depth: number;
  conditions: Conditions;
  /** A "## Test setup" / "### Hardware" section: what it states is the setup of the section around it. */
  describesSetup: boolean;
}

// "Label: value" lines that describe how something was measured, by what the label names.
const SETUP_KEYS: Array<[RegExp, string]> = [
  [
    /^(?:machines?|hardware|hosts?|servers?|instances?|nodes?|cpus?|vms?|cluster|test (?:machine|rig|box))$/i,
    "hardware",
  ],
  [/^(?:datasets?|data|workloads?|corpus|data ?set size)$/i, "dataset"],
  [/^(?:versions?|software( versions)?|tested versions)$/i, "versions"],
  [/^(?:tools?|benchmark(?:ing)? tool|load (?:generator|tool)|harness|client)$/i, "tool"],
  [
    /^(?:concurrency|connections|concurrent (?:users|connections|clients)|clients|threads|virtual users|vus)$/i,
    "concurrency",
  ],
  [/^(?:environment|env|os|operating system|runtime|platform|region)$/i, "environment"],
  [/^(?:queries|query set|requests)$/i, "queries"],
];

const MAX_VALUE = 90;
// A value that opens with an article and runs on past a full stop: a description, not a setting.
const DESCRIBED = /^(?:the|a|an)\s[^.!?]{1,120}[.!?]\s+\S/i;

/** "Machine: 3x nodes (AMD …), 128GB RAM" -> ["hardware", "3x nodes, 128GB RAM"], or null for any other line. */
export function setupLine(line: string): [string, string] | null {
  if (line.length > 400) return null;
  const m = /^(?:[-*] )?([A-Za-z][A-Za-z /-]{1,30}):\s?(\S.*)$/.exec(line);
  if (!m) return null;
  const value = m[2]
    .replace(/\s?\([^()]{0,120}\)/g, "")
    .replace(/`/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // "Node: v14.17.4": the runtime's version, not a cluster's nodes.
  const runtime = /^node$/i.test(m[1].trim()) && /^v?\d{1,3}(?:\.\d{1,4}){0,2}$/.test(value);
  const key = runtime ? "runtime" : SETUP_KEYS.find(([re]) => re.test(m[1].trim()))?.[1];
  // "- server: the UI and the API. ~100MiB of RAM at idle.": a component described in sentences, not a setup.
  if (!key || DESCRIBED.test(value)) return null;
  if (runtime) return [key, `Node.js ${value}`];
  return value ? [key, value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1).trimEnd()}…` : value] : null;
}

/** A sub-heading that names a case rather than a topic: "react-1k", "10k rows", "Case 3". */
const CASE_HEADING = /^(?=.{2,40}$)(?:[\w.]+-[\w.-]+|.*\d.*)$/;
// A sub-section heading (### and deeper) names the test its figures come from ("Static route",
// "InsertSingle (Single Record Insertion)"), unless it is one of the words that only organise a page.
const ORGANISING_HEADING =
  /^(?:(?:the|our|quick|detailed|full|raw|final|overall|key)\s)?(?:results?|summary|overview|benchmarks?|performance|conclusions?|details?|numbers|data|findings|analysis|discussion|introduction|notes?|charts?|graphs?|tables?|comparison|scores?|ranking|verdict|takeaways?|tl;?dr)$/i;
const caseOf = (name: string, depth: number): string | null => {
  const plain = withoutCaptionUnit(name.replace(/[*_`:]/g, "").trim());
  if (depth >= 2 && CASE_HEADING.test(name)) return withoutCaptionUnit(name);
  return depth >= 3 &&
    plain.length >= 2 &&
    plain.length <= 90 &&
    !ORGANISING_HEADING.test(plain) &&
    !SETUP_HEADING.test(plain)
    ? plain
    : null;
};

// A machine named by its model or its size: "MacBook Pro M3 Max", "Mac i7 6 cores", "c5.xlarge", "Ryzen 9 7950X".
const MACHINE_HEADING =
  /\b(?:mac\s?book(?:\s(?:pro|air))?|mac\s?mini|mac\s?studio|imac|thinkpad|ryzen|xeon|epyc|core i[3579]|i[3579]-\d{4,5}\w?|graviton\d?|raspberry pi|[a-z]\d[a-z]{0,2}\.(?:\d{1,2})?(?:x?large|medium|small)|\d{1,3}[\s-]?(?:v?cpus?|cores?|threads)|\d{1,4}\s?gi?b\s(?:ram|memory))\b|\b(?:apple\s)?m[1-4](?:\s(?:pro|max|ultra))?\b/i;

/** A heading whose section says how things were measured: "Test setup", "Hardware", "Benchmark environment", "Methodology". */
const SETUP_HEADING =
  /^(?:(?:the|our)\s)?(?:(?:test|testing|benchmark|benchmarking|experimental|measurement)\s)?(?:setup|set-up|environment|hardware|versions|software versions|methodology|test bed|testbed|configuration|conditions|machine|how we tested)$/i;

/**
 * A line labelled as the setup of what follows: "Setup: …", "All tests: …", "Test environment: …",
 * "Each run: …". The label says it; the value is read for its parts.
 */
const SETUP_LABEL =
  /^(?:[-*]\s)?(?:\*\*|__)?((?:(?:all|every|each)\s)?(?:(?:test|benchmark|bench)\s)?(?:setup|set-up|tests?|runs?|benchmarks?|measurements?|conditions|configuration|config))(?:\*\*|__)?\s?:\s?(\S.{0,300})$/i;

// Settings a run switches on or off: "with validation", "without TLS", "compression on", "no keep-alive".
const TOGGLE = String.raw`(validation|compression|tls|ssl|https|caching|cache|logging|keep-alive|pipelining|gzip|jit|fsync|persistence|batching|prepared statements|connection pooling|pooling)`;
const TOGGLE_BEFORE = new RegExp(
  String.raw`\b(with|without|no)\s(?:the\s)?(?:request\s|response\s|schema\s)?${TOGGLE}\b`,
  "gi",
);
const TOGGLE_AFTER = new RegExp(
  String.raw`\b${TOGGLE}\s(?:(?:is|was|were|turned|switched)\s)?(on|off|enabled|disabled)\b`,
  "gi",
);
// How hard and on what the runs pushed: "4 workers", "50 connections", "100 concurrent users", "1 KB payload".
const WORKERS = /\b(\d{1,3})\s(?:sync\s|async\s)?(?:workers?|process(?:es)?)\b/i;
const LOAD =
  /\b(\d{1,6})\s(?:concurrent\s|parallel\s|simultaneous\s)?(connections|clients|users|virtual users|VUs|threads)\b/i;
const PAYLOAD =
  /\b(\d{1,5}(?:\.\d{1,2})?\s?[KMG]?B)\s(?:JSON\s)?(?:payloads?|messages?|bodies|body|responses?|requests?|documents?|records?|values?)\b|\bpayloads?(?:\ssize)?(?:\sof)?:?\s(\d{1,5}(?:\.\d{1,2})?\s?[KMG]?B)\b/i;

/** The settings a text switches on or off: { validation: "on", tls: "off" }. */
export function toggles(text: string): Conditions {
  const out: Conditions = {};
  const t = text.slice(0, 2000);
  for (const m of t.matchAll(TOGGLE_BEFORE)) out[m[2].toLowerCase()] = /^with$/i.test(m[1]) ? "on" : "off";
  for (const m of t.matchAll(TOGGLE_AFTER)) out[m[1].toLowerCase()] = /^(?:on|enabled)$/i.test(m[2]) ? "on" : "off";
  return out;
}

/** How hard the runs pushed and with what: workers, concurrency, payload, settings on or off. */
export function loadConditions(text: string): Conditions {
  const t = text.slice(0, 2000);
  const out: Conditions = toggles(t);
  const workers = WORKERS.exec(t);
  if (workers) out.workers = workers[1];
  const load = LOAD.exec(t);
  if (load) out.concurrency = `${load[1]} ${load[2].toLowerCase()}`;
  const payload = PAYLOAD.exec(t);
  if (payload) out.payload = (payload[1] ?? payload[2]).replace(/\s/g, " ");
  return out;
}

// A heading opening with a capitalised word then a lower-case one: the shape of an imperative ("Parse uploaded file").
// ("Use X for …", "Choose X when …" advise; they name no test.)
const TEST_HEADING =
  /^(?!(?:Use|Choose|Pick|Prefer|Avoid|Consider|Try|Migrate|Switch|Move|Go)\s)[A-Z][a-z]{2,15}\s[a-z]/;

export class SetupTracker {
  private levels: Level[] = [];

  /** Feed every line outside code, in order; headings open and close sections. */
  see(line: string, techsInHeading = 0): void {
    const heading = /^(#{1,6}) (.{1,300})$/.exec(line);
    if (heading) {
      const depth = heading[1].length;
      this.levels = this.levels.filter((l) => l.depth < depth);
      const name = heading[2].trim();
      // "### With validation": the section's figures were measured with it.
      // A heading that switches a setting ("### With validation") names the setting, not a test.
      const switched = toggles(name);
      // "### Accept a request and return HTML response": a heading that opens with a verb names a test, whatever it names.
      const test = techsInHeading > 0 && TEST_HEADING.test(name) && isVerb(name.split(" ")[0], name);
      const scenario = (techsInHeading && !test) || Object.keys(switched).length ? null : caseOf(name, depth);
      // "### Mac mini M2 8 cores" over "#### cal.com.tsx": a heading naming a machine is the hardware of the figures
      // under it, so the input named below it does not replace it.
      const key = scenario && MACHINE_HEADING.test(scenario) ? "hardware" : "scenario";
      const conditions: Conditions = { ...(scenario ? { [key]: scenario } : {}), ...switched };
      this.levels.push({
        depth,
        conditions,
        describesSetup: !techsInHeading && SETUP_HEADING.test(name.replace(/[*_:]/g, "").trim()),
      });
      return;
    }
    const setup = setupLine(line);
    if (setup) this.target().conditions[setup[0]] = setup[1];
  }

  /** Conditions a sentence of the section states ("All runs used Node 20 on 8 vCPU"): they hold for the rest of it. */
  add(conditions: Conditions): void {
    Object.assign(this.target().conditions, conditions);
  }

  /** Inside a section that describes the setup ("## Hardware"): every line of it is setup. */
  inSetupSection(): boolean {
    return this.levels.some((l) => l.describesSetup);
  }

  /**
   * Where what is stated goes: the innermost section, unless that section only describes the setup,
   * in which case the section around it (so "## Setup" reaches the "## Results" after it).
   */
  private target(): Level {
    for (let i = this.levels.length - 1; i >= 0; i--) if (!this.levels[i].describesSetup) return this.levels[i];
    const root: Level = { depth: 0, conditions: {}, describesSetup: false };
    this.levels.unshift(root);
    return root;
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
const SETUP_SENTENCE =
  /\b(?:(?:runs?|tests?|benchmarks?|measurements?|numbers|results|figures|everything)\s(?:all\s)?(?:used|were (?:run|taken|measured|collected|done)|ran|was (?:run|done)|come from)|(?:we|i)\s(?:ran|run|tested|benchmarked|measured|used)|(?:tested|benchmarked|measured|ran|executed|performed|conducted)\s(?:on|with|using|under|against|in)|running on|on (?:an?|the|my|our)\s(?:[\w-]{1,20}\s){0,3}(?:vm|machine|laptop|server|instance|box|desktop|macbook))\b/i;
// A figure the sentence reports itself: then its setup belongs to that figure, not to the section.
const FIGURE =
  /\d\s?(?:k\s)?(?:req|rps|ops|requests|queries|inserts|writes|reads|msgs?|messages|tx|transactions|ms\b|µs|ns\b|sec\b|seconds|s\b|x\b|×|%|MB\/s|GB\/s)/i;
const HARDWARE =
  /\b\d{1,3}[\s-]?(?:vCPUs?|cores?|CPUs?)\b|(?<![\d.])\d{1,4}(?:\.\d{1,2})?\s?(?:GB|GiB)(?:\s(?:RAM|memory|Mem))?\b|\b(?:Apple\s)?M[1-4](?:\s(?:Pro|Max|Ultra))?\b/gi;
// The same, tested once per part of a line (no global state between tests).
const ONE_HARDWARE = new RegExp(HARDWARE.source, "i");
const MAJOR_AFTER = /^\s?v?(\d{1,4}(?:\.\d{1,4}){0,3})(?![\w.]*\d)/;

/**
 * The setup a prose sentence states (versions of what it ran on, hardware), or null when the sentence
 * is not about the setup or reports a figure of its own.
 */
export function setupSentence(text: string, resolver: TechResolver): Conditions | null {
  if (text.length > 400 || !/\d/.test(text) || !SETUP_SENTENCE.test(text) || FIGURE.test(text)) return null;
  return setupParts(text, resolver);
}

/**
 * A line that states a setup by its place or its label: any line of a "## Hardware" section, a
 * "Setup: 2 vCPU / 4 GB, Node 20, 50 connections" line, a lead-in "With validation enabled:".
 */
export function statedSetup(line: string, resolver: TechResolver, inSetupSection: boolean): Conditions | null {
  if (line.length > 400 || /^#/.test(line)) return null;
  if (inSetupSection) return setupParts(line.replace(/^[-*]\s/, ""), resolver);
  const labelled = SETUP_LABEL.exec(line);
  if (labelled) return setupParts(labelled[2], resolver);
  const listed = settingsList(line, resolver);
  if (listed) return listed;
  if (!line.endsWith(":") || FIGURE.test(line)) return null;
  const set = toggles(line);
  return Object.keys(set).length ? set : null;
}

// A processor or platform named in a setup line: "Ryzen 7 5800X", "Xeon E5", "Apple M2", "arm64".
const PLATFORM =
  /\b(?:Ryzen|Xeon|EPYC|Core\s?i[3579]|Intel|AMD|Graviton\d?|Apple\sM[1-4]|M[1-4](?:\s(?:Pro|Max|Ultra))|arm64|x86[_-]64|amd64|aarch64)\b/i;

/**
 * "Node 20.11, Ubuntu 22.04, Ryzen 7 5800X": a short line that is nothing but what the test ran on (runtimes and
 * systems with their versions, processors, memory), read as the setup of the figures below.
 */
function settingsList(line: string, resolver: TechResolver): Conditions | null {
  const plain = line.replace(/^[-*]\s/, "").replace(/[.]$/, "");
  const parts = plain.split(/,\s|;\s|\s\/\s|\s·\s|\s\|\s/);
  if (plain.length > 200 || parts.length < 2) return null;
  let platform = "";
  for (const part of parts) {
    const named = resolver.find(part);
    const hardware = PLATFORM.test(part) || ONE_HARDWARE.test(part);
    if (named.length ? !named.every((m) => resolver.isSetting(m.slug)) || !/\d/.test(part) : !hardware) return null;
    // "… uses an Intel i7-9700K cpu": the processor from its maker's name on, not the sentence around it.
    const at = named.length ? -1 : part.search(PLATFORM);
    if (at >= 0) platform ||= part.slice(at).trim().slice(0, 60);
  }
  const out = setupParts(plain, resolver) ?? {};
  if (platform && !out.hardware) out.hardware = platform;
  return Object.keys(out).length ? out : null;
}

/** The parts of a setup statement: versions of what ran, hardware, workers, concurrency, payload, settings. */
function setupParts(text: string, resolver: TechResolver): Conditions | null {
  const versions: string[] = [];
  for (const m of resolver.findAll(text)) {
    // "Python 3.12" where the name itself is "Python 3": the version starts inside the name.
    let from = m.end;
    while (from > m.start + 1 && /\d/.test(text[from - 1])) from--;
    const v = MAJOR_AFTER.exec(text.slice(from, from + 20));
    if (v) versions.push(`${m.name.replace(/\s\d+$/, "")} ${v[1]}`);
  }
  const hardware = [...text.matchAll(HARDWARE)].map((h) => h[0]);
  const out: Conditions = loadConditions(text);
  if (versions.length) out.versions = versions.join(", ");
  if (hardware.length) out.hardware = hardware.join(", ");
  return Object.keys(out).length ? out : null;
}
