// A team's decisions out as MADR files, and MADR files in as decisions, through the service layer.
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { decisions } from "@/lib/resources";
import { revalidatePublicPages } from "@/lib/services/after-commit";
import { createRecord, getRecord } from "@/lib/services/records";
import { listRecords } from "@/lib/services/list";
import { fromMadr, MadrError, toMadr, type MadrDecision } from "./madr";

export interface MadrFile {
  name: string;
  content: string;
}

const day = (iso: unknown) => (iso ? String(iso).slice(0, 10) : null);

export async function exportTeamDecisions(actor: Actor | null, teamId: string, db: Db = getDb()): Promise<MadrFile[]> {
  const { data } = await listRecords(decisions, actor, { filter: { teamId }, sort: "date", order: "ASC", perPage: 1000 }, db);
  const ids = data.flatMap((d) => [...(d.chosenTechnologyIds as string[]), ...(d.claimIds as string[])]);
  const [techs, claimRows, others] = await Promise.all([
    db.technology.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } }),
    db.claim.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } }),
    db.decision.findMany({ where: { id: { in: data.map((d) => String(d.supersededById)).filter(Boolean) } }, select: { id: true, slug: true } }),
  ]);
  const slugOf = new Map([...techs, ...claimRows, ...others].map((r) => [r.id, r.slug]));
  return data.map((d, i) => {
    const madr: MadrDecision = {
      title: String(d.title),
      status: d.status as MadrDecision["status"],
      date: day(d.date)!,
      decisionMakers: String(d.decisionMakers ?? ""),
      context: String(d.context),
      drivers: d.drivers as string[],
      options: d.options as MadrDecision["options"],
      chosenOption: String(d.chosenOption),
      rationale: String(d.rationale ?? ""),
      consequences: String(d.consequences ?? ""),
      confirmation: String(d.confirmation ?? ""),
      revisitAt: day(d.revisitAt),
      visibility: d.visibility as MadrDecision["visibility"],
      supersededBy: d.supersededById ? slugOf.get(String(d.supersededById)) ?? null : null,
      chosenTechnologies: (d.chosenTechnologyIds as string[]).map((id) => slugOf.get(id)!).filter(Boolean).sort(),
      claims: (d.claimIds as string[]).map((id) => slugOf.get(id)!).filter(Boolean).sort(),
    };
    return { name: `${String(i + 1).padStart(4, "0")}-${d.slug}.md`, content: toMadr(madr) };
  });
}

/** Imports MADR files as decisions of `teamId`, all or nothing; file errors name the file. */
export async function importMadrFiles(actor: Actor | null, teamId: string, files: MadrFile[], db: Db = getDb()): Promise<string[]> {
  const parsed: Array<{ file: string; madr: MadrDecision }> = [];
  const problems: Record<string, string[]> = {};
  for (const f of files) {
    try {
      parsed.push({ file: f.name, madr: fromMadr(f.content) });
    } catch (e) {
      if (!(e instanceof MadrError)) throw e;
      problems[f.name] = [e.message];
    }
  }
  if (Object.keys(problems).length) throw new ValidationError(problems, "Some files are not readable MADR.");
  const slugs = parsed.flatMap(({ madr }) => [...madr.chosenTechnologies, ...madr.claims]);
  const [techs, claimRows] = await Promise.all([
    db.technology.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
    db.claim.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
  ]);
  const techId = new Map(techs.map((t) => [t.slug, t.id]));
  const claimId = new Map(claimRows.map((c) => [c.slug, c.id]));
  // One transaction: an import lands whole or not at all.
  const created = await db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const { madr } of parsed) {
      const { supersededBy: _s, chosenTechnologies, claims, ...fields } = madr;
      const row = await createRecord(decisions, actor, {
        ...fields,
        teamId,
        chosenTechnologyIds: chosenTechnologies.map((s) => techId.get(s)).filter((x): x is string => !!x),
        claimIds: claims.map((s) => claimId.get(s)).filter((x): x is string => !!x),
      }, tx);
      ids.push(row.id);
    }
    return ids;
  }, { timeout: 60_000 });
  await revalidatePublicPages("decisions");
  return Promise.all(created.map(async (id) => String((await getRecord(decisions, actor, id, db)).slug)));
}
