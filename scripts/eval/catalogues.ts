// The catalogues extraction is measured with (eval:extract, eval:learn).
import type { TechRef } from "@/lib/extract";
import { slugify } from "@/lib/text/slug";
import { TECHNOLOGIES } from "@/prisma/seed/catalog";
import type { LabelFile } from "./labels";

// demo: the seed's ten technologies; empty: a new install; labelled: every technology the labels name
// (all the articles' technologies added by hand, which isolates extraction from technology discovery).
export const CATALOGUES: Record<string, (labels: LabelFile) => TechRef[]> = {
  demo: () => TECHNOLOGIES.map((t) => ({ slug: t.slug, name: t.name, aliases: [...t.aliases] })),
  empty: () => [],
  labelled: (labels) => {
    const names = new Map<string, string>();
    for (const d of labels.documents)
      for (const n of [...d.technologies, ...d.claims.flatMap((c) => c.technologies)]) names.set(slugify(n, 60), n);
    return [...names].map(([slug, name]) => ({ slug, name, aliases: [] }));
  },
};
