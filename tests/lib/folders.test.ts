// Every lib/ folder is a room the README describes and the lint places in a layer: a folder added
// without either (or listed twice) fails here, so "What is where" and the layering stay true.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "../..");
const libFolders = readdirSync(path.join(root, "lib"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const readme = readFileSync(path.join(root, "README.md"), "utf8");

/** The table under "## What is where": the paths in each row's first column. */
function whatIsWherePaths(text: string): string[] {
  const section = text.split("\n## What is where\n")[1]?.split("\n## ")[0] ?? "";
  const table = section.split("\n###")[0];
  return table
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...line.split(" | ")[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]));
}

/** The folders a path names as a whole: `lib/x/` or `lib/x` (a file inside, `lib/x/y.ts`, does not count). */
const folderOf = (entry: string): string | null => /^lib\/([\w-]+)\/?$/.exec(entry)?.[1] ?? null;

/** The layers of eslint.config.mjs, read by Node as the lint reads them. */
function lintLayers(): Array<{ name: string; folders: string[] }> {
  const script = 'import("./eslint.config.mjs").then((m) => process.stdout.write(JSON.stringify(m.LAYERS)))';
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" }));
}

describe("the rooms of lib/", () => {
  const listed = whatIsWherePaths(readme)
    .map(folderOf)
    .filter((f): f is string => f !== null);

  it("finds the README's table and the folders", () => {
    expect(libFolders).toEqual(expect.arrayContaining(["db", "services", "verdicts"]));
    expect(listed.length).toBeGreaterThan(10);
  });

  it.each(libFolders)("README's 'What is where' lists lib/%s exactly once", (folder) => {
    expect(listed.filter((f) => f === folder)).toEqual([folder]);
  });

  it("README lists no lib/ folder that does not exist", () => {
    expect(listed.filter((f) => !libFolders.includes(f))).toEqual([]);
  });

  it("the lint places every lib/ folder in exactly one layer, and the README's Layers says the same", () => {
    const layers = lintLayers();
    const placed = layers.flatMap((l) => l.folders).sort();
    expect(placed).toEqual(libFolders);
    const section = readme.split("\n### Layers\n")[1]?.split("\n## ")[0] ?? "";
    layers.forEach((layer, i) => {
      const line = section.split("\n").find((l) => l.startsWith(`${i + 1}. `)) ?? "";
      const named = [...line.matchAll(/`lib\/([\w-]+)`/g)].map((m) => m[1]);
      expect(named.sort()).toEqual([...layer.folders].sort());
    });
  });
});
