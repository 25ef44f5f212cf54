import { SYSTEM } from "@/lib/auth/roles";
import { getClaimPage } from "@/lib/public/claims";
import { cachedPublicData, clearPublicData, MAX_PUBLIC_ENTRIES, samePlainData } from "@/lib/cache/data";
import { invalidateAll, PUBLIC_CACHE_SECONDS } from "@/lib/cache/tags";
import { claims } from "@/lib/resources";
import { updateRecord } from "@/lib/services/records";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { buildWorld, type World } from "../public/world";

const WINDOW_MS = PUBLIC_CACHE_SECONDS * 1000;
const on = () => true;

/** A loader over a value the test changes, counting its calls; `fail` makes the next loads throw. */
function source(initial: string) {
  const state = { value: initial, calls: 0, fail: false };
  const load = async (suffix = "") => {
    state.calls++;
    await new Promise((r) => setTimeout(r, 5));
    if (state.fail) throw new Error("database unreachable");
    return { text: state.value + suffix };
  };
  return { state, load };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe("cachedPublicData: the in-process memo of public page data", () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clearPublicData();
    clock = 1_000_000;
  });
  afterAll(() => clearPublicData());

  it("returns the same object to later requests without loading again, per name and arguments", async () => {
    const { state, load } = source("a");
    const get = cachedPublicData("t-same", load, { now, enabled: on });
    const first = await get("-x");
    expect(await get("-x")).toBe(first);
    expect(await get("-y")).toEqual({ text: "a-y" });
    expect(state.calls).toBe(2);
  });

  it("hands out frozen data, so a page cannot change what later visitors get", async () => {
    const get = cachedPublicData("t-frozen", async () => ({ list: [{ n: 2 }, { n: 1 }], at: new Date(0) }), {
      now,
      enabled: on,
    });
    const data = await get();
    expect(() => data.list.sort((a, b) => a.n - b.n)).toThrow(TypeError);
    expect(() => {
      (data.list[0] as { n: number }).n = 5;
    }).toThrow(TypeError);
    expect((await get()).list).toEqual([{ n: 2 }, { n: 1 }]);
    expect(data.at.getTime()).toBe(0);
  });

  it("keeps the very object when a reload reads the same data, so what is derived per object stays", async () => {
    const { state, load } = source("same");
    const get = cachedPublicData("t-reuse", load, { now, enabled: on });
    const first = await get();
    clock += WINDOW_MS;
    await get(); // starts the reload
    await settle();
    expect(state.calls).toBe(2);
    expect(await get()).toBe(first);
    invalidateAll(); // a write that did not change what it shows: still the same data
    expect(await get()).toBe(first);
    state.value = "changed";
    invalidateAll();
    const changed = await get();
    expect(changed).not.toBe(first);
    expect(changed).toEqual({ text: "changed" });
    expect(Object.isFrozen(changed)).toBe(true);
  });

  it("compares plain data structurally: objects, arrays, Dates and primitives", () => {
    const data = () => ({ a: [1, "x", null, { d: new Date(5), n: NaN }], b: undefined as unknown });
    expect(samePlainData(data(), data())).toBe(true);
    expect(samePlainData(data(), { ...data(), c: 1 })).toBe(false);
    expect(samePlainData({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(samePlainData([1, 2], [1, 2, 3])).toBe(false);
    expect(samePlainData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(samePlainData(new Date(1), new Date(2))).toBe(false);
    expect(samePlainData({ d: new Date(1) }, { d: "1970-01-01T00:00:00.001Z" })).toBe(false);
    expect(samePlainData(new Map([[1, 2]]), new Map([[1, 2]]))).toBe(false); // not plain data: only when identical
    expect(samePlainData(0, -0)).toBe(false);
  });

  it("loads afresh right after this process's write (the generation moved)", async () => {
    const { state, load } = source("before");
    const get = cachedPublicData("t-write", load, { now, enabled: on });
    await get();
    state.value = "after";
    expect(await get()).toEqual({ text: "before" }); // no write through the service layer: still cached
    invalidateAll();
    expect(await get()).toEqual({ text: "after" });
  });

  it("after the window, answers with the old data once while reloading, then with the new (another process's write)", async () => {
    const { state, load } = source("old");
    const get = cachedPublicData("t-expire", load, { now, enabled: on });
    await get();
    state.value = "new";
    clock += WINDOW_MS - 1;
    expect(await get()).toEqual({ text: "old" });
    expect(state.calls).toBe(1);
    clock += 1;
    expect(await get()).toEqual({ text: "old" });
    await settle();
    expect(await get()).toEqual({ text: "new" });
    expect(state.calls).toBe(2);
  });

  it("shares one load between concurrent requests", async () => {
    const { state, load } = source("x");
    const get = cachedPublicData("t-concurrent", load, { now, enabled: on });
    const answers = await Promise.all(Array.from({ length: 20 }, () => get()));
    expect(new Set(answers).size).toBe(1);
    expect(state.calls).toBe(1);
  });

  it("keeps serving the last data while loading fails, and recovers once it works again", async () => {
    const { state, load } = source("kept");
    const get = cachedPublicData("t-down", load, { now, enabled: on });
    await get();
    state.fail = true;
    const errors = jest.spyOn(console, "error").mockImplementation(() => {});
    try {
      invalidateAll();
      expect(await get()).toEqual({ text: "kept" });
      clock += WINDOW_MS;
      expect(await get()).toEqual({ text: "kept" });
      await settle();
      expect(errors).toHaveBeenCalledTimes(2);
    } finally {
      errors.mockRestore();
    }
    state.fail = false;
    state.value = "back";
    expect(await get()).toEqual({ text: "back" });
  });

  it("reports the failure when there is nothing to fall back on, and tries again next time", async () => {
    const { state, load } = source("later");
    const get = cachedPublicData("t-nothing", load, { now, enabled: on });
    state.fail = true;
    await expect(get()).rejects.toThrow("database unreachable");
    state.fail = false;
    expect(await get()).toEqual({ text: "later" });
  });

  it("does not keep data loaded across a write: the next request loads again", async () => {
    const { state, load } = source("racing");
    const get = cachedPublicData("t-race", load, { now, enabled: on });
    const pending = get();
    invalidateAll(); // committed while the load was reading
    expect(await pending).toEqual({ text: "racing" });
    state.value = "committed";
    expect(await get()).toEqual({ text: "committed" });
  });

  it("keeps at most MAX_PUBLIC_ENTRIES entries, dropping the least recently loaded", async () => {
    let calls = 0;
    const get = cachedPublicData("t-bound", async (i: number) => ({ i, call: ++calls }), { now, enabled: on });
    for (let i = 0; i <= MAX_PUBLIC_ENTRIES; i++) await get(i);
    expect(calls).toBe(MAX_PUBLIC_ENTRIES + 1);
    await get(MAX_PUBLIC_ENTRIES);
    expect(calls).toBe(MAX_PUBLIC_ENTRIES + 1);
    await get(0); // the first one loaded was dropped
    expect(calls).toBe(MAX_PUBLIC_ENTRIES + 2);
  });

  it("loads directly outside a Next.js server (tests, scripts)", async () => {
    const { state, load } = source("direct");
    const get = cachedPublicData("t-off", load);
    await get();
    await get();
    expect(state.calls).toBe(2);
  });
});

describe.each(testProviders())("cached claim pages and the service layer on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    w = await buildWorld(t.db);
  }, 60_000);
  afterAll(async () => {
    clearPublicData();
    await t.close();
  });

  it("a write behind the service layer's back stays invisible; an edit through it shows on the next request", async () => {
    const get = cachedPublicData("t-claim", (slug: string) => getClaimPage(slug, t.db), { enabled: on });
    const statement = async () => {
      const result = await get(w.verified.slug as string);
      if (result?.kind !== "claim") throw new Error("expected a claim");
      return result.claim.statement;
    };
    expect(await statement()).toBe("Django has a built-in admin.");
    await t.db.claim.update({
      where: { id: w.verified.id as string },
      data: { statement: "Changed in the database directly." },
    });
    expect(await statement()).toBe("Django has a built-in admin.");
    const row = await t.db.claim.findUniqueOrThrow({ where: { id: w.verified.id as string } });
    await updateRecord(claims, SYSTEM, row.id, { version: row.version, statement: "Edited through the admin." }, t.db);
    expect(await statement()).toBe("Edited through the admin.");
  });
});
