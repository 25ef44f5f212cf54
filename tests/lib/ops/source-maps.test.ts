// The production server runs under tsx, which turns Node's source maps on for the whole process: Node
// then keeps the source map of every module that names one, Next.js's bundles included (54 MB of a
// 178 MB heap in a server that had rendered the compare page, #14). The server keeps none of the
// modules it loads once Next.js starts, unless the operator asks for them everywhere.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sourceMapsAskedFor } from "@/lib/ops/source-maps";

const ROOT = path.resolve(__dirname, "../../..");

/** Loads a module naming a source map before the server turns them off (its own entry) and one after (a bundle); says which kept its map. */
function keptMaps(nodeArgs: string[] = []): { bundle: boolean; own: boolean } {
  const dir = mkdtempSync(path.join(tmpdir(), "source-maps-"));
  try {
    for (const name of ["bundle", "own"]) {
      writeFileSync(path.join(dir, `${name}.js`), `module.exports = 1;\n//# sourceMappingURL=${name}.js.map\n`);
      writeFileSync(
        path.join(dir, `${name}.js.map`),
        JSON.stringify({ version: 3, sources: [`${name}.ts`], names: [], mappings: "AAAA" }),
      );
    }
    const script = `
      const { findSourceMap } = require("node:module");
      const { bundleSourceMapsOff } = require(${JSON.stringify(path.join(ROOT, "lib/ops/source-maps.ts"))});
      const bundle = ${JSON.stringify(path.join(dir, "bundle.js"))}, own = ${JSON.stringify(path.join(dir, "own.js"))};
      require(own);
      bundleSourceMapsOff();
      require(bundle);
      console.log(JSON.stringify({ bundle: findSourceMap(bundle) !== undefined, own: findSourceMap(own) !== undefined }));`;
    const run = spawnSync(process.execPath, [...nodeArgs, "--import", "tsx", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout.trim()) as { bundle: boolean; own: boolean };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("source maps in the production server", () => {
  it("keeps no source map of a module loaded once Next.js starts, and keeps those of the server's own entry", () => {
    expect(keptMaps()).toEqual({ bundle: false, own: true });
  });

  it("keeps every map when the operator asks for them (--enable-source-maps)", () => {
    expect(keptMaps(["--enable-source-maps"])).toEqual({ bundle: true, own: true });
  });

  it("reads the operator's request from node's flags and NODE_OPTIONS", () => {
    expect(sourceMapsAskedFor([], "")).toBe(false);
    expect(sourceMapsAskedFor(["--enable-source-maps"], "")).toBe(true);
    expect(sourceMapsAskedFor([], "--max-old-space-size=512 --enable-source-maps")).toBe(true);
  });
});
