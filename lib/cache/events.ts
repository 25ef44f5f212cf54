// From a commit event to the tags it drops (./tags.ts). The event names the resource, the records'
// ids and the fields that changed; pages name records by slug, so for a content-only edit the
// records' slugs are read back (one small query, in every process the event reaches).
import type { Db } from "@/lib/db/client";
import type { CommitEvent } from "@/lib/events/bus";
import { ANY_WRITE, invalidateAll, invalidateTags, recordTag, resourceTag, SHAPE } from "./tags";

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

/** A content-only edit: an UPDATE whose changed fields are all the resource's content fields. */
export function isContentOnly(event: CommitEvent): boolean {
  const content = CONTENT_FIELDS[event.resource]?.fields;
  return !!content && event.action === "UPDATE" && event.fields.length > 0 && event.fields.every((f) => content.has(f));
}

/** Reads records' slugs by id (null when it cannot: the caller then drops more). */
export type SlugLookup = (model: string, ids: readonly string[]) => Promise<string[] | null>;

/**
 * The tags a public write drops, or null for "everything" (a feed resync: what was missed is not
 * known). A non-public write drops nothing.
 */
export async function tagsOfEvent(event: CommitEvent, slugsOf: SlugLookup): Promise<string[] | null> {
  if (event.action === "RESYNC" || event.resource === "*") return null;
  if (!event.publicFacing) return [];
  const tags = [ANY_WRITE, resourceTag(event.resource), ...event.ids.map(recordTag)];
  if (!isContentOnly(event)) return [...tags, SHAPE];
  const slugs = await slugsOf(CONTENT_FIELDS[event.resource].model, event.ids).catch(() => null);
  // A record not found (another database, deleted meanwhile): its pages cannot be named, so drop more.
  if (slugs === null || slugs.length < event.ids.length) return [...tags, SHAPE];
  return [...tags, ...slugs.map(recordTag)];
}

type SlugDelegate = { findMany(args: { where: { id: { in: string[] } }; select: { slug: true } }): Promise<Array<{ slug: string }>> };

/** Slugs read through `db` (the writer's client, or the app's where the event came from elsewhere). */
export const slugsFrom = (db: Db): SlugLookup => async (model, ids) => {
  const delegate = (db as unknown as Record<string, SlugDelegate | undefined>)[model];
  if (!delegate) return null;
  const rows = await delegate.findMany({ where: { id: { in: [...ids] } }, select: { slug: true } });
  return rows.map((r) => r.slug);
};

/** Drops, in every cache of this process, what a committed write changed. */
export async function invalidateForEvent(event: CommitEvent, db: Db): Promise<void> {
  const tags = await tagsOfEvent(event, slugsFrom(db));
  if (tags === null) invalidateAll();
  else invalidateTags(tags);
}
