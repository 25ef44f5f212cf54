/** @jest-environment node */
// One list of screens per resource (components/admin/resource-screens.ts): every resource the admin
// meta sends resolves to its four screens, each hand-made entry names a resource that exists, and an
// address opens the screen it shows (preloaded with the admin's first request).
import * as metaRoute from "@/app/api/admin/meta/route";
import type { AdminMeta } from "@/components/admin/meta";
import { Dashboard, HAND_MADE, screenFor, screensOf } from "@/components/admin/resource-screens";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { call } from "../../support/http";

let t: TestDatabase;
beforeEach(async () => {
  t = await freshDatabase("sqlite");
  useAsAppDatabase(t);
});
afterEach(() => t.close());

it("every resource in the admin meta resolves to a list, show, edit and create screen; every hand-made one is a resource's", async () => {
  const admin = await makeUser(t.db, "ADMIN");
  const meta = (await call(metaRoute.GET, { url: "/api/admin/meta", actor: admin })).json as AdminMeta;
  const names = meta.resources.map((r) => r.name);
  expect(names.length).toBeGreaterThan(10);
  for (const name of names) {
    const screens = screensOf(name);
    for (const view of ["list", "show", "edit", "create"] as const)
      expect([name, view, typeof screens[view]?.preload]).toEqual([name, view, "function"]);
  }
  expect(names).toEqual(expect.arrayContaining(Object.keys(HAND_MADE)));
});

it("an address opens its resource's screen, hand-made where there is one", () => {
  const custom = ["/import", "/review"];
  expect(screenFor("#/claims/c1/show", custom)).toBe(HAND_MADE.claims.show);
  expect(screenFor("#/claims/c1", custom)).toBe(HAND_MADE.claims.edit);
  expect(screenFor("#/users/u1", custom)).toBe(HAND_MADE.users.edit);
  expect(screenFor("#/users/u1/show", custom)).toBe(screensOf("technologies").show);
  expect(screenFor("#/technologies?filter=%7B%7D", custom)).toBe(screensOf("technologies").list);
  expect(screenFor("#/technologies/create", custom)).toBe(screensOf("technologies").create);
  expect(screenFor("#/review?article=x", custom)).toBeUndefined();
  expect(screenFor("", custom)).toBe(Dashboard);
});
