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
