// Claim extraction benchmark: every labelled fixture parsed and extracted (documents per second), then
// 1 MB adversarial lines of the shapes the rules look for, each parsed and extracted on its own.
// Run: npm run bench:extract  (target: every adversarial line < 1 s for the extractor on an idle machine)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extractClaims, TechResolver } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { TECHS } from "../tests/lib/extract/technologies";
import { ADVERSARIAL_INPUTS } from "../tests/lib/import/adversarial";

const resolver = new TechResolver(TECHS);
const FIXTURES = path.resolve(__dirname, "../tests/fixtures/import");
const files = readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.join(e.parentPath, e.name));
const docs = files.flatMap((f) => {
  try {
    return [parseDocument({ filename: f, bytes: readFileSync(f) }).text];
  } catch {
    return []; // the fixtures that exist to be refused
  }
});

const rounds = 20;
let claims = 0;
const started = performance.now();
for (let r = 0; r < rounds; r++) for (const text of docs) claims += extractClaims(text, resolver).length;
const ms = performance.now() - started;
console.log(
  `fixtures: ${docs.length} documents × ${rounds} rounds in ${ms.toFixed(0)} ms: ${((docs.length * rounds) / (ms / 1000)).toFixed(0)} documents/s, ${(claims / rounds).toFixed(0)} claims per round`,
);

console.log("adversarial 1 MB inputs (extract / parse):");
for (const [name, text] of Object.entries(ADVERSARIAL_INPUTS)) {
  let t = performance.now();
  extractClaims(text, resolver);
  const extract = performance.now() - t;
  t = performance.now();
  try {
    parseDocument({ text });
  } catch {
    // refused input is a result too
  }
  const parse = performance.now() - t;
  console.log(
    `  ${name.padEnd(10)} ${extract.toFixed(0).padStart(6)} ms / ${parse.toFixed(0).padStart(5)} ms${Math.max(extract, parse) > 1000 ? "  (over 1 s)" : ""}`,
  );
}
