// Revisions: the history and audit log. Written inside the transaction of the change they record.
import type { Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import type { ResourceDef, Row } from "@/lib/resources/define";
import { diffSnapshots } from "./diff";

export type RevisionActionName = "CREATE" | "UPDATE" | "DELETE" | "RESTORE" | "REVERT" | "MERGE";

export async function recordRevision(
  tx: Tx,
  args: { def: ResourceDef; action: RevisionActionName; actor: Actor; before: Row | null; after: Row | null; reason?: string },
): Promise<void> {
  const { def, action, actor, before, after, reason } = args;
  const changes = diffSnapshots(before, after);
  const entityId = (after ?? before)?.id;
  if (!entityId) return;
  await tx.revision.create({
    data: {
      entity: def.name,
      entityId,
      action,
      userId: actor.id || null,
      changes: changes as object,
      snapshot: (after ?? before ?? {}) as object,
      reason: reason ?? null,
    },
  });
}

export async function lastRevision(
  client: Db | Tx,
  entity: string,
  entityId: string,
): Promise<{ userName: string | null; createdAt: string } | null> {
  const rev = await client.revision.findFirst({
    where: { entity, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { user: { select: { name: true, email: true } } },
  });
  if (!rev) return null;
  return { userName: rev.user?.name ?? (rev.userId ? rev.userId : "System"), createdAt: rev.createdAt.toISOString() };
}
