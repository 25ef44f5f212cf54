// The demo content on a fresh SQLite database, for tests that read what `npm run demo` shows.
// Seeding runs the real importer and curation passes, so it takes seconds: make it once per describe block
// (`beforeAll(async () => { t = await seededDemo(); }, DEMO_SEED_TIMEOUT)`).
import { seed } from "../../prisma/seed";
import { freshDatabase, type TestDatabase } from "./databases";

/** Long enough for the seed on a loaded 2-core machine. */
export const DEMO_SEED_TIMEOUT = 180_000;

/** A fresh SQLite database holding the demo seed. */
export async function seededDemo(): Promise<TestDatabase> {
  const t = await freshDatabase("sqlite");
  await seed(t.db);
  return t;
}
