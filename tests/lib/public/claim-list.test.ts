// The public claim list's one-statement SQL (lib/public/claim-list.ts) against the Prisma query it
// replaced, kept here as the reference: on the demo seed and on a world built to hit every
// visibility rule (deleted, merged and private claims; deleted and proposed technologies; claims
// sharing a timestamp), every filter and page must give exactly the same rows, order and total.
import type { Db } from "@/lib/db/client";
import type { Provider } from "@/lib/db/provider";
import { listPublicClaims, type PublicClaimFilter, type PublicClaimPage } from "@/lib/public/claim-list";
import { liveTechnologyWhere, publicClaimWhere } from "@/lib/resources/visibility";
import { generateClaims } from "../../../scripts/bench-public-data";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { DEMO_SEED_TIMEOUT, seededDemo } from "../../support/demo";
import { buildWorld } from "./world";

/** The previous /api/v1/claims handler's queries, verbatim in behaviour. */
async function referencePage(
  db: Db,
  filter: PublicClaimFilter,
  page: number,
  perPage: number,
): Promise<PublicClaimPage> {
  const where = {
    AND: [
      publicClaimWhere(),
      filter.kind ? { kind: filter.kind as never } : {},
      filter.status ? { status: filter.status as never } : {},
      filter.topic ? { topic: filter.topic } : {},
      filter.technology ? { technologies: { some: { slug: filter.technology, deletedAt: null } } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: {
        slug: true,
        statement: true,
        kind: true,
        status: true,
        topic: true,
        rating: true,
        metric: true,
        value: true,
        unit: true,
        conditions: true,
        reviewedAt: true,
        updatedAt: true,
        technologies: { where: liveTechnologyWhere(), select: { slug: true }, orderBy: { slug: "asc" } },
      },
    }),
    db.claim.count({ where }),
  ]);
  return { rows: rows.map((r) => ({ ...r, technologies: r.technologies.map((t) => t.slug) })), total };
}

const FILTERS: PublicClaimFilter[] = [
  {},
  { technology: "django" },
  { technology: "fastapi", status: "VERIFIED" },
  { technology: "bench-tech-3" },
  { technology: "retired-tech" },
  { technology: "proposed-tech" },
  { technology: "no-such-tech" },
  { kind: "PERFORMANCE" },
  { kind: "OPINION", status: "DISPUTED" },
  { status: "REFUTED" },
  { status: "DRAFT" },
  { topic: "websockets" },
  { topic: "websockets", kind: "FEATURE", technology: "bench-tech-7" },
];

/** Every page of every filter at a few page sizes, and one page past the end. */
async function expectSameAsReference(db: Db): Promise<number> {
  let compared = 0;
  for (const filter of FILTERS) {
    for (const perPage of [1, 7, 20, 100]) {
      const first = await referencePage(db, filter, 1, perPage);
      const pages = Math.min(Math.ceil(first.total / perPage), perPage === 1 ? 5 : 40);
      for (let page = 1; page <= pages + 1; page++) {
        expect(await listPublicClaims(db, filter, page, perPage)).toEqual(
          await referencePage(db, filter, page, perPage),
        );
        compared++;
      }
    }
  }
  return compared;
}

/** Edge cases the generated claims lack: a deleted and a proposed technology, ties on updatedAt. */
async function addEdgeCases(db: Db): Promise<void> {
  const retired = await db.technology.create({
    data: { name: "Retired Tech", slug: "retired-tech", aliases: [], deletedAt: new Date("2026-02-01T00:00:00Z") },
  });
  const proposed = await db.technology.create({
    data: { name: "Proposed Tech", slug: "proposed-tech", aliases: [], status: "PROPOSED" },
  });
  const django = await db.technology.findUniqueOrThrow({ where: { slug: "django" } });
  const tie = new Date("2026-03-03T03:03:03.303Z");
  for (const [i, status] of (["VERIFIED", "DISPUTED", "REFUTED", "VERIFIED", "DRAFT"] as const).entries()) {
    await db.claim.create({
      data: {
        id: `tie-${4 - i}`,
        slug: `tie-claim-${i}`,
        statement: `Tied claim ${i}.`,
        kind: "FEATURE",
        status,
        topic: i % 2 ? "websockets" : null,
        conditions: { nested: { workers: i }, label: "é ✓" },
        value: i === 1 ? 0.125 : null,
        rating: i === 2 ? "Misleading" : null,
        updatedAt: tie,
        createdAt: tie,
        reviewedAt: i === 0 ? tie : null,
        technologies: { connect: [{ id: retired.id }, { id: proposed.id }, { id: django.id }] },
      },
    });
  }
}

describe("the public claim list on the demo seed", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await seededDemo();
  }, DEMO_SEED_TIMEOUT);
  afterAll(() => t.close());

  it("gives the rows, order and totals the Prisma queries gave", async () => {
    expect((await referencePage(t.db, {}, 1, 100)).total).toBeGreaterThan(10);
    expect(await expectSameAsReference(t.db)).toBeGreaterThan(FILTERS.length * 4);
  }, 120_000);
});

describe.each(testProviders())("the public claim list follows the visibility rules on %s", (provider: Provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    await buildWorld(t.db);
    await generateClaims(t.db, 400);
    await addEdgeCases(t.db);
  }, 120_000);
  afterAll(() => t.close());

  it("gives the rows, order and totals the Prisma queries gave", async () => {
    const all = await listPublicClaims(t.db, {}, 1, 100);
    expect(all.total).toBeGreaterThan(300);
    // The visibility rules are exercised, not assumed: hidden claims and technologies exist.
    expect(all.rows.some((r) => r.slug === "tie-claim-4")).toBe(false);
    const tied = (await listPublicClaims(t.db, { technology: "django" }, 1, 100)).rows.filter((r) =>
      r.slug.startsWith("tie-"),
    );
    expect(tied.map((r) => r.slug)).toEqual(["tie-claim-3", "tie-claim-2", "tie-claim-1", "tie-claim-0"]);
    expect(tied[0].technologies).toEqual(["django"]);
    expect(tied.find((r) => r.slug === "tie-claim-1")).toMatchObject({
      value: 0.125,
      conditions: { nested: { workers: 1 }, label: "é ✓" },
    });
    expect(await expectSameAsReference(t.db)).toBeGreaterThan(FILTERS.length * 4);
  }, 300_000);
});
