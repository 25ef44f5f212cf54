// A figure found in a sentence, before it is given its technologies and written as a claim.
export interface Figure {
  metric: string;
  value: number;
  unit: string;
  start: number;
  end: number;
  /** Where the figure's own number starts (a name between the metric and the number is its subject). */
  at: number;
  baseline: number | null;
  /** "8,000–9,500": the upper end of a range whose lower end is the value. */
  upTo: number | null;
  /** "under 5 ms": the figure is a bound ("under", "over", "up to", "at least"), not a measurement. */
  bound?: string;
  /** How the statement names the measurement ("test suite run time 15 s"); the classic metrics have their own words. */
  words?: string;
  /** A comparison: where the compared-against technology is named, and which side the sentence favours. */
  versus?: { at: number; favoursFirst: boolean; phrase: string; elided?: boolean; join?: string };
  /** "26ms" in "8ms vs 26ms median": the other side's figure of the pair, not the sentence subject's. */
  otherSide?: boolean;
  /** Comparisons of popularity or counts ("33x more questions") are facts, not performance. */
  kind?: "performance" | "fact";
}

// One formatter: toLocaleString with options builds a new Intl.NumberFormat on every call, and a
// document with a figure in each of 40,000 sentences spent 13 of its 18 CPU seconds doing that.
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });
export const fmt = (n: number): string => NUMBER.format(n);
/** "p99" -> latency_p99; "average", "mean", "avg" -> latency_mean. */
export const latencyName = (label: string): string => {
  const l = label.toLowerCase();
  return l === "average" || l === "mean" || l === "avg" ? "latency_mean" : `latency_${l}`;
};
