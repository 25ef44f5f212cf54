// A fresh database the app's shared client (getDb) points at, for calling real route handlers.
import type { Provider } from "@/lib/db/provider";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../../support/databases";
import { makeWorld, type World } from "./admin-api";

export async function openAppDatabase(provider: Provider): Promise<TestDatabase> {
  const database = await freshDatabase(provider);
  useAsAppDatabase(database);
  return database;
}

/**
 * Registers a fresh app database and its standard cast (teams, users, claims) for each test:
 * `useAppWorld(provider, (t, w) => { db = t; world = w; })`.
 */
export function useAppWorld(provider: Provider, receive: (t: TestDatabase, w: World) => void): void {
  let current: TestDatabase | null = null;
  beforeEach(async () => {
    current = await openAppDatabase(provider);
    receive(current, await makeWorld(current.db));
  });
  afterEach(async () => current?.close());
}
