// Security headers on every page type of the production build.
import { BASE_URL } from "./support/server";

const PAGES = ["/", "/login", "/admin", "/technologies/django", "/api/admin/meta", "/no-such-page"];

describe("security headers", () => {
  it.each(PAGES)("%s carries the protective headers", async (path) => {
    const res = await fetch(`${BASE_URL}${path}`, { redirect: "manual" });
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("refuses a forged cross-site write to the admin API", async () => {
    const res = await fetch(`${BASE_URL}/api/admin/claims`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ statement: "forged", kind: "FACT" }),
    });
    expect(res.status).toBe(403);
  });
});
