import { revalidatePublic } from "@/lib/public/revalidate";

describe("revalidatePublic", () => {
  it("is safe to call from scripts and tests, where Next has no cache to refresh", async () => {
    await expect(revalidatePublic(["/", "/claims/some-claim"])).resolves.toBeUndefined();
    await expect(revalidatePublic()).resolves.toBeUndefined();
  });
});
