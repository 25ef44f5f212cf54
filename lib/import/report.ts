// The import report: what the CLI prints with --json and the admin preview shows.
import type { CandidateClaim } from "@/lib/extract/types";

export interface ClaimReport extends CandidateClaim {
  key: string;
  /** Slug of the existing claim this candidate is the same assertion as (a new citation), or null. */
  matches: string | null;
  /** The learned keep score (lib/extract/learn.ts): how likely an editor keeps it, from earlier decisions. */
  keepScore?: number;
  /** Under the learned threshold: written, but hidden in the review queue until an editor shows the low-confidence ones. */
  hidden?: boolean;
}

export interface ArticleReport {
  file: string;
  format: string;
  status: "imported" | "already-imported" | "preview";
  articleSlug: string | null;
  title: string;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  tags: string[];
  warnings: string[];
  note: string | null;
  noteAuthor: string | null;
  comments: number;
  text: string;
  claims: ClaimReport[];
  /** Technologies the claims name that the catalogue lacks: created as proposed, for an editor to confirm. */
  newTechnologies: Array<{ slug: string; name: string; category: string | null }>;
  /** Candidates under the learned threshold: hidden in the review queue ("N low-confidence candidates hidden"), never dropped. */
  hiddenCandidates?: number;
}

export interface ContradictionReport {
  a: string;
  b: string;
  kind: string;
  status: string;
  reason: string;
}

export interface ImportReport {
  articles: ArticleReport[];
  contradictions: ContradictionReport[];
  errors: Array<{ file: string; message: string }>;
}
