// The demo content on a fresh SQLite database, for tests that read what `npm run demo` shows.
// Seeding runs the real importer and curation passes, so it takes seconds: global setup seeds it once
// per jest run (`npm run db:seed` on a copy of the migrated template) and each describe block gets its
// own copy (`beforeAll(async () => { t = await seededDemo(); }, DEMO_SEED_TIMEOUT)`).
import { demoTemplate, sqliteCopyOf, type TestDatabase } from "./databases";

/** Long enough for the seed on a loaded 2-core machine. */
export const DEMO_SEED_TIMEOUT = 180_000;

/** A fresh SQLite database holding the demo seed. */
export async function seededDemo(): Promise<TestDatabase> {
  return sqliteCopyOf(demoTemplate());
}
