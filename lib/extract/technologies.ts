// Technology mentions by name and alias, longest match first ("Django REST framework" before "Django").
import type { TechRef } from "./types";

export interface Mention {
  slug: string;
  name: string;
  start: number;
  end: number;
}

// Aliases that are everyday words: only taken when written capitalised (the name's own casing).
const COMMON_WORDS = new Set(["next", "express", "rails", "flask", "pg", "phoenix", "spring", "gin", "echo"]);
const WORD = /[\p{L}\p{N}_]/u;

interface Term {
  lower: string;
  slug: string;
  name: string;
  caseSensitive: string | null;
}

export class TechResolver {
  private readonly terms: Term[];
  private readonly bySlug = new Map<string, TechRef>();

  constructor(techs: TechRef[]) {
    const terms: Term[] = [];
    for (const t of techs) {
      this.bySlug.set(t.slug, t);
      for (const label of [t.name, ...t.aliases]) {
        const lower = label.trim().toLowerCase();
        if (lower.length < 2) continue;
        // "next" as an alias of Next.js would match "next week": everyday-word aliases need exact casing.
        const exact = COMMON_WORDS.has(lower) ? (lower === t.name.toLowerCase() ? t.name : lower === "next" ? "\u0000" : label) : null;
        terms.push({ lower, slug: t.slug, name: t.name, caseSensitive: exact });
      }
    }
    this.terms = terms.sort((a, b) => b.lower.length - a.lower.length);
  }

  nameOf(slug: string): string {
    return this.bySlug.get(slug)?.name ?? slug;
  }

  /** Every mention in `text`, in order, never overlapping (the longest term claims its span). */
  find(text: string): Mention[] {
    const lower = text.toLowerCase();
    const taken: Mention[] = [];
    // Spans already claimed by a longer term; a shorter term overlapping one must touch it at an end.
    const occupied = new Uint8Array(text.length);
    for (const term of this.terms) {
      let from = 0;
      for (let guard = 0; guard < 10_000; guard++) {
        const at = lower.indexOf(term.lower, from);
        if (at < 0) break;
        from = at + term.lower.length;
        const end = at + term.lower.length;
        if ((at > 0 && WORD.test(text[at - 1])) || (end < text.length && WORD.test(text[end]))) continue;
        if (term.caseSensitive && text.slice(at, end) !== term.caseSensitive) continue;
        if (occupied[at] || occupied[end - 1]) continue;
        occupied.fill(1, at, end);
        taken.push({ slug: term.slug, name: term.name, start: at, end });
      }
    }
    return taken.sort((a, b) => a.start - b.start);
  }

  slugsIn(text: string): string[] {
    return [...new Set(this.find(text).map((m) => m.slug))];
  }
}
