// Performance figures in prose and lists: throughput ("~17,000 requests/second", "50k req/s") and
// latency ("p95 from 180 ms to 45 ms"), with the conditions stated nearby.
import type { Conditions } from "./types";

export interface Figure {
  metric: string;
  value: number;
  unit: string;
  start: number;
  end: number;
  baseline: number | null;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k|K)?`;
const THROUGHPUT = new RegExp(String.raw`(?:~|≈|about |around |roughly |nearly |over |up to )?${NUM}\s?(?:requests per second|requests\/second|requests\/s|req\/s|req\/sec|rps|RPS|queries per second)`, "g");
const LATENCY_CHANGE = /\b(p\d{2}|median|average|mean)(?: latency)?(?: \w+){0,2} from (\d+(?:\.\d+)?) ?(ms|s) to (\d+(?:\.\d+)?) ?(ms|s)\b/gi;
const LATENCY = /\b(p\d{2}|median|average|mean)(?: latency)?(?: of| was| is| at|:)? (\d+(?:\.\d+)?) ?(ms|s)\b/gi;

const toNumber = (digits: string, k?: string): number => Number(digits.replace(/,/g, "")) * (k ? 1000 : 1);
const metricName = (label: string): string => (/^p\d{2}$/i.test(label) ? `latency_${label.toLowerCase()}` : `latency_${label.toLowerCase()}`);

export function findFigures(sentence: string): Figure[] {
  const out: Figure[] = [];
  if (sentence.length > 20_000) return out;
  for (const m of sentence.matchAll(THROUGHPUT)) {
    out.push({ metric: "throughput", value: toNumber(m[1], m[2]), unit: "req/s", start: m.index, end: m.index + m[0].length, baseline: null });
  }
  const covered: Array<[number, number]> = [];
  for (const m of sentence.matchAll(LATENCY_CHANGE)) {
    const scale = (u: string) => (u === "s" ? 1000 : 1);
    out.push({ metric: metricName(m[1]), value: Number(m[4]) * scale(m[5]), unit: "ms", start: m.index, end: m.index + m[0].length, baseline: Number(m[2]) * scale(m[3]) });
    covered.push([m.index, m.index + m[0].length]);
  }
  for (const m of sentence.matchAll(LATENCY)) {
    if (covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
    out.push({ metric: metricName(m[1]), value: Number(m[2]) * (m[3] === "s" ? 1000 : 1), unit: "ms", start: m.index, end: m.index + m[0].length, baseline: null });
  }
  return out.sort((a, b) => a.start - b.start);
}

const WORKERS: Record<string, string> = { one: "1", single: "1", two: "2", four: "4", eight: "8" };

/** Conditions stated in `near` (the figure's own clause) and `context` (its sentence, list lead-in). */
export function findConditions(near: string, context: string): Conditions {
  const c: Conditions = {};
  const both = `${near} \n ${context}`.slice(0, 5000);
  const hw = /\b(\d{1,3})[- ]?(vCPUs?|cores?|CPUs?)\b(?:[- ](VM|machine|server|instance|box))?/i.exec(both);
  if (hw) c.hardware = `${hw[1]}-${hw[2].toLowerCase().replace(/s$/, "")}${hw[3] ? ` ${hw[3].toLowerCase()}` : ""}`;
  const workers = /\b(\d{1,3}|one|two|four|eight|single)(?: sync| async)?(?: Gunicorn| Uvicorn| Puma| PHP-FPM)? (workers?|process(?:es)?)\b/i.exec(both);
  if (workers) c.workers = WORKERS[workers[1].toLowerCase()] ?? workers[1];
  const server = /\b(Uvicorn|Gunicorn|uWSGI|Hypercorn|Daphne|Granian|Puma|Unicorn|PHP-FPM|Octane|Node\.js|Bun|Deno)\b/.exec(near) ?? /\b(Uvicorn|Gunicorn|uWSGI|Hypercorn|Daphne|Granian|Puma|PHP-FPM|Octane)\b/.exec(context);
  if (server) c.server = server[1].toLowerCase();
  const db = /\b(PostgreSQL|Postgres|MySQL|MariaDB|SQLite|MongoDB|Redis)\b/i.exec(both);
  if (db) c.database = db[1].toLowerCase().replace(/^postgres$/, "postgresql");
  if (/hello[- ]world/i.test(both)) c.endpoint = "hello-world";
  else if (/\b(one|single|a) (\w+ )?row\b|database query|db query|reading \w+ rows?/i.test(both)) c.endpoint = "database-read";
  else if (/\bJSON endpoint\b/i.test(both)) c.endpoint = "json";
  return c;
}
