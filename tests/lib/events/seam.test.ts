/** @jest-environment node */
// The seam holds: every resource declares what its commit events need, the subscribers are
// registered in one module, and the write path names none of them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { subscriberNames } from "@/lib/events/bus";
import "@/lib/events";
import { RESOURCES } from "@/lib/resources";
import { ROOT } from "../../support/databases";

describe("commit events seam", () => {
  it.each(RESOURCES.map((r) => [r.name, r] as const))(
    "%s declares whether its writes are public-facing, and only functions as hooks",
    (_name, def) => {
      // Declared on the definition (no list elsewhere to forget): a resource without it fails here.
      expect(typeof (def as { publicFacing?: unknown }).publicFacing).toBe("boolean");
      for (const hook of def.afterCommit ?? []) expect(typeof hook).toBe("function");
    },
  );

  it("resources the public site reads from are public-facing, accounts and audit records are not", () => {
    const facing = Object.fromEntries(RESOURCES.map((r) => [r.name, r.publicFacing]));
    expect(facing).toMatchObject({
      claims: true,
      articles: true,
      verdicts: true,
      users: false,
      revisions: false,
      loginAttempts: false,
    });
  });

  it("the subscribers are registered in lib/events/subscribers.ts, in order", () => {
    expect(subscriberNames().slice(0, 3)).toEqual(["public-caches", "verdict-flags", "resource-hooks"]);
  });

  it("lib/services imports none of the subscribers: only the seam (lib/events)", () => {
    const dir = path.join(ROOT, "lib/services");
    const offending: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(path.join(dir, file), "utf8");
      for (const [, target] of source.matchAll(/^import [^;]*? from "([^"]+)";$/gm)) {
        if (/^@\/lib\/(api|public|verdicts|match|search|http)\b|^@\/lib\/events\/subscribers$/.test(target))
          offending.push(`${file} → ${target}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
