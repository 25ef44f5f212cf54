// The one formatting layer of the public site: every number, unit, date, label and claim title a
// visitor reads on a page or in a feed goes through here (or lib/public/format-claims.ts, which
// this file re-exports), so a wording is fixed once for every page. Dates are in UTC so server
// and reader agree.
import { lexiconName } from "@/lib/extract/lexicon";
import { humanize, spellWords } from "./words";
// Month names spelled out here: ICU's en-GB short month for September is "Sept" beside "Aug" and "Oct".
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** "3 Dec 2026", in UTC. */
export const formatDate = (date: Date | null | undefined): string =>
  date ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}` : "";
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
/** A year on a time axis: "2025" (never grouped as a quantity). */
export const formatYear = (date: Date): string => String(date.getUTCFullYear());
export const formatNumber = (value: number): string => NUMBER.format(value);

const isYear = (value: number, unit: string | null, metric: string | null | undefined) =>
  Number.isInteger(value) &&
  value >= 1000 &&
  value <= 2999 &&
  (/^years?$/i.test(unit ?? "") || /(^|_)year$/i.test(metric ?? ""));
const isVersion = (unit: string | null, metric: string | null | undefined) =>
  /^version$/i.test(unit ?? "") || /_version$/i.test(metric ?? "");

/**
 * A claim's value as a reader says it: "31,000 req/s", "12%", a year as "2018" (never "2,018 year"),
 * a version as "3.1" (never grouped). The metric tells years and versions from quantities.
 */
export function formatFigure(value: number | null, unit: string | null, metric?: string | null): string {
  if (value == null) return "";
  if (isYear(value, unit, metric) || isVersion(unit, metric)) return String(value);
  const number = formatNumber(value);
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

/** What kind of source a stored article is, in a reader's words (never the import format's name). */
const SOURCE_KINDS: Record<string, string> = {
  BOOKMARK: "Saved article",
  NUXT_PAYLOAD: "Blog post",
  WEB_PAGE: "Web page",
  SOCIAL_POST: "Social post",
  HTML: "Web page",
  MARKDOWN: "Article",
  TEXT: "Article",
};
export const sourceKindName = (format: string): string => SOURCE_KINDS[format] ?? "Article";

/** A stored read time ("5 min read", "7 min", "7 minutes") as "5 min"; null when it holds no minutes. */
export function readTimeText(readTime: string | null | undefined): string | null {
  const minutes = /(\d{1,3})\s*(?:min|minute)/i.exec(readTime ?? "");
  return minutes ? `${minutes[1]} min` : null;
}

const squashed = (text: string) => text.toLowerCase().replace(/[^a-z0-9+#]/g, "");

/**
 * A source's tag as a word, every tag in one casing (sentence case): a technology by its name
 * ("nodejs" → "Node.js"), other tags as words with names and abbreviations spelled right
 * ("internal-tools", "Internal Tools" → "Internal tools"; "PERFORMANCE" → "Performance"; "json api" →
 * "JSON API"); a word written in mixed case by its author ("DevOps") is kept.
 */
export function tagName(tag: string): string {
  const name = lexiconName(tag);
  // An alias stands for its technology ("rails" → "Ruby on Rails"); within several words it may be only a part.
  if (name && (!/\s/.test(tag.trim()) || squashed(name) === squashed(tag))) return name;
  const words = tag
    .replace(/_+/g, " ")
    .replace(/-(?=[A-Za-z])/g, " ")
    .trim()
    .split(/\s+/)
    .map((w) => (/^[A-Z]?[a-z]+$|^[A-Z]{4,}$/.test(w) ? w.toLowerCase() : w))
    .map((w) => spellWords(w));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a source's byline leaves out, said plainly rather than left blank: "Author and date not
 * given.", "Author, site and date not given."; null when it names all three.
 */
export function bylineGaps(source: {
  author: string | null;
  domain: string | null;
  publishedAt: Date | null;
}): string | null {
  const missing = [
    source.author ? null : "author",
    source.domain ? null : "site",
    source.publishedAt ? null : "date",
  ].filter((w): w is string => w !== null);
  if (missing.length === 0) return null;
  const list =
    missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} not given.`;
}

/** Why two claims are listed as contradicting, in a reader's words (the stored reason is the editors' working note). */
const CONTRADICTION_NOTES: Record<string, string> = {
  FACT: "The two sources give different answers to the same question.",
  VALUE: "The figures differ by more than the tolerance for one setup.",
  CAPABILITY: "One says the technology has this capability, the other that it lacks it.",
  RECOMMENDATION: "Opposite advice for the same use case.",
  STANCE: "One source asserts this and another calls it wrong.",
};
export function contradictionNote(kind: string, status: string): string {
  if (status === "NOT_COMPARABLE") return "Measured under different conditions, so the two figures are not compared.";
  return CONTRADICTION_NOTES[kind] ?? "The two claims cannot both be right.";
}

/** A contradiction's state as a label: "Unresolved", "Resolved", "Not comparable". */
const CONTRADICTION_STATES: Record<string, string> = {
  OPEN: "Unresolved",
  RESOLVED: "Resolved",
  DISMISSED: "Dismissed",
  NOT_COMPARABLE: "Not comparable",
};
export const contradictionState = (status: string): string =>
  CONTRADICTION_STATES[status] ?? humanize(status.toLowerCase());

export { humanize } from "./words";
export * from "./format-claims";
