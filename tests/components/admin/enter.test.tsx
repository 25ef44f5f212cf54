// Signing in to the admin opens it in place (components/admin/enter.ts): only admin addresses do,
// and the admin's first requests are for the address about to open, not the login page's own.
import { hashOf, opensAdmin } from "@/components/admin/enter";

describe("opening the admin after signing in", () => {
  it("only for an address of the admin", () => {
    for (const target of ["/admin", "/admin#/claims", "/admin/", "/admin?x=1"])
      expect([target, opensAdmin(target)]).toEqual([target, true]);
    for (const target of ["/", "/administrator", "/claims", "/login/reset", "/decisions#/admin"])
      expect([target, opensAdmin(target)]).toEqual([target, false]);
  });

  it("reads the admin's screen from the address's hash", () => {
    expect(hashOf("/admin#/claims")).toBe("#/claims");
    expect(hashOf("/admin")).toBe("");
  });

  it("asks early for the landing list of the address about to open, while the page still shows the login form", async () => {
    const asked: string[] = [];
    const meta = { resources: [{ name: "claims", defaultSort: { field: "updatedAt", order: "DESC" } }] };
    // The answer as boot.ts reads it (jsdom has no Response).
    const answer = { ok: true, status: 200, json: async () => meta, clone: () => answer };
    const fetchMock = jest.fn(async (path: string) => {
      asked.push(path);
      return answer;
    });
    const saved = global.fetch;
    global.fetch = fetchMock as unknown as typeof fetch;
    try {
      await jest.isolateModulesAsync(async () => {
        const { enterAdmin } = await import("@/components/admin/enter");
        const { takeEarly } = await import("@/components/admin/boot");
        const pushed: string[] = [];
        expect(window.location.hash).toBe("");
        enterAdmin("/admin#/claims", (href) => pushed.push(href));
        expect(pushed).toEqual(["/admin#/claims"]);
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(asked).toEqual(["/api/admin/meta", "/api/admin/claims?page=1&perPage=25&sort=updatedAt&order=DESC"]);
        expect(takeEarly("/api/admin/meta")).toBeDefined();
      });
    } finally {
      global.fetch = saved;
    }
  });
});
