// Demo content: `npm run db:seed`. Everything goes through the service layer (validated, versioned,
// recorded), and articles and claims come from the real importer run on prisma/demo/.
import { SYSTEM } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { markHouseSources, seedArticles } from "./seed/articles";
import { seedCatalog } from "./seed/catalog";
import { correctFigureConditions } from "./seed/conditions";
import { curateImportedClaims } from "./seed/curation";
import { seedTeamsAndDecisions } from "./seed/decisions";
import { DEMO_USERS, seedUsers } from "./seed/users";
import { seedVerdicts } from "./seed/verdicts";

export async function seed(db: Db): Promise<"seeded" | "already-seeded"> {
  if ((await db.user.count()) > 0) return "already-seeded";
  const userIds = await seedUsers(db, SYSTEM);
  const { technologies, useCases } = await seedCatalog(db, SYSTEM);
  const editor = { ...SYSTEM, id: userIds["editor@stackverdict.test"], name: "Eddie Editor", role: "EDITOR" as const };
  const imported = await seedArticles(db, editor);
  // The demo's own write-up is ours: evidence, never an independent source.
  await markHouseSources(db, editor);
  // Before curation, as an editor checks a figure's setup against its article before verifying it.
  await correctFigureConditions(db, editor);
  await curateImportedClaims(db, editor);
  // Decisions first: their outcome reviews are evidence the verdicts' engine proposals count.
  await seedTeamsAndDecisions(db, SYSTEM, userIds, technologies);
  await seedVerdicts(db, SYSTEM, technologies, useCases);
  console.log(
    `Seeded ${imported.articles} articles, ${imported.claims} claims, ${Object.keys(technologies).length} technologies.`,
  );
  return "seeded";
}

if (require.main === module) {
  const db = getDb();
  seed(db)
    .then((result) => {
      if (result === "already-seeded") console.log("The database already has users: demo content not added again.");
      console.log("\nDemo logins:");
      for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(11)} ${u.email.padEnd(32)} ${u.password}`);
    })
    .catch((error) => {
      console.error(
        "Seeding failed, nothing partial was kept for the failing step:",
        error instanceof Error ? error.message : error,
      );
      process.exitCode = 1;
    })
    .finally(() => Promise.all([db.$disconnect(), closeReaderPool()]));
}
