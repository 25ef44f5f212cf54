// A table of one product's own features and how far along each is ("Feature | Status | Comments":
// "Transaction pooling | Stable | Identical to PgBouncer …"): a feature claim per row for the technology the
// section is about, its support read from the status word. A comment saying another technology does it the
// same way ("Identical to PgBouncer", "Same as Redis") says that technology has the feature too.
import { slugify } from "@/lib/text/slug";
import { base } from "../prose/common";
import type { Emit } from "../rules";
import type { Span } from "../sentences";
import type { TechResolver } from "../technologies";
import { clean, lcFirst, techOf } from "./common";

const FEATURE_CORNER = /^(?:features?|capabilit(?:y|ies)|functionality|functions?|components?)$/i;
const STATUS_HEADER = /^(?:status|state|maturity|stability|stage|availability)$/i;
const NOTES_HEADER = /^(?:comments?|notes?|description|details|remarks?)$/i;
// The status words of a roadmap or maturity column, by the support they give.
const SUPPORT: Array<[RegExp, "built-in" | "partial" | "missing"]> = [
  [
    /^(?:stable|ga|generally available|done|complete[d]?|supported|production[- ]ready|available|implemented|shipped|yes)$/i,
    "built-in",
  ],
  [/^(?:experimental|beta|alpha|preview|partial(?:ly)?|in progress|wip|incubating|limited|unstable)$/i, "partial"],
  [/^(?:planned|not started|to ?do|on the roadmap|roadmap|no|not supported|unsupported|removed)$/i, "missing"],
];
const SAME_AS = /^(?:identical to|same as|just like|exactly like|compatible with)\s+(.{2,40}?)(?=[.;,(]|\swith\s|$)/i;

export interface StatusTable {
  header: string[];
  rows: string[][];
  spans: Span[];
  /** The technology the section (or the document) is about: whose features these are. */
  subject: string | null;
  resolver: TechResolver;
}

const supportOf = (status: string): "built-in" | "partial" | "missing" | null =>
  SUPPORT.find(([re]) => re.test(clean(status)))?.[1] ?? null;

/** Reads the table when it has that shape; false (nothing emitted) when it does not. */
export function readStatusTable(t: StatusTable, emit: Emit): boolean {
  const header = t.header.map(clean);
  const status = header.findIndex((h, i) => i > 0 && STATUS_HEADER.test(h));
  const shaped =
    t.subject !== null &&
    FEATURE_CORNER.test(header[0] ?? "") &&
    status > 0 &&
    header.every((h, i) => i === 0 || i === status || NOTES_HEADER.test(h));
  if (!shaped || !t.subject) return false;
  const rows = t.rows.map((r, ri) => ({ r, span: t.spans[ri], support: supportOf(r[status] ?? "") }));
  // Mostly status words: a column of free text under "Status" is not a maturity column.
  if (rows.filter((x) => x.support).length * 4 < rows.length * 3) return false;
  const notes = header.findIndex((h, i) => i > 0 && NOTES_HEADER.test(h));
  for (const { r, span, support } of rows) {
    const feature = clean(r[0] ?? "");
    if (!support || !feature || feature.length > 80 || !span) continue;
    const said = `${lcFirst(feature)} (${clean(r[status]).toLowerCase()})`;
    const claim = (techs: string[], statement: string) =>
      emit({ ...base("feature", techs, statement, slugify(feature, 40)), conditions: { support } }, span);
    claim([t.subject], `${t.resolver.nameOf(t.subject)}: ${said}.`);
    const same = notes > 0 ? SAME_AS.exec(clean(r[notes] ?? "")) : null;
    const other = same ? techOf(same[1], t.resolver) : null;
    if (other && other.slug !== t.subject && support === "built-in")
      claim(
        [other.slug, t.subject],
        `${t.resolver.nameOf(other.slug)} has ${lcFirst(feature)} too (${t.resolver.nameOf(t.subject)}'s is ${lcFirst(clean(same![0]))}).`,
      );
  }
  return true;
}
