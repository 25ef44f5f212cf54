// A benchmark script's own report of what each side did: "Kafka:  Sent 100000 messages of 544 bytes in 7678ms.
// Total MiB sent: 51.88 (54.1 Mbit/s)", "Rabbit Consumer: Consumed 100000 messages in 10142ms". The line names
// what ran (and its role), says what it did to how many things, and how long it took; a rate in brackets after
// it is the same run's throughput. An indented "Total …: N (R Mbit/s)" line under it goes on with the same run.
// Every pattern is anchored and bounded: linear in the line.
import { formatNumber } from "../quantities";

export interface ReportFigure {
  /** What ran, as printed ("Kafka", "Rabbit"). */
  name: string;
  /** "Producer", "Consumer": the part of it that ran, when the line says. */
  role: string | null;
  /** "sent 100,000 messages in": the words the figure completes. */
  words: string;
  metric: string;
  value: number;
  unit: string;
}

const MAX_LINE = 240;
// "Kafka:  Sent 100000 messages of 544 bytes in 7678ms", "Kafka Producer: Consumed 100000 messages in 4927ms".
const DID_IN =
  /^([A-Za-z][\w.-]{0,30})(?: ([A-Z][a-z]{2,15}))?:[ \t]{1,8}([A-Z][a-z]{2,15}) (\d{1,3}(?:,\d{3}){1,4}|\d{1,12}) ([a-z]{2,20})(?: of \d{1,9} [a-z]{1,10})? in (\d{1,9}(?:\.\d{1,6})?) ?(ns|µs|ms|s|sec)\b(.{0,120})$/;
// "(54.1 Mbit/s)": the run's throughput, in brackets after its totals.
const RATE = /\((\d{1,9}(?:\.\d{1,4})?) ?(Mbit\/s|Gbit\/s|Kbit\/s|MB\/s|GB\/s|KB\/s|MiB\/s|GiB\/s)\)/;
// "Total MiB sent: 51.88 (137.7 Mbit/s)" on the line under a report.
const TOTAL_LINE = /^Total [\w ]{1,30}: \d{1,9}(?:\.\d{1,4})? (\(.{1,30}\))$/;

/** The report's throughput, when the rest of its line (or its totals line) gives one in brackets. */
function rateIn(rest: string, name: string, role: string | null): ReportFigure | null {
  const rate = RATE.exec(rest);
  if (!rate) return null;
  return { name, role, words: "throughput", metric: "throughput", value: Number(rate[1]), unit: rate[2] };
}

/** The figures of a report line: its duration, and its throughput when the line gives one. Null for any other line. */
export function reportLine(line: string): ReportFigure[] | null {
  const t = line.trim();
  if (t.length > MAX_LINE) return null;
  const m = DID_IN.exec(t);
  if (!m || !/(?:ed|t)$/.test(m[3])) return null;
  const [, name, role = null, verb, count, noun, value, unit, rest] = m;
  const did = verb.toLowerCase();
  const figures: ReportFigure[] = [
    {
      name,
      role,
      words: `${did} ${formatNumber(Number(count.replace(/,/g, "")))} ${noun} in`,
      metric: `${did}_time`,
      value: Number(value),
      unit: unit === "sec" ? "s" : unit,
    },
  ];
  const rate = rateIn(rest, name, role);
  return rate ? [...figures, rate] : figures;
}

/** An indented totals line under a report ("  Total MiB sent: 51.88 (137.7 Mbit/s)"): the same run's throughput. */
export function totalsLine(raw: string, previous: ReportFigure | null): ReportFigure | null {
  if (!previous || !/^[ \t]{4,}/.test(raw)) return null;
  const m = TOTAL_LINE.exec(raw.trim());
  return m ? rateIn(m[1], previous.name, previous.role) : null;
}
