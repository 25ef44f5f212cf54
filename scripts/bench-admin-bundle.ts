// Admin bundle size: `npm run bench:admin-bundle` (after `npm run build`; NEXT_DIST_DIR picks another
// build folder, e.g. .next-browser). Reads the production build, never a browser: the JavaScript the
// /admin page loads before its first screen shows, and each screen loaded later on its own.
// - First load: the framework runtime every page loads (build-manifest.json rootMainFiles, without
//   the legacy-browser polyfills served as nomodule), the admin page's entry chunks (its client
//   reference manifest's entryJSFiles), and what the page's next/dynamic import of the admin app
//   fetches before anything shows.
// - Lazy screens: every async import reachable from there (Turbopack compiles `import()` to a loader
//   module listing its chunks: `ID,e=>{e.v(t=>Promise.all(["static/chunks/…"].map(…)))…}`, called as
//   `e.A(ID)`); named by the string literal beside the call (components/admin/lazy.ts), with the
//   chunks each adds beyond the first load.
// Sizes are of the real files: raw bytes and gzip (zlib, default level) per file, summed.
// Target (issue 12): first load ≤ 350 KB gzip. LANDING (default ResourceList) adds one lazy screen
// to the first load, for a visit that lands on a list (e.g. /admin#/claims) rather than the dashboard.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next");
const PAGE = "/admin/page";
const LANDING = process.env.LANDING ?? "ResourceList";
const TARGET_GZIP = 350 * 1024;

interface Size {
  raw: number;
  gzip: number;
}
interface Loader {
  id: string;
  chunks: string[];
}

const sizes = new Map<string, Size>();
function sizeOf(file: string): Size {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(path.join(DIST, file));
    size = { raw: bytes.length, gzip: gzipSync(bytes).length };
    sizes.set(file, size);
  }
  return size;
}
const total = (files: Iterable<string>): Size =>
  [...files].reduce((s, f) => ({ raw: s.raw + sizeOf(f).raw, gzip: s.gzip + sizeOf(f).gzip }), { raw: 0, gzip: 0 });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const show = (s: Size) => `${kb(s.raw)} raw, ${kb(s.gzip)} gzip`;

/** The client reference manifest is a script that assigns globalThis.__RSC_MANIFEST[page]. */
function entryFiles(): { page: string[]; shared: string[] } {
  const file = path.join(DIST, "server/app/admin/page_client-reference-manifest.js");
  const sandbox: { self?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  sandbox.self = sandbox;
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const entries = sandbox.__RSC_MANIFEST?.[PAGE]?.entryJSFiles;
  if (!entries) throw new Error(`${file} has no entry for ${PAGE}.`);
  const mine = Object.entries(entries).filter(([k]) => k.includes("/app/admin/"));
  const layouts = Object.entries(entries).filter(([k]) => k.endsWith("/app/layout"));
  return { page: [...new Set(mine.flatMap(([, v]) => v))], shared: [...new Set(layouts.flatMap(([, v]) => v))] };
}

/** Every async loader module in the client chunks, and the loaders each chunk calls (with a name when one is beside it). */
function readChunks() {
  const loaders = new Map<string, Loader>();
  const calls = new Map<string, { id: string; name?: string }[]>();
  const dir = path.join(DIST, "static/chunks");
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".js"))) {
    const file = `static/chunks/${name}`;
    const text = readFileSync(path.join(dir, name), "utf8");
    for (const m of text.matchAll(/(\d+),\w+=>\{\w+\.v\(\w+=>Promise\.all\(\[([^\]]*)\]\.map\(/g)) {
      loaders.set(m[1], { id: m[1], chunks: [...m[2].matchAll(/"([^"]+\.js)"/g)].map((c) => c[1]) });
    }
    // Several screens from one module share its loader: "ClaimShow/ClaimEdit".
    const named = new Map<string, string>();
    for (const m of text.matchAll(/"([A-Za-z][\w]*)",(?:async\s*)?\(\)=>\w+\.A\((\d+)\)/g)) {
      const known = named.get(m[2])?.split("/") ?? [];
      if (!known.includes(m[1])) named.set(m[2], [...known, m[1]].join("/"));
    }
    calls.set(
      file,
      [...new Set([...text.matchAll(/\.A\((\d+)\)/g)].map((m) => m[1]))].map((id) => ({ id, name: named.get(id) })),
    );
  }
  return { loaders, calls };
}

function main(): void {
  if (!existsSync(path.join(DIST, "BUILD_ID")))
    throw new Error(`No build in ${DIST}: run \`npm run build\` (or set NEXT_DIST_DIR).`);
  const manifest = JSON.parse(readFileSync(path.join(DIST, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const { page, shared } = entryFiles();
  const { loaders, calls } = readChunks();
  const runtime = new Set([...manifest.rootMainFiles, ...shared]);
  const pageOwn = page.filter((f) => !runtime.has(f));
  // The page is a next/dynamic shell: what its own chunks import is needed before the first screen.
  const appChunks = new Set(
    pageOwn.flatMap((f) => (calls.get(f) ?? []).flatMap((c) => loaders.get(c.id)?.chunks ?? [])),
  );
  const firstLoad = new Set([...runtime, ...pageOwn, ...appChunks]);

  console.log(`Admin JavaScript in ${path.relative(ROOT, DIST)} (gzip: zlib default level, per file)`);
  console.log(`\nFirst load of /admin (${firstLoad.size} files):`);
  console.log(`  framework runtime and root layout: ${runtime.size} files, ${show(total(runtime))}`);
  console.log(`  admin page entry:                  ${pageOwn.length} files, ${show(total(pageOwn))}`);
  console.log(`  admin app (next/dynamic):          ${appChunks.size} files, ${show(total(appChunks))}`);
  for (const f of [...firstLoad].sort((a, b) => sizeOf(b).gzip - sizeOf(a).gzip))
    console.log(`    ${f}  ${show(sizeOf(f))}`);
  const first = total(firstLoad);
  console.log(
    `  TOTAL first load: ${show(first)} (target ≤ ${kb(TARGET_GZIP)} gzip: ${first.gzip <= TARGET_GZIP ? "met" : "missed"})`,
  );

  // Lazy screens reachable from the first load, breadth first; nested ones name their parent.
  const seen = new Set<string>();
  const rows: { name: string; via: string; chunks: string[]; extra: string[] }[] = [];
  const queue: { files: string[]; via: string }[] = [
    { files: [...firstLoad].filter((f) => !runtime.has(f)), via: "first load" },
  ];
  while (queue.length) {
    const { files, via } = queue.shift()!;
    for (const call of files.flatMap((f) => calls.get(f) ?? [])) {
      const loader = loaders.get(call.id);
      if (!loader || seen.has(call.id) || loader.chunks.every((c) => appChunks.has(c))) continue;
      seen.add(call.id);
      const name = call.name ?? `import #${call.id}`;
      const extra = loader.chunks.filter((c) => !firstLoad.has(c));
      rows.push({ name, via, chunks: loader.chunks, extra });
      queue.push({ files: extra, via: name });
    }
  }
  console.log(`\nLoaded later, when first shown (${rows.length} imports; size beyond the first load):`);
  for (const r of rows.sort((a, b) => total(b.extra).gzip - total(a.extra).gzip)) {
    console.log(
      `  ${r.name.padEnd(24)} ${String(r.extra.length).padStart(2)} files, ${show(total(r.extra))}${r.via === "first load" ? "" : `  (inside ${r.via})`}`,
    );
  }
  const lazyFiles = new Set(rows.flatMap((r) => r.extra));
  console.log(`  all lazily loaded chunks together: ${lazyFiles.size} files, ${show(total(lazyFiles))}`);
  const landing = rows.find((r) => r.name.split("/").includes(LANDING));
  if (landing)
    console.log(
      `\nLanding on a list (/admin#/claims): first load + ${LANDING} = ${show(total(new Set([...firstLoad, ...landing.chunks])))}`,
    );
}

main();
