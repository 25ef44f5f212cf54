// The shipped technology lexicon (lexicon/technologies.json: name, slug, aliases, category, homepage,
// and whether the name is also an everyday word). Data, not code: extend the file, not the rules.
import { z } from "zod";
import data from "./lexicon/technologies.json";
import type { TechRef } from "./types";

// Every category the lexicon may use: a new one is declared here (and given a catalogue kind in
// lib/import/write-document.ts), so a typo in the data fails when the lexicon loads, not later.
export const LEXICON_CATEGORIES = [
  "language",
  "runtime",
  "web-framework",
  "frontend-framework",
  "mobile-framework",
  "css-framework",
  "orm",
  "database",
  "cache",
  "search-engine",
  "vector-database",
  "message-broker",
  "stream-processing",
  "data-processing",
  "ml-framework",
  "bundler",
  "build-tool",
  "package-manager",
  "linter-formatter",
  "test-framework",
  "container",
  "orchestration",
  "infrastructure-as-code",
  "ci-cd",
  "web-server",
  "proxy",
  "cloud-service",
  "observability",
  "api-style",
  "auth",
  "cms",
  "static-site-generator",
  "version-control",
  "editor",
  "os",
  "other",
  "database-driver",
  "logging",
  "security",
  "serialization",
  "http-client",
  "library",
  "desktop-framework",
] as const;

const Entry = z.object({
  name: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  aliases: z.array(z.string()),
  category: z.enum(LEXICON_CATEGORIES),
  homepage: z.string().nullable().optional(),
  ambiguous: z.boolean().optional(),
});

export const LEXICON: readonly TechRef[] = z
  .array(Entry)
  .parse(data)
  .map((e) => ({ ...e, homepage: e.homepage ?? null }));

const CATEGORY_BY_NAME = new Map<string, string>();
for (const t of LEXICON)
  for (const n of [t.slug, t.name, ...t.aliases]) if (t.category) CATEGORY_BY_NAME.set(n.toLowerCase(), t.category);

/** The lexicon's category for a catalogue technology, matched by slug, name or alias. */
export function lexiconCategory(t: TechRef): string | undefined {
  for (const n of [t.slug, t.name, ...t.aliases]) {
    const c = CATEGORY_BY_NAME.get(n.toLowerCase());
    if (c) return c;
  }
  return undefined;
}

const NAME_BY_SPELLING = new Map<string, string>();
for (const t of LEXICON)
  for (const n of [t.slug, t.name, ...t.aliases])
    if (!NAME_BY_SPELLING.has(n.toLowerCase())) NAME_BY_SPELLING.set(n.toLowerCase(), t.name);

/** A technology's display name when `text` is exactly one of its spellings ("nodejs", "node.js" → "Node.js"). */
export const lexiconName = (text: string): string | undefined => NAME_BY_SPELLING.get(text.trim().toLowerCase());
