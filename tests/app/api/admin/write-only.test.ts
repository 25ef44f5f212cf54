/** @jest-environment node */
// Write-only fields come from the registry (#12): a user's password is accepted on writes and marked
// write-only in the admin meta, so no show or list screen has a row for it, and the CSV export has no column for it.
import { describeResource } from "@/lib/resources/meta";
import { RESOURCES, users } from "@/lib/resources";
import { exportTable } from "@/lib/admin/export-table";
import { freshDatabase, type TestDatabase } from "../../../support/databases";

describe("write-only fields", () => {
  it("the user's password is write-only in the registry and in the meta the admin reads", () => {
    expect(users.fields.password).toMatchObject({ writeOnly: true });
    expect(describeResource(users, "ADMIN").fields.find((f) => f.name === "password")).toMatchObject({
      writeOnly: true,
      help: expect.any(String),
    });
    // Any field that takes a secret is write-only.
    const secrets = RESOURCES.flatMap((r) =>
      Object.entries(r.fields)
        .filter(([name]) => /password|secret|token/i.test(name))
        .map(([name, f]) => [`${r.name}.${name}`, Boolean(f.writeOnly)]),
    );
    expect(secrets).toEqual([["users.password", true]]);
  });

  describe("the export", () => {
    let t: TestDatabase;
    beforeEach(async () => (t = await freshDatabase("sqlite")));
    afterEach(() => t.close());

    it("has no password column", async () => {
      const table = await exportTable(
        users,
        [{ id: "u1", email: "grace@example.test", name: "Grace", role: "EDITOR", active: true, version: 1 }],
        t.db,
      );
      expect(table.header).toContain("email");
      expect(table.header).not.toContain("password");
    });
  });
});
