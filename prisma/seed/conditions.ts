// The demo editors' corrections of the conditions the importer left off two benchmark figures, made
// as an editor would in the admin (through the service layer): a figure without its setup reads as
// comparable with figures taken in another one. Each correction comes from the figure's own article:
//  - the Python API article runs FastAPI with `uvicorn app:app --workers 2`, in its own code block;
//  - the Express article's p95 latency was taken "at peak" of the same run as its throughput figure
//    (its Setup section: 4 vCPUs, 4 worker processes, one PostgreSQL row read per request).
// The importer's gaps behind them (a setup in a code block or a Setup section not carried to a
// figure in a later sentence) are its own to fix; until then the demo carries what its sources state.
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { claims } from "@/lib/resources";
import { updateRecord } from "@/lib/services/records";

interface Correction {
  technology: string;
  metric: string;
  value: number;
  /** Added to (or replacing) what the importer found. */
  conditions: Record<string, string>;
}

export const CONDITION_CORRECTIONS: Correction[] = [
  { technology: "fastapi", metric: "throughput", value: 24000, conditions: { workers: "2" } },
  {
    technology: "express",
    metric: "latency_p95",
    value: 38,
    conditions: {
      hardware: "4-vCPU VM",
      workers: "4",
      database: "postgresql",
      endpoint: "database-read",
      load: "peak",
    },
  },
];

export async function correctFigureConditions(db: Db, editor: Actor): Promise<number> {
  let corrected = 0;
  for (const fix of CONDITION_CORRECTIONS) {
    const rows = await db.claim.findMany({
      where: {
        deletedAt: null,
        mergedIntoId: null,
        kind: "PERFORMANCE",
        metric: fix.metric,
        value: fix.value,
        technologies: { some: { slug: fix.technology } },
      },
      select: { id: true, version: true, conditions: true },
    });
    for (const row of rows) {
      const conditions = {
        ...((row.conditions as Record<string, string | number | boolean> | null) ?? {}),
        ...fix.conditions,
      };
      await updateRecord(claims, editor, row.id, { version: row.version, conditions }, db);
      corrected += 1;
    }
  }
  return corrected;
}
