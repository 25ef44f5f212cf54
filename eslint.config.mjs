// ESLint (flat config): `npm run lint`, and part of `npm test` (scripts/test.sh).
// Besides the recommended JavaScript and TypeScript rules it keeps two things true:
// - the layering between lib/ folders (LAYERS below, README "Layers"): a folder imports only from its own
//   layer and the layers beneath it, never from components/ or app/;
// - no function over 80 lines outside tests.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// lib/ folders from the bottom up. A folder may import its own layer and every layer below, nothing above.
export const LAYERS = [
  { name: "foundation", folders: ["types", "errors", "text", "net"] },
  { name: "pure engines (no database, no services, no registry)", folders: ["extract", "verdicts"] },
  { name: "database access (the Prisma clients and the one way to them)", folders: ["generated", "db"] },
  { name: "registry and the one write path", folders: ["auth", "events", "resources", "revisions", "services"] },
  {
    name: "workflows, read side and HTTP (subscribers of commit events)",
    folders: [
      "editorial",
      "match",
      "import",
      "decisions",
      "admin",
      "public",
      "api",
      "search",
      "wizard",
      "http",
      "ops",
      "jobs",
      "cache",
    ],
  },
];

// Modules that wire the layers together (a composition root may import any layer).
const COMPOSITION_ROOTS = ["lib/events/subscribers.ts", "lib/events/workflows.ts"];

// Imports against the layering allowed for one file only ({ file, imports }), listed here rather than as
// comments so they are counted in one place. None is left: the registry names its workflows
// (lib/resources/workflows.ts) and the composition roots install them. Keep it empty.
export const LAYERING_EXCEPTIONS = [];

const UI = [
  { group: ["@/components/*", "@/app/*"], message: "lib/ is the domain: it never imports components/ or app/." },
];
const DATABASE = ["@prisma/client", "@prisma/*", "pg", "better-sqlite3"];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

// The imports a folder may not make: every folder of a higher layer (as a regular expression on the
// specifier), less the exceptions allowed for one file.
function forbiddenFor(folder, allowed = []) {
  const layer = LAYERS.findIndex((l) => l.folders.includes(folder));
  const unless = allowed.length ? `(?!(?:${allowed.map(escapeRegex).join("|")})$)` : "";
  const patterns = LAYERS.slice(layer + 1).map((l) => ({
    regex: `^${unless}@/lib/(?:${l.folders.join("|")})(?:/|$)`,
    message: `${folder} is in the layer "${LAYERS[layer].name}"; it may not import the higher layer "${l.name}" (README, "Layers").`,
  }));
  if (layer <= 1) {
    patterns.push({ group: DATABASE, message: "Pure code: no database driver or Prisma client here." });
  }
  return patterns;
}

function layerConfigs() {
  const configs = [];
  const excepted = LAYERING_EXCEPTIONS.map((e) => e.file);
  for (const { folders } of LAYERS) {
    for (const folder of folders) {
      if (folder === "generated") continue;
      const own = forbiddenFor(folder);
      const escape = (prefix) => ({
        group: [`${prefix}*`],
        message: "A relative import stays inside its lib/ folder; import another folder as @/lib/<folder>/…",
      });
      configs.push(
        {
          files: [`lib/${folder}/*.{ts,tsx}`],
          ignores: [...COMPOSITION_ROOTS, ...excepted],
          rules: { "no-restricted-imports": ["error", { patterns: [...UI, ...own, escape("../")] }] },
        },
        {
          files: [`lib/${folder}/*/**/*.{ts,tsx}`],
          rules: { "no-restricted-imports": ["error", { patterns: [...UI, ...own, escape("../../")] }] },
        },
      );
      for (const { file, imports } of LAYERING_EXCEPTIONS.filter((e) => e.file.startsWith(`lib/${folder}/`))) {
        configs.push({
          files: [file],
          rules: {
            "no-restricted-imports": ["error", { patterns: [...UI, ...forbiddenFor(folder, imports), escape("../")] }],
          },
        });
      }
    }
  }
  configs.push({
    files: COMPOSITION_ROOTS,
    rules: { "no-restricted-imports": ["error", { patterns: UI }] },
  });
  return configs;
}

export default tseslint.config(
  {
    ignores: [
      "lib/generated/**",
      ".next*/**",
      "node_modules/**",
      "data/**",
      "coverage/**",
      "next-env.d.ts",
      "prisma/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
      "prefer-const": ["error", { destructuring: "all" }],
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["tests/**", "**/*.test.{ts,tsx}"],
    rules: { "max-lines-per-function": "off" },
  },
  {
    // The two classic hook rules only (not the React Compiler rules of the plugin's presets).
    files: ["components/**/*.tsx", "app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...layerConfigs(),
);
