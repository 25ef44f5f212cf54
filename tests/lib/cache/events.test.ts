// From a commit event to the cache tags it drops (lib/cache/events.ts): a pure mapping, with the
// slug lookup given.
import type { CommitEvent } from "@/lib/events/bus";
import {
  ANY_WRITE,
  claimsOfTechnology,
  recordTag,
  resourceTag,
  SHAPE,
  STANDING,
  tagsOfEvent,
  type RecordLookup,
} from "@/lib/cache";

const event = (over: Partial<CommitEvent>): CommitEvent => ({
  id: 1,
  resource: "claims",
  action: "UPDATE",
  ids: ["c1"],
  fields: ["statement"],
  publicFacing: true,
  inPlace: false,
  origin: "o",
  ...over,
});
const slugs: RecordLookup = async (_resource, ids) => ({
  found: ids.length,
  tags: ids.flatMap((id) => [recordTag(`slug-of-${id}`), claimsOfTechnology("django")]),
});

describe("tagsOfEvent", () => {
  it("a claim's wording edit drops the record, by id and slug, the cut lists it belongs to and every list of claims, not the shape", async () => {
    const tags = await tagsOfEvent(event({ fields: ["normalized", "statement", "updatedAt", "version"] }), slugs);
    expect(tags).toEqual([
      ANY_WRITE,
      resourceTag("claims"),
      recordTag("c1"),
      recordTag("slug-of-c1"),
      claimsOfTechnology("django"),
    ]);
  });

  it("any other field, or any other action, changes the shape", async () => {
    for (const e of [
      event({ fields: ["statement", "status"] }),
      event({ action: "CREATE" }),
      event({ action: "DELETE", fields: [] }),
      event({ fields: [] }),
      event({ resource: "verdicts", fields: ["summary"] }),
    ]) {
      expect(await tagsOfEvent(e, slugs)).toContain(SHAPE);
    }
  });

  it("a standing edit in place (a public claim verified or disputed) drops the record and what weighs records, not the shape", async () => {
    for (const fields of [
      ["status"],
      ["rating", "ratingExplanation", "updatedAt", "version"],
      ["reviewedAt", "status"],
    ]) {
      const tags = await tagsOfEvent(event({ fields, inPlace: true }), slugs);
      expect([fields, tags]).toEqual([
        fields,
        [
          ANY_WRITE,
          resourceTag("claims"),
          recordTag("c1"),
          STANDING,
          recordTag("slug-of-c1"),
          claimsOfTechnology("django"),
        ],
      ]);
    }
  });

  it("a standing edit that published, hid or merged a record, or changed more than standing, changes the shape", async () => {
    for (const e of [
      event({ fields: ["status"], inPlace: false }), // VERIFIED → DRAFT: the claim left the site
      event({ fields: ["status", "topic"], inPlace: true }),
      event({ fields: ["status"], action: "MERGE", inPlace: true }),
      event({ resource: "verdicts", fields: ["status"], inPlace: true }),
    ]) {
      const tags = await tagsOfEvent(e, slugs);
      expect(tags).toContain(SHAPE);
      expect(tags).toContain(STANDING);
    }
    // A standing edit whose record cannot be read back drops more, as a wording edit does.
    expect(await tagsOfEvent(event({ fields: ["status"], inPlace: true }), async () => null)).toContain(SHAPE);
  });

  it("a record whose slug cannot be read (another database, deleted meanwhile) changes the shape", async () => {
    expect(await tagsOfEvent(event({}), async () => ({ found: 0, tags: [] }))).toContain(SHAPE);
    expect(await tagsOfEvent(event({}), async () => null)).toContain(SHAPE);
    expect(
      await tagsOfEvent(event({}), async () => {
        throw new Error("down");
      }),
    ).toContain(SHAPE);
  });

  it("a write nobody sees drops nothing; a feed resync drops everything", async () => {
    expect(await tagsOfEvent(event({ publicFacing: false }), slugs)).toEqual([]);
    expect(await tagsOfEvent(event({ resource: "*", action: "RESYNC", ids: [], fields: [] }), slugs)).toBeNull();
  });
});
