/** @jest-environment node */
// Every regex in lib/import and lib/extract (the code that reads third-party text), tried on inputs
// built from its own structure to make it backtrack: for each unbounded quantifier, strings its
// element matches repeated ~2k, 8k and 32k characters long, after what leads up to it and before an
// ending that fails. The CPU time of a match must grow about as fast as the input: a regex whose time
// grows faster (the social-post hashtag regex took 10 s on 60 KB) fails here, named with its
// file:line and the input that breaks it. New regexes in these folders are covered as they are added.
import path from "node:path";
import {
  attacksOn,
  describeGrowth,
  literalRegex,
  Prober,
  regexSites,
  shapeOf,
  sourceFiles,
  superLinearGrowth,
  type FoundRegex,
  type GrowthRules,
  type RegexSite,
} from "./support/regex-growth";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../../..");
const DIRS = ["lib/import", "lib/extract"];
// Linear growth from 8k to 32k characters is ×4, quadratic ×16: ×8 in between, and only once a match
// takes 15 ms (below that, timer and cache noise on a shared machine could fake a ratio). The
// smallest runs are the minimum of three; a run over 1 s of CPU is stopped and counts as super-linear.
const RULES: GrowthRules = { sizes: [2048, 8192, 32768], floorMs: 15, maxRatio: 8, runs: 3 };
const LIMIT_MS = 1000;

const files = DIRS.flatMap((dir) => sourceFiles(ROOT, dir));
const sites = files.flatMap((file) => regexSites(ROOT, file));

/**
 * The regexes modules build with `new RegExp` (from constants, often other regexes' sources) are only
 * known once built: each file with such calls is loaded with RegExp wrapped to record what it builds,
 * and the k-th regex a file builds is its k-th call site.
 */
function builtAtLoad(constructorSites: RegexSite[]): { found: FoundRegex[]; missing: RegexSite[] } {
  const Original = RegExp;
  const built = new Map<string, RegExp[]>();
  function Recording(pattern: string | RegExp, flags?: string): RegExp {
    const regex = new Original(pattern, flags);
    // Frame 0 is "Error", 1 this function, 2 whoever called RegExp.
    const caller = new Error().stack?.split("\n")[2] ?? "";
    const file = files.find((f) => caller.includes(path.join(ROOT, f)));
    if (file) built.set(file, [...(built.get(file) ?? []), regex]);
    return regex;
  }
  Recording.prototype = Original.prototype;
  Object.setPrototypeOf(Recording, Original);
  globalThis.RegExp = Recording as unknown as RegExpConstructor;
  try {
    jest.isolateModules(() => {
      for (const file of new Set(constructorSites.map((s) => s.file))) {
        try {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require(path.join(ROOT, file));
        } catch {
          // A module that cannot load here (a worker's entry) builds nothing we can see: its sites are reported missing.
        }
      }
    });
  } finally {
    globalThis.RegExp = Original;
  }
  const found: FoundRegex[] = [];
  const missing: RegexSite[] = [];
  for (const file of new Set(constructorSites.map((s) => s.file))) {
    const inFile = constructorSites.filter((s) => s.file === file);
    const regexes = built.get(file) ?? [];
    if (regexes.length !== inFile.length) missing.push(...inFile);
    else inFile.forEach((site, i) => found.push({ ...site, regex: regexes[i] }));
  }
  return { found, missing };
}

let regexes: FoundRegex[] = [];
let missing: RegexSite[] = [];
const prober = new Prober(LIMIT_MS);

beforeAll(() => {
  const built = builtAtLoad(sites.filter((s) => s.kind === "new RegExp"));
  regexes = [
    ...sites.filter((s) => s.kind === "literal").map((s) => ({ ...s, regex: literalRegex(s.code) })),
    ...built.found,
  ];
  missing = built.missing;
});
afterAll(() => prober.close());

/** Every regex of `file` that grows super-linearly, described for the failure message. */
async function superLinearIn(file: string): Promise<string[]> {
  const failures: string[] = [];
  for (const r of regexes.filter((x) => x.file === file)) {
    const growth = await superLinearGrowth(prober, r.regex, attacksOn(r.regex), RULES);
    if (growth)
      failures.push(
        `${r.file}:${r.line} ${r.regex} is super-linear on ${shapeOf(growth.attack)}: CPU per match ${describeGrowth(growth)}`,
      );
  }
  return failures;
}

describe("every regex in lib/import and lib/extract matches in time linear in its input", () => {
  it("tells a quadratic regex from a linear one (the detector itself)", async () => {
    // Unanchored, /a*b/ scans to the end from every start on a run of a's: quadratic. Anchored, once: linear.
    expect(await superLinearGrowth(prober, /a*b/, attacksOn(/a*b/), RULES)).not.toBeNull();
    expect(await superLinearGrowth(prober, /^a*b/, attacksOn(/^a*b/), RULES)).toBeNull();
  });

  it("finds the regexes: literals and those built with new RegExp when their module loads", () => {
    expect(sites.length).toBeGreaterThan(50);
    // A regex built inside a function (from a value known only at run time) cannot be tried here.
    expect(
      missing.map(
        (s) =>
          `${s.file}:${s.line} ${s.code.slice(0, 80)} — build it once, as a module-level constant, so this test can time it`,
      ),
    ).toEqual([]);
  });

  it.each(files.filter((f) => sites.some((s) => s.file === f)))("%s", async (file) => {
    expect(await superLinearIn(file)).toEqual([]);
  });
});

describe("the search is not blind", () => {
  // Regexes known to be super-linear: the two that read trailing hashtags before the fix, and a textbook exponential one.
  it.each([
    ["social.ts before the fix", /(?:\s*#[\p{L}\p{N}_]+)+\s*$/u],
    ["detect.ts before the fix", /(#[\p{L}\p{N}_]+\s*){2,}$/u],
    ["nested quantifiers", /^(\w+\s?)+$/],
  ])("it finds %s, %s", async (_name, regex) => {
    expect(await superLinearGrowth(prober, regex, attacksOn(regex), RULES)).not.toBeNull();
  });
});
