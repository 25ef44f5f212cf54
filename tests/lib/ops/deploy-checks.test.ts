import { demoAccountCheck, environmentChecks } from "@/lib/ops/deploy-checks";
import { freshDatabase } from "../../support/databases";
import { makeUser, TEST_PASSWORD } from "../../support/factories";

const failing = (env: Record<string, string | undefined>) => environmentChecks(env).filter((c) => !c.ok).map((c) => c.id);

describe("the deployment checklist", () => {
  it("passes a proper production configuration", () => {
    expect(
      failing({
        NODE_ENV: "production",
        NEXTAUTH_SECRET: "9f2c4e1a7b3d8e6f0a5c2b9d4e7f1a3c6b8d0e2f4a6c8e0b",
        NEXTAUTH_URL: "https://stackverdict.example.org",
        DATABASE_URL: "postgresql://sv@db/sv",
      }),
    ).toEqual([]);
  });

  it("fails a missing or weak secret, plain http, SQLite in production and development mode", () => {
    expect(failing({ NODE_ENV: "production", DATABASE_URL: "file:./x.db", NEXTAUTH_URL: "http://x" })).toEqual(["secret", "url", "database"]);
    expect(failing({ NODE_ENV: "development", NEXTAUTH_SECRET: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })).toEqual(["secret", "url", "database-set", "debug"]);
  });

  it("flags demo accounts that still accept their demo password", async () => {
    const t = await freshDatabase("sqlite");
    const user = await makeUser(t.db, "ADMIN");
    expect((await demoAccountCheck(t.db, [{ email: user.email, password: TEST_PASSWORD }])).ok).toBe(false);
    expect((await demoAccountCheck(t.db, [{ email: user.email, password: "another password" }])).ok).toBe(true);
    await t.close();
  });
});
