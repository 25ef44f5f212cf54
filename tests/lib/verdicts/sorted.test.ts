import fc from "fast-check";
import { SortedList } from "@/lib/verdicts/sorted";

interface Item {
  id: string;
  score: number;
}

const order = (a: Item, b: Item) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("a lazily sorted list", () => {
  it("reads back in order, and peeks at the first item, after any mix of inserts, removals and reads", () => {
    const op = fc.tuple(
      fc.constantFrom("insert", "insert", "remove", "read", "peek"),
      fc.nat(30),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const list = new SortedList<Item>(order);
        const held = new Map<string, Item>();
        for (const [kind, n, score] of ops) {
          const id = `i${n}`;
          if (kind === "insert" && !held.has(id)) {
            const item = { id, score };
            held.set(id, item);
            list.insert(item);
          } else if (kind === "remove") {
            const item = held.get(id);
            expect(list.remove(item ?? { id, score })).toBe(item !== undefined);
            held.delete(id);
          } else if (kind === "read") {
            expect(list.view()).toEqual([...held.values()].sort(order));
          } else if (kind === "peek") {
            expect(list.peek()).toBe([...held.values()].sort(order)[0]);
          }
          expect(list.size).toBe(held.size);
        }
        expect(list.view()).toEqual([...held.values()].sort(order));
      }),
      { numRuns: 300 },
    );
  });

  it("removes the very item it was given, not an equal-looking one", () => {
    const list = new SortedList<Item>(order);
    const kept = { id: "a", score: 1 };
    list.insert(kept);
    list.view();
    expect(list.remove({ id: "a", score: 1 })).toBe(false);
    expect(list.view()).toEqual([kept]);
  });

  it("gives the first few items that pass a filter", () => {
    const list = new SortedList<Item>(order);
    for (const [id, score] of [
      ["a", 1],
      ["b", 5],
      ["c", 3],
      ["d", 4],
    ] as const)
      list.insert({ id, score });
    expect(list.first(2).map((i) => i.id)).toEqual(["b", "d"]);
    expect(list.first(2, (i) => i.id !== "d").map((i) => i.id)).toEqual(["b", "c"]);
  });
});
