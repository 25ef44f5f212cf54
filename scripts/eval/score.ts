// Scores extracted claims against blind labels (eval/README.md, "Matching"). Pure: no files, no database.
import type { CandidateClaim } from "@/lib/extract";
import type { LabelClaim, LabelDocument } from "./labels";

export const KINDS = ["performance", "feature", "recommendation", "fact", "opinion"] as const;
export type Kind = (typeof KINDS)[number];

/** What the scorer needs to know about the technologies a claim names: every name each slug goes by. */
export type TechNames = (slug: string) => string[];

/** Names compared loosely: case, punctuation and an "Apache " prefix do not matter ("Apache Kafka" = "kafka"). */
export const techKey = (name: string): string =>
  name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/^apache\s+/, "")
    .replace(/\.js$|js$/, "")
    .replace(/[^a-z0-9+#]+/g, "");

const words = (s: string): string[] =>
  s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .split(/[^a-z0-9.+#%]+/)
    .map((w) => w.replace(/\.$/, ""))
    .filter(Boolean);
// A crude stem: "reloading" ~ "reload", "clusters" ~ "cluster". Good enough to forgive inflection, not meaning.
const stem = (w: string): string => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, "") : w);

/**
 * True when every word of the phrase appears in the text (inflection forgiven). A keyword word of five
 * letters or more may be a stem the labeller cut ("reproducib" for reproducible/reproducibility).
 */
export function mentions(text: string, phrase: string): boolean {
  const have = words(text).map(stem);
  const set = new Set(have);
  const need = words(phrase).map(stem);
  return need.length > 0 && need.every((w) => set.has(w) || (w.length >= 5 && have.some((h) => h.startsWith(w))));
}

// Units of one dimension convert to a base so "1.2 s" equals "1200 ms".
const SCALE: Record<string, [string, number]> = {
  ns: ["time", 1e-9],
  µs: ["time", 1e-6],
  us: ["time", 1e-6],
  ms: ["time", 1e-3],
  s: ["time", 1],
  sec: ["time", 1],
  min: ["time", 60],
  h: ["time", 3600],
  b: ["size", 1],
  kb: ["size", 1e3],
  mb: ["size", 1e6],
  gb: ["size", 1e9],
  tb: ["size", 1e12],
  kib: ["size", 1024],
  mib: ["size", 1024 ** 2],
  gib: ["size", 1024 ** 3],
};
/** The value in its dimension's base unit, with the dimension (null when the unit has none). */
export const scaled = (value: number, unit: string | null | undefined): [string | null, number] => {
  const scale = unit ? SCALE[unit.trim().toLowerCase()] : undefined;
  return scale ? [scale[0], value * scale[1]] : [null, value];
};
const base = (value: number, unit: string | null | undefined): number => scaled(value, unit)[1];
const dimension = (unit: string | null | undefined): string | null =>
  unit ? (SCALE[unit.trim().toLowerCase()]?.[0] ?? null) : null;
export const near = (a: number, b: number): boolean =>
  a === b || Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));

function sameValue(label: LabelClaim, claim: CandidateClaim): boolean {
  if (label.value == null) return false;
  if (typeof label.value === "string") {
    const text = `${claim.statement} ${claim.quote}`;
    return String(claim.value ?? "") === label.value || text.includes(label.value);
  }
  if (claim.value == null) return false;
  const [dl, dc] = [dimension(label.unit), dimension(claim.unit)];
  if (dl && dc && dl === dc) return near(base(label.value, label.unit), base(claim.value, claim.unit));
  return near(label.value, claim.value);
}

const SUPPORT: Record<string, string> = {
  "built-in": "yes",
  yes: "yes",
  missing: "no",
  no: "no",
  partial: "partial",
  plugin: "partial",
};

function keywordHit(label: LabelClaim, claim: CandidateClaim, extra: string[] = []): boolean {
  const text = `${claim.statement} ${claim.quote} ${claim.topic ?? ""} ${claim.metric ?? ""}`.replace(/[-_]/g, " ");
  return [...label.keywords, ...extra].some((k) => mentions(text, k));
}

function isAgainst(claim: CandidateClaim): boolean {
  return (
    claim.stance === "CONTRADICTS" ||
    claim.conditions.direction === "against" ||
    claim.conditions.stance === "contradicts"
  );
}

/** Does this extracted claim say what the label says? */
export function matchesLabel(label: LabelClaim, claim: CandidateClaim, names: TechNames): boolean {
  const against = label.kind === "recommendation" && label.direction === "against";
  const kindOk =
    claim.kind === label.kind || (against && (claim.kind === "opinion" || claim.kind === "recommendation"));
  if (!kindOk) return false;
  const have = new Set(claim.technologies.flatMap((slug) => names(slug).map(techKey)));
  if (!label.technologies.every((t) => have.has(techKey(t)))) return false;
  switch (label.kind) {
    case "performance":
      return sameValue(label, claim);
    case "feature":
      return (
        SUPPORT[String(claim.conditions.support ?? "yes")] === (label.support ?? "yes") && keywordHit(label, claim)
      );
    case "recommendation": {
      if (against !== isAgainst(claim)) return false;
      return (
        !label.useCase ||
        keywordHit(label, claim, [label.useCase]) ||
        label.useCase.split(/\s+/).some((w) => w.length > 3 && mentions(`${claim.statement} ${claim.quote}`, w))
      );
    }
    case "fact":
      return label.value != null ? sameValue(label, claim) : keywordHit(label, claim);
    case "opinion":
      return keywordHit(label, claim);
  }
}

export interface DocumentScore {
  file: string;
  labels: number;
  found: number;
  predicted: number;
  correct: number;
  misses: LabelClaim[];
  extras: CandidateClaim[];
  /** Per kind: [labels, found, predicted, correct]. */
  kinds: Record<Kind, [number, number, number, number]>;
  metadata: { right: number; total: number; wrong: string[] };
}

const emptyKinds = (): Record<Kind, [number, number, number, number]> =>
  Object.fromEntries(KINDS.map((k) => [k, [0, 0, 0, 0]])) as Record<Kind, [number, number, number, number]>;

const metaKey = (s: string | null | undefined): string =>
  (s ?? "")
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export interface ExtractedMetadata {
  title: string | null;
  author: string | null;
  date: string | null;
}

/** Title, author and date: right when equal to the label (an invented author or date is wrong; an unlabelled title is not scored). */
export function scoreMetadata(label: LabelDocument["metadata"], got: ExtractedMetadata): DocumentScore["metadata"] {
  const out = { right: 0, total: 0, wrong: [] as string[] };
  const check = (field: string, ok: boolean, want: unknown, have: unknown) => {
    out.total++;
    if (ok) out.right++;
    else out.wrong.push(`${field}: want ${JSON.stringify(want ?? null)}, got ${JSON.stringify(have ?? null)}`);
  };
  if (label.title) check("title", metaKey(label.title) === metaKey(got.title), label.title, got.title);
  check("author", metaKey(label.author) === metaKey(got.author), label.author, got.author);
  const date = label.date ?? null;
  check("date", date ? (got.date ?? "").startsWith(date) : !got.date, date, got.date);
  return out;
}

export function scoreDocument(
  label: LabelDocument,
  claims: CandidateClaim[],
  names: TechNames,
  meta: ExtractedMetadata,
): DocumentScore {
  const s: DocumentScore = {
    file: label.file,
    labels: label.claims.length,
    found: 0,
    predicted: claims.length,
    correct: 0,
    misses: [],
    extras: [],
    kinds: emptyKinds(),
    metadata: scoreMetadata(label.metadata, meta),
  };
  for (const l of label.claims) {
    s.kinds[l.kind][0]++;
    if (claims.some((c) => matchesLabel(l, c, names))) {
      s.found++;
      s.kinds[l.kind][1]++;
    } else s.misses.push(l);
  }
  for (const c of claims) {
    s.kinds[c.kind][2]++;
    if (label.claims.some((l) => matchesLabel(l, c, names))) {
      s.correct++;
      s.kinds[c.kind][3]++;
    } else s.extras.push(c);
  }
  return s;
}

export interface BatchScore {
  labels: number;
  found: number;
  predicted: number;
  correct: number;
  kinds: Record<Kind, [number, number, number, number]>;
  metaRight: number;
  metaTotal: number;
}

export function combine(docs: DocumentScore[]): BatchScore {
  const kinds = emptyKinds();
  for (const d of docs)
    for (const k of KINDS)
      d.kinds[k].forEach((n, i) => {
        kinds[k][i] += n;
      });
  const sum = (f: (d: DocumentScore) => number) => docs.reduce((n, d) => n + f(d), 0);
  return {
    labels: sum((d) => d.labels),
    found: sum((d) => d.found),
    predicted: sum((d) => d.predicted),
    correct: sum((d) => d.correct),
    kinds,
    metaRight: sum((d) => d.metadata.right),
    metaTotal: sum((d) => d.metadata.total),
  };
}
