/** @jest-environment node */
// A repository's or a scoped package's name ("acme/store-rs", "@acme/store") names a compared thing as written, its
// owner part of it: two forks of one project are two technologies. "CI/CD" is no name. Every text here is our own.
import { extractDocument, TechResolver } from "@/lib/extract";
import { packageLike } from "@/lib/extract/name-shapes";

describe("repository names", () => {
  it("are names; two upper-case words joined by a slash are not", () => {
    expect(["acme/store-rs", "zeta/store-rs", "@acme/store", "vmi/msgpack/v5"].map(packageLike)).toEqual([
      "acme/store-rs",
      "zeta/store-rs",
      "@acme/store",
      "vmi/msgpack/v5",
    ]);
    expect(["CI/CD", "TCP/IP"].map(packageLike)).toEqual([null, null]);
  });

  it("in a comparison table's header, keep each fork's column its own", () => {
    const text = [
      "# Store clients",
      "",
      "| | acme/store-rs | zeta/store-rs |",
      "|---|---|---|",
      "| Connection pool | Yes | No |",
      "| GitHub stars | 310 | 42 |",
    ].join("\n");
    const { claims, proposed } = extractDocument(text, new TechResolver([]));
    expect(proposed.map((p) => p.name)).toEqual(expect.arrayContaining(["acme/store-rs", "zeta/store-rs"]));
    expect(claims.map((c) => [c.kind, c.technologies.join("+"), c.value ?? c.conditions.support])).toEqual([
      ["feature", "acme-store-rs", "built-in"],
      ["feature", "zeta-store-rs", "missing"],
      ["fact", "acme-store-rs", 310],
      ["fact", "zeta-store-rs", 42],
    ]);
  });
});
