// The reader pool's worker threads start here (lib/import/reader-pool.ts). A worker runs plain Node,
// outside jest's transform, tsx's process hooks and Next.js's bundles alike, so this file is plain
// JavaScript that teaches the thread to load our TypeScript with tsx's require hook (tsconfig paths
// resolve "@/…"), then runs the reader. The same source is thus read the same way in tests, scripts
// and the production server, with no build step of its own.
const path = require("node:path");

process.env.TSX_TSCONFIG_PATH = path.join(__dirname, "..", "..", "tsconfig.json");
require("tsx/cjs/api").register();
require("./reader-worker.ts");
