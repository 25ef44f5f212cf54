// Seeded random claims of every kind, crowded into few blocks so lookups meet many neighbours:
// repeated statements, performance conditions with "before" and unknown ("?") values, opinions
// with both stances, features with and without support.
import type { IndexedClaim } from "@/lib/match/index";

const WORDS = [
  "admin",
  "fast",
  "slow",
  "orm",
  "scale",
  "teams",
  "small",
  "large",
  "async",
  "typed",
  "mature",
  "simple",
];
const KINDS = ["performance", "feature", "fact", "recommendation", "opinion"];

export function randomClaims(seed: number): (i: number) => IndexedClaim {
  let state = seed;
  // The high bits: an LCG's low bits repeat with a short period, which would correlate the fields.
  const rand = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor(state / 2 ** 15) % n;
  };
  return (i) => {
    const kind = KINDS[rand(KINDS.length)];
    const statement = Array.from(
      { length: 1 + rand(kind === "opinion" ? 2 : 5) },
      () => WORDS[rand(kind === "opinion" ? 4 : WORDS.length)],
    ).join(" ");
    const performance = {
      hardware: `${1 + rand(3)}-vcpu`,
      ...(rand(2) ? { before: "x" } : {}),
      ...(rand(4) === 0 ? { workers: ["4", "?"][rand(2)] } : {}),
    };
    return {
      id: `c${i}`,
      slug: `c${i}`,
      kind,
      technologies: [["django"], ["flask"], ["django", "flask"]][rand(3)],
      topic: kind === "recommendation" ? statement.replace(/ /g, "-") : kind === "feature" ? WORDS[rand(8)] : null,
      metric: kind === "performance" ? "throughput" : kind === "fact" ? "release_year" : null,
      value: kind === "performance" ? 1000 + rand(400) * 5 : kind === "fact" ? 2000 + rand(20) : null,
      unit: null,
      conditions:
        kind === "performance"
          ? performance
          : kind === "feature"
            ? { support: ["built-in", "missing", "partial"][rand(3)] }
            : kind === "opinion"
              ? { stance: ["SUPPORTS", "CONTRADICTS"][rand(2)] }
              : {},
      statement,
    };
  };
}
