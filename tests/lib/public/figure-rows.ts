// Claim rows as the verdict engine's loader selects them (CLAIM_EVIDENCE_SELECT in lib/editorial/load.ts),
// for tests that run figures through the engine's own toEvidenceClaim.
import type { toEvidenceClaim } from "@/lib/editorial/load";

type Row = Parameters<typeof toEvidenceClaim>[0];

/** A claim row as lib/editorial/load.ts selects it (CLAIM_EVIDENCE_SELECT). */
export function figureRow(
  n: number,
  technologies: string[],
  value: number,
  conditions: Record<string, string | number>,
  published: (string | null)[],
  metric = "throughput",
  unit = "req/s",
  status = "VERIFIED",
): Row {
  const statement = `${technologies.join(" and ")} measured ${value} ${unit}.`;
  return {
    id: `claim-${n}`,
    kind: "PERFORMANCE",
    status: status as Row["status"],
    rating: null,
    editorWeight: 1,
    topic: null,
    statement,
    updatedAt: new Date("2026-01-01T00:00:00Z"),
    directions: null,
    metric,
    value,
    unit,
    conditions,
    technologies: technologies.map((slug) => ({ slug })),
    citations: published.map((date, i) => ({
      articleId: `article-${n}-${i}`,
      quote: statement,
      article: { title: `Source ${n}.${i}`, publishedAt: date ? new Date(date) : null, houseSource: false },
    })),
    verdictEvidence: [],
  };
}
