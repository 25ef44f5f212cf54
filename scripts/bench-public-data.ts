// The generated part of bench:public's dataset: technologies and claims in every status, written
// in bulk (load-test filler, not editorial content: no revisions). A seeded PRNG makes every run
// load the same data. A few claims are about the demo technologies, so their pages grow too.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { BENCH_KINDS, BENCH_WORDS } from "./bench-vocabulary";
import { seededRandom } from "./seeded-random";

const WORDS = BENCH_WORDS;
const KINDS = BENCH_KINDS;
const STATUSES = [
  "VERIFIED",
  "VERIFIED",
  "VERIFIED",
  "VERIFIED",
  "VERIFIED",
  "VERIFIED",
  "DISPUTED",
  "REFUTED",
  "DRAFT",
  "CANDIDATE",
] as const;

export async function generateClaims(db: Db, count: number): Promise<void> {
  const random = seededRandom(20261121);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const technologies = Array.from({ length: 40 }, (_, i) => ({
    id: `bench-tech-${i}`,
    slug: `bench-tech-${i}`,
    name: `Bench Tech ${i}`,
    aliases: [],
  }));
  await db.technology.createMany({ data: technologies });
  const demo = await db.technology.findMany({ where: { slug: { in: ["django", "fastapi"] } }, select: { id: true } });
  const now = Date.now();
  for (let start = 0; start < count; start += 500) {
    const claims = [];
    const links: Array<[string, string]> = [];
    for (let i = start; i < Math.min(count, start + 500); i++) {
      const kind = pick(KINDS);
      const status = pick(STATUSES);
      const tech = random() < 0.02 && demo.length ? pick(demo).id : pick(technologies).id;
      const statement = `Bench Tech claim ${i}: ${pick(WORDS)} ${pick(WORDS)} ${kind === "PERFORMANCE" ? `at ${Math.floor(random() * 50_000)} req/s` : "is well supported"}.`;
      const when = new Date(now - Math.floor(random() * 365 * 24 * 3600 * 1000));
      claims.push({
        id: `bench-claim-${i}`,
        slug: `bench-claim-${i}`,
        statement,
        normalized: statement.toLowerCase(),
        kind,
        status,
        topic: pick(WORDS),
        conditions: kind === "PERFORMANCE" ? { workers: 1 + Math.floor(random() * 8) } : {},
        metric: kind === "PERFORMANCE" ? "throughput" : null,
        value: kind === "PERFORMANCE" ? Math.floor(random() * 50_000) : null,
        unit: kind === "PERFORMANCE" ? "req/s" : null,
        reviewedAt: status === "VERIFIED" ? when : null,
        createdAt: when,
        updatedAt: when,
      });
      links.push([`bench-claim-${i}`, tech]);
    }
    await db.claim.createMany({ data: claims });
    // The implicit many-to-many table: A is the claim, B the technology (Prisma orders them by model name).
    // Bound values through Prisma.sql: placeholders written by hand differ between SQLite (?) and PostgreSQL ($n).
    await db.$executeRaw`INSERT INTO "_ClaimToTechnology" ("A", "B") VALUES ${Prisma.join(links.map(([a, b]) => Prisma.sql`(${a}, ${b})`))}`;
  }
}
