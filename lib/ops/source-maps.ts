// Node's source maps in the production server (scripts/server.ts). The server runs under tsx, which
// switches Node's source maps on for the whole process so that our TypeScript's stack traces point at
// its lines. With them on, Node also reads and keeps in memory the source map of every module it loads
// that names one: Next.js's build output and its own dist files do, and a heap snapshot of a server
// that had rendered the compare page held 54 MB of them (1,068 modules; mappings and their sources'
// full text) of a 178 MB heap, every full collection marking them again (#14: the event-loop stall
// left under bench:public was such a collection). `next start` keeps them off for the same bundles.
// So they are turned off once the server has loaded its own entry modules and before Next.js loads
// its bundles, for everything loaded from then on (our own modules loaded later too: Next.js preloads
// its page bundles in the background meanwhile, so a window with maps on for our imports alone would
// keep some of theirs as well). An operator who asks for them everywhere (`--enable-source-maps`,
// also through NODE_OPTIONS) gets them everywhere.

/** Whether the process was started asking for Node's source maps everywhere. */
export function sourceMapsAskedFor(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? "",
): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].includes("--enable-source-maps");
}

/** Stops keeping source maps of modules loaded from now on (Next.js's bundles), unless asked for. */
export function bundleSourceMapsOff(): void {
  if (!sourceMapsAskedFor()) process.setSourceMapsEnabled(false);
}
