// A fresh database with the demo technology catalogue and an editor to import as, per test.
import { SYSTEM, type Actor } from "@/lib/auth/roles";
import type { Provider } from "@/lib/db/provider";
import { seedCatalog } from "@/prisma/seed/catalog";
import { freshDatabase, type TestDatabase } from "../../../support/databases";
import { makeUser } from "../../../support/factories";

export function useImportWorld(provider: Provider, receive: (t: TestDatabase, editor: Actor) => void): void {
  let current: TestDatabase | null = null;
  beforeEach(async () => {
    current = await freshDatabase(provider);
    await seedCatalog(current.db, SYSTEM);
    receive(current, await makeUser(current.db, "EDITOR"));
  });
  afterEach(async () => current?.close());
}
