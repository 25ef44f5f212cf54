// Every filter and sort the admin offers must be backed by an index, or lists slow down as the
// data grows. Derived from the registry, so a new filterable field without an index fails here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { RESOURCES } from "@/lib/resources";

const schema = readFileSync(path.resolve(__dirname, "../../../prisma/schema.prisma"), "utf8");

/** Fields that lead an index (or are unique / the id) in each model of the schema. */
function indexedLeaders(): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const match of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const [, model, body] = match;
    const leaders = new Set<string>(["id"]);
    for (const idx of body.matchAll(/@@(?:index|unique|id)\(\[(\w+)/g)) leaders.add(idx[1]);
    for (const line of body.split("\n")) {
      const field = /^\s+(\w+)\s+\S+.*@(unique|id)\b/.exec(line);
      if (field) leaders.add(field[1]);
    }
    result.set(model[0].toLowerCase() + model.slice(1), leaders);
  }
  return result;
}

describe("indexes behind the admin's filters and sorts", () => {
  const leaders = indexedLeaders();
  for (const def of RESOURCES) {
    it(`${def.name}: every filterable and sortable column leads an index`, () => {
      const indexed = leaders.get(def.model);
      expect(indexed).toBeDefined();
      const needed = Object.entries(def.fields)
        .filter(([, f]) => (f.filter || f.sortable || f.type === "reference") && f.type !== "references")
        .map(([name]) => name)
        .concat(def.list.defaultSort.field);
      const missing = [...new Set(needed)].filter((name) => !indexed!.has(name));
      expect(missing).toEqual([]);
    });
  }
});
