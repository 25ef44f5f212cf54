// devalue ships ES modules only and jest (next/jest) does not transform node_modules; this compiles
// the real package to CommonJS once per test file so the importer under test uses the real `unflatten`.
// (Adding `transpilePackages: ["devalue"]` to next.config.js would make this unnecessary.)
import path from "node:path";
import { buildSync } from "esbuild";

const ENTRY = path.resolve(__dirname, "../../../../node_modules/devalue/src/index.js");

export function loadDevalue(): unknown {
  const result = buildSync({ entryPoints: [ENTRY], bundle: true, format: "cjs", platform: "node", write: false });
  const module = { exports: {} as Record<string, unknown> };
  new Function("module", "exports", "require", result.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}
