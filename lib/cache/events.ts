// From a commit event to the tags it drops (./tags.ts). The event names the resource, the records'
// ids and the fields that changed; pages name records by slug, so for a content-only edit the
// records' slugs (and, for claims, the lists they belong to) are read back: one small query, in
// every process the event reaches.
import type { Db } from "@/lib/db/client";
import type { CommitEvent } from "@/lib/events/bus";
import {
  ANY_WRITE,
  claimsOfTechnology,
  invalidateAll,
  invalidateTags,
  recordTag,
  resourceTag,
  SHAPE,
  STANDING,
} from "./tags";

/**
 * Per resource, the fields whose change alters only what is shown next to the record's own key
 * (a claim's wording): such an edit drops the entries naming the record, not every list. Any other
 * field, or an action other than UPDATE, can change which records a list holds, counts or pairs.
 * A field belongs here only if no cached entry shows it, or anything derived from it, without the
 * record's id or slug beside it (search suggestions, for one, show technology names bare).
 */
/** Changed by every update: lists ordered by them declare `every` (lib/cache/shows.ts) instead. */
const EVERY_UPDATE = ["updatedAt", "version"];

export const CONTENT_FIELDS: Readonly<Record<string, { model: string; fields: ReadonlySet<string> }>> = {
  claims: { model: "claim", fields: new Set(["statement", "normalized", "ratingExplanation", ...EVERY_UPDATE]) },
  technologies: { model: "technology", fields: new Set(["description", ...EVERY_UPDATE]) },
};

/**
 * Per resource, the fields that say how much a record counts rather than what it is (a claim's
 * status between two public ones, its rating, its weight): an in-place edit of them changes what
 * is shown beside the record's key and every aggregate that weighs records (STANDING), not which
 * records exist or how they relate (SHAPE).
 */
export const STANDING_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  claims: new Set(["status", "rating", "editorWeight", "reviewerId", "reviewedAt"]),
};

/** A content-only edit: an UPDATE whose changed fields are all the resource's content fields. */
export function isContentOnly(event: CommitEvent): boolean {
  const content = CONTENT_FIELDS[event.resource]?.fields;
  return !!content && event.action === "UPDATE" && event.fields.length > 0 && event.fields.every((f) => content.has(f));
}

/**
 * A standing edit: in place (every record shown before and after, nothing else written), changing
 * standing fields and maybe content fields only: verifying or disputing a public claim.
 */
export function isStandingEdit(event: CommitEvent): boolean {
  const content = CONTENT_FIELDS[event.resource]?.fields;
  const standing = STANDING_FIELDS[event.resource];
  if (!content || !standing || !event.inPlace || event.action !== "UPDATE") return false;
  return event.fields.some((f) => standing.has(f)) && event.fields.every((f) => standing.has(f) || content.has(f));
}

/**
 * The tags naming records beyond their ids, read by id: their slugs, and the cut lists they belong
 * to. `found` counts the records read (fewer than asked: the caller drops more).
 */
export type RecordLookup = (
  resource: string,
  ids: readonly string[],
) => Promise<{ found: number; tags: string[] } | null>;

/**
 * The tags a public write drops, or null for "everything" (a feed resync: what was missed is not
 * known). A non-public write drops nothing.
 */
export async function tagsOfEvent(event: CommitEvent, lookup: RecordLookup): Promise<string[] | null> {
  if (event.action === "RESYNC" || event.resource === "*") return null;
  if (!event.publicFacing) return [];
  const tags = [ANY_WRITE, resourceTag(event.resource), ...event.ids.map(recordTag)];
  const narrow = isContentOnly(event) ? tags : isStandingEdit(event) ? [...tags, STANDING] : null;
  if (narrow === null) return [...tags, SHAPE, STANDING];
  const records = await lookup(event.resource, event.ids).catch(() => null);
  // A record not found (another database, deleted meanwhile): its pages cannot be named, so drop more.
  if (records === null || records.found < event.ids.length) return [...tags, SHAPE, STANDING];
  return [...narrow, ...records.tags];
}

type KeyedRow = { slug: string; technologies?: Array<{ slug: string }> };
type Delegate = {
  findMany(args: { where: { id: { in: string[] } }; select: Record<string, unknown> }): Promise<KeyedRow[]>;
};

/** Records read through `db` (the writer's client, or the app's where the event came from elsewhere). */
export const recordsFrom =
  (db: Db): RecordLookup =>
  async (resource, ids) => {
    const model = CONTENT_FIELDS[resource]?.model;
    const delegate = model ? (db as unknown as Record<string, Delegate | undefined>)[model] : undefined;
    if (!delegate) return null;
    // A claim's edit reorders the cut lists of its technologies' claims (their pages).
    const select = model === "claim" ? { slug: true, technologies: { select: { slug: true } } } : { slug: true };
    const rows = await delegate.findMany({ where: { id: { in: [...ids] } }, select });
    const tags = rows.flatMap((r) => [
      recordTag(r.slug),
      ...(r.technologies ?? []).map((t) => claimsOfTechnology(t.slug)),
    ]);
    return { found: rows.length, tags };
  };

/** Drops, in every cache of this process, what a committed write changed. */
export async function invalidateForEvent(event: CommitEvent, db: Db): Promise<void> {
  const tags = await tagsOfEvent(event, recordsFrom(db));
  if (tags === null) invalidateAll();
  else invalidateTags(tags);
}
