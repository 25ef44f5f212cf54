// What a cached entry shows, as tags (./tags.ts): declared where the entry is made (a page's data
// loader, an API endpoint's answer). An entry without a declaration is dropped by any public write.
import { recordTag, resourceTag, SHAPE, STANDING } from "./tags";

/** Keys naming a record: `id`, `slug`, and `…Id`, `…Slug` (a claim's `claimSlug`, a citation's `articleId`). */
const KEY_NAME = /^(?:id|slug|\w+Id|\w+Slug)$/;
/** Walks at most this many values: a larger one is declared unknown (dropped by any public write). */
const MAX_VALUES = 200_000;

/**
 * The records `value` names: every string under a key named like a record key, in any depth. Ids
 * are cuids, unique across tables; a slug equal to another table's slug only drops an entry more.
 * Null when the value is too large to walk (the caller then declares the entry unknown).
 */
export function recordKeysIn(value: unknown): Set<string> | null {
  const keys = new Set<string>();
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length) {
    const item = stack.pop();
    if (++seen > MAX_VALUES) return null;
    if (item === null || typeof item !== "object" || item instanceof Date) continue;
    if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
      continue;
    }
    for (const [name, child] of Object.entries(item)) {
      if (typeof child === "string" && KEY_NAME.test(name)) keys.add(child);
      else if (typeof child === "object") stack.push(child);
    }
  }
  return keys;
}

export interface ShownOptions {
  /**
   * Resources every write to which can change the entry: a list ordered by updatedAt (an edit moves
   * the record to the top) or cut at a limit with updatedAt as the tie-breaker.
   */
  every?: readonly string[];
  /** Tags of the cut lists it holds, narrower than `every` (./tags.ts: claimsOfTechnology). */
  lists?: readonly string[];
  /**
   * Whether the entry weighs, counts or ranks records by their standing (default true). False for
   * an entry that shows a record's standing (a claim's status) only next to that record's key, as a
   * claim's page shows its own and its contradicting claims': then a standing edit of a record it
   * does not name (verifying another claim) leaves it cached.
   */
  aggregates?: boolean;
}

/**
 * The tags of an entry whose data holds the key (id or slug) of every record whose content it
 * shows, next to that content: the records it names, SHAPE (which records exist, are public and
 * relate to which is read from the database, not from the records' own content) and, unless
 * `aggregates` is false, STANDING.
 */
export function shownRecords(value: unknown, options: ShownOptions = {}): string[] | null {
  const keys = recordKeysIn(value);
  if (keys === null) return null;
  return [
    SHAPE,
    ...(options.aggregates === false ? [] : [STANDING]),
    ...[...keys].map(recordTag),
    ...(options.every ?? []).map(resourceTag),
    ...(options.lists ?? []),
  ];
}

/** The tags of an entry showing records' standing only next to their keys (a claim's page). */
export const shownInPlace = (value: unknown): string[] | null => shownRecords(value, { aggregates: false });

/** A declaration: the tags of an entry from its value (null: not known, dropped by any write). */
export type TagsOf<R> = (value: R) => readonly string[] | null;
