// The admin page's early requests (components/admin/boot.ts) are worth something only when the admin
// asks for exactly the same paths afterwards: the landing list's first page as the data provider
// writes it, and nothing early when the address or kept list settings ask for another page.
import { firstPagePath, landingList, LIST_PAGE_SIZE, takeEarly } from "@/components/admin/boot";
import { listQuery } from "@/components/admin/data-provider";

describe("the admin's early requests", () => {
  it("ask for a list's first page exactly as the data provider will", () => {
    const sort = { field: "updatedAt", order: "DESC" as const };
    expect(firstPagePath("claims", sort)).toBe(
      `/api/admin/claims?${listQuery({ pagination: { page: 1, perPage: LIST_PAGE_SIZE }, sort, filter: {} })}`,
    );
  });

  it("only for an address that opens a list with its default settings", () => {
    const nothingKept = () => null;
    expect(landingList("#/claims", nothingKept)).toBe("claims");
    expect(landingList("#/useCases/", nothingKept)).toBe("useCases");
    for (const other of [
      "",
      "#/",
      "#/claims/abc",
      "#/claims/abc/show",
      "#/claims?filter=%7B%7D",
      "#/import",
      "#/review",
    ])
      expect(landingList(other, nothingKept)).toBeNull();
    expect(
      landingList("#/claims", (key) => (key === "RaStore.claims.listParams" ? '{"sort":"status"}' : null)),
    ).toBeNull();
  });

  it("give nothing for a path never asked early", () => {
    expect(takeEarly("/api/admin/meta")).toBeUndefined();
  });
});
