/** @jest-environment node */
// Short names a comparison uses for a database (our own sentences): "Surreal" is SurrealDB and "Crate" is CrateDB as
// written with a capital; the everyday words ("a surreal result", "a crate of packages") name nothing.
import { TechResolver } from "@/lib/extract";

const slugs = (text: string) => new TechResolver([]).find(text).map((m) => m.slug);

describe("short database names", () => {
  it("reads the capitalised short names as the databases", () => {
    expect(slugs("Surreal writes faster than Crate in this test.")).toEqual(["surrealdb", "cratedb"]);
  });

  it("leaves the everyday words alone", () => {
    expect(slugs("a surreal result from a crate of packages")).toEqual([]);
  });
});
