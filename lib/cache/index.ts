// Why an edit shows up on the site: the one place that says it.
//
// The public site is served from three caches in each server process, all in memory:
//   1. pages (./pages.ts): the bytes of a rendered public page or API answer, replayed with a fresh
//      CSP nonce, in front of Next.js (scripts/server.ts);
//   2. page data (./data.ts): what a page's loader read from the database (cachedPublicData);
//   3. API answers (./answers.ts): the JSON of a public /api/v1 request.
// Every entry carries tags saying what it shows (./tags.ts): `record:<id or slug>` for each record
// named in it, `shape` when it depends on which records exist and how they relate (lists, counts,
// comparison pairs), `resource:<name>` when any write to a resource can change it (a list ordered by
// updatedAt), `list:<name>` for a list cut at a limit that an edit of one of its records can
// reorder, or `write` when nobody declared what it shows. Loaders and API endpoints declare their
// tags (./shows.ts: shownRecords); a page keeps the union of the tags of the cached reads its render
// made (collected per render), when its route declares all of them (TAGGED_ROUTES in ./pages.ts).
//
// An editor's save goes through lib/services, which ends every committed write with one commit
// event (lib/events: resource, ids, action, changed fields). The "public-caches" subscriber
// (lib/events/subscribers.ts) turns it into the tags it drops (./events.ts: tagsOfEvent):
//   - nothing for a write that is not public-facing: a resource the site never shows (users, teams,
//     memberships, login attempts, which write no event at all), or records it shows neither before
//     nor after the write (ResourceDef.shown: draft, candidate, in-review or retracted claims);
//   - always `write`, `resource:<name>` and `record:<id>` of each record written;
//   - for a content-only edit (an UPDATE of fields listed in CONTENT_FIELDS, e.g. a claim's
//     wording), `record:<slug>` of those records and the cut lists they belong to (`list:…`, a
//     technology's claims), and nothing else: pages that do not show the record stay cached;
//   - for a standing edit (./events.ts: an in-place UPDATE of STANDING_FIELDS, such as verifying a
//     public claim), the same and `standing`, which drops what weighs, counts or ranks records
//     without naming each (the home, lists, use cases, counts filtered by status) but not pages
//     that name every record they weigh (a claim, a comparison, a technology: shownInPlace), unless
//     they name this one;
//   - for anything else (create, delete, restore, merge, publishing or hiding, relations): `shape`
//     and `standing` besides, which drop every list, count and comparison.
// Dropping is immediate in the writing process, before the save's response is sent. Other
// processes hear the event through the commit feed (lib/events/feed.ts: PostgreSQL LISTEN, or on
// SQLite a look at the CommitEvent table before a cached read, at most every COMMIT_CHECK_MS) and
// drop the same tags; a feed that reconnected and may have missed events drops everything.
// An entry computed while a write touched one of its tags is not kept (stamp / changedSince).
// Whatever happens to the feed, no entry is served as fresh for more than PUBLIC_CACHE_SECONDS
// (10 s): after that it is recomputed (pages and data are served stale meanwhile by one request).
//
// What is never cached: anything for a signed-in request (a session cookie or Authorization
// header), the admin and its API, sign-in, RSC and action requests, non-GETs, answers that set a
// cookie or are not 200, and requests with query parameters the route does not read (./pages.ts
// cacheKeyOf). Writes made behind the service layer's back (a raw SQL script) emit no event and
// show after PUBLIC_CACHE_SECONDS at most.
export { clearApiAnswers, cachedAnswer, cacheGeneration, storeAnswer, type CachedAnswer } from "./answers";
export { cachedPublicData, clearPublicData, hasPublicData, MAX_PUBLIC_ENTRIES, type PublicCacheOptions } from "./data";
export {
  CONTENT_FIELDS,
  invalidateForEvent,
  isContentOnly,
  isStandingEdit,
  STANDING_FIELDS,
  recordsFrom,
  tagsOfEvent,
  type RecordLookup,
} from "./events";
export { recordKeysIn, shownInPlace, shownRecords, type ShownOptions, type TagsOf } from "./shows";
export {
  ANY_WRITE,
  changedSince,
  claimsOfTechnology,
  freshnessCheck,
  invalidateAll,
  invalidateTags,
  PUBLIC_CACHE_SECONDS,
  publicGeneration,
  recordTag,
  resourceTag,
  setFreshnessCheck,
  SHAPE,
  STANDING,
  stamp,
  syncPublicGeneration,
} from "./tags";
