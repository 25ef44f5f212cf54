/** @jest-environment node */
// The lean reader of a client (lib/db/lean.ts) is found by every copy of the module in the process:
// the production server (tsx) and each bundle Next.js loads hold their own copies but share one
// client (getDb keeps it on globalThis). Kept per module, the copy that did not make the client read
// through $queryRaw, and the server's uncached API answers never took the lean path.
import type { LeanReader } from "@/lib/db/lean";
import { Prisma } from "@/lib/generated/sqlite/client";

type LeanModule = typeof import("@/lib/db/lean");

function freshCopy(): LeanModule {
  let copy: LeanModule | undefined;
  jest.isolateModules(() => {
    copy = jest.requireActual<LeanModule>("@/lib/db/lean");
  });
  if (!copy) throw new Error("not loaded");
  return copy;
}

describe("the lean reader of a client", () => {
  it("attached by one copy of the module, reads for another", async () => {
    const [making, reading] = [freshCopy(), freshCopy()];
    expect(making).not.toBe(reading);
    const rows = [{ one: 1 }];
    const reader: LeanReader = { read: jest.fn(async () => rows), close: () => {} };
    const queryRaw = jest.fn(async () => [{ through: "prisma" }]);
    const client = { $queryRaw: queryRaw } as unknown as Parameters<LeanModule["leanQuery"]>[0];
    making.attachLeanReader(client, reader);
    await expect(reading.leanQuery(client, Prisma.sql`SELECT 1 AS "one"`)).resolves.toBe(rows);
    expect(queryRaw).not.toHaveBeenCalled();
  });

  it("a client without one reads through $queryRaw", async () => {
    const queryRaw = jest.fn(async () => [{ through: "prisma" }]);
    const client = { $queryRaw: queryRaw } as unknown as Parameters<LeanModule["leanQuery"]>[0];
    await expect(freshCopy().leanQuery(client, Prisma.sql`SELECT 1`)).resolves.toEqual([{ through: "prisma" }]);
  });
});
