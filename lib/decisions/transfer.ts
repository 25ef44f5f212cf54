// A team's decisions out as MADR files, and MADR files in as decisions, through the service layer.
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { claims, decisions, teams, technologies } from "@/lib/resources";
import { readableWhere } from "@/lib/resources/access";
import { transact } from "@/lib/services/after-commit";
import { authorize, createRecord, getRecord, updateRecord } from "@/lib/services/records";
import { listRecords } from "@/lib/services/list";
import { fromMadr, MadrError, toMadr, type MadrDecision } from "./madr";

export interface MadrFile {
  name: string;
  content: string;
}

const day = (iso: unknown) => (iso ? String(iso).slice(0, 10) : null);

export async function exportTeamDecisions(actor: Actor | null, teamId: string, db: Db = getDb()): Promise<MadrFile[]> {
  const { data } = await listRecords(
    decisions,
    actor,
    { filter: { teamId }, sort: "date", order: "ASC", perPage: 1000 },
    db,
  );
  const ids = data.flatMap((d) => [...(d.chosenTechnologyIds as string[]), ...(d.claimIds as string[])]);
  const [techs, claimRows, others] = await Promise.all([
    db.technology.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } }),
    db.claim.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } }),
    db.decision.findMany({
      where: { id: { in: data.map((d) => String(d.supersededById)).filter(Boolean) } },
      select: { id: true, slug: true },
    }),
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
      supersededBy: d.supersededById ? (slugOf.get(String(d.supersededById)) ?? null) : null,
      chosenTechnologies: (d.chosenTechnologyIds as string[])
        .map((id) => slugOf.get(id)!)
        .filter(Boolean)
        .sort(),
      claims: (d.claimIds as string[])
        .map((id) => slugOf.get(id)!)
        .filter(Boolean)
        .sort(),
    };
    return { name: `${String(i + 1).padStart(4, "0")}-${d.slug}.md`, content: toMadr(madr) };
  });
}

export interface ImportPreviewItem {
  file: string;
  title: string;
  status: MadrDecision["status"];
  date: string;
  chosenOption: string;
  technologies: string[];
  /** Technologies and claims named in the file that this site does not know: they are left out. */
  unknown: string[];
  /** The decision (a file of this import, by its slug, or an existing one) that supersedes it. */
  supersededBy: string | null;
}

/** `0003-use-django.md` → `use-django`: the slug an exported file was written under. */
const slugOfFile = (name: string) => name.replace(/^.*\//, "").replace(/\.md$/i, "").replace(/^\d+-/, "");

interface Plan {
  items: Array<{ file: string; madr: MadrDecision }>;
  techId: Map<string, string>;
  claimId: Map<string, string>;
  existing: Map<string, string>;
}

/**
 * Parses the files and resolves the slugs they name, each through the actor's read rules: a team
 * decision of another team is as absent as one that does not exist, so the answer (and the error
 * an import gives) cannot tell whether a guessed slug is someone's private decision.
 */
async function plan(actor: Actor, files: MadrFile[], db: Db): Promise<Plan> {
  const items: Plan["items"] = [];
  const problems: Record<string, string[]> = {};
  for (const f of files) {
    try {
      items.push({ file: f.name, madr: fromMadr(f.content) });
    } catch (e) {
      if (!(e instanceof MadrError)) throw e;
      problems[f.name] = [e.message];
    }
  }
  const names = files.map((f) => f.name);
  for (const name of names.filter((n, i) => names.indexOf(n) !== i)) problems[name] = ["Two files have this name."];
  if (Object.keys(problems).length)
    throw new ValidationError(
      problems,
      `Not imported: ${Object.entries(problems)
        .map(([f, m]) => `${f}: ${m.join(" ")}`)
        .join("; ")}`,
    );
  const slugs = items.flatMap(({ madr }) => [...madr.chosenTechnologies, ...madr.claims]);
  const outside = items.map(({ madr }) => madr.supersededBy).filter((s): s is string => !!s);
  const bySlug = (def: typeof decisions, wanted: string[]) =>
    readableWhere(def, actor, { slug: { in: wanted }, deletedAt: null }, db);
  const [techs, claimRows, decisionRows] = await Promise.all([
    db.technology.findMany({ where: await bySlug(technologies, slugs), select: { id: true, slug: true } }),
    db.claim.findMany({ where: await bySlug(claims, slugs), select: { id: true, slug: true } }),
    db.decision.findMany({ where: await bySlug(decisions, outside), select: { id: true, slug: true } }),
  ]);
  return {
    items,
    techId: new Map(techs.map((t) => [t.slug, t.id])),
    claimId: new Map(claimRows.map((c) => [c.slug, c.id])),
    existing: new Map(decisionRows.map((d) => [d.slug, d.id])),
  };
}

/** What an import would create, without writing anything (the admin's preview). */
export async function previewMadrImport(
  actor: Actor | null,
  teamId: string,
  files: MadrFile[],
  db: Db = getDb(),
): Promise<ImportPreviewItem[]> {
  await getRecord(teams, actor, teamId, db); // the team must be one the actor can see
  const { items, techId, claimId } = await plan(authorize(decisions, actor, "read"), files, db);
  return items.map(({ file, madr }) => ({
    file,
    title: madr.title,
    status: madr.status,
    date: madr.date,
    chosenOption: madr.chosenOption,
    technologies: madr.chosenTechnologies.filter((s) => techId.has(s)),
    unknown: [...madr.chosenTechnologies.filter((s) => !techId.has(s)), ...madr.claims.filter((s) => !claimId.has(s))],
    supersededBy: madr.supersededBy,
  }));
}

/**
 * Imports MADR files as decisions of `teamId`, all or nothing; file errors name the file.
 * "superseded-by" links between the imported files (by the slug in their file names, as the
 * export writes them) or to an existing decision are restored, both sides at once.
 */
export async function importMadrFiles(
  actor: Actor | null,
  teamId: string,
  files: MadrFile[],
  db: Db = getDb(),
): Promise<string[]> {
  await getRecord(teams, actor, teamId, db); // as the preview: a team the actor cannot see is not found
  const { items, techId, claimId, existing } = await plan(authorize(decisions, actor, "create"), files, db);
  // One transaction (and one commit event): an import lands whole or not at all.
  const created = await transact(
    db,
    decisions,
    async (tx) => {
      const idOfFile = new Map<string, string>();
      for (const { file, madr } of items) {
        const { supersededBy: _s, chosenTechnologies, claims, ...fields } = madr;
        const row = await createRecord(
          decisions,
          actor,
          {
            ...fields,
            teamId,
            chosenTechnologyIds: chosenTechnologies.map((s) => techId.get(s)).filter((x): x is string => !!x),
            claimIds: claims.map((s) => claimId.get(s)).filter((x): x is string => !!x),
          },
          tx,
        );
        idOfFile.set(slugOfFile(file), row.id);
      }
      for (const { file, madr } of items) {
        if (!madr.supersededBy) continue;
        const target = idOfFile.get(madr.supersededBy) ?? existing.get(madr.supersededBy);
        if (!target)
          throw new ValidationError(
            { [file]: [`superseded-by "${madr.supersededBy}" is neither in this import nor on this site.`] },
            `${file}: superseded-by "${madr.supersededBy}" is neither in this import nor on this site.`,
          );
        const id = idOfFile.get(slugOfFile(file))!;
        const current = await tx.decision.findUniqueOrThrow({ where: { id }, select: { version: true } });
        await updateRecord(
          decisions,
          actor,
          id,
          { supersededById: target, status: madr.status, version: current.version },
          tx,
        );
      }
      return [...idOfFile.values()];
    },
    { timeout: 60_000, actor },
  );
  return Promise.all(created.map(async (id) => String((await getRecord(decisions, actor, id, db)).slug)));
}
